import { cleanDocument } from "@clippings/clean";
import { ADVERSARIAL_UNITS, adversarialText, DocumentError, docFromLines } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { namesInByline } from "./byline.js";
import { parseDateline } from "./dateline.js";
import { extractArticle } from "./extract-article.js";
import { extractQuotes } from "./quotes/index.js";
import { RegistryIndex } from "./registry-index.js";

// A generous bound: the whole extraction of a megabyte takes 1-5 s on an idle machine and three times that on a
// loaded two-core CI runner, while catastrophic backtracking takes hours; the bound only has to tell those apart.
const BOUND_MS = 60_000;
const registry = new RegistryIndex({ outlets: [] });

const doc = (lines: string[]) => docFromLines(lines, { id: "x" });

describe("extraction patterns on a megabyte of near-matches", { timeout: 120_000 }, () => {
  it.each(ADVERSARIAL_UNITS)("finishes quickly on %j", (unit) => {
    const text = adversarialText(unit);
    const prose = `The council said on Monday that ${text} and the plan "${text.slice(0, 5000)}," Lee said.`;
    const started = performance.now();
    parseDateline(text);
    namesInByline(`By ${text}`);
    extractQuotes({ paragraphs: [text, prose], context: [text.slice(0, 300)] });
    try {
      extractArticle(cleanDocument(doc([text.slice(0, 120), prose, text]), { signatures: [] }), {
        registry,
        today: "2026-01-01",
      });
    } catch (err) {
      expect(err).toBeInstanceOf(DocumentError);
    }
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });
});
