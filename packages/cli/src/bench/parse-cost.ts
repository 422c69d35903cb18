/**
 * `node packages/cli/dist/bench/parse-cost.js [other-parse-index.js] [rounds]`: the time parseHtml takes over the
 * article-extraction-benchmark and trafilatura-eval pages, held in memory so that reading and unzipping them are
 * not counted. Given the path of another build of @clippings/parse (a copy of packages/parse/dist with one step
 * switched off), it alternates rounds of this build and that one, so that the load of a shared machine weighs on
 * both alike, and prints each round and the median of each side.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { parseHtml } from "@clippings/parse";
import { articleExtractionBenchmark, trafilaturaEval } from "./datasets.js";

type ParseHtml = typeof parseHtml;

interface Page {
  key: string;
  raw: string;
}

function loadPages(): Page[] {
  const pages = [...(articleExtractionBenchmark() ?? []), ...(trafilaturaEval() ?? [])];
  return pages.map((page) => ({ key: page.key, raw: gunzipSync(readFileSync(page.path)).toString("utf8") }));
}

/** Milliseconds to parse every page once. */
function timeRound(parse: ParseHtml, pages: readonly Page[]): number {
  const started = performance.now();
  for (const page of pages) parse({ id: page.key, source: page.key, raw: page.raw });
  return performance.now() - started;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const [otherPath, roundsArg] = process.argv.slice(2);
  const rounds = Number(roundsArg ?? 5);
  const pages = loadPages();
  if (pages.length === 0) {
    process.stdout.write("parse-cost: no benchmark pages under ../shared/datasets; nothing to measure\n");
    return;
  }
  const other: ParseHtml | null = otherPath
    ? ((await import(pathToFileURL(resolve(otherPath)).href)) as { parseHtml: ParseHtml }).parseHtml
    : null;
  const megabytes = pages.reduce((sum, page) => sum + page.raw.length, 0) / 1e6;
  process.stdout.write(`${pages.length} pages, ${megabytes.toFixed(1)} M characters\n`);
  // One untimed round of each warms the JIT.
  timeRound(parseHtml, pages);
  if (other) timeRound(other, pages);
  const mine: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    mine.push(timeRound(parseHtml, pages));
    if (other) theirs.push(timeRound(other, pages));
    const line = other
      ? `round ${round + 1}: this build ${mine.at(-1)?.toFixed(0)} ms, other ${theirs.at(-1)?.toFixed(0)} ms`
      : `round ${round + 1}: ${mine.at(-1)?.toFixed(0)} ms`;
    process.stdout.write(`${line}\n`);
  }
  const a = median(mine);
  if (!other) {
    process.stdout.write(`median ${a.toFixed(0)} ms\n`);
    return;
  }
  const b = median(theirs);
  process.stdout.write(
    `median: this build ${a.toFixed(0)} ms, other ${b.toFixed(0)} ms; this build costs ${(((a - b) / b) * 100).toFixed(1)}% more\n`,
  );
}

await main();
