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

function pageWith(meta: Record<string, string>, url: string | null = null): PageDateInput {
  return { metadata: readPageMetadata(meta), meta, url, blocks: [], nodes: [], language: null };
}

describe("extractPageDate", () => {
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
});
