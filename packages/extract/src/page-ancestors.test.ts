import type { CleanBlock, PageNode } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { ancestorsOf, hasAncestor, namesMatch } from "./page-ancestors.js";

const nodes: PageNode[] = [
  { tag: "body", parent: null, names: "" },
  { tag: "article", parent: 0, names: "post" },
  { tag: "p", parent: 1, names: "byline" },
  { tag: "form", parent: 1, names: "" },
  { tag: "p", parent: 3, names: "note" },
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

describe("hasAncestor", () => {
  const IN_POST = namesMatch(/post/);
  const IN_FORM = namesMatch(/^form$/, true);

  it("tests the block's elements up to the depth asked", () => {
    expect(hasAncestor(blockIn(2), nodes, 2, IN_POST)).toBe(true);
    expect(hasAncestor(blockIn(2), nodes, 1, IN_POST)).toBe(false);
    // Asked again of the same page, from remembered results.
    expect(hasAncestor(blockIn(2), nodes, 2, IN_POST)).toBe(true);
    expect(hasAncestor(blockIn(2), nodes, 1, IN_POST)).toBe(false);
  });

  it("reads a form as named 'form' only when told so", () => {
    expect(hasAncestor(blockIn(4), nodes, 2, IN_FORM)).toBe(true);
    expect(hasAncestor(blockIn(4), nodes, 2, namesMatch(/^form$/))).toBe(false);
  });

  it("finds nothing for a block of a text scrape", () => {
    expect(hasAncestor(blockIn(), nodes, 5, IN_POST)).toBe(false);
  });

  it("refuses a global pattern, whose position would carry from one element to the next", () => {
    expect(() => namesMatch(/post/g)).toThrow();
  });
});
