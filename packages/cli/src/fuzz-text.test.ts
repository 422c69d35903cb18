import { parseTextScrape } from "@clippings/parse";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accountFor, context, runs, textScrape } from "./fuzz-support.js";
import { type DocumentOutcome, processDocument } from "./process-document.js";

describe("fuzzed documents never crash a stage and are all accounted for", () => {
  it("text scrapes", () => {
    let inputs = 0;
    const outcomes: DocumentOutcome[] = [];
    fc.assert(
      fc.property(textScrape, (raw) => {
        inputs += 1;
        outcomes.push(
          processDocument(parseTextScrape({ id: `t${inputs}`, source: "fuzz.txt", raw }), context),
        );
      }),
      { numRuns: runs(40_000) },
    );
    accountFor(outcomes, inputs);
    expect(outcomes.some((o) => o.ok)).toBe(true);
  }, 600_000);
});
