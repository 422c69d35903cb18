import type { GoldenQuote, Quote } from "@clippings/core";
import { bagOfWordsF1 } from "./bag-of-words.js";

export const QUOTE_MATCH_F1 = 0.8;

export interface QuotePair {
  golden: number;
  predicted: number;
  f1: number;
}

/** One-to-one matching of predicted to golden quotes at bag-of-words F1 ≥ 0.8, best-scoring pairs first. */
export function matchQuotes(
  predicted: readonly Pick<Quote, "text">[],
  golden: readonly Pick<GoldenQuote, "text">[],
): QuotePair[] {
  const candidates: QuotePair[] = [];
  golden.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const f1 = bagOfWordsF1(p.text, g.text);
      if (f1 >= QUOTE_MATCH_F1) candidates.push({ golden: gi, predicted: pi, f1 });
    });
  });
  candidates.sort((a, b) => b.f1 - a.f1 || a.golden - b.golden || a.predicted - b.predicted);
  const usedGolden = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: QuotePair[] = [];
  for (const c of candidates) {
    if (usedGolden.has(c.golden) || usedPredicted.has(c.predicted)) continue;
    usedGolden.add(c.golden);
    usedPredicted.add(c.predicted);
    pairs.push(c);
  }
  return pairs.sort((a, b) => a.golden - b.golden);
}
