import { describe, expect, it } from "vitest";
import { parsedMatch, peopleIn, tagText } from "./tagger.js";

describe("tagText", () => {
  it("tags people and parts of speech", () => {
    const doc = tagText("Prime Minister John Smith told reporters on Monday that talks would resume.");
    expect(doc.people().out("array")).toEqual(["John Smith"]);
    expect(doc.has("#Noun+ #Adverb? #Verb")).toBe(true);
  });

  it("skips the phrase chunker, which nothing in the quotes module reads", () => {
    // The chunker marks prepositions as pivots between phrases; tagging alone never does.
    const terms = tagText("The minister said the talks would resume on Monday.").docs[0] ?? [];
    expect(terms.map((t) => t.normal)).toContain("on");
    expect(terms.some((t) => t.chunk === "Pivot")).toBe(false);
  });

  it("answers a parsed pattern as it answers the pattern's string, parsing it once", () => {
    const pattern = "#Noun+ #Adverb? #Verb";
    expect(parsedMatch(pattern)).toBe(parsedMatch(pattern));
    for (const text of [
      "The minister quickly said no.",
      "to resume the talks",
      "Walking home, she smiled.",
    ]) {
      const doc = tagText(text);
      for (const p of [pattern, "^#Adverb? #Verb", "^#Gerund"])
        expect(doc.has(parsedMatch(p)), `${p} in ${text}`).toBe(doc.has(p));
    }
  });

  it("finds the people compromise's people() finds, and none without a word tagged #Person", () => {
    for (const text of [
      "Prime Minister John Smith told reporters on Monday that talks would resume.",
      "Dr. Aiko Tanaka, who leads the institute, met Maria Gonzalez's lawyer.",
      "The new law, passed by parliament in a late-night session, takes effect in March.",
      "Harbourtown Council",
    ]) {
      const doc = tagText(text);
      expect(peopleIn(doc)).toEqual(doc.people().out("array"));
    }
    const none = tagText("The new law takes effect in March.");
    expect(none.has("#Person")).toBe(false);
    expect(peopleIn(none)).toEqual([]);
  });
});
