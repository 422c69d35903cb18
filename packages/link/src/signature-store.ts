import { wordTokens } from "@clippings/core";
import { hash32 } from "./hashing.js";
import type { ArticleSignature } from "./signature.js";

/**
 * 32-bit hashes of many articles back to back in one growing buffer, instead of one small array each. Hot loops
 * read `data` between start(i) and end(i) rather than taking views, which would be an object per comparison.
 */
export class HashPool {
  private buffer: Uint32Array;
  private used = 0;
  /** Where each entry starts; entry i ends where entry i + 1 starts. */
  private readonly starts: number[] = [0];

  /** capacity: how many hashes to make room for at first; a right guess means no growing and no unused room. */
  constructor(capacity = 1024) {
    this.buffer = new Uint32Array(Math.max(capacity, 16));
  }

  /** Every entry back to back (and unused room after them). */
  get data(): Uint32Array {
    return this.buffer;
  }
  start(i: number): number {
    return this.starts[i] ?? 0;
  }
  end(i: number): number {
    return this.starts[i + 1] ?? 0;
  }

  push(hashes: ArrayLike<number>): void {
    if (this.used + hashes.length > this.buffer.length) {
      // By half again, not double: at a corpus's scale the unused room is the cost.
      const grown = new Uint32Array(Math.max(Math.ceil(this.buffer.length * 1.5), this.used + hashes.length));
      grown.set(this.buffer.subarray(0, this.used));
      this.buffer = grown;
    }
    this.buffer.set(hashes, this.used);
    this.used += hashes.length;
    this.starts.push(this.used);
  }

  /** Whether entries a and b hold the same hashes. */
  sameEntries(a: number, b: number): boolean {
    const length = this.end(a) - this.start(a);
    if (this.end(b) - this.start(b) !== length) return false;
    for (let k = 0; k < length; k += 1)
      if (this.buffer[this.start(a) + k] !== this.buffer[this.start(b) + k]) return false;
    return true;
  }

  /** Entry i, as a view into the pool: valid until the next push. */
  get(i: number): Uint32Array {
    return this.buffer.subarray(this.start(i), this.end(i));
  }
}

/** Each distinct string once, named by its number: outlets, dates and speakers repeat across a corpus. */
class Interned {
  private readonly numbers = new Map<string, number>();
  private readonly strings: string[] = [];

  add(text: string | null): number {
    if (text === null) return -1;
    let n = this.numbers.get(text);
    if (n === undefined) {
      n = this.strings.length;
      this.strings.push(text);
      this.numbers.set(text, n);
    }
    return n;
  }

  get(n: number): string | null {
    return n < 0 ? null : (this.strings[n] ?? null);
  }

  get size(): number {
    return this.strings.length;
  }

  /** Frees every string but the numbers kept; the others read as "". Takes no more strings after this. */
  retain(keep: ReadonlySet<number>): void {
    this.numbers.clear();
    this.strings.forEach((_, n) => {
      if (!keep.has(n)) this.strings[n] = "";
    });
  }
}

/** A quote's word trigrams (its whole text when shorter), hashed, sorted and each once: 4 bytes a trigram. */
function gramsOf(tokens: readonly string[]): Uint32Array {
  const grams = new Set<number>();
  if (tokens.length < 3) grams.add(hash32(tokens.join(" ")));
  for (let i = 0; i + 3 <= tokens.length; i += 1) grams.add(hash32(tokens.slice(i, i + 3).join(" ")));
  return Uint32Array.from(grams).sort();
}

/** Hashes of each kind a corpus's signatures hold in all. */
export interface StoreCapacity {
  bodies: number;
  names: number;
  words: number;
}

/**
 * A corpus's signatures as the link stage holds them: hash lists in shared typed buffers, repeated strings once,
 * and each quote's word tokens and trigrams hashed once as it comes in, so grouping never keeps token strings.
 * Articles and quotes are numbered in the order added; article i's quotes are quoteStart(i) .. quoteStart(i + 1).
 */
export class SignatureStore {
  private finished = false;
  private readonly ids: string[] = [];
  // Copies of one report share their headline: held once.
  private readonly headlines: number[] = [];
  private readonly headlineTexts = new Interned();
  private readonly dates: number[] = [];
  private readonly outlets: number[] = [];
  private readonly quoteStarts: number[] = [0];
  bodies: HashPool;
  nameHashes: HashPool;
  wordHashes: HashPool;
  private readonly strings = new Interned();
  // Quote ids repeat from article to article ("q1", "q2"): interned with the other labels.
  private readonly quoteIds: number[] = [];
  // Numbers into texts: a quotation carried by several articles is held once.
  private readonly quoteTexts: number[] = [];
  private readonly texts = new Interned();
  private readonly speakers: number[] = [];
  // A quote's shape (token count, token hashes, trigrams) is a function of its text: one per distinct text.
  private readonly tokenCounts: number[] = [];
  tokenHashes = new HashPool();
  grams = new HashPool();

