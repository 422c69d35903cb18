import { describe, expect, it } from "vitest";
import { assertNestingWithinLimit } from "./nesting.js";

const nested = (depth: number) => `${"<div>".repeat(depth)}x${"</div>".repeat(depth)}`;

describe("assertNestingWithinLimit", () => {
  it("refuses a page nested past the limit, naming the file", () => {
    expect(() => assertNestingWithinLimit(nested(11), "deep.html", 10)).toThrow(
      /deep\.html: HTML nested more than 10/,
    );
  });

  it("passes a page nested exactly to the limit, however many tags it has", () => {
    expect(() => assertNestingWithinLimit(nested(10), "ok.html", 10)).not.toThrow();
    expect(() => assertNestingWithinLimit("<p>a</p>".repeat(50), "flat.html", 10)).not.toThrow();
  });

  it("passes a page with no more tags than the limit without scanning them", () => {
    expect(() => assertNestingWithinLimit(nested(5), "small.html", 10)).not.toThrow();
  });
});
