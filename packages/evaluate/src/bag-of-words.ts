import { sharedTokenCount, wordTokens } from "@clippings/core";

/** Bag-of-words F1 between two texts (multiset overlap of word tokens), as quote and body scoring use it. */
export function bagOfWordsF1(a: string, b: string): number {
  const ta = wordTokens(a);
  const tb = wordTokens(b);
  if (ta.length === 0 || tb.length === 0) return ta.length === tb.length ? 1 : 0;
  const overlap = sharedTokenCount(ta, tb);
  if (overlap === 0) return 0;
  const precision = overlap / ta.length;
  const recall = overlap / tb.length;
  return (2 * precision * recall) / (precision + recall);
}
