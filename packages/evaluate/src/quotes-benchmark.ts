import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { QuotesBenchmarkGolden } from "@clippings/core";
import { z } from "zod";
import { quoteFigures, round } from "./figures.js";
import { QUOTE_MATCH_F1 } from "./match-quotes.js";
import { FailureSchema, QuoteFiguresSchema } from "./report-schema.js";
import { type PredictedQuote, scoreQuotes } from "./score-quotes.js";

/** Figures for the golden quotes of one kind: predictions labelled with that kind count against precision. */
const KindFiguresSchema = z.object({
  golden: z.number().int(),
  matched: z.number().int(),
  spurious: z.number().int(),
  precision: z.number(),
  recall: z.number(),
  f1: z.number(),
  speakerCorrect: z.number().int(),
  speakerAccuracy: z.number(),
});
export type KindFigures = z.infer<typeof KindFiguresSchema>;

export const QuotesBenchmarkReportSchema = z.object({
  benchmark: z.string(),
  matchF1: z.number(),
  overall: QuoteFiguresSchema,
  full: KindFiguresSchema,
  partial: KindFiguresSchema,
  pages: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      quotes: QuoteFiguresSchema,
      failures: z.array(FailureSchema),
    }),
  ),
});
export type QuotesBenchmarkReport = z.infer<typeof QuotesBenchmarkReportSchema>;

export interface BenchmarkPage {
  golden: QuotesBenchmarkGolden;
  predicted: readonly PredictedQuote[];
}

interface KindTally {
  golden: number;
  matched: number;
  spurious: number;
  speakerCorrect: number;
}

function kindFigures(t: KindTally): KindFigures {
  const precision = t.matched + t.spurious === 0 ? 1 : t.matched / (t.matched + t.spurious);
  const recall = t.golden === 0 ? 1 : t.matched / t.golden;
  return {
    ...t,
    precision: round(precision),
    recall: round(recall),
    f1: round(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)),
    speakerAccuracy: round(t.matched === 0 ? 1 : t.speakerCorrect / t.matched),
  };
}

/**
 * Scores predicted quotes of benchmark pages against their golden quotes: overall precision, recall and F1
 * (micro-averaged over pages), the same split by kind (a spurious prediction counts against the kind it was
 * labelled with), and speaker accuracy on matched quotes.
 */
export function scoreQuotesBenchmark(
  benchmark: string,
  pages: readonly BenchmarkPage[],
): QuotesBenchmarkReport {
  const kinds = {
    full: { golden: 0, matched: 0, spurious: 0, speakerCorrect: 0 },
    partial: { golden: 0, matched: 0, spurious: 0, speakerCorrect: 0 },
  };
  const total = {
    golden: 0,
    predicted: 0,
    matched: 0,
    goldenFull: 0,
    matchedFull: 0,
    goldenPartial: 0,
    matchedPartial: 0,
    speakerCorrect: 0,
  };
  const scored = pages.map(({ golden, predicted }) => {
    const { tally, failures, pairs, speakerOk } = scoreQuotes(predicted, golden.quotes);
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += tally[key];
    for (const q of golden.quotes) kinds[q.kind].golden += 1;
    pairs.forEach((pair, i) => {
      const kind = golden.quotes[pair.golden]?.kind ?? "full";
      kinds[kind].matched += 1;
      if (speakerOk[i]) kinds[kind].speakerCorrect += 1;
    });
    predicted.forEach((p, pi) => {
      if (!pairs.some((pair) => pair.predicted === pi)) kinds[p.kind].spurious += 1;
    });
    return { id: golden.id, url: golden.url, quotes: quoteFigures(tally), failures };
  });
  return QuotesBenchmarkReportSchema.parse({
    benchmark,
    matchF1: QUOTE_MATCH_F1,
    overall: quoteFigures(total),
    full: kindFigures(kinds.full),
    partial: kindFigures(kinds.partial),
    pages: scored,
  });
}

const pct = (n: number) => n.toFixed(3);
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function renderQuotesBenchmarkMarkdown(r: QuotesBenchmarkReport): string {
  const o = r.overall;
  const kindRow = (name: string, k: KindFigures) =>
    `| ${name} | ${k.golden} | ${k.matched} | ${k.spurious} | ${pct(k.precision)} | ${pct(k.recall)} | ${pct(k.f1)} | ${pct(k.speakerAccuracy)} |`;
  const lines = [
    `# Quote accuracy: ${r.benchmark}`,
    "",
    `Quotes extracted from each page's ground-truth article text, matched one to one to the hand-annotated`,
    `golden quotes (golden/quotes-benchmark, rules in golden/README.md) at bag-of-words F1 ≥ ${r.matchF1};`,
    "speaker accuracy over matched quotes.",
    "",
    "| pages | golden | predicted | matched | precision | recall | F1 | speaker accuracy |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    `| ${r.pages.length} | ${o.golden} | ${o.predicted} | ${o.matched} | ${pct(o.precision)} | ${pct(o.recall)} | ${pct(o.f1)} | ${pct(o.speakerAccuracy)} (${o.speakerCorrect}/${o.matched}) |`,
    "",
    "By kind of golden quote (a spurious prediction counts against the kind it was labelled with):",
    "",
    "| kind | golden | matched | spurious | precision | recall | F1 | speaker accuracy |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    kindRow("full", r.full),
    kindRow("partial", r.partial),
    "",
    "## Pages",
    "",
    "| page | golden | predicted | matched | F1 | speaker accuracy |",
    "| --- | --- | --- | --- | --- | --- |",
    ...r.pages.map(
      (p) =>
        `| [${p.id.slice(0, 12)}](${p.url}) | ${p.quotes.golden} | ${p.quotes.predicted} | ${p.quotes.matched} | ${pct(p.quotes.f1)} | ${pct(p.quotes.speakerAccuracy)} |`,
    ),
    "",
    "## Failures",
    "",
  ];
  for (const p of r.pages) {
    if (p.failures.length === 0) continue;
    lines.push(
      `### ${p.id.slice(0, 12)} (${p.url})`,
      "",
      "| kind | expected | got | rule |",
      "| --- | --- | --- | --- |",
    );
    for (const f of p.failures)
      lines.push(`| ${f.field} | ${cell(f.expected)} | ${cell(f.got)} | ${cell(f.rule)} |`);
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

/** Writes accuracy.json and accuracy.md of a quotes benchmark; no timestamps, so identical runs give identical files. */
export async function writeQuotesBenchmarkReport(
  dir: string,
  report: QuotesBenchmarkReport,
): Promise<{ json: string; md: string }> {
  await mkdir(dir, { recursive: true });
  const json = join(dir, "accuracy.json");
  const md = join(dir, "accuracy.md");
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(md, renderQuotesBenchmarkMarkdown(report));
  return { json, md };
}
