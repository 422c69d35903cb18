import { bigPage, heapUsedAfterGc } from "@clippings/core";
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

describe("remembered sentence names", () => {
  it("do not keep alive the page a sentence was cut from", () => {
    const people = new PersonIndex(["Ngozi Okafor arrived on Monday with Tom Briar.", "Okafor said so."]);
    const pageBytes = 16 * 1024 * 1024;
    const before = heapUsedAfterGc();
    (() => {
      const page = bigPage(pageBytes, "Then Okafor said");
      expect(firstPersonIn(page.slice(0, page.indexOf("\n")), people)).toBe("Ngozi Okafor");
    })();
    expect(heapUsedAfterGc() - before).toBeLessThan(pageBytes / 4);
  });
});
