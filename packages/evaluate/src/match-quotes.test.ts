import { describe, expect, it } from "vitest";
import { bagOfWordsF1 } from "./bag-of-words.js";
import { matchQuotes } from "./match-quotes.js";

describe("matchQuotes", () => {
  it("matches one to one: a predicted quote cannot take two golden ones", () => {
    const golden = [
      { text: "we will build the bridge next year" },
      { text: "we will build the bridge next year, she said" },
    ];
    const pairs = matchQuotes([{ text: "we will build the bridge next year" }], golden);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.golden).toBe(0);
  });
  it("does not match below 0.8 bag-of-words F1", () => {
    expect(bagOfWordsF1("we will build the bridge", "the bridge is closed today")).toBeLessThan(0.8);
    expect(
      matchQuotes([{ text: "we will build the bridge" }], [{ text: "the bridge is closed today" }]),
    ).toEqual([]);
  });
  it("ignores punctuation and case", () => {
    expect(bagOfWordsF1("\u201CYes, Sir!\u201D", "yes sir")).toBe(1);
  });
});
