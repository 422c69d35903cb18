import { describe, expect, it } from "vitest";
import { mayMatch, openingRegs, type PatternReg, type PatternTerm } from "./opening-terms.js";

const term = (normal: string, tags: string[], extra: Partial<PatternTerm> = {}): PatternTerm => ({
  text: normal,
  normal,
  tags: new Set(tags),
  machine: null,
  ...extra,
});

// "the new law passed"
const clause = [
  term("the", ["Determiner"]),
  term("new", ["Adjective"]),
  term("law", ["Noun", "Singular"]),
  term("passed", ["Verb", "PastTense"]),
];

function check(regs: PatternReg[], terms: readonly PatternTerm[] = clause): boolean {
  return mayMatch(terms, regs, openingRegs(regs));
}

describe("openingRegs", () => {
  it("runs up to the first reg compromise does not test one term at a time, and stops after a greedy one", () => {
    const optional: PatternReg = { tag: "Adverb", optional: true };
    expect(openingRegs([{ tag: "Noun" }, { word: "of" }, optional, { tag: "Verb" }])).toHaveLength(2);
    expect(openingRegs([{ tag: "Noun", greedy: true }, { tag: "Verb" }])).toHaveLength(1);
    expect(openingRegs([{ choices: [], operator: "or" } as PatternReg, { tag: "Verb" }])).toHaveLength(0);
  });
});

describe("mayMatch", () => {
  it("is false when no start passes the opening terms in a row", () => {
    expect(check([{ tag: "Adjective" }, { tag: "Noun" }])).toBe(true);
    expect(check([{ tag: "Noun" }, { tag: "Adjective" }])).toBe(false);
    expect(check([{ tag: "Verb" }, { tag: "Noun" }])).toBe(false);
  });

  it("tries a ^ pattern at the first term only and a $ term at the last only", () => {
    expect(check([{ tag: "Determiner", start: true }])).toBe(true);
    expect(check([{ tag: "Noun", start: true }])).toBe(false);
    expect(check([{ tag: "Noun", end: true }])).toBe(false);
    expect(check([{ tag: "Verb", end: true }])).toBe(true);
  });

  it("reads words by their normal, machine and alias forms and fast lists by root", () => {
    expect(check([{ word: "law" }, { word: "passed" }])).toBe(true);
    const contracted = [term("dont", ["Verb"], { machine: "do" }), term("go", ["Verb"])];
    expect(check([{ word: "do" }, { word: "go" }], contracted)).toBe(true);
    const fastOr = new Set(["pass"]);
    expect(check([{ fastOr }])).toBe(false);
    expect(check([{ fastOr }], [term("passed", ["Verb"], { root: "pass" })])).toBe(true);
  });

  it("leaves a term with an implicit form to compromise, which may skip the term after it", () => {
    const contraction = [term("i", ["Pronoun"], { implicit: "i" }), term("am", ["Copula"]), term("here", [])];
    expect(check([{ tag: "Pronoun" }, { word: "here" }], contraction)).toBe(true);
  });

  it("is always true for a pattern with no testable opening", () => {
    expect(check([{ tag: "Adverb", optional: true }, { tag: "Interjection" }])).toBe(true);
  });
});
