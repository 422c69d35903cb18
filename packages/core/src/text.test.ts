import { describe, expect, it } from "vitest";
import { collapseWhiteSpace, normalizeForCompare, sharedTokenCount, wordTokens } from "./text.js";

describe("normalizeForCompare", () => {
  it("folds curly quotes, dashes and spaces", () => {
    expect(normalizeForCompare("  \u201CIt\u2019s  fine\u201D \u2014 ok ")).toBe(`"It's fine" - ok`);
  });

  it("drops characters a reader never sees, so a word with soft hyphens equals the word without them", () => {
    expect(normalizeForCompare("Kraft\u00AD\u00ADwerks\u200Bbau\u2060plan\uFEFF")).toBe("Kraftwerksbauplan");
    expect(normalizeForCompare("Kraft\u00ADwerk")).toBe(normalizeForCompare("Kraftwerk"));
  });

  it("folds ASCII text as it folds any other: backticks to quotes, white space runs to one space", () => {
    expect(normalizeForCompare("\tIt`s \n fine  ok\r\n")).toBe("It's fine ok");
    expect(normalizeForCompare("a b")).toBe("a b");
  });

  it("keeps zero-width joiners, which shape the letters around them", () => {
    expect(normalizeForCompare("a\u200Db")).toBe("a\u200Db");
  });
});

describe("collapseWhiteSpace", () => {
  it("makes every run of white space one space, and leaves text without such runs as it is", () => {
    expect(collapseWhiteSpace("a \u00A0b\t\tc\n d  e")).toBe("a b c d e");
    expect(collapseWhiteSpace(" a b ")).toBe(" a b ");
    expect(collapseWhiteSpace("a\u3000b")).toBe("a b");
  });

  it("gives what replacing /\\s+/g gives", () => {
    const texts = ["a b", "a  b", "a\tb", "a\u00a0b", " a \n\n b\t", "a \u2009 b", "", "   ", "a\r\nb c"];
    for (const text of texts) expect(collapseWhiteSpace(text)).toBe(text.replace(/\s+/g, " "));
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
