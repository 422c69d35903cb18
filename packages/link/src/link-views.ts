import type { Duplicates } from "./duplicates.js";
import type { ArticleLinks } from "./link-corpus.js";
import type { QuoteGroup } from "./quote-groups.js";
import type { SortedCorpus } from "./sorted-corpus.js";

/**
 * A read-only map whose values are computed from typed arrays when asked for. The writer only calls `get`, once an
 * article; iterating (evaluation, small runs) builds an ordinary Map for the occasion.
 */
abstract class ComputedMap<V> implements ReadonlyMap<string, V> {
  abstract get(key: string): V | undefined;
  abstract get size(): number;
  /** Every entry, in the order an ordinary Map of the same entries would give them. */
  protected abstract materialize(): Map<string, V>;

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.materialize()) callback(value, key, this);
  }
  entries() {
    return this.materialize().entries();
  }
  keys() {
    return this.materialize().keys();
  }
  values() {
    return this.materialize().values();
  }
  [Symbol.iterator]() {
    return this.materialize().entries();
  }
}

/** Each article's story and duplicate, by article id. */
export class CorpusArticleLinks extends ComputedMap<ArticleLinks> {
  /** Position of each id; for an id given twice the later article, as Map.set would leave it. */
  private readonly positions = new Map<string, number>();

  constructor(
    private readonly corpus: SortedCorpus,
    private readonly storyOf: Uint32Array,
    private readonly duplicates: Duplicates,
  ) {
    super();
    for (let p = 0; p < corpus.size; p += 1) this.positions.set(corpus.store.id(corpus.at(p)), p);
  }

  get size(): number {
    return this.positions.size;
  }

  /** The position of an article id, if the corpus has it. */
  positionOf(id: string): number | undefined {
    return this.positions.get(id);
  }

  get(id: string): ArticleLinks | undefined {
    const p = this.positions.get(id);
    return p === undefined ? undefined : this.at(p);
  }

  private at(p: number): ArticleLinks {
    const of = this.duplicates.of[p] ?? -1;
    return {
      story: `s${(this.storyOf[p] ?? 0) + 1}`,
      duplicateOf: of < 0 ? null : this.corpus.store.id(this.corpus.at(of)),
      similarity: of < 0 ? null : Math.round((this.duplicates.similarity[p] ?? 0) * 1000) / 1000,
    };
  }

  protected materialize(): Map<string, ArticleLinks> {
    return new Map([...this.positions].map(([id, p]) => [id, this.at(p)]));
  }
}

/** The quote group of each grouped quote, by "<article id>/<quote id>". */
export class QuoteGroupIndex extends ComputedMap<string> {
  /** Group number of each listed quote, -1 for none. */
  private readonly groupOf: Int32Array;

  constructor(
    private readonly corpus: SortedCorpus,
    private readonly groups: readonly QuoteGroup[],
    private readonly positionOf: (id: string) => number | undefined,
  ) {
    super();
    this.groupOf = new Int32Array(corpus.quotes.length).fill(-1);
    groups.forEach((group, g) => {
      for (const m of group.members) this.groupOf[m] = g;
    });
  }

  get size(): number {
    return this.materialize().size;
  }

  /** The first listed quote of the article at position p (quotes are listed in position order). */
  private firstQuoteOf(p: number): number {
    const listed = this.corpus.quoteArticle;
    let lo = 0;
    let hi = listed.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((listed[mid] ?? 0) < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get(key: string): string | undefined {
    // Ids may hold "/" themselves: every split whose article part is a known article is tried.
    for (let slash = key.indexOf("/"); slash >= 0; slash = key.indexOf("/", slash + 1)) {
      const p = this.positionOf(key.slice(0, slash));
      if (p === undefined) continue;
      const quoteId = key.slice(slash + 1);
      let found: string | undefined;
      // As a Map filled group by group would answer for a quote id given twice in one article: the later group.
      let foundGroup = -1;
      for (
        let m = this.firstQuoteOf(p);
        m < this.corpus.quotes.length && this.corpus.quoteArticle[m] === p;
        m += 1
      ) {
        const g = this.groupOf[m] ?? -1;
        if (g > foundGroup && this.corpus.store.quoteId(this.corpus.quotes[m] ?? 0) === quoteId) {
          foundGroup = g;
          found = this.groups[g]?.id;
        }
      }
      if (found !== undefined) return found;
    }
    return undefined;
  }

  protected materialize(): Map<string, string> {
    const map = new Map<string, string>();
    for (const group of this.groups)
      for (const m of group.members) {
        const article = this.corpus.store.id(this.corpus.at(this.corpus.quoteArticle[m] ?? 0));
        map.set(`${article}/${this.corpus.store.quoteId(this.corpus.quotes[m] ?? 0)}`, group.id);
      }
    return map;
  }
}
