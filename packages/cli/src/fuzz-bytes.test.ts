import { errorRow } from "@clippings/core";
import { decodeText, parseTextScrape } from "@clippings/parse";
import fc from "fast-check";
import { describe, it } from "vitest";
import { accountFor, context, runs } from "./fuzz-support.js";
import { type DocumentOutcome, processDocument } from "./process-document.js";

describe("fuzzed documents never crash a stage and are all accounted for", () => {
  it("random bytes, as a reader meets them", () => {
    let inputs = 0;
    const outcomes: DocumentOutcome[] = [];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        inputs += 1;
        try {
          const raw = decodeText(bytes, "fuzz.bin");
          outcomes.push(
            processDocument(parseTextScrape({ id: `b${inputs}`, source: "fuzz.bin", raw }), context),
          );
        } catch (err) {
          outcomes.push({ ok: false, row: errorRow("fuzz.bin", null, err, "parse") });
        }
      }),
      { numRuns: runs(30_000) },
    );
    accountFor(outcomes, inputs);
  }, 600_000);
});
