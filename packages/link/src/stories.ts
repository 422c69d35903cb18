import { Candidates } from "./candidates.js";
import { jaccardInPool } from "./hashing.js";
import { Postings } from "./postings.js";
import type { SortedCorpus } from "./sorted-corpus.js";
import { UnionFind } from "./union-find.js";

/** Coverage of one event appears within a few days; the same actors years apart are another story. */
export const STORY_WINDOW_DAYS = 3;
const NAME_SIMILARITY = 0.2;
const WORD_SIMILARITY = 0.15;
// A name in this many articles (a country, a big organisation) says nothing about which event they cover.
const MAX_POSTINGS = 2000;

export interface StoryEvidence {
  /**
   * Pairs of positions already known to belong together (copies of one report, articles sharing a quotation),
   * flat: a, b, a, b… A corpus has about one a copy or a grouped quote, too many for an array object each.
   */
  linked: Uint32Array;
  /** The position of the report each position copies, -1 for none (findDuplicates). */
  copyOf: Int32Array;
}

/**
 * Story clusters: articles within a few days of each other that share the people, places and vocabulary of
 * one event, or that copy one report or carry the same quotation. Candidates come from an index of names,
 * so only articles that share a name are compared. Returns each position's cluster as its earliest position.
 */
export function findStories(corpus: SortedCorpus, evidence: StoryEvidence): Uint32Array {
  const { store } = corpus;
  const n = corpus.size;
  const sets = new UnionFind(n);
  const inWindow = (a: number, b: number) => {
    const days = corpus.daysApart(a, b);
    return days === null || days <= STORY_WINDOW_DAYS;
  };
  const { linked } = evidence;
  for (let k = 0; k + 1 < linked.length; k += 2) {
    const a = linked[k] ?? 0;
    const b = linked[k + 1] ?? 0;
    if (inWindow(a, b)) sets.union(a, b);
  }
  const { nameHashes, wordHashes } = store;
  // A copy of a report published the same day under the same names and words is that report over again: any
  // comparison of it would come out as the report's. The report is compared with the others once, not once a copy,
  // and a name is counted in the reports that carry it (MAX_POSTINGS), however many outlets carried each. A copy
  // edited or published on another day is compared in its own right.
  const standsIn = new Uint8Array(n);
  for (let p = 0; p < n; p += 1) {
    const original = evidence.copyOf[p] ?? -1;
    if (original < 0 || corpus.daysApart(p, original) !== 0) continue;
    const [a, b] = [corpus.at(p), corpus.at(original)];
    if (nameHashes.sameEntries(a, b) && wordHashes.sameEntries(a, b)) standsIn[p] = 1;
  }
  const none = new Uint32Array(0);
  const postings = new Postings(n, (p) => (standsIn[p] === 1 ? none : store.names(corpus.at(p))));
  const names = nameHashes.data;
  const words = wordHashes.data;
  const candidates = new Candidates(n);
  for (let i = 0; i < n; i += 1) {
    if (standsIn[i] === 1) continue;
    candidates.clear();
    const a = corpus.at(i);
    for (let k = nameHashes.start(a); k < nameHashes.end(a); k += 1) {
      const list = postings.of(names[k] ?? 0);
      if (list.length <= MAX_POSTINGS) for (const j of list) if (j > i) candidates.add(j);
    }
    if (candidates.size === 0) continue;
    for (const j of candidates.list()) {
      // Copies of one report are joined already (the evidence above): comparing them again would cost the square
      // of a widely carried report's copies and change nothing.
      if (sets.find(i) === sets.find(j)) continue;
      // Without both dates there is no telling one event from another with the same actors: similarity alone
      // never links an undated article (a shared quotation or a copied report still does).
      const days = corpus.daysApart(i, j);
      if (days === null || days > STORY_WINDOW_DAYS) continue;
      const b = corpus.at(j);
      if (
        jaccardInPool(
          names,
          nameHashes.start(a),
          nameHashes.end(a),
          nameHashes.start(b),
          nameHashes.end(b),
        ) >= NAME_SIMILARITY &&
        jaccardInPool(
          words,
          wordHashes.start(a),
          wordHashes.end(a),
          wordHashes.start(b),
          wordHashes.end(b),
        ) >= WORD_SIMILARITY
      )
        sets.union(i, j);
    }
  }
  return Uint32Array.from({ length: n }, (_, i) => sets.find(i));
}
