import { hash32 } from "./hashing.js";
import type { SortedCorpus } from "./sorted-corpus.js";

export const DUPLICATE_SIMILARITY = 0.8;
const BANDS = 16;
const ROWS = 4;

/** A band's minima as the key text "m1,m2,m3,m4" (fewer when the body has fewer minima). */
function bandText(pool: Uint32Array, from: number, to: number, band: number): string {
  const parts: number[] = [];
  for (let k = from + band * ROWS; k < Math.min(from + band * ROWS + ROWS, to); k += 1)
    parts.push(pool[k] ?? 0);
  return parts.join(",");
}

/** minHashSimilarity of two bodies of one pool, [a, a + aLength) and [b, b + bLength), without taking views. */
function similarityInPool(pool: Uint32Array, a: number, aLength: number, b: number, bLength: number): number {
  let same = 0;
  for (let k = 0; k < aLength; k += 1) {
    const minimum = pool[a + k];
    if (k < bLength && minimum === pool[b + k] && minimum !== 0xffffffff) same += 1;
  }
  return same / aLength;
}

export interface Duplicates {
  /** Position of the article each position copies, -1 for none. */
  of: Int32Array;
  /** MinHash similarity to that article. */
  similarity: Float64Array;
}

/**
 * Copies of one report: articles whose body shingles agree at MinHash similarity ≥ 0.8. Candidates come from
 * locality-sensitive hashing (16 bands of 4 minima), so the work grows with the corpus, not with its square.
 * Each copy points at the earliest article it copies (positions are earliest first). A band's buckets are found by
 * sorting the articles by their band key: two typed arrays a band, instead of a map of arrays over all bands.
 */
export function findDuplicates(corpus: SortedCorpus): Duplicates {
  const n = corpus.size;
  const of = new Int32Array(n).fill(-1);
  const similarity = new Float64Array(n);
  const keys = new Uint32Array(n);
  const byKey = new Uint32Array(n);
  const { bodies } = corpus.store;
  for (let band = 0; band < BANDS; band += 1) {
    let listed = 0;
    for (let p = 0; p < n; p += 1) {
      const from = bodies.start(corpus.at(p));
      if (bodies.end(corpus.at(p)) > from && bodies.data[from] === 0xffffffff) continue;
      keys[p] = hash32(`${band}:${bandText(bodies.data, from, bodies.end(corpus.at(p)), band)}`);
      byKey[listed++] = p;
    }
    // Ascending position within a key, as the buckets were filled in input order.
    const bucketed = byKey.subarray(0, listed).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
    for (let start = 0; start < listed; ) {
      let end = start + 1;
      while (end < listed && keys[bucketed[end] ?? 0] === keys[bucketed[start] ?? 0]) end += 1;
      for (let j = start + 1; j < end; j += 1) {
        const later = bucketed[j] ?? 0;
        const laterFrom = bodies.start(corpus.at(later));
        const laterTo = bodies.end(corpus.at(later));
        // A bucket lists the earliest first, and a copy points at the earliest article it copies: the scan stops
        // at the first match, or at the original another band found. Without the stops, a report carried by
        // thousands of outlets (one bucket a band) cost the square of its copies.
        for (let i = start; i < j; i += 1) {
          const earlier = bucketed[i] ?? 0;
          const current = of[later] ?? -1;
          if (current >= 0 && earlier >= current) break;
          const from = bodies.start(corpus.at(earlier));
          const to = bodies.end(corpus.at(earlier));
          const found = similarityInPool(bodies.data, from, to - from, laterFrom, laterTo - laterFrom);
          if (found >= DUPLICATE_SIMILARITY) {
            of[later] = earlier;
            similarity[later] = found;
            break;
          }
        }
      }
      start = end;
    }
  }
  // A copy of a copy points at the original.
  for (let p = 0; p < n; p += 1) {
    let root = of[p] ?? -1;
    if (root < 0) continue;
    while ((of[root] ?? -1) >= 0) root = of[root] ?? -1;
    of[p] = root;
  }
  return { of, similarity };
}
