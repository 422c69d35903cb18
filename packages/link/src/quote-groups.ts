import { Candidates } from "./candidates.js";
import { daysApart } from "./dates.js";
import { sharedInRuns } from "./hashing.js";
import { Postings } from "./postings.js";
import type { SignatureStore } from "./signature-store.js";
import type { SortedCorpus } from "./sorted-corpus.js";
import { UnionFind } from "./union-find.js";

/** A quote is the same utterance in another article only if published within this many days. */
export const QUOTE_WINDOW_DAYS = 7;
const CONTAINMENT = 0.8;
const BAG_F1 = 0.8;
// A three-word run found in this many quotes is a stock phrase ("in order to"), useless for finding candidates.
const MAX_POSTINGS = 500;

export interface QuoteGroup {
  id: string;
  /** The listed quotes (SortedCorpus.quotes) of the group, in list order. */
  members: number[];
  /** The longest member: the fullest form any outlet carried. */
  canonical: number;
  /** Position of the earliest member's article. */
  first: number;
  /** Outlets attribute the quote to different people. */
  speakerDisagreement: boolean;
}

/** The same words, a fragment of a longer quote, or the quote lightly reworded (store quotes qa and qb). */
function sameQuotation(store: SignatureStore, qa: number, qb: number): boolean {
  const na = store.tokenCount(qa);
  const nb = store.tokenCount(qb);
  const { grams, tokenHashes } = store;
  const sa = store.shape(qa);
  const sb = store.shape(qb);
  const ga = grams.start(sa);
  const gb = grams.start(sb);
  // Under three words a quote's one "trigram" is its whole text hashed: equal hashes, equal words.
  if (na < 3 || nb < 3) return na === nb && grams.data[ga] === grams.data[gb];
  const gaEnd = grams.end(sa);
  const gbEnd = grams.end(sb);
  const contained = sharedInRuns(grams.data, ga, gaEnd, grams.data, gb, gbEnd);
  if (contained / Math.min(gaEnd - ga, gbEnd - gb) >= CONTAINMENT) return true;
  // Token hashes are sorted with repeats kept: one merge counts the shared words as a multiset.
  const overlap = sharedInRuns(
    tokenHashes.data,
    tokenHashes.start(sa),
    tokenHashes.end(sa),
    tokenHashes.data,
    tokenHashes.start(sb),
    tokenHashes.end(sb),
  );
  return overlap !== 0 && (2 * overlap) / (na + nb) >= BAG_F1;
}

/** The listed quotes carrying each text, ascending. */
function listCarriers(corpus: SortedCorpus): {
  count(shape: number): number;
  of(shape: number): Uint32Array;
} {
  const { store, quotes } = corpus;
  const starts = new Uint32Array(store.shapeCount + 1);
  for (const q of quotes) {
    const s = store.shape(q) + 1;
    starts[s] = (starts[s] ?? 0) + 1;
  }
  for (let s = 0; s < store.shapeCount; s += 1) starts[s + 1] = (starts[s + 1] ?? 0) + (starts[s] ?? 0);
  const next = starts.slice(0, store.shapeCount);
  const listed = new Uint32Array(quotes.length);
  quotes.forEach((q, i) => {
    const s = store.shape(q);
    listed[next[s] ?? 0] = i;
    next[s] = (next[s] ?? 0) + 1;
  });
  return {
    count: (shape) => (starts[shape + 1] ?? 0) - (starts[shape] ?? 0),
    of: (shape) => listed.subarray(starts[shape] ?? 0, starts[shape + 1] ?? 0),
  };
}

function speakerKey(speaker: string | null): string | null {
  return speaker === null ? null : (speaker.toLowerCase().split(/\s+/).pop() ?? null);
}

/** Groups the quotations that several articles carried; a quote seen in one article only gets no group. */
export function findQuoteGroups(corpus: SortedCorpus): QuoteGroup[] {
  const { store, quotes, quoteArticle } = corpus;
  const count = quotes.length;
  // Postings over distinct texts: a quotation carried by many articles is indexed once, and its carriers are
  // listed beside it. A trigram's list of quotes is then its texts' carriers together.
  const postings = new Postings(store.shapeCount, (shape) => store.grams.get(shape));
  const carriers = listCarriers(corpus);
  const sets = new UnionFind(count);
  const candidates = new Candidates(count);
  const { grams } = store;
  for (let i = 0; i < count; i += 1) {
    candidates.clear();
    const qi = quotes[i] ?? 0;
    const si = store.shape(qi);
    for (let k = grams.start(si); k < grams.end(si); k += 1) {
      const shapes = postings.of(grams.data[k] ?? 0);
      let listed = 0;
      for (const shape of shapes) listed += carriers.count(shape);
      if (listed > MAX_POSTINGS) continue;
      for (const shape of shapes) for (const j of carriers.of(shape)) if (j > i) candidates.add(j);
    }
    const article = quoteArticle[i] ?? 0;
    for (const j of candidates.list()) {
      const other = quoteArticle[j] ?? 0;
      if (other === article) continue;
      const days = daysApart(corpus.date(article), corpus.date(other));
      if (days !== null && days > QUOTE_WINDOW_DAYS) continue;
      if (sameQuotation(store, qi, quotes[j] ?? 0)) sets.union(i, j);
    }
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < count; i += 1) {
    const root = sets.find(i);
    const members = byRoot.get(root);
    if (members) members.push(i);
    else if (root !== i) byRoot.set(root, [root, i]);
  }
  const groups: QuoteGroup[] = [];
  // Numbered in the order of their first member, as every quote's set was listed from its first.
  for (const members of [...byRoot.values()].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))) {
    let first = quoteArticle[members[0] ?? 0] ?? 0;
    let several = false;
    let canonical = members[0] ?? 0;
    const speakers = new Set<string>();
    for (const m of members) {
      const article = quoteArticle[m] ?? 0;
      if (article !== first) several = true;
      if (article < first) first = article;
      if (store.tokenCount(quotes[m] ?? 0) > store.tokenCount(quotes[canonical] ?? 0)) canonical = m;
      const speaker = speakerKey(store.speaker(quotes[m] ?? 0));
      if (speaker !== null) speakers.add(speaker);
    }
    if (!several) continue;
    groups.push({
      id: `g${groups.length + 1}`,
      members,
      canonical,
      first,
      speakerDisagreement: speakers.size > 1,
    });
  }
  return groups;
}
