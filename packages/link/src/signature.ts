import { type Article, wordTokens } from "@clippings/core";
import { hash32, hash32Joined, minHash } from "./hashing.js";

/** What the link stage keeps of an article: hashes and a few fields, never the text. */
export interface ArticleSignature {
  id: string;
  date: string | null;
  outlet: string | null;
  headline: string | null;
  /** MinHash of the body's five-word shingles, for copies of one report. */
  body: Uint32Array;
  /** Hashed names (capitalised word runs) the article mentions, sorted: 4 bytes a name. */
  names: Uint32Array;
  /** Hashed content words (the most frequent), sorted, for articles about the same event. */
  words: Uint32Array;
  quotes: QuoteSignature[];
}

export interface QuoteSignature {
  quoteId: string;
  /** The quote as printed. Its word tokens are not kept: the link stage derives them when it groups quotes, as a
   * corpus's worth of token arrays would make the memory held while documents come in grow several-fold. */
  text: string;
  speaker: string | null;
  kind: "full" | "partial";
}

const SHINGLE = 5;
const MAX_WORDS = 64;
const MAX_NAMES = 32;
// Function words carry no topic; everything else of four letters or more does.
const STOP = new Set(
  "about after again also been before being between both could from have into more most much other over said says should some such than that their them then there these they this those through under very were what when where which while will with would your".split(
    " ",
  ),
);

/**
 * The hashes of the `limit` most frequent items (ties to the alphabetically first), sorted. Only the items tied at
 * the cut-off count are sorted by name: those above it are in whatever their order.
 */
function topCounts(items: readonly string[], limit: number): Uint32Array {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  let top: string[];
  if (counts.size <= limit) top = [...counts.keys()];
  else {
    const ascending = Uint32Array.from(counts.values()).sort();
    const cutoff = ascending[ascending.length - limit] as number;
    top = [];
    const tied: string[] = [];
    for (const [item, count] of counts) {
      if (count > cutoff) top.push(item);
      else if (count === cutoff) tied.push(item);
    }
    // Names are distinct, so the default sort (by UTF-16 code units) orders them as `<` does.
    top.push(...tied.sort().slice(0, limit - top.length));
  }
  return Uint32Array.from(new Set(top.map(hash32))).sort();
}

/** Capitalised word runs not at a sentence start: people, places, organisations. */
function names(text: string): string[] {
  const found: string[] = [];
  // The word boundary is tested before the look-behinds: all three hold at one position, so their order does not
  // change a match, but the boundary fails at most positions and is the cheapest of the three.
  for (const m of text.matchAll(/\b(?<![.!?]\s)(?<!^)([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)*)/gmu)) {
    const name = m[1] ?? "";
    if (name.length > 2) found.push(name.toLowerCase());
  }
  return found;
}

export function articleSignature(article: Article): ArticleSignature {
  const text = article.body.map((p) => p.text).join("\n");
  const tokens = wordTokens(text);
  const shingles = new Uint32Array(Math.max(0, tokens.length - SHINGLE + 1));
  for (let i = 0; i < shingles.length; i += 1) shingles[i] = hash32Joined(tokens, i, i + SHINGLE);
  return {
    id: article.id,
    date: article.date.value,
    outlet: article.outlet.value,
    headline: article.headline.value,
    body: minHash(shingles),
    names: topCounts(names(`${article.headline.value ?? ""}\n${text}`), MAX_NAMES),
    words: topCounts(
      tokens.filter((t) => t.length >= 4 && !STOP.has(t) && !/^\d+$/.test(t)),
      MAX_WORDS,
    ),
    quotes: article.quotes.map((q) => ({
      quoteId: q.id,
      text: q.text,
      speaker: q.speaker,
      kind: q.kind,
    })),
  };
}
