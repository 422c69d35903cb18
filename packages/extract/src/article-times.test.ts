import type { CleanBlock } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { articleTimes } from "./article-times.js";

function block(
  index: number,
  text: string,
  role: CleanBlock["role"],
  hints: CleanBlock["hints"] = {},
): CleanBlock {
  return {
    index,
    text,
    start: 0,
    end: text.length,
    hints,
    role,
    reason: role === "content" ? null : "outside-article",
    repeatOf: null,
    cleanText: text,
  };
}

const blocks = [
  block(0, "Wednesday, 1 November 2023", "boilerplate", { region: "header" }),
  block(1, "30 October 2023 16:11", "boilerplate"),
  block(2, "Shows", "boilerplate"),
  block(3, "Reviews", "boilerplate"),
  block(4, "A story", "content", { heading: 1 }),
  block(5, "31 October 2023", "content"),
  block(6, "The festival opened with a new play.", "content"),
];

describe("articleTimes", () => {
  it("leaves out a <time> standing in the page header above the article's heading (a site's date bar)", () => {
    const meta = { "time:0": "2023-11-01", "time-block:0": "0", "time:1": "2023-10-31", "time-block:1": "5" };
    expect(articleTimes(meta, blocks).map((t) => t.value)).toEqual(["2023-10-31"]);
  });

  it("keeps a <time> outside the header, just over the heading, or whose place parse did not know", () => {
    const meta = {
      "time:0": "2023-10-30",
      "time-block:0": "1",
      "time:1": "2023-10-29",
      "time:2": "2023-10-28",
      "time-block:2": "3",
    };
    expect(articleTimes(meta, blocks).map((t) => t.value)).toEqual([
      "2023-10-30",
      "2023-10-29",
      "2023-10-28",
    ]);
  });

  it("measures from the first paragraph on a page without a heading", () => {
    const flat = blocks.map((b) => ({ ...b, hints: b.index === 0 ? { region: "header" } : {} }));
    const meta = { "time:0": "2023-11-01", "time-block:0": "0" };
    expect(articleTimes(meta, flat.slice(0, 4).concat(flat.slice(5)))).toEqual([]);
  });
});
