import type { QuotesBenchmarkGolden } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { renderQuotesBenchmarkMarkdown, scoreQuotesBenchmark } from "./quotes-benchmark.js";

const golden: QuotesBenchmarkGolden = {
  id: "a".repeat(64),
  url: "https://example.org/a",
  quotes: [
    {
      text: "We will open the bridge in May,",
      speaker: "Ann Lee",
      alternatives: [],
      kind: "full",
      mention: null,
      cue: null,
    },
    { text: "very moved", speaker: "Bo Kim", alternatives: [], kind: "partial", mention: null, cue: null },
    {
      text: "a historic day",
      speaker: "Bo Kim",
      alternatives: [],
      kind: "partial",
      mention: null,
      cue: null,
    },
  ],
};
const predicted = (text: string, speaker: string | null, kind: "full" | "partial") => ({
  text,
  speaker,
  kind,
  speakerMention: null,
  cue: null,
  chain: [],
});

describe("scoreQuotesBenchmark", () => {
  it("scores spans, speakers and each kind apart, counting a spurious quote against its predicted kind", () => {
    const report = scoreQuotesBenchmark("test", [
      {
        golden,
        predicted: [
          predicted("We will open the bridge in May,", "Lee", "full"),
          predicted("very moved", "Ann Lee", "partial"),
          predicted("Bridge to nowhere", null, "partial"),
        ],
      },
    ]);
    expect(report.overall).toMatchObject({ golden: 3, predicted: 3, matched: 2, speakerCorrect: 1 });
    expect(report.overall.f1).toBeCloseTo(0.667, 3);
    expect(report.full).toMatchObject({ golden: 1, matched: 1, spurious: 0, f1: 1, speakerAccuracy: 1 });
    expect(report.partial).toMatchObject({
      golden: 2,
      matched: 1,
      spurious: 1,
      recall: 0.5,
      speakerAccuracy: 0,
    });
    expect(report.pages[0]?.failures.map((f) => f.field).sort()).toEqual([
      "quote.missed",
      "quote.speaker",
      "quote.spurious",
    ]);
    expect(renderQuotesBenchmarkMarkdown(report)).toContain("| partial | 2 | 1 | 1 |");
  });
});
