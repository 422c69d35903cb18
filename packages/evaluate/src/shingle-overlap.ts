/**
 * Body scoring as the upstream article-extraction-benchmark does it: the texts become multisets of
 * four-word shingles (word = a run of Unicode letters, digits or underscores), and true positives are
 * the shingles both hold. Counts are summed over pages before precision and recall are taken (micro).
 */
export interface OverlapCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

const WORD = /[\p{L}\p{N}_]+/gu;
export const SHINGLE_SIZE = 4;

function shingles(text: string, n: number): Map<string, number> {
  const words = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  // A text shorter than n words is one shingle, so short truths still count.
  const last = Math.max(1, words.length - n + 1);
  for (let i = 0; i < last && words.length > 0; i += 1) {
    const key = words.slice(i, i + n).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function shingleOverlap(truth: string, predicted: string, n = SHINGLE_SIZE): OverlapCounts {
  const want = shingles(truth, n);
  const got = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  for (const [key, count] of got) {
    const shared = Math.min(count, want.get(key) ?? 0);
    tp += shared;
    fp += count - shared;
  }
  let total = 0;
  for (const count of want.values()) total += count;
  return { tp, fp, fn: total - tp };
}

export function addCounts(a: OverlapCounts, b: OverlapCounts): OverlapCounts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function precisionRecall(counts: OverlapCounts): PrecisionRecall {
  const precision = counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
