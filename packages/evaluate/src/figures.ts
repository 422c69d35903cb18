import type { Count, QuoteFigures } from "./report-schema.js";

export const round = (n: number) => Math.round(n * 1000) / 1000;

export function count(correct: number, total: number): Count {
  return { correct, total, accuracy: total === 0 ? 1 : round(correct / total) };
}

export function addCounts(counts: readonly Count[]): Count {
  return count(
    counts.reduce((s, c) => s + c.correct, 0),
    counts.reduce((s, c) => s + c.total, 0),
  );
}

interface QuoteTally {
  golden: number;
  predicted: number;
  matched: number;
  goldenFull: number;
  matchedFull: number;
  goldenPartial: number;
  matchedPartial: number;
  speakerCorrect: number;
}

/** Precision, recall and F1 from counts; an empty side scores 1 so that "no quotes, none found" is perfect. */
export function quoteFigures(t: QuoteTally): QuoteFigures {
  const precision = t.predicted === 0 ? (t.golden === 0 ? 1 : 0) : t.matched / t.predicted;
  const recall = t.golden === 0 ? (t.predicted === 0 ? 1 : 0) : t.matched / t.golden;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    golden: t.golden,
    predicted: t.predicted,
    matched: t.matched,
    goldenFull: t.goldenFull,
    matchedFull: t.matchedFull,
    goldenPartial: t.goldenPartial,
    matchedPartial: t.matchedPartial,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    fullRecall: round(t.goldenFull === 0 ? 1 : t.matchedFull / t.goldenFull),
    partialRecall: round(t.goldenPartial === 0 ? 1 : t.matchedPartial / t.goldenPartial),
    speakerCorrect: t.speakerCorrect,
    speakerAccuracy: round(t.matched === 0 ? 1 : t.speakerCorrect / t.matched),
  };
}

export type { QuoteTally };
