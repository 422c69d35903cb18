import { describe, expect, it } from "vitest";
import { parseHtml } from "./html.js";
import { PUBLICATION_KEY, publicationExcerpts } from "./script-dates.js";

describe("publicationExcerpts", () => {
  it("keeps each publication key of a script with the value after it, and nothing else", () => {
    const script =
      'window.__STATE__ = {"item":{"title":"Garden tools","published_at":"2019-03-02T06:22:28+01:00","price":12}};';
    expect(publicationExcerpts(script, 5)).toEqual([
      '"published_at":"2019-03-02T06:22:28+01:00","price":12}};',
    ]);
    expect(publicationExcerpts("var s = {publishDate: 1643182900, x: 1};", 5)[0]).toMatch(
      /^publishDate: 1643182900/,
    );
    expect(publicationExcerpts('{"firstPublishedAt":"2020-01-01"}', 5)).toHaveLength(1);
  });

  it("finds the keys in any letter case", () => {
    expect(publicationExcerpts('{"PUBDATE":"2020-01-01","Date_Published":"2020-01-02"}', 5)).toHaveLength(2);
  });

  it("gives the matches of the key's pattern over the whole script, on random scripts", () => {
    // Keys whole and in parts, with the quotes, escapes and separators around them.
    const pieces = [
      "pub",
      "Pub",
      "date",
      "_",
      "published",
      "first",
      "lication",
      "At",
      "time",
      "date_published",
    ];
    pieces.push("first_published", "publishDate", "pubDate", "publication_date", '\\"publishedAt\\":');
    const glue = ['"', "'", "\\", ":", "=", " ", "x", "{", ",", "é"];
    let seed = 3;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = (list: string[]) => list[Math.floor(random() * list.length)] ?? "";
    let found = 0;
    for (let round = 0; round < 500; round += 1) {
      const script = Array.from({ length: 40 }, () => (random() < 0.6 ? pick(pieces) : pick(glue))).join("");
      const expected = [...script.matchAll(PUBLICATION_KEY)].map((m) => script.slice(m.index, m.index + 80));
      const limit = 1 + Math.floor(random() * 4);
      expect(publicationExcerpts(script, limit), script).toEqual(expected.slice(0, limit));
      found += expected.length;
    }
    // The scripts hold keys: the comparison is not one of empty lists.
    expect(found).toBeGreaterThan(300);
  });

  it("ignores scripts without a publication key, and stops at the limit", () => {
    expect(publicationExcerpts('var updated = "2019-03-02"; var created_at = "2019-03-01";', 5)).toEqual([]);
    expect(publicationExcerpts('{"pubDate":"2020-01-01"},{"pubDate":"2020-01-02"}', 1)).toHaveLength(1);
  });
});

describe("parseHtml script data", () => {
  it("records the publication keys of inline scripts other than JSON-LD, not their text", () => {
    const doc = parseHtml({
      id: "s",
      source: "s.html",
      raw: `<html><head><script>window.__DATA__ = {"publishedDate":"2016-11-04T20:37:27Z"};</script>
<script type="application/json">{"menu":["a","b"]}</script></head><body><p>Text of the page.</p></body></html>`,
    });
    expect(doc.meta["script-date:0"]).toBe('"publishedDate":"2016-11-04T20:37:27Z"};');
    expect(Object.keys(doc.meta).filter((k) => k.startsWith("script-date:"))).toHaveLength(1);
    expect(doc.text).not.toContain("publishedDate");
  });
});
