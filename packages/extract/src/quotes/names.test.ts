import { describe, expect, it } from "vitest";
import { PersonIndex } from "./names.js";

describe("PersonIndex", () => {
  it("confirms a full name by its surname standing alone, without the tagger", () => {
    const people = new PersonIndex([
      "Ngozi Okafor arrived on Monday.",
      "Okafor said the talks would resume.",
    ]);
    expect(people.fullest("Okafor")).toBe("Ngozi Okafor");
  });

  it("asks the tagger, sentence by sentence, for a name used only once", () => {
    const people = new PersonIndex([
      "The talks in Geneva Central lasted all week.",
      "Mary Jones arrived on Monday.",
      "Late Night Traffic was heavy in Paris.",
    ]);
    expect(people.fullest("Geneva")).toBeNull();
    expect(people.fullest("Jones")).toBe("Mary Jones");
    expect(people.isPerson("Paris")).toBe(false);
  });

  it("prefers the name the article uses most when two fit a surname", () => {
    const people = new PersonIndex([
      "Mary Jones met Tom Jones.",
      "Tom Jones spoke first.",
      "Jones said the talks would resume.",
    ]);
    expect(people.fullest("Jones")).toBe("Tom Jones");
  });
});
