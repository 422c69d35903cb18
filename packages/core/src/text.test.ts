import { describe, expect, it } from "vitest";
import { normalizeForCompare, wordTokens } from "./text.js";

describe("normalizeForCompare", () => {
  it("folds curly quotes, dashes and spaces", () => {
    expect(normalizeForCompare("  \u201CIt\u2019s  fine\u201D \u2014 ok ")).toBe(`"It's fine" - ok`);
  });
});

describe("wordTokens", () => {
  it("lower-cases and drops punctuation", () => {
    expect(wordTokens("Japan-NATO, 45 minutes!")).toEqual(["japan", "nato", "45", "minutes"]);
  });
});
