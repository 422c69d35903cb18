/** FNV-1a, 32 bits: a stable, fast hash for shingles and names (not for security). */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** hash32 of tokens[from..to) joined by single spaces, without building the joined string. */
export function hash32Joined(tokens: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let t = from; t < to; t += 1) {
    if (t > from) h = Math.imul(h ^ 0x20, 0x01000193);
    const token = tokens[t] ?? "";
    for (let i = 0; i < token.length; i += 1) {
      h ^= token.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

const PERMUTATIONS = 64;
// Fixed odd multipliers and offsets, so signatures are the same on every machine and every run. Held in typed
// arrays, which the MinHash loop reads without bounds fallbacks or tuple loads.
const MULTIPLIERS = Int32Array.from({ length: PERMUTATIONS }, (_, i) => hash32(`a${i}`) | 1);
const OFFSETS = Uint32Array.from({ length: PERMUTATIONS }, (_, i) => hash32(`b${i}`));

/**
 * MinHash of a set of hashed shingles: 64 minima, whose agreement estimates the sets' Jaccard similarity. One
 * permutation at a time over all shingles, so that its multiplier, offset and running minimum stay in registers.
 */
export function minHash(shingles: ArrayLike<number>): Uint32Array {
  const mins = new Uint32Array(PERMUTATIONS);
  for (let i = 0; i < PERMUTATIONS; i += 1) {
    const multiplier = MULTIPLIERS[i] as number;
    const offset = OFFSETS[i] as number;
    let min = 0xffffffff;
    for (let at = 0; at < shingles.length; at += 1) {
      const v = (Math.imul(shingles[at] as number, multiplier) + offset) >>> 0;
      if (v < min) min = v;
    }
    mins[i] = min;
  }
  return mins;
}

export function minHashSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] === b[i] && a[i] !== 0xffffffff) same += 1;
  return same / a.length;
}

/** How many hashes two sorted, duplicate-free arrays share, by one merge. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  return sharedInRuns(a, 0, a.length, b, 0, b.length);
}

/** Jaccard similarity of two sorted, duplicate-free hash arrays. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = sharedCount(a, b);
  return shared / (a.length + b.length - shared);
}

/**
 * How many hashes two sorted runs share, by one merge: a[aFrom..aTo) against b[bFrom..bTo). Repeats count as often
 * as both runs hold them.
 */
export function sharedInRuns(
  a: Uint32Array,
  aFrom: number,
  aTo: number,
  b: Uint32Array,
  bFrom: number,
  bTo: number,
): number {
  let i = aFrom;
  let j = bFrom;
  let shared = 0;
  while (i < aTo && j < bTo) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

/** Jaccard similarity of two sorted, duplicate-free runs of one pool: [aFrom, aTo) and [bFrom, bTo). */
export function jaccardInPool(
  pool: Uint32Array,
  aFrom: number,
  aTo: number,
  bFrom: number,
  bTo: number,
): number {
  if (aTo === aFrom || bTo === bFrom) return 0;
  const shared = sharedInRuns(pool, aFrom, aTo, pool, bFrom, bTo);
  return shared / (aTo - aFrom + (bTo - bFrom) - shared);
}
