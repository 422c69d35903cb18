import { type Article, ArticleSchema, type Quote } from "./article.js";
import type { ParsedDoc } from "./documents.js";
import type { Field } from "./evidence.js";

/** A field as a test states it: the value with a fixed rule and full confidence. */
export function fixtureField<T>(value: T | null): Field<T> {
  return { value, confidence: 1, from: null, rule: "fixture" };
}

export function fixtureQuote(overrides: Partial<Quote> & Pick<Quote, "text">): Quote {
  return {
    id: "q1",
    speaker: null,
    speakerMention: null,
    cue: null,
    kind: "full",
    paragraph: 0,
    start: 0,
    end: overrides.text.length,
    confidence: 1,
    chain: [],
    ...overrides,
  };
}

/** A valid Article for tests of the stages after extract; every field can be overridden. */
export function fixtureArticle(overrides: Partial<Article> = {}): Article {
  return ArticleSchema.parse({
    id: "a1",
    source: "a1.txt",
    url: null,
    outlet: fixtureField(null),
    agency: fixtureField(null),
    date: fixtureField(null),
    datetime: fixtureField(null),
    headline: fixtureField(null),
    authors: fixtureField<string[]>([]),
    dateline: fixtureField(null),
    language: fixtureField("en"),
    body: [],
    quotes: [],
    story: null,
    removed: [],
    ...overrides,
  });
}

/**
 * Repeated near-matches of the shapes the cleaning and extraction patterns look for: the inputs on which a
 * regular expression with nested or overlapping quantifiers backtracks catastrophically.
 */
export const ADVERSARIAL_UNITS = [
  "a",
  "A ",
  "Aa Bb ",
  "A. ",
  "(",
  "((a)",
  "(a ",
  "\u201Cx ",
  '"',
  "'a",
  "\u2018a\u2019b ",
  ", ",
  "- ",
  "-- ",
  "> ",
  "said ",
  "A said, \u201C",
  "A and B ",
  "According to A ",
  "12:00 ",
  "March 3, ",
  "By A and ",
  "Home > ",
  "\u200B",
  "Photo by ",
  "(left) ",
  "Subscribe ",
  "copyright ",
  "Comments ",
  "(end) ",
  "The statement said ",
] as const;

/** About `bytes` characters of one adversarial unit repeated. */
export function adversarialText(unit: string, bytes = 1 << 20): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

/**
 * A text scrape as the parser would hand it on: one block a non-blank line, trimmed, with offsets into the text.
 * For tests of the stages after parse.
 */
export function docFromLines(
  lines: readonly string[],
  options: { id?: string; crawlDate?: string | null; url?: string | null } = {},
): ParsedDoc {
  const id = options.id ?? "test";
  const blocks: ParsedDoc["blocks"] = [];
  let offset = 0;
  for (const line of lines) {
    if (line.trim() !== "") {
      const start = offset + (line.length - line.trimStart().length);
      const trimmed = line.trim();
      blocks.push({ index: blocks.length, text: trimmed, start, end: start + trimmed.length, hints: {} });
    }
    offset += line.length + 1;
  }
  return {
    id,
    source: `${id}.txt`,
    format: "text",
    url: options.url ?? null,
    crawlDate: options.crawlDate ?? null,
    crawlStatus: null,
    text: lines.join("\n"),
    blocks,
    meta: {},
  };
}
