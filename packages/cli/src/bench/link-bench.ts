/**
 * `npm run bench:link`: the link stage on a larger corpus and at scale.
 * 1. The 181 benchmark pages of ../shared/datasets/article-extraction-benchmark (unrelated news and blog pages)
 *    plus the five samples: every story with more than one article is listed, so false merges can be checked.
 * 2. Memory and time of linking 10,000 and 100,000 article signatures made from those articles (new ids, dates
 *    spread over a year), to show what a million would take.
 * Writes reports/benchmarks/link.md.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article } from "@clippings/core";
import { type ArticleSignature, articleSignature, linkCorpus } from "@clippings/link";
import { runPipeline } from "../run-pipeline.js";
import { repoRoot, testRegistry } from "../test-context.js";

const DATASET = join(repoRoot, "../shared/datasets/article-extraction-benchmark/html");

// Each copy keeps half of its original's names and words and gets new ones, and new body minima, so that it
// stands for a distinct article about a similar subject rather than a duplicate of the original.
function signaturesAtScale(base: readonly ArticleSignature[], n: number): ArticleSignature[] {
  const start = Date.parse("2024-01-01T00:00:00Z");
  let seed = 1;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed;
  };
  const vary = (hashes: Uint32Array) =>
    Uint32Array.from(new Set(Array.from(hashes, (h, k) => (k % 2 === 0 ? h : random())))).sort();
  return Array.from({ length: n }, (_, i) => {
    const sig = base[i % base.length] as ArticleSignature;
    const date = new Date(start + ((i * 7919) % 366) * 86_400_000).toISOString().slice(0, 10);
    return {
      ...sig,
      id: `${sig.id}-${i}`,
      date,
      body: Uint32Array.from(sig.body, () => random()),
      names: vary(sig.names),
      words: vary(sig.words),
    };
  });
}

// Each article carried whole by many outlets, as a wire report is: same body, names, words and quotes, under new
// ids and outlets, published within two days of the original.
function syndicatedCopies(base: readonly ArticleSignature[], n: number): ArticleSignature[] {
  return Array.from({ length: n }, (_, i) => {
    const sig = base[i % base.length] as ArticleSignature;
    const date = sig.date
      ? new Date(Date.parse(`${sig.date}T00:00:00Z`) + (i % 3) * 86_400_000).toISOString().slice(0, 10)
      : null;
    return { ...sig, id: `${sig.id}-${i}`, outlet: `outlet ${i % 500}`, date };
  });
}

function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function main(): Promise<void> {
  if (!existsSync(DATASET)) {
    process.stdout.write(`bench:link: ${DATASET} is not here; nothing to measure\n`);
    return;
  }
  const out = await mkdtemp(join(tmpdir(), "clippings-link-bench-"));
  const articles: Article[] = [];
  const summary = await runPipeline({
    inputs: [DATASET, join(repoRoot, "corpus/japan-nato")],
    outDir: out,
    format: "csv",
    registry: testRegistry,
    concurrency: 2,
    maxBytes: 10 * 1024 * 1024,
    today: new Date().toISOString().slice(0, 10),
    onArticle: (a) => articles.push(a),
  });
  await rm(out, { recursive: true, force: true });
  const byId = new Map(articles.map((a) => [a.id, a]));
  const multi = summary.links.stories.filter((s) => s.articles.length > 1);
  const lines = [
    "# Link stage: larger corpus and scale",
    "",
    "Written by `npm run bench:link`.",
    "",
    `## ${summary.documents} documents: the article-extraction-benchmark pages and the five samples`,
    "",
    `${summary.articles} articles, ${summary.errors} errors; ${summary.links.stories.length} stories, ${multi.length} of them with more than one article; ${summary.links.quoteGroups.length} quote groups; ${[...summary.links.articles.values()].filter((l) => l.duplicateOf).length} duplicates.`,
    "",
    "Every story with more than one article (check each for a false merge):",
    "",
    ...multi.flatMap((s) => [
      `- ${s.id} (${s.articles.length} articles, first ${s.firstDate ?? "undated"})`,
      ...s.articles.map(
        (id) =>
          `  - ${id.slice(0, 24)}: ${byId.get(id)?.headline.value ?? "(no headline)"} (${byId.get(id)?.date.value ?? "undated"})`,
      ),
    ]),
    "",
    "## Scale",
    "",
    "| articles | heap for signatures | per article | link time |",
    "| --- | --- | --- | --- |",
  ];
  const base = articles.map(articleSignature);
  for (const n of [10_000, 100_000]) {
    const before = heapMb();
    const sigs = signaturesAtScale(base, n);
    const used = heapMb() - before;
    const started = performance.now();
    const links = linkCorpus(sigs);
    const seconds = (performance.now() - started) / 1000;
    lines.push(
      `| ${n.toLocaleString("en")} | ${used.toFixed(0)} MB | ${((used * 1024) / n).toFixed(2)} KB | ${seconds.toFixed(1)} s (${links.stories.length} stories) |`,
    );
  }
  lines.push(
    "",
    "| copies carried whole | link time | duplicates | quote groups | largest group |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const n of [10_000, 100_000]) {
    const started = performance.now();
    const links = linkCorpus(syndicatedCopies(base, n));
    const seconds = (performance.now() - started) / 1000;
    const duplicates = [...links.articles.values()].filter((l) => l.duplicateOf).length;
    const largest = Math.max(0, ...links.quoteGroups.map((g) => g.members.length));
    lines.push(
      `| ${n.toLocaleString("en")} | ${seconds.toFixed(1)} s | ${duplicates.toLocaleString("en")} | ${links.quoteGroups.length} | ${largest.toLocaleString("en")} quotes |`,
    );
  }
  lines.push(
    "",
    "The signatures are the benchmark articles' with half their names and words replaced and new body minima, under",
    "new ids and dates spread over a year: distinct articles on recurring subjects. Memory grows linearly, so a million",
    "articles' signatures need about ten times the 100,000 figure. The copies carried whole are the benchmark articles",
    "each carried by some 50 or 540 outlets within two days, as wire reports are: every copy should be found, and every",
    "quotation the copies share grouped.",
  );
  const report = `${lines.join("\n")}\n`;
  await mkdir(join(repoRoot, "reports/benchmarks"), { recursive: true });
  await writeFile(join(repoRoot, "reports/benchmarks/link.md"), report);
  process.stdout.write(report);
}

await main();
