import { describe, expect, it } from "vitest";
import { addSnippetCounts, snippetOutcome, snippetScores } from "./snippets.js";

describe("snippetOutcome", () => {
  it("counts kept and missing `with` snippets, leaked and absent `without` snippets", () => {
    const truth = { with: ["the main point", "a second point", "not there"], without: ["Impressum", "Menu"] };
    const text = "Intro.\n\nThe main point here,\nand a second\n point. Impressum";
    // "the main point" differs in case from "The main point": the test is case-sensitive like upstream.
    expect(snippetOutcome(truth, text)).toEqual({
      counts: { tp: 1, fn: 2, fp: 1, tn: 1 },
      missing: ["the main point", "not there"],
      leaked: ["Impressum"],
    });
  });

  it("collapses white space on both sides before the substring test", () => {
    const truth = { with: ["two  words\nhere"], without: [] };
    expect(snippetOutcome(truth, "two\n\nwords here").counts).toEqual({ tp: 1, fn: 0, fp: 0, tn: 0 });
  });

  it("an empty extraction misses every `with` snippet and leaks none", () => {
    expect(snippetOutcome({ with: ["a", "b"], without: ["c"] }, "").counts).toEqual({
      tp: 0,
      fn: 2,
      fp: 0,
      tn: 1,
    });
  });
});

describe("snippetScores", () => {
  it("takes precision, recall and F over summed counts (micro)", () => {
    const sum = addSnippetCounts({ tp: 3, fn: 1, fp: 0, tn: 2 }, { tp: 1, fn: 1, fp: 2, tn: 0 });
    const s = snippetScores(sum);
    expect(s.precision).toBeCloseTo(4 / 6);
    expect(s.recall).toBeCloseTo(4 / 6);
    expect(s.f).toBeCloseTo(4 / 6);
    expect(s.accuracy).toBeCloseTo(6 / 10);
  });

  it("is zero, not NaN, when nothing was counted", () => {
    expect(snippetScores({ tp: 0, fn: 0, fp: 0, tn: 0 })).toEqual({
      precision: 0,
      recall: 0,
      f: 0,
      accuracy: 0,
    });
  });
});
