/**
 * Part of `npm run eval`: quote extraction and attribution on the hand-annotated pages of
 * ../shared/datasets/article-extraction-benchmark (golden/quotes-benchmark, rules in golden/README.md).
 * Quotes are extracted from each page's ground-truth article text, split into paragraphs on newlines, so every
 * page gives the extractor the same body whatever body extraction would do: the score isolates quotes.
 * Writes reports/quotes-benchmark/accuracy.{md,json}.
 */
import { join } from "node:path";
import {
  type BenchmarkPage,
  loadQuotesBenchmarkDir,
  type QuotesBenchmarkReport,
  scoreQuotesBenchmark,
  writeQuotesBenchmarkReport,
} from "@clippings/evaluate";
import { extractQuotes } from "@clippings/extract";
import { repoRoot } from "../test-context.js";
import { articleExtractionBenchmark } from "./datasets.js";

export const QUOTES_GOLDEN_DIR = join(repoRoot, "golden/quotes-benchmark");
export const QUOTES_REPORT_DIR = join(repoRoot, "reports/quotes-benchmark");

/** The article text as the benchmark gives it: one paragraph a line, blank lines dropped. */
export function benchmarkParagraphs(articleBody: string): string[] {
  return articleBody
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** Scores the extractor on every annotated page; null when the benchmark data set is absent. */
export async function runQuotesBenchmark(): Promise<QuotesBenchmarkReport | null> {
  const pages = articleExtractionBenchmark();
  if (!pages) return null;
  const bodies = new Map(pages.map((p) => [p.key, p.truth.articleBody]));
  const goldens = await loadQuotesBenchmarkDir(QUOTES_GOLDEN_DIR);
  const scored: BenchmarkPage[] = goldens.map((golden) => {
    const body = bodies.get(golden.id);
    if (body === undefined)
      throw new Error(`${QUOTES_GOLDEN_DIR}/${golden.id}.json: no such page in the benchmark`);
    return { golden, predicted: extractQuotes({ paragraphs: benchmarkParagraphs(body), context: [] }) };
  });
  return scoreQuotesBenchmark("article-extraction-benchmark", scored);
}

async function main(): Promise<void> {
  const report = await runQuotesBenchmark();
  if (!report) {
    console.log("quotes benchmark: ../shared/datasets/article-extraction-benchmark is absent; skipped");
    return;
  }
  const { md } = await writeQuotesBenchmarkReport(QUOTES_REPORT_DIR, report);
  const o = report.overall;
  console.log(
    `quotes benchmark (${report.pages.length} pages, ${o.golden} quotes): F1 ${o.f1} (P ${o.precision}, R ${o.recall}; full F1 ${report.full.f1}, partial F1 ${report.partial.f1}), speaker accuracy ${o.speakerAccuracy} → ${md}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
