import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { APPOSITION, appositions } from "./apposition.js";

const all = (text: string) => [...appositions(text)].map((m) => [m.index, m[0], m[1], m[2]]);
const reference = (text: string) => [...text.matchAll(APPOSITION)].map((m) => [m.index, m[0], m[1], m[2]]);

describe("appositions", () => {
  it("finds a name with its role, and the next one after it", () => {
    const text = "Talks began. Ana Silva, the chief negotiator of the bloc, met Tom Kent, a former envoy.";
    expect(all(text).map((m) => m[2])).toEqual(["Ana Silva", "Tom Kent"]);
    expect(all(text)).toEqual(reference(text));
  });

  it("finds nothing in text without the comma and article", () => {
    expect(all("Ana Silva met Tom Kent in Lisbon")).toEqual([]);
  });

  it("gives what matchAll gives, on texts built of names, commas, articles, roles and letters beyond the BMP", () => {
    const word = fc.constantFrom(
      "Ana",
      "Silva",
      "O’Neil",
      "Jean-Paul",
      "𝐀lan",
      "Zoë",
      "chief",
      "minister",
      "of",
      "x",
    );
    const space = fc.constantFrom(" ", "\n", "\t", "", "  ");
    const article = fc.constantFrom("the", "a", "an", "The");
    // Pieces that often line up into an apposition, and noise that breaks or joins them.
    const piece = fc.oneof(
      fc
        .tuple(word, space, word, fc.constantFrom(",", ", ", ""), space, article, space, word, space, word)
        .map((p) => p.join("")),
      word,
      space,
      fc.constantFrom(",", ".", "-", "'", ", the ", ", a "),
    );
    let matched = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        const expected = reference(text);
        if (expected.length > 0) matched += 1;
        expect(all(text)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
    // The texts hold appositions often enough for the comparison to mean something.
    expect(matched).toBeGreaterThan(100);
  });
});
