import type { GoldenQuote, Quote } from "@clippings/core";
import type { QuoteTally } from "./figures.js";
import { matchQuotes, type QuotePair } from "./match-quotes.js";
import type { Failure } from "./report-schema.js";
import { speakerMatches } from "./speaker-match.js";

export type PredictedQuote = Pick<Quote, "text" | "kind" | "speaker" | "speakerMention" | "cue" | "chain"> &
  Partial<Pick<Quote, "confidence">>;

const show = (v: unknown) => (v === null || v === undefined ? "(none)" : String(v));

/**
 * One source's quotes against its golden quotes: matched one to one at bag-of-words F1 ≥ 0.8, then speakers
 * compared on the matched pairs (`speakerOk`, one per pair); every wrong speaker, missed and spurious quote
 * becomes a failure row.
 */
export function scoreQuotes(
  predicted: readonly PredictedQuote[],
  golden: readonly GoldenQuote[],
): { tally: QuoteTally; failures: Failure[]; pairs: QuotePair[]; speakerOk: boolean[] } {
  const pairs = matchQuotes(predicted, golden);
  const failures: Failure[] = [];
  const tally: QuoteTally = {
    golden: golden.length,
    predicted: predicted.length,
    matched: pairs.length,
    goldenFull: golden.filter((q) => q.kind === "full").length,
    goldenPartial: golden.filter((q) => q.kind === "partial").length,
    matchedFull: pairs.filter((p) => golden[p.golden]?.kind === "full").length,
    matchedPartial: pairs.filter((p) => golden[p.golden]?.kind === "partial").length,
    speakerCorrect: 0,
  };
  const speakerOk = pairs.map((pair) => {
    const g = golden[pair.golden];
    const p = predicted[pair.predicted];
    return g !== undefined && p !== undefined && speakerMatches(p.speaker, g.speaker, g.alternatives);
  });
  pairs.forEach((pair, i) => {
    const g = golden[pair.golden];
    const p = predicted[pair.predicted];
    if (!g || !p) return;
    if (speakerOk[i]) tally.speakerCorrect += 1;
    else {
      failures.push({
        field: "quote.speaker",
        expected: `${show(g.speaker)} for "${g.text}"`,
        got: show(p.speaker),
        rule: `mention ${show(p.speakerMention)}, cue ${show(p.cue)}; ${p.chain.join(" → ")}`,
        confidence: p.confidence ?? null,
      });
    }
  });
  golden.forEach((g, gi) => {
    if (!pairs.some((p) => p.golden === gi)) {
      failures.push({
        field: "quote.missed",
        expected: `"${g.text}" (${g.kind}, ${show(g.speaker)})`,
        got: "(none)",
        rule: "",
        confidence: null,
      });
    }
  });
  predicted.forEach((p, pi) => {
    if (!pairs.some((x) => x.predicted === pi)) {
      failures.push({
        field: "quote.spurious",
        expected: "(none)",
        got: `"${p.text}" (${p.kind}, ${show(p.speaker)})`,
        rule: `cue ${show(p.cue)}`,
        confidence: p.confidence ?? null,
      });
    }
  });
  return { tally, failures, pairs, speakerOk };
}
