import { ADVERSARIAL_UNITS, adversarialText, docFromLines } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "./clean-document.js";

// A generous bound: linear patterns take well under a second on a megabyte; catastrophic backtracking takes hours.
const BOUND_MS = 10_000;

describe("cleaning patterns on a megabyte of near-matches", { timeout: 120_000 }, () => {
  it.each(ADVERSARIAL_UNITS)("finishes quickly on %j", (unit) => {
    const text = adversarialText(unit);
    const started = performance.now();
    const doc = cleanDocument(docFromLines([text, text.slice(0, 200), text.slice(0, 60)]), {
      signatures: ["A said"],
    });
    expect(doc.blocks).toHaveLength(3);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });
});
