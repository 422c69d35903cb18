import { createRequire } from "node:module";
import type Compromise from "compromise";
import { describe, expect, it } from "vitest";
import { tagText } from "./tagger.js";

const require = createRequire(import.meta.url);

/** A second compromise, loaded afresh, that keeps its own bulkMatch. */
function untouchedCompromise(): typeof Compromise {
  const path = require.resolve("compromise");
  const cached = require.cache[path];
  delete require.cache[path];
  try {
    return require("compromise") as typeof Compromise;
  } finally {
    if (cached) require.cache[path] = cached;
  }
}

const TEXTS = [
  "Prime Minister John Smith told reporters on Monday that talks would resume.",
  "“We are not going to back down,” said Maria Gonzalez, the union's spokeswoman, after the vote.",
  "He added that the plan, which was drafted last year, would cost more than expected.",
  "Running the numbers again, the analysts found that sales had fallen, not risen.",
  "The company's shares, already down 12% this week, slid further in early trading in Tokyo.",
  "If it rains tomorrow, the match will be played indoors, the organisers said.",
  "Dr. Aiko Tanaka, who leads the institute, has said she would rather wait.",
  "Slowly walking home, she thought about what the minister had promised the villagers.",
  "They were being watched by police officers who had been told to keep their distance.",
  "Is this the best we can do? I don't think so, and neither do the voters.",
  "According to the report, 3,000 people were evacuated as the fire spread toward the town.",
  "The new law, passed by parliament in a late-night session, takes effect in March.",
];

describe("bulkMatch (fast-sweep)", () => {
  it("is the bulkMatch the tagger's compromise uses", () => {
    const nlp = require("compromise") as typeof Compromise;
    tagText("load");
    expect((nlp.methods() as { one: { bulkMatch: { name: string } } }).one.bulkMatch.name).toBe("bulkMatch");
  });

  const tags = (doc: ReturnType<typeof Compromise>) =>
    doc.docs.flat().map((term) => `${term.normal}:${[...(term.tags ?? [])].join(",")}`);

  function expectSameAsCompromise(): void {
    const untouched = untouchedCompromise();
    expect(untouched).not.toBe(require("compromise"));
    for (const text of TEXTS) {
      const expected = untouched(text);
      const got = tagText(text);
      // Tags in the order they were set: the same patterns ran in the same order.
      expect(tags(got)).toEqual(tags(expected));
      expect(got.people().out("array")).toEqual(expected.people().out("array"));
    }
  }

  it("tags every word as compromise's own bulkMatch does", () => {
    expectSameAsCompromise();
  });

  it("still does once the patterns are anchored by how often clauses hold their needs", () => {
    // Enough clauses (some 30 a round) for the anchors to be chosen again from the counts.
    for (let round = 0; round < 25; round += 1) for (const text of TEXTS) tagText(text);
    expectSameAsCompromise();
  }, 30_000);
});
