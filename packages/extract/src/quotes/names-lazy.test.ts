import { describe, expect, it, vi } from "vitest";

// Counts compromise's parses: the index must leave the tagger alone until a name is looked up.
vi.mock("./tagger.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("./tagger.js")>();
  return { ...original, tagText: vi.fn(original.tagText) };
});

const { PersonIndex } = await import("./names.js");
const { tagText } = await import("./tagger.js");

// The first lookup loads compromise's lexicon, which takes seconds on a busy machine.
describe("PersonIndex reads names on the first lookup", { timeout: 30_000 }, () => {
  const texts = [
    "Harbourtown Mayor Ola Kent opened the Riverside Arts Festival on Friday.",
    "Kent said it went well.",
  ];

  it("does not tag anything when no name is ever looked up", () => {
    vi.mocked(tagText).mockClear();
    new PersonIndex(texts);
    expect(tagText).not.toHaveBeenCalled();
  });

  it("finds the same people when asked later as when asked at once", () => {
    vi.mocked(tagText).mockClear();
    const people = new PersonIndex(texts);
    expect(people.fullest("Kent")).toBe("Ola Kent");
    expect(tagText).toHaveBeenCalled();
  });
});
