import { parseHtml } from "@clippings/parse";
import fc from "fast-check";
import { describe, it } from "vitest";
import { accountFor, context, htmlPage, runs } from "./fuzz-support.js";
import { type DocumentOutcome, processDocument } from "./process-document.js";

describe("fuzzed documents never crash a stage and are all accounted for", () => {
  it("HTML pages", () => {
    let inputs = 0;
    const outcomes: DocumentOutcome[] = [];
    fc.assert(
      fc.property(htmlPage, (raw) => {
        inputs += 1;
        outcomes.push(processDocument(parseHtml({ id: `h${inputs}`, source: "fuzz.html", raw }), context));
      }),
      { numRuns: runs(30_000) },
    );
    accountFor(outcomes, inputs);
  }, 600_000);
});
