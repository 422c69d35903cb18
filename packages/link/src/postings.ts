/**
 * Which items carry each hash (names of articles, trigrams of quotes), as three typed arrays rather than a Map of
 * arrays: the distinct hashes sorted, where each one's items start, and the items themselves, ascending within a
 * hash. A corpus's millions of postings then cost 4 bytes each instead of a JavaScript array slot and map entry.
 */
export class Postings {
  private readonly keys: Uint32Array;
  private readonly starts: Uint32Array;
  private readonly items: Uint32Array;

  /** hashesOf(item) must be sorted and hold each hash once. */
  constructor(count: number, hashesOf: (item: number) => Uint32Array) {
    let total = 0;
    for (let item = 0; item < count; item += 1) total += hashesOf(item).length;
    const all = new Uint32Array(total);
    let at = 0;
    for (let item = 0; item < count; item += 1) {
      const hashes = hashesOf(item);
      all.set(hashes, at);
      at += hashes.length;
    }
    all.sort();
    let distinct = 0;
    for (let i = 0; i < total; i += 1) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i] ?? 0;
    this.keys = all.slice(0, distinct);
    const counts = new Uint32Array(distinct + 1);
    for (let item = 0; item < count; item += 1)
      for (const h of hashesOf(item)) {
        const k = this.rank(h) + 1;
        counts[k] = (counts[k] ?? 0) + 1;
      }
    for (let k = 0; k < distinct; k += 1) counts[k + 1] = (counts[k + 1] ?? 0) + (counts[k] ?? 0);
    this.starts = counts;
    this.items = new Uint32Array(total);
    const next = counts.slice(0, distinct);
    for (let item = 0; item < count; item += 1)
      for (const h of hashesOf(item)) {
        const k = this.rank(h);
        this.items[next[k] ?? 0] = item;
        next[k] = (next[k] ?? 0) + 1;
      }
  }

  /** The position of hash among the distinct keys, or -1. */
  private rank(hash: number): number {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const key = this.keys[mid] ?? 0;
      if (key === hash) return mid;
      if (key < hash) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The items carrying hash, ascending: a view, not a copy. */
  of(hash: number): Uint32Array {
    const k = this.rank(hash);
    return k < 0
      ? this.items.subarray(0, 0)
      : this.items.subarray(this.starts[k] ?? 0, this.starts[k + 1] ?? 0);
  }
}
