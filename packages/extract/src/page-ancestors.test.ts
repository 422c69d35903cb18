import type { CleanBlock, PageNode } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { ancestorsOf } from "./page-ancestors.js";

const nodes: PageNode[] = [
  { tag: "body", parent: null, names: "" },
  { tag: "article", parent: 0, names: "post" },
  { tag: "p", parent: 1, names: "byline" },
];
const blockIn = (node?: number): CleanBlock => ({
  index: 0,
  text: "By Jane Roe",
  start: 0,
  end: 11,
  hints: node === undefined ? {} : { node },
  role: "content",
  reason: null,
  repeatOf: null,
  cleanText: "By Jane Roe",
});

describe("ancestorsOf", () => {
  it("walks up from the block's element to the depth asked", () => {
    expect(ancestorsOf(blockIn(2), nodes, 2).map((n) => n.names)).toEqual(["byline", "post"]);
    expect(ancestorsOf(blockIn(2), nodes, 9).map((n) => n.tag)).toEqual(["p", "article", "body"]);
  });

  it("finds nothing for a block of a text scrape, which has no element", () => {
    expect(ancestorsOf(blockIn(), nodes, 5)).toEqual([]);
  });
});
