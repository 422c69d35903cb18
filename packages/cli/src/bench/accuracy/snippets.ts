/**
 * Boilerplate scoring as trafilatura's own evaluation (tests/comparison.py, evaluate_result) does it: each
 * `with` snippet found in the extracted text is a true positive and each one missing a false negative; each
 * `without` snippet found is a false positive and each one absent a true negative. Counts are summed over
 * pages before precision, recall and F are taken. White space is collapsed on both sides first, so that a
 * line break where the truth has a space does not count as a miss.
 */
export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export const NO_SNIPPETS: SnippetCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

export interface SnippetOutcome {
  counts: SnippetCounts;
  /** `with` snippets not found in the text. */
  missing: string[];
  /** `without` snippets found in the text. */
  leaked: string[];
}

export function snippetOutcome(
  truth: { with: readonly string[]; without: readonly string[] },
  extracted: string,
): SnippetOutcome {
  const text = collapse(extracted);
  const found = (snippet: string) => text.includes(collapse(snippet));
  const missing = truth.with.filter((s) => !found(s));
  const leaked = truth.without.filter(found);
  const counts = {
    tp: truth.with.length - missing.length,
    fn: missing.length,
    fp: leaked.length,
    tn: truth.without.length - leaked.length,
  };
  return { counts, missing, leaked };
}

export function addSnippetCounts(a: SnippetCounts, b: SnippetCounts): SnippetCounts {
  return { tp: a.tp + b.tp, fn: a.fn + b.fn, fp: a.fp + b.fp, tn: a.tn + b.tn };
}

export interface SnippetScores {
  precision: number;
  recall: number;
  f: number;
  /** (tp + tn) / all snippets, as trafilatura's evaluation also prints it. */
  accuracy: number;
}

export function snippetScores(c: SnippetCounts): SnippetScores {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const all = c.tp + c.fn + c.fp + c.tn;
  return { precision, recall, f, accuracy: all === 0 ? 0 : (c.tp + c.tn) / all };
}
