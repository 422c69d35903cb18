import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinedWordCount, letterOrNumberRuns } from "./word-runs.js";

// Characters that sit on every edge the scanners draw: ASCII letters and digits, the joiners, spaces and
// punctuation, accented and non-Latin letters, CJK, combining marks (not letters), digits of other scripts,
// letters and symbols beyond the Basic Multilingual Plane, and lone surrogates.
const pieces = [
  "a",
  "Z",
  "7",
  "'",
  "’",
  "-",
  " ",
  "\n",
  ".",
  ",",
  "_",
  "é",
  "ß",
  "Ж",
  "ع",
  "क",
  "\u093f",
  "\u0301",
  "日",
  "本",
  "ー",
  "٣",
  "Ⅻ",
  "\u{1D400}",
  "\u{20000}",
  "\u{1F600}",
  "\uD800",
  "\uDC00",
  "\u00AD",
  "\u200B",
];
const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(""));
const anyText = fc.oneof(
  textArb,
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

describe("letterOrNumberRuns", () => {
  it("gives what the Unicode letter-or-number pattern matches", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(letterOrNumberRuns(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
      }),
      { numRuns: 2_000 },
    );
  });

  it("splits at anything that is not a letter or number", () => {
    expect(letterOrNumberRuns("don't stop—2024's 𝐀𝐁 日本\u0301x")).toEqual([
      "don",
      "t",
      "stop",
      "2024",
      "s",
      "𝐀𝐁",
      "日本",
      "x",
    ]);
  });
});

describe("joinedWordCount", () => {
  it("counts what the joined-word pattern matches", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(joinedWordCount(text)).toBe(text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0);
      }),
      { numRuns: 2_000 },
    );
  });

  it("keeps a word whole across one apostrophe or hyphen between letters", () => {
    expect(joinedWordCount("don't well-known a--b -x y- ’z")).toBe(7);
  });
});
