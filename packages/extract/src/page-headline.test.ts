import type { CleanBlock } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { extractPageHeadline, trimSiteName } from "./page-headline.js";

const block = (index: number, text: string): CleanBlock => ({
  index,
  text,
  start: 0,
  end: text.length,
  hints: { heading: 1 },
  role: "content",
  reason: null,
  repeatOf: null,
  cleanText: text,
});
const none = { value: null, confidence: 0, from: null, rule: "none" };

describe("trimSiteName", () => {
  it("drops the site's name before or after the headline", () => {
    expect(trimSiteName("Rates rise again | The Example Times", ["The Example Times"], null)).toBe(
      "Rates rise again",
    );
    expect(trimSiteName("Example News - Rates rise again", [], "www.examplenews.com")).toBe(
      "Rates rise again",
    );
  });

  it("keeps a headline's own dashes when no segment names the site", () => {
    expect(trimSiteName("Rates rise - and so do prices", ["Other Site"], "other.com")).toBe(
      "Rates rise - and so do prices",
    );
  });
});

describe("extractPageHeadline", () => {
  it("prefers the main heading when the metadata confirms it", () => {
    const field = extractPageHeadline({
      fromText: none,
      headings: [block(3, "Example Times"), block(7, "Rates rise again, and savers cheer")],
      stated: [{ value: "Rates rise again | Example Times", key: "og:title" }],
      siteNames: ["Example Times"],
      host: null,
    });
    expect(field.value).toBe("Rates rise again, and savers cheer");
    expect(field.from?.block).toBe(7);
  });

  it("falls back to the stated headline without the site name", () => {
    const field = extractPageHeadline({
      fromText: none,
      headings: [block(1, "Sign up for our newsletter")],
      stated: [{ value: "Rates rise again - Example Times", key: "title" }],
      siteNames: [],
      host: "example-times.com",
    });
    expect(field.value).toBe("Rates rise again");
  });
});
