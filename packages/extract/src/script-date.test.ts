import { describe, expect, it } from "vitest";
import { scriptDates, scriptPublicationDate } from "./script-date.js";

const TODAY = "2026-11-23";
const meta = (...excerpts: string[]) => Object.fromEntries(excerpts.map((e, i) => [`script-date:${i}`, e]));

describe("scriptDates", () => {
  it("reads quoted, escaped and epoch values after a publication key", () => {
    const days = scriptDates(
      meta(
        '"published_at":"2019-03-02T06:22:28+01:00","x":1',
        '\\"firstPublishedAt\\":\\"2020-05-01T10:00:00Z\\"',
        "publishDate: 1643182900, other: 2",
        '"pubDate":1643182900123}',
      ),
      TODAY,
    ).map((d) => [d.key, d.day]);
    expect(days).toEqual([
      ["script:published_at", "2019-03-02"],
      ["script:firstPublishedAt", "2020-05-01"],
      ["script:publishDate", "2022-01-26"],
      ["script:pubDate", "2022-01-26"],
    ]);
  });

  it("skips values that are no date", () => {
    expect(scriptDates(meta('"publishDate":"soon"', '"publishDate":null'), TODAY)).toEqual([]);
  });
});

describe("scriptPublicationDate", () => {
  it("takes the day the script data states, repeated or not", () => {
    const one = meta('"published_at":"2019-03-02T06:22:28+01:00"', '"published_at":"2019-03-02T06:22:28"');
    expect(scriptPublicationDate(one, TODAY)?.day).toBe("2019-03-02");
  });

  it("takes none from a list of items published on different days", () => {
    const list = meta(
      '"publishedAt":"2021-04-01"',
      '"publishedAt":"2021-03-28"',
      '"publishedAt":"2021-03-20"',
    );
    expect(scriptPublicationDate(list, TODAY)).toBeNull();
    expect(scriptPublicationDate({}, TODAY)).toBeNull();
  });
});