  /** expected: how many hashes of each kind the signatures to come hold, when known (a spool counts them). */
  constructor(expected: Partial<StoreCapacity> = {}) {
    this.bodies = new HashPool(expected.bodies);
    this.nameHashes = new HashPool(expected.names);
    this.wordHashes = new HashPool(expected.words);
  }

  static from(signatures: Iterable<ArticleSignature>): SignatureStore {
    const store = new SignatureStore();
    for (const signature of signatures) store.add(signature);
    return store;
  }

  add(signature: ArticleSignature): void {
    if (this.finished) throw new Error("the signature store was already linked: it takes no more signatures");
    this.ids.push(signature.id);
    this.headlines.push(this.headlineTexts.add(signature.headline));
    this.dates.push(this.strings.add(signature.date));
    this.outlets.push(this.strings.add(signature.outlet));
    this.bodies.push(signature.body);
    this.nameHashes.push(signature.names);
    this.wordHashes.push(signature.words);
    for (const quote of signature.quotes) {
      this.quoteIds.push(this.strings.add(quote.quoteId));
      this.speakers.push(this.strings.add(quote.speaker));
      const known = this.texts.size;
      const text = this.texts.add(quote.text);
      this.quoteTexts.push(text);
      if (text < known) continue;
      const tokens = wordTokens(quote.text);
      this.tokenCounts.push(tokens.length);
      // Sorted, repeats kept: two quotes' shared words (as a multiset) are then counted by one merge.
      this.tokenHashes.push(Uint32Array.from(tokens, hash32).sort());
      this.grams.push(gramsOf(tokens));
    }
    this.quoteStarts.push(this.quoteIds.length);
  }

  /**
   * Once linked, the store is kept only for the labels the links answer with: the hash lists and headlines are
   * dropped, and of the quote texts only those of the given quotes (the groups' canonical forms) are kept. Takes no
   * more signatures.
   */
  finishLinking(keepTextsOf: Iterable<number>): void {
    this.bodies = new HashPool();
    this.nameHashes = new HashPool();
    this.wordHashes = new HashPool();
    this.tokenHashes = new HashPool();
    this.grams = new HashPool();
    this.texts.retain(new Set(Array.from(keepTextsOf, (q) => this.quoteTexts[q] ?? -1)));
    // The stories took the headlines they name.
    this.headlineTexts.retain(new Set());
    this.finished = true;
  }

  get size(): number {
    return this.ids.length;
  }
  get quoteCount(): number {
    return this.quoteIds.length;
  }

  id(i: number): string {
    return this.ids[i] ?? "";
  }
  date(i: number): string | null {
    return this.strings.get(this.dates[i] ?? -1);
  }
  outlet(i: number): string | null {
    return this.strings.get(this.outlets[i] ?? -1);
  }
  headline(i: number): string | null {
    return this.headlineTexts.get(this.headlines[i] ?? -1);
  }
  body(i: number): Uint32Array {
    return this.bodies.get(i);
  }
  names(i: number): Uint32Array {
    return this.nameHashes.get(i);
  }
  words(i: number): Uint32Array {
    return this.wordHashes.get(i);
  }
  /** The first quote of article i; its quotes run up to quoteStart(i + 1). */
  quoteStart(i: number): number {
    return this.quoteStarts[i] ?? 0;
  }

  quoteId(q: number): string {
    return this.strings.get(this.quoteIds[q] ?? -1) ?? "";
  }
  quoteText(q: number): string {
    return this.texts.get(this.quoteTexts[q] ?? -1) ?? "";
  }
  speaker(q: number): string | null {
    return this.strings.get(this.speakers[q] ?? -1);
  }
  /** How many distinct quote texts, so shapes, the store holds. */
  get shapeCount(): number {
    return this.tokenCounts.length;
  }
  /** The shape of quote q: the index of its text into tokenHashes and grams. */
  shape(q: number): number {
    return this.quoteTexts[q] ?? 0;
  }
  /** How many word tokens the quote has. */
  tokenCount(q: number): number {
    return this.shapeTokenCount(this.shape(q));
  }
  /** How many word tokens a text (a shape) has. */
  shapeTokenCount(shape: number): number {
    return this.tokenCounts[shape] ?? 0;
  }
  /** The quote's word tokens hashed, sorted, repeats kept. */
  tokens(q: number): Uint32Array {
    return this.tokenHashes.get(this.shape(q));
  }
  /** The quote's word trigrams hashed, sorted, each once (its whole text hashed when shorter than three words). */
  trigrams(q: number): Uint32Array {
    return this.grams.get(this.shape(q));
  }
}
