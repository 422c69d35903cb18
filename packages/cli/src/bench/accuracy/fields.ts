/**
 * Headline and author scoring against trafilatura-eval's truth.
 * - Headline: exact match after Unicode NFKC, one kind of quote mark and dash, and collapsed white space
 *   (normalizeForCompare); case and the words themselves must agree. Token F1 (bag of lower-case words) is
 *   reported beside it, to tell a near miss from a wrong line.
 * - Authors: token-bag F1 (lower-case words) between the truth's author string and the predicted names
 *   joined by spaces; a page with a truth author and no prediction scores 0.
 */
import { normalizeForCompare } from "@clippings/core";
import { bagOfWordsF1 } from "@clippings/evaluate";

export interface HeadlineScore {
  exact: boolean;
  tokenF1: number;
}

export function scoreHeadline(truth: string, predicted: string | null): HeadlineScore {
  if (!predicted) return { exact: false, tokenF1: 0 };
  return {
    exact: normalizeForCompare(truth) === normalizeForCompare(predicted),
    tokenF1: bagOfWordsF1(truth, predicted),
  };
}

export function scoreAuthors(truth: string, predicted: readonly string[] | string | null): number {
  const joined = typeof predicted === "string" ? predicted : (predicted ?? []).join(" ");
  if (joined.trim() === "") return 0;
  return bagOfWordsF1(truth, joined);
}
