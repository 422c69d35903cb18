import { sharedTokenCount, wordTokens } from "@clippings/core";
import { daysApart } from "./dates.js";
import { hash32, sharedCount } from "./hashing.js";
import type { ArticleSignature, QuoteSignature } from "./signature.js";
import { UnionFind } from "./union-find.js";

/** A quote is the same utterance in another article only if published within this many days. */
export const QUOTE_WINDOW_DAYS = 7;
const CONTAINMENT = 0.8;
const BAG_F1 = 0.8;
// A three-word run found in this many quotes is a stock phrase ("in order to"), useless for finding candidates.
const MAX_POSTINGS = 500;

export interface QuoteRef {
  article: number;
  quote: QuoteSignature;
}

export interface QuoteGroup {
  id: string;
  members: QuoteRef[];
  /** The longest member: the fullest form any outlet carried. */
  canonical: QuoteRef;
  /** The earliest member's article (input order is earliest first). */
  first: number;
  /** Outlets attribute the quote to different people. */
  speakerDisagreement: boolean;
}

/** A quote's word trigrams (its whole text when shorter), hashed, sorted and each once: 4 bytes a trigram. */
function gramsOf(tokens: readonly string[]): Uint32Array {
  const grams = new Set<number>();
  if (tokens.length < 3) grams.add(hash32(tokens.join(" ")));
  for (let i = 0; i + 3 <= tokens.length; i += 1) grams.add(hash32(tokens.slice(i, i + 3).join(" ")));
  return Uint32Array.from(grams).sort();
}

function bagF1(a: readonly string[], b: readonly string[]): number {
  const overlap = sharedTokenCount(a, b);
  return overlap === 0 ? 0 : (2 * overlap) / (a.length + b.length);
}

/** A quote as grouping reads it, derived from its text for the link stage only. */
interface QuoteShape {
  tokens: string[];
  grams: Uint32Array;
}

/** The same words, a fragment of a longer quote, or the quote lightly reworded. */
function sameQuotation(sa: QuoteShape, sb: QuoteShape): boolean {
  if (sa.tokens.length < 3 || sb.tokens.length < 3) return sa.tokens.join(" ") === sb.tokens.join(" ");
  const small = Math.min(sa.grams.length, sb.grams.length);
  return sharedCount(sa.grams, sb.grams) / small >= CONTAINMENT || bagF1(sa.tokens, sb.tokens) >= BAG_F1;
}

function speakerKey(speaker: string | null): string | null {
  return speaker === null ? null : (speaker.toLowerCase().split(/\s+/).pop() ?? null);
}

/** Groups the quotations that several articles carried; a quote seen in one article only gets no group. */
export function findQuoteGroups(signatures: readonly ArticleSignature[]): QuoteGroup[] {
  const refs: QuoteRef[] = signatures.flatMap((sig, article) =>
    sig.quotes.map((quote) => ({ article, quote })),
  );
  const shapes: QuoteShape[] = refs.map((r) => {
    const tokens = wordTokens(r.quote.text);
    return { tokens, grams: gramsOf(tokens) };
  });
  const postings = new Map<number, number[]>();
  shapes.forEach(({ grams }, index) => {
    for (const g of grams) {
      const list = postings.get(g);
      if (list) list.push(index);
      else postings.set(g, [index]);
    }
  });
  const sets = new UnionFind(refs.length);
  refs.forEach((ref, i) => {
    const candidates = new Set<number>();
    const shape = shapes[i] as QuoteShape;
    for (const g of shape.grams) {
      const list = postings.get(g) ?? [];
      if (list.length <= MAX_POSTINGS) for (const j of list) if (j > i) candidates.add(j);
    }
    for (const j of candidates) {
      const other = refs[j];
      if (!other || other.article === ref.article) continue;
      const days = daysApart(signatures[ref.article]?.date ?? null, signatures[other.article]?.date ?? null);
      if (days !== null && days > QUOTE_WINDOW_DAYS) continue;
      if (sameQuotation(shape, shapes[j] as QuoteShape)) sets.union(i, j);
    }
  });
  const byRoot = new Map<number, number[]>();
  refs.forEach((_, i) => {
    const root = sets.find(i);
    const members = byRoot.get(root);
    if (members) members.push(i);
    else byRoot.set(root, [i]);
  });
  const groups: QuoteGroup[] = [];
  for (const members of byRoot.values()) {
    const memberRefs = members.map((i) => refs[i]).filter((r): r is QuoteRef => r !== undefined);
    if (new Set(memberRefs.map((r) => r.article)).size < 2) continue;
    const canonical = members.reduce((best, i) =>
      (shapes[i]?.tokens.length ?? 0) > (shapes[best]?.tokens.length ?? 0) ? i : best,
    );
    const speakers = new Set(memberRefs.map((r) => speakerKey(r.quote.speaker)).filter((s) => s !== null));
    groups.push({
      id: `g${groups.length + 1}`,
      members: memberRefs,
      canonical: refs[canonical] as QuoteRef,
      first: Math.min(...memberRefs.map((r) => r.article)),
      speakerDisagreement: speakers.size > 1,
    });
  }
  return groups;
}
