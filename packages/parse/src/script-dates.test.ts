import { describe, expect, it } from "vitest";
import { parseHtml } from "./html.js";
import { publicationExcerpts } from "./script-dates.js";

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
