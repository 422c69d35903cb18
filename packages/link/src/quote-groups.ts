import { Candidates } from "./candidates.js";
import { sharedInRuns } from "./hashing.js";
import { Postings } from "./postings.js";
import type { SignatureStore } from "./signature-store.js";
import type { SortedCorpus } from "./sorted-corpus.js";
import { UnionFind } from "./union-find.js";

/** A quote is the same utterance in another article only if published within this many days. */
export const QUOTE_WINDOW_DAYS = 7;
const CONTAINMENT = 0.8;
const BAG_F1 = 0.8;
// A three-word run found in this many different quotes is a stock phrase ("in order to"), useless for finding
// candidates. Texts are counted, not the articles carrying them: a quotation every outlet carried is no stock phrase.
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

/** The same words, a fragment of a longer quote, or the quote lightly reworded (texts sa and sb, as shapes). */
export function sameQuotation(store: SignatureStore, sa: number, sb: number): boolean {
  if (sa === sb) return true;
  const na = store.shapeTokenCount(sa);
  const nb = store.shapeTokenCount(sb);
  const { grams, tokenHashes } = store;
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

/**
 * Joins the carriers of one text that are the same utterance: those in different articles published within the
 * window. Listed quotes come earliest first, undated last, and an article's quotes side by side, so the carriers
 * form runs of one article each, in date order. Two neighbouring runs within the window are joined whole: every
 * quote of one is paired with every quote of the other. That joins what pairing every two carriers would, since two
 * carriers within the window have only carriers within the window between them, with neighbouring runs of other
 * articles among them. An undated carrier pairs with every carrier of another article, so with one of them and a
 * second article, all are one group. Pairing each two carriers cost the square of a widely carried quotation.
 */
function joinCarriersOfText(corpus: SortedCorpus, carriers: Uint32Array, sets: UnionFind): void {
  const { quoteArticle } = corpus;
  const articleOf = (k: number) => quoteArticle[carriers[k] ?? 0] ?? 0;
  const last = carriers.length - 1;
  const severalArticles = articleOf(0) !== articleOf(last);
  if (!severalArticles) return;
  if (!corpus.isDated(articleOf(last))) {
    for (const c of carriers) sets.union(carriers[0] ?? 0, c);
    return;
  }
  // Each run of one article's carriers, joined with the run before it when the two are within the window.
  let previous = -1;
  for (let start = 0; start <= last; ) {
    let end = start;
    while (end < last && articleOf(end + 1) === articleOf(start)) end += 1;
    const days = previous < 0 ? null : corpus.daysApart(articleOf(previous), articleOf(start));
    if (days !== null && days <= QUOTE_WINDOW_DAYS)
      for (let k = previous; k <= end; k += 1) sets.union(carriers[previous] ?? 0, carriers[k] ?? 0);
    previous = start;
    start = end + 1;
  }
}

/**
 * Joins the carriers of two different texts that are the same quotation, pairing each carrier of one with each of
 * the other in another article within the window. Whether the texts are the same quotation is asked once, and only
 * when some pair could be joined.
 */
function joinCarriersOfTwoTexts(
  corpus: SortedCorpus,
  texts: { a: number; b: number; of: (shape: number) => Uint32Array },
  sets: UnionFind,
): void {
  const { quoteArticle, store } = corpus;
  let same: boolean | null = null;
  for (const i of texts.of(texts.a)) {
    const article = quoteArticle[i] ?? 0;
    for (const j of texts.of(texts.b)) {
      const other = quoteArticle[j] ?? 0;
      if (other === article) continue;
      const days = corpus.daysApart(article, other);
      if (days !== null && days > QUOTE_WINDOW_DAYS) continue;
      if (sets.find(i) === sets.find(j)) continue;
      same ??= sameQuotation(store, texts.a, texts.b);
      if (!same) return;
      sets.union(i, j);
    }
  }
}

/** Groups the quotations that several articles carried; a quote seen in one article only gets no group. */
export function findQuoteGroups(corpus: SortedCorpus): QuoteGroup[] {
  const { store, quotes, quoteArticle } = corpus;
  const count = quotes.length;
  // Quotes are compared text by text: a quotation carried by many articles is held, indexed and compared once, and
  // its carriers are joined beside it.
  const postings = new Postings(store.shapeCount, (shape) => store.grams.get(shape));
  const carriers = listCarriers(corpus);
  const sets = new UnionFind(count);
  const candidates = new Candidates(store.shapeCount);
  const { grams } = store;
  for (let shape = 0; shape < store.shapeCount; shape += 1) {
    if (carriers.count(shape) > 1) joinCarriersOfText(corpus, carriers.of(shape), sets);
    candidates.clear();
    for (let k = grams.start(shape); k < grams.end(shape); k += 1) {
      const shapes = postings.of(grams.data[k] ?? 0);
      if (shapes.length > MAX_POSTINGS) continue;
      for (const other of shapes) if (other > shape) candidates.add(other);
    }
    for (const other of candidates.list())
      joinCarriersOfTwoTexts(corpus, { a: shape, b: other, of: carriers.of }, sets);
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
