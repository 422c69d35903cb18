/** Text helpers every stage needs to compare strings the way a reader would. */

import { letterOrNumberRuns } from "./word-runs.js";

const QUOTE_MARKS = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_MARKS = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
// Soft hyphens, zero-width spaces, word joiners and byte-order marks: a reader never sees them, yet pages and
// hand-made truths keep them in some words and not in others. Zero-width (non-)joiners stay: they shape letters.
const INVISIBLE_FORMAT_CHARACTERS = /[\u00AD\u200B\u2060\uFEFF]/g;

const NON_ASCII = /[\u0080-\uffff]/;
const WHITE_SPACE_RUNS = /\s+/g;
// White space that collapsing would change: any but a plain space, or two in a row.
const UNCOLLAPSED_WHITE_SPACE = /[^\S ]| {2}/;

/**
 * Every run of white space as one space. Most lines have none to collapse, and looking costs a fraction of
 * building the copy that the replacement makes whether or not anything changes.
 */
export function collapseWhiteSpace(text: string): string {
  return UNCOLLAPSED_WHITE_SPACE.test(text) ? text.replace(WHITE_SPACE_RUNS, " ") : text;
}

/** Unicode NFKC without invisible format characters, one kind of quote mark and dash, collapsed white space. */
export function normalizeForCompare(text: string): string {
  // ASCII text is its own NFKC form and holds no invisible character, curly quote or dash but the backtick.
  if (!NON_ASCII.test(text)) return collapseWhiteSpace(text.replace(QUOTE_MARKS, "'")).trim();
  return collapseWhiteSpace(
    text
      .normalize("NFKC")
      .replace(INVISIBLE_FORMAT_CHARACTERS, "")
      .replace(QUOTE_MARKS, "'")
      .replace(DOUBLE_MARKS, '"')
      .replace(DASHES, "-"),
  ).trim();
}

/** Lower-case word tokens (letters and digits), for bag-of-words comparisons. */
export function wordTokens(text: string): string[] {
  return letterOrNumberRuns(normalizeForCompare(text).toLowerCase());
}

/** How many of a's tokens b also holds, each occurrence in b matched at most once (multiset intersection size). */
export function sharedTokenCount(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of a) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(t, n - 1);
    }
  }
  return shared;
}
