import { type Article, wordTokens } from "@clippings/core";
import { hash32, minHash } from "./hashing.js";

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

function topCounts(items: string[], limit: number): Uint32Array {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
  return Uint32Array.from(new Set(ranked.map(([item]) => hash32(item)))).sort();
}

/** Capitalised word runs not at a sentence start: people, places, organisations. */
function names(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?<![.!?]\s)(?<!^)\b([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)*)/gmu)) {
    const name = m[1] ?? "";
    if (name.length > 2) found.push(name.toLowerCase());
  }
  return found;
}

export function articleSignature(article: Article): ArticleSignature {
  const text = article.body.map((p) => p.text).join("\n");
  const tokens = wordTokens(text);
  const shingles: number[] = [];
  for (let i = 0; i + SHINGLE <= tokens.length; i += 1)
    shingles.push(hash32(tokens.slice(i, i + SHINGLE).join(" ")));
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
