import { describe, expect, it } from "vitest";
import { scoreAuthors, scoreHeadline } from "./fields.js";

describe("scoreHeadline", () => {
  it("matches across curly and straight quotes, dashes and white space", () => {
    const s = scoreHeadline("“We Got Her!” – Rescue  Video", '"We Got Her!" - Rescue\nVideo');
    expect(s).toEqual({ exact: true, tokenF1: 1 });
  });

  it("is not exact when the site name is kept, but keeps partial token credit", () => {
    const s = scoreHeadline("Python 3.6.0 is now available", "Python 3.6.0 is now available | Python Blog");
    expect(s.exact).toBe(false);
    expect(s.tokenF1).toBeGreaterThan(0.7);
    expect(s.tokenF1).toBeLessThan(1);
  });

  it("scores a missing headline 0", () => {
    expect(scoreHeadline("A title", null)).toEqual({ exact: false, tokenF1: 0 });
    expect(scoreHeadline("A title", "")).toEqual({ exact: false, tokenF1: 0 });
  });
});

describe("scoreAuthors", () => {
  it("joins predicted names and compares word bags without case", () => {
    expect(
      scoreAuthors("Benjamin Fischer und Marcus Theurer", ["benjamin fischer", "Marcus Theurer"]),
    ).toBeCloseTo((2 * 1 * 0.8) / 1.8);
  });

  it("penalises extra words such as a 'By' prefix or a time", () => {
    expect(scoreAuthors("Daniel Lemire", "By Daniel Lemire")).toBeCloseTo(0.8);
    expect(scoreAuthors("Daniel Lemire", "Daniel Lemire")).toBe(1);
  });

  it("scores an empty prediction 0", () => {
    expect(scoreAuthors("Daniel Lemire", [])).toBe(0);
    expect(scoreAuthors("Daniel Lemire", null)).toBe(0);
    expect(scoreAuthors("Daniel Lemire", "  ")).toBe(0);
  });
});
