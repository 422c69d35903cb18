import { daysApart } from "./dates.js";
import { jaccard } from "./hashing.js";
import type { ArticleSignature } from "./signature.js";
import { UnionFind } from "./union-find.js";

/** Coverage of one event appears within a few days; the same actors years apart are another story. */
export const STORY_WINDOW_DAYS = 3;
const NAME_SIMILARITY = 0.2;
const WORD_SIMILARITY = 0.15;
// A name in this many articles (a country, a big organisation) says nothing about which event they cover.
const MAX_POSTINGS = 2000;

export interface StoryEvidence {
  /** Pairs already known to belong together: copies of one report, articles sharing a quotation. */
  linked: Iterable<readonly [number, number]>;
}

/**
 * Story clusters: articles within a few days of each other that share the people, places and vocabulary of
 * one event, or that copy one report or carry the same quotation. Candidates come from an index of names,
 * so only articles that share a name are compared.
 */
export function findStories(signatures: readonly ArticleSignature[], evidence: StoryEvidence): number[] {
  const sets = new UnionFind(signatures.length);
  const inWindow = (a: number, b: number) => {
    const days = daysApart(signatures[a]?.date ?? null, signatures[b]?.date ?? null);
    return days === null || days <= STORY_WINDOW_DAYS;
  };
  for (const [a, b] of evidence.linked) if (inWindow(a, b)) sets.union(a, b);
  const postings = new Map<number, number[]>();
  signatures.forEach((sig, index) => {
    for (const name of sig.names) {
      const list = postings.get(name);
      if (list) list.push(index);
      else postings.set(name, [index]);
    }
  });
  signatures.forEach((sig, i) => {
    const candidates = new Set<number>();
    for (const name of sig.names) {
      const list = postings.get(name) ?? [];
      if (list.length <= MAX_POSTINGS) for (const j of list) if (j > i) candidates.add(j);
    }
    for (const j of candidates) {
      const other = signatures[j];
      if (!other) continue;
      // Without both dates there is no telling one event from another with the same actors: similarity alone
      // never links an undated article (a shared quotation or a copied report still does).
      const days = daysApart(sig.date, other.date);
      if (days === null || days > STORY_WINDOW_DAYS) continue;
      if (
        jaccard(sig.names, other.names) >= NAME_SIMILARITY &&
        jaccard(sig.words, other.words) >= WORD_SIMILARITY
      ) {
        sets.union(i, j);
      }
    }
  });
  return signatures.map((_, i) => sets.find(i));
}
