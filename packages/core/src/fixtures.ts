import { type Article, ArticleSchema, type Quote } from "./article.js";
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
