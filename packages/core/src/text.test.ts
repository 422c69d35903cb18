import { describe, expect, it } from "vitest";
import { normalizeForCompare, sharedTokenCount, wordTokens } from "./text.js";

describe("normalizeForCompare", () => {
  it("folds curly quotes, dashes and spaces", () => {
    expect(normalizeForCompare("  \u201CIt\u2019s  fine\u201D \u2014 ok ")).toBe(`"It's fine" - ok`);
  });

  it("drops characters a reader never sees, so a word with soft hyphens equals the word without them", () => {
    expect(normalizeForCompare("Kraft\u00AD\u00ADwerks\u200Bbau\u2060plan\uFEFF")).toBe("Kraftwerksbauplan");
    expect(normalizeForCompare("Kraft\u00ADwerk")).toBe(normalizeForCompare("Kraftwerk"));
  });

  it("keeps zero-width joiners, which shape the letters around them", () => {
    expect(normalizeForCompare("a\u200Db")).toBe("a\u200Db");
  });
});

describe("wordTokens", () => {
  it("lower-cases and drops punctuation", () => {
    expect(wordTokens("Japan-NATO, 45 minutes!")).toEqual(["japan", "nato", "45", "minutes"]);
  });
});

describe("sharedTokenCount", () => {
  it("counts each occurrence once, in either order", () => {
    expect(sharedTokenCount(["a", "a", "b"], ["a", "b", "b", "c"])).toBe(2);
    expect(sharedTokenCount(["a", "b", "b", "c"], ["a", "a", "b"])).toBe(2);
    expect(sharedTokenCount(["x"], [])).toBe(0);
  });
});
