/**
 * The distinct items met while scanning postings for one item, in the order first met. A stamp per item replaces a
 * Set cleared for every item: a corpus's worth of large, short-lived Sets would be garbage that the collector lets
 * pile up to hundreds of megabytes before reclaiming it.
 */
export class Candidates {
  private readonly seen: Uint32Array;
  private readonly items: Uint32Array;
  private stamp = 1;
  private count = 0;

  constructor(size: number) {
    this.seen = new Uint32Array(size);
    this.items = new Uint32Array(size);
  }

  /** Forgets the items of the previous scan. */
  clear(): void {
    this.stamp += 1;
    this.count = 0;
  }

  add(item: number): void {
    if (this.seen[item] === this.stamp) return;
    this.seen[item] = this.stamp;
    this.items[this.count] = item;
    this.count += 1;
  }

  get size(): number {
    return this.count;
  }

  /** The items of this scan, in the order first added: a view, valid until the next clear. */
  list(): Uint32Array {
    return this.items.subarray(0, this.count);
  }
}
