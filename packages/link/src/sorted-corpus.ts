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
}
