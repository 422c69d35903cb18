import { hash32, minHashSimilarity } from "./hashing.js";
import type { ArticleSignature } from "./signature.js";

export const DUPLICATE_SIMILARITY = 0.8;
const BANDS = 16;
const ROWS = 4;

export interface Duplicate {
  of: number;
  similarity: number;
}

/**
 * Copies of one report: articles whose body shingles agree at MinHash similarity ≥ 0.8. Candidates come from
 * locality-sensitive hashing (16 bands of 4 minima), so the work grows with the corpus, not with its square.
 * Each copy points at the earliest article it copies (input order is earliest first).
 */
export function findDuplicates(signatures: readonly ArticleSignature[]): Map<number, Duplicate> {
  const buckets = new Map<number, number[]>();
  signatures.forEach((sig, index) => {
    if (sig.body[0] === 0xffffffff) return;
    for (let band = 0; band < BANDS; band += 1) {
      const key = hash32(
        `${band}:${Array.from(sig.body.subarray(band * ROWS, band * ROWS + ROWS)).join(",")}`,
      );
      const list = buckets.get(key);
      if (list) list.push(index);
      else buckets.set(key, [index]);
    }
  });
  const found = new Map<number, Duplicate>();
  for (const members of buckets.values()) {
    for (let j = 1; j < members.length; j += 1) {
      const later = members[j] ?? 0;
      for (let i = 0; i < j; i += 1) {
        const earlier = members[i] ?? 0;
        if (earlier === later) continue;
        const a = signatures[earlier];
        const b = signatures[later];
        if (!a || !b) continue;
        const similarity = minHashSimilarity(a.body, b.body);
        const current = found.get(later);
        if (similarity >= DUPLICATE_SIMILARITY && (!current || earlier < current.of))
          found.set(later, { of: earlier, similarity });
      }
    }
  }
  // A copy of a copy points at the original.
  for (const [index, dup] of found) {
    let root = dup.of;
    while (found.has(root)) root = found.get(root)?.of ?? root;
    found.set(index, { ...dup, of: root });
  }
  return found;
}
