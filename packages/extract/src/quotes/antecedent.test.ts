import { describe, expect, it } from "vitest";
import { firstPersonIn, nearestPerson } from "./antecedent.js";
import { PersonIndex } from "./names.js";

describe("firstPersonIn", () => {
  const people = new PersonIndex([
    "Ngozi Okafor arrived on Monday with Tom Briar.",
    "Okafor said the talks would resume.",
    "Briar agreed.",
  ]);

  it("names the first person a sentence names, skipping one in a possessive", () => {
    expect(firstPersonIn("Okafor's aide met Briar in the capital.", people)).toBe("Tom Briar");
    expect(firstPersonIn("Then Okafor met Briar in the capital.", people)).toBe("Ngozi Okafor");
  });

  it("answers a sentence read again for another quote as it did the first time", () => {
    const sentence = "Minister Okafor's staff said Briar would attend.";
    expect(firstPersonIn(sentence, people)).toBe("Tom Briar");
    expect(firstPersonIn(sentence, people)).toBe("Tom Briar");
  });

  it("reads each person's index afresh for a sentence already read against another article", () => {
    const other = new PersonIndex(["Ana Briar spoke first.", "Briar then left."]);
    const sentence = "Later Briar answered questions.";
    expect(firstPersonIn(sentence, people)).toBe("Tom Briar");
    expect(firstPersonIn(sentence, other)).toBe("Ana Briar");
    expect(nearestPerson([sentence], { paragraph: 0, offset: sentence.length }, other)).toBe("Ana Briar");
  });
});
