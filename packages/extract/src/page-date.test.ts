import type { CleanBlock } from "@clippings/core";
import { describe, expect, it } from "vitest";
import type { DateInput } from "./date.js";
import { extractPageDate, type PageDateInput } from "./page-date.js";
import { readPageMetadata } from "./page-metadata.js";

const TODAY = "2026-11-23";
const input: DateInput = {
  header: [],
  firstParagraph: null,
  dateline: null,
  lead: "",
  pageText: "",
  crawlDate: null,
  today: TODAY,
};

function pageWith(
  meta: Record<string, string>,
  url: string | null = null,
  lines: { text: string; names: string; heading?: number }[] = [],
): PageDateInput {
  const nodes = lines.map((line) => ({ tag: "div", parent: null, names: line.names }));
  const blocks = lines.map(
    (line, index): CleanBlock => ({
      index,
      text: line.text,
      start: 0,
      end: line.text.length,
      hints: line.heading ? { node: index, heading: line.heading } : { node: index },
      role: "content",
      reason: null,
      repeatOf: null,
      cleanText: line.text,
    }),
  );
  return { metadata: readPageMetadata(meta), meta, url, blocks, nodes, language: "en" };
}

describe("extractPageDate", () => {
  it("falls back on the publication date of the page's script data, never over its metadata", () => {
    const script = { "script-date:0": '"published_at":"2019-03-02T06:22:28+01:00"' };
    const fromScript = extractPageDate(input, pageWith(script)).date;
    expect(fromScript.value).toBe("2019-03-02");
    expect(fromScript.from?.key).toBe("script:published_at");
    const stated = pageWith({ ...script, "article:published_time": "2019-02-27T10:00:00+01:00" });
    expect(extractPageDate(input, stated).date.value).toBe("2019-02-27");
  });

  it("takes the publisher's own day when a UTC time is stated again in the local zone", () => {
    const page = pageWith({
      "article:published_time": "2023-11-09T02:11:03+00:00",
      "time:0": "2023-11-08T21:11:03-05:00",
    });
    const { date, datetime } = extractPageDate(input, page);
    expect(date.value).toBe("2023-11-08");
    expect(date.from?.key).toBe("time:0");
    expect(datetime.value).toBe("2023-11-08T21:11:00-05:00");
  });

  it("reads a UTC time at Central European midnight as the next day on a page in a language of that zone", () => {
    const midnight = { "article:published_time": "2022-11-06T23:00:00.000Z" };
    const de = { ...pageWith(midnight), language: "de" };
    expect(extractPageDate(input, de).date.value).toBe("2022-11-07");
    expect(extractPageDate(input, { ...de, language: "en" }).date.value).toBe("2022-11-06");
    const late = { ...pageWith({ "article:published_time": "2022-11-06T23:14:00Z" }), language: "de" };
    expect(extractPageDate(input, late).date.value).toBe("2022-11-06");
  });

  it("takes the day a date line under the headline and the first <time> both show over a bare stated day", () => {
    const lines = [
      { text: "A story", names: "stage", heading: 1 },
      { text: "25.01.2022", names: "metadata__item" },
    ];
    const meta = { "article:published_time": "2022-01-15", "time:0": "2022-01-25" };
    expect(extractPageDate(input, pageWith(meta, null, lines)).date.value).toBe("2022-01-25");
    const timeDiffers = { ...meta, "time:0": "2022-01-20" };
    expect(extractPageDate(input, pageWith(timeDiffers, null, lines)).date.value).toBe("2022-01-15");
    const timed = { ...meta, "article:published_time": "2022-01-15T10:00:00+01:00" };
    expect(extractPageDate(input, pageWith(timed, null, lines)).date.value).toBe("2022-01-15");
  });

  it("keeps the UTC day when no local statement names the same instant", () => {
    const page = pageWith({
      "article:published_time": "2023-11-09T02:11:03+00:00",
      "time:0": "2023-11-08T18:00:00-05:00",
    });
    expect(extractPageDate(input, page).date.value).toBe("2023-11-09");
  });

  it("prefers the first story of a JSON-LD list to the teasers after it", () => {
    const story = (date: string) => JSON.stringify({ "@type": "NewsArticle", datePublished: date });
    const page = pageWith({ "jsonld:0": story("2023-11-01"), "jsonld:1": story("2023-10-31") });
    expect(extractPageDate(input, page).date).toMatchObject({
      value: "2023-11-01",
      from: { key: "jsonld:0.datePublished" },
    });
  });

  it("prefers the date line to a first <time> that disagrees, unless the URL sides with the <time>", () => {
    const lines = [
      { text: "A story", names: "entry-title", heading: 1 },
      { text: "Posted on June 27, 2019", names: "entry-meta" },
    ];
    const meta = { "time:0": "2019-07-30" };
    expect(extractPageDate(input, pageWith(meta, null, lines)).date.value).toBe("2019-06-27");
    const dated = "https://example.org/2019/07/30/a-story/";
    expect(extractPageDate(input, pageWith(meta, dated, lines)).date.value).toBe("2019-07-30");
  });

  it("takes the date line below the headline over a UTC time a day away, not a date bar above it", () => {
    const meta = { "article:published_time": "2022-05-04T02:41:00Z" };
    const below = [
      { text: "A story", names: "entry-title", heading: 1 },
      { text: "3 de mayo de 2022", names: "entry-date" },
    ];
    const local = extractPageDate(input, pageWith(meta, null, below));
    expect(local.date.value).toBe("2022-05-03");
    expect(local.date.rule).toContain("a day away, in UTC");
    const above = [
      { text: "Tuesday, May 3, 2022", names: "top-bar-date" },
      { text: "A story", names: "entry-title", heading: 1 },
    ];
    expect(extractPageDate(input, pageWith(meta, null, above)).date.value).toBe("2022-05-04");
  });

  it("takes the modification day when the page shows it, unlabelled, under the headline", () => {
    const meta = { "article:published_time": "2021-01-01", "article:modified_time": "2023-04-01" };
    const shown = (text: string) => [
      { text: "A story", names: "entry-title", heading: 1 },
      { text, names: "article-date" },
    ];
    const revised = extractPageDate(input, pageWith(meta, null, shown("April 1, 2023")));
    expect(revised.date.value).toBe("2023-04-01");
    expect(revised.date.rule).toContain("article:modified_time");
    expect(extractPageDate(input, pageWith(meta, null, shown("January 1, 2021"))).date.value).toBe(
      "2021-01-01",
    );
  });

  it("takes the modification day when the only date line under the headline shows it as an update", () => {
    const meta = { "article:published_time": "2021-01-01", "article:modified_time": "2023-04-01" };
    const shown = (text: string) => [
      { text: "A story", names: "entry-title", heading: 1 },
      { text, names: "article-date" },
    ];
    const updated = extractPageDate(input, pageWith(meta, null, shown("Updated April 1, 2023")));
    expect(updated.date.value).toBe("2023-04-01");
    expect(updated.date.rule).toContain("as its update");
    // An update line of another day than the stated modification says nothing about which one is meant.
    expect(extractPageDate(input, pageWith(meta, null, shown("Updated March 3, 2023"))).date.value).toBe(
      "2021-01-01",
    );
  });

  it("reads an update line of the stated modification day on a page without a headline, unless the URL disagrees", () => {
    const meta = {
      "article:published_time": "2019-12-22T18:33+01:00",
      "article:modified_time": "2020-01-07",
    };
    const lines = [{ text: "Updated 7 January 2020", names: "timestamp published-date" }];
    expect(extractPageDate(input, pageWith(meta, null, lines)).date.value).toBe("2020-01-07");
    const dated = "https://example.org/2019/12/22/a-story/";
    expect(extractPageDate(input, pageWith(meta, dated, lines)).date.value).toBe("2019-12-22");
    // Under the headline the update line is the page's own, whatever the URL says.
    const below = [{ text: "A story", names: "entry-title", heading: 1 }, ...lines];
    expect(extractPageDate(input, pageWith(meta, dated, below)).date.value).toBe("2020-01-07");
  });

  it("takes, of stated publication days that disagree, the one the short date line confirms", () => {
    const meta = {
      "jsonld:0": JSON.stringify({ "@type": "Article", datePublished: "2022-01-04T07:29:00Z" }),
      "article:published_time": "2022-01-06T08:29",
    };
    const shown = (text: string) => [
      { text: "A story", names: "entry-title", heading: 1 },
      { text, names: "article-date" },
    ];
    const confirmed = extractPageDate(input, pageWith(meta, null, shown("06.01.2022")));
    expect(confirmed.date).toMatchObject({ value: "2022-01-06", from: { key: "article:published_time" } });
    // A caption that happens to hold a date is no date line.
    const caption = `The harbour at dawn, photographed on 06.01.2022 by a reader who sent it in ${"at length ".repeat(3)}`;
    expect(extractPageDate(input, pageWith(meta, null, shown(caption))).date.value).toBe("2022-01-04");
  });

  it("takes the stated publication day a named date line just above the headline confirms", () => {
    const meta = {
      "jsonld:0": JSON.stringify({ "@type": "Article", datePublished: "2022-01-04T07:29:00Z" }),
      "article:published_time": "2022-01-06T08:29",
    };
    const lines = [
      { text: "06.01.2022", names: "article-date" },
      { text: "A story", names: "entry-title", heading: 1 },
    ];
    expect(extractPageDate(input, pageWith(meta, null, lines)).date.value).toBe("2022-01-06");
  });

  it("does not take a modification stated before the publication for a revision the page shows", () => {
    const meta = { "article:published_time": "2022-12-25", "article:modified_time": "2022-12-07" };
    const lines = [
      { text: "A story", names: "entry-title", heading: 1 },
      { text: "7 December 2022", names: "article-date" },
    ];
    expect(extractPageDate(input, pageWith(meta, null, lines)).date.value).toBe("2022-12-25");
  });

  it("takes a named date line just above the headline over a generic date, not one further up", () => {
    const dateLine = { text: "05.02.2020 - Editor: A. Writer", names: "news-timedata" };
    const heading = { text: "A story", names: "news-title", heading: 1 };
    const meta = { date: "2020-02-12" };
    expect(extractPageDate(input, pageWith(meta, null, [dateLine, heading])).date.value).toBe("2020-02-05");
    const between = [1, 2, 3].map((n) => ({ text: `Menu item ${n}`, names: "menu" }));
    expect(extractPageDate(input, pageWith(meta, null, [dateLine, ...between, heading])).date.value).toBe(
      "2020-02-12",
    );
  });

  it("falls back on a full day in the page's copyright notice, never on a notice's year alone", () => {
    const notice = (text: string) => [
      { text: "A story", names: "title", heading: 1 },
      { text: "The story's only paragraph, with no date in it at all.", names: "content" },
      { text, names: "footer-note" },
    ];
    const stamped = extractPageDate(
      input,
      pageWith({}, null, notice("Copyright © 19.12.2019 - 12:14 h by Example GmbH")),
    );
    expect(stamped.date).toMatchObject({
      value: "2019-12-19",
      rule: "full date in the page's copyright notice",
    });
    expect(extractPageDate(input, pageWith({}, null, notice("© 2019 Example GmbH"))).date.value).toBeNull();
  });

  it("takes the date line under the headline over a generic Dublin Core or bare date that differs", () => {
    const lines = [
      { text: "A story", names: "entry-title", heading: 1 },
      { text: "28.04.2020 21:38 Uhr", names: "meta-date" },
    ];
    for (const key of ["date", "dc.date", "dcterms.date"]) {
      const found = extractPageDate(input, pageWith({ [key]: "2020-04-29T11:52" }, null, lines));
      expect(found.date.value).toBe("2020-04-28");
      expect(found.date.rule).toContain(`generic ${key}`);
    }
    // A publication property keeps its day; so does a generic date with no date line to contradict it.
    const specific = { "article:published_time": "2020-04-29T11:52" };
    expect(extractPageDate(input, pageWith(specific, null, lines)).date.value).toBe("2020-04-29");
    expect(extractPageDate(input, pageWith({ date: "2020-04-29" })).date.value).toBe("2020-04-29");
  });

  it("takes the URL's day over a timestamp line above the article that differs", () => {
    const header: CleanBlock[] = [
      {
        index: 0,
        text: "19.05.2007 21:40",
        start: 0,
        end: 16,
        hints: {},
        role: "boilerplate",
        reason: "outside-article",
        repeatOf: null,
        cleanText: "19.05.2007 21:40",
      },
    ];
    const withStamp = { ...input, header };
    expect(extractPageDate(withStamp, pageWith({})).date.value).toBe("2007-05-19");
    const dated = pageWith({}, "https://example.org/2007/05/20/results/");
    expect(extractPageDate(withStamp, dated).date.value).toBe("2007-05-20");
    // Its first <time> and its named date line agreeing on another day outweigh the stamp; one alone does not.
    const lines = [
      { text: "Patch notes", names: "thread-title", heading: 1 },
      { text: "Start date Sep 18, 2007", names: "thread-date" },
    ];
    const agreeing = extractPageDate(
      withStamp,
      pageWith({ "time:0": "2007-09-18T08:56:40-0700" }, null, lines),
    );
    expect(agreeing.date.value).toBe("2007-09-18");
    expect(extractPageDate(withStamp, pageWith({}, null, lines)).date.value).toBe("2007-05-19");
  });

  it("takes the named date line over a stamp read below the article's start that differs", () => {
    const opening: CleanBlock[] = [
      {
        index: 5,
        text: "Last post: 18.10.2010, 23:08",
        start: 0,
        end: 28,
        hints: {},
        role: "content",
        reason: null,
        repeatOf: null,
        cleanText: "Last post: 18.10.2010, 23:08",
      },
    ];
    const withOpening = { ...input, opening };
    const lines = [
      { text: "A thread", names: "thread-title", heading: 1 },
      { text: "03.03.2011, 14:17", names: "post-date" },
    ];
    expect(extractPageDate(withOpening, pageWith({}, null, lines)).date.value).toBe("2011-03-03");
    expect(extractPageDate(withOpening, pageWith({})).date.value).toBe("2010-10-18");
  });

  it("reads the page's own statements before an update line of its text", () => {
    const header: CleanBlock[] = [
      {
        index: 0,
        text: "Article mis à jour le 7 janvier 2020.",
        start: 0,
        end: 37,
        hints: {},
        role: "boilerplate",
        reason: "outside-article",
        repeatOf: null,
        cleanText: "Article mis à jour le 7 janvier 2020.",
      },
    ];
    const withUpdate = { ...input, header };
    const modified = pageWith({ "article:modified_time": "2019-12-30" });
    expect(extractPageDate(withUpdate, modified).date.value).toBe("2019-12-30");
    expect(extractPageDate(withUpdate, pageWith({})).date.value).toBe("2020-01-07");
  });
});
