import { DAY_MS, dayMs } from "./dates.js";
import type { SignatureStore } from "./signature-store.js";

const undatedLast = (date: string | null) => date ?? "9999";

/**
 * A store's articles in the link stage's order (earliest first, then by id) without moving them: position p is
 * store article order[p]. Quotes are listed in that order too, each as its article's position and the store's quote.
 */
export class SortedCorpus {
  readonly order: Uint32Array;
  /** Store quote of each listed quote. */
  readonly quotes: Uint32Array;
  /** Position of the article carrying each listed quote. */
  readonly quoteArticle: Uint32Array;
  // Each position's day as a number, read once: the stages compare the dates of millions of candidate pairs.
  private readonly days: Float64Array;
  private readonly datedAt: Uint8Array;

  constructor(readonly store: SignatureStore) {
    const order = Uint32Array.from({ length: store.size }, (_, i) => i);
    order.sort((a, b) => {
      const da = undatedLast(store.date(a));
      const db = undatedLast(store.date(b));
      if (da !== db) return da < db ? -1 : 1;
      const ia = store.id(a);
      const ib = store.id(b);
      return ia < ib ? -1 : ia > ib ? 1 : a - b;
    });
    this.order = order;
    this.days = new Float64Array(order.length);
    this.datedAt = new Uint8Array(order.length);
    order.forEach((article, position) => {
      const date = store.date(article);
      if (date === null) return;
      this.datedAt[position] = 1;
      this.days[position] = dayMs(date) / DAY_MS;
    });
    this.quotes = new Uint32Array(store.quoteCount);
    this.quoteArticle = new Uint32Array(store.quoteCount);
    let listed = 0;
    order.forEach((article, position) => {
      for (let q = store.quoteStart(article); q < store.quoteStart(article + 1); q += 1) {
        this.quotes[listed] = q;
        this.quoteArticle[listed] = position;
        listed += 1;
      }
    });
  }

  get size(): number {
    return this.order.length;
  }
  /** Store article at position p. */
  at(p: number): number {
    return this.order[p] ?? 0;
  }
  date(p: number): string | null {
    return this.store.date(this.at(p));
  }
  isDated(p: number): boolean {
    return this.datedAt[p] === 1;
  }
  /** Days between the articles at positions p and q (as daysApart of their dates), null when either is undated. */
  daysApart(p: number, q: number): number | null {
    if (!this.isDated(p) || !this.isDated(q)) return null;
    return Math.abs((this.days[p] ?? 0) - (this.days[q] ?? 0));
  }
}
