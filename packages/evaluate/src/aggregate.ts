import { addCounts, quoteFigures, round } from "./figures.js";
import {
  type AccuracyReport,
  AccuracyReportSchema,
  COUNT_FIELDS,
  type SourceScore,
} from "./report-schema.js";

const mean = (xs: number[]) => (xs.length === 0 ? 1 : round(xs.reduce((a, b) => a + b, 0) / xs.length));

/** The run's report: per-source scores and overall figures (quotes micro-averaged over all sources). */
export function aggregate(pipeline: string, sources: SourceScore[]): AccuracyReport {
  const sum = (pick: (s: SourceScore) => number) => sources.reduce((a, s) => a + pick(s), 0);
  const q = (s: SourceScore) => s.quotes;
  const overallQuotes = quoteFigures({
    golden: sum((s) => q(s).golden),
    predicted: sum((s) => q(s).predicted),
    matched: sum((s) => q(s).matched),
    goldenFull: sum((s) => q(s).goldenFull),
    matchedFull: sum((s) => q(s).matchedFull),
    goldenPartial: sum((s) => q(s).goldenPartial),
    matchedPartial: sum((s) => q(s).matchedPartial),
    speakerCorrect: sum((s) => q(s).speakerCorrect),
  });
  return AccuracyReportSchema.parse({
    pipeline,
    sources,
    overall: {
      ...Object.fromEntries(COUNT_FIELDS.map((f) => [f, addCounts(sources.map((s) => s[f]))])),
      headlineTokenF1: mean(sources.map((s) => s.headlineTokenF1)),
      authorsF1: mean(sources.map((s) => s.authorsF1)),
      quotes: overallQuotes,
    },
  });
}
