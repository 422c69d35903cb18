import { describe, expect, it } from "vitest";
import {
  type Article,
  ArticleSchema,
  BodyParagraphSchema,
  QuoteSchema,
  RemovedBlockSchema,
} from "./article.js";
import { checkedArticle } from "./article-check.js";
import { DocumentError } from "./errors.js";
import { ProvenanceSchema } from "./evidence.js";
import { fixtureArticle, fixtureField, fixtureQuote } from "./fixtures.js";

/** An article with every kind of value set: provenance, authors, quotes, body and removed blocks. */
function fullArticle(): Article {
  return fixtureArticle({
    url: "https://example.org/bus",
    date: {
      value: "2024-03-01",
      confidence: 0.9,
      from: { block: 2, start: 0, end: 10, key: null },
      rule: "stamp",
    },
    datetime: { value: "2024-03-01T09:30", confidence: 0.8, from: null, rule: "stamp" },
    headline: {
      value: "Council expands bus network",
      confidence: 1,
      from: { block: null, start: null, end: null, key: "og:title" },
      rule: "meta",
    },
    authors: fixtureField(["Ann Lee", "Bo Park"]),
    body: [
      { block: 3, text: "The council voted on Monday." },
      { block: 4, text: '"It is a good day," Lee said.' },
    ],
    quotes: [
      fixtureQuote({
        text: "It is a good day,",
        paragraph: 1,
        start: 1,
        speaker: "Ann Lee",
        chain: ["cue said"],
      }),
    ],
    story: "story-1",
    removed: [{ block: 0, role: "boilerplate", reason: "navigation", text: "Home" }],
  });
}

/** The same values with every object's keys in reverse order and a key the schema does not know. */
function shuffled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffled);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).reverse();
  return Object.fromEntries([["internal", { weight: 3 }], ...entries.map(([k, v]) => [k, shuffled(v)])]);
}

function withValue(path: string, value: unknown): Article {
  const copy = structuredClone(fullArticle()) as unknown as Record<string, unknown>;
  const keys = path.split(".");
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys[keys.length - 1] as string] = value;
  return copy as unknown as Article;
}

describe("checkedArticle", () => {
  it("returns what the schema's parse returns, a copy", () => {
    const article = fullArticle();
    const checked = checkedArticle(article);
    expect(checked).toEqual(ArticleSchema.parse(article));
    expect(checked.authors.value).not.toBe(article.authors.value);
    expect(checked.quotes[0]).not.toBe(article.quotes[0]);
  });

  it("serialises as the schema's parse does whatever the key order, without keys the schema does not know", () => {
    const messy = shuffled(fullArticle()) as Article;
    expect(JSON.stringify(checkedArticle(messy))).toBe(JSON.stringify(ArticleSchema.parse(messy)));
    expect(JSON.stringify(checkedArticle(messy))).toBe(JSON.stringify(checkedArticle(fullArticle())));
  });

  it("writes every object with its schema's keys (a new field must be taught to the copy)", () => {
    const checked = checkedArticle(fullArticle());
    expect(Object.keys(checked)).toEqual(Object.keys(ArticleSchema.shape));
    expect(Object.keys(checked.date)).toEqual(Object.keys(ArticleSchema.shape.date.shape));
    expect(Object.keys(checked.date.from ?? {})).toEqual(Object.keys(ProvenanceSchema.shape));
    expect(Object.keys(checked.body[0] ?? {})).toEqual(Object.keys(BodyParagraphSchema.shape));
    expect(Object.keys(checked.quotes[0] ?? {})).toEqual(Object.keys(QuoteSchema.shape));
    expect(Object.keys(checked.removed[0] ?? {})).toEqual(Object.keys(RemovedBlockSchema.shape));
  });

  const refused: [string, unknown, string][] = [
    ["id", "", "id"],
    ["url", 3, "url"],
    ["story", undefined, "story"],
    ["date.value", "1 March 2024", "date.value"],
    ["date.confidence", 1.2, "date.confidence"],
    ["date.confidence", Number.NaN, "date.confidence"],
    ["date.rule", null, "date.rule"],
    ["date.from.block", -1, "date.from.block"],
    ["date.from.end", 0.5, "date.from.end"],
    ["headline.from.key", 4, "headline.from.key"],
    ["headline", null, "headline"],
    ["authors.value", ["Ann Lee", 7], "authors.value"],
    ["body.1.block", 1.5, "body.1.block"],
    ["body.1", "text", "body.1"],
    ["quotes.0.kind", "indirect", "quotes.0.kind"],
    ["quotes.0.paragraph", -1, "quotes.0.paragraph"],
    ["quotes.0.end", 2 ** 60, "quotes.0.end"],
    ["quotes.0.chain", "said", "quotes.0.chain"],
    ["quotes.0.speaker", 1, "quotes.0.speaker"],
    ["removed.0.reason", 0, "removed.0.reason"],
    ["removed", null, "removed"],
  ];
  it.each(refused)(
    "refuses %s = %j as the schema does, naming the document and the field",
    (path, value, place) => {
      const bad = withValue(path, value);
      expect(ArticleSchema.safeParse(bad).success).toBe(false);
      expect(() => checkedArticle(bad)).toThrow(DocumentError);
      expect(() => checkedArticle(bad)).toThrow(`a1.txt: extract produced a bad ${place}:`);
    },
  );

  const accepted: [string, unknown][] = [
    ["url", null],
    ["date.value", null],
    ["date.confidence", 0],
    ["date.from", null],
    ["quotes.0.kind", "partial"],
    ["quotes.0.cue", "said"],
    ["removed.0.reason", null],
  ];
  it.each(accepted)("accepts %s = %j as the schema does", (path, value) => {
    const good = withValue(path, value);
    expect(checkedArticle(good)).toEqual(ArticleSchema.parse(good));
  });
});
