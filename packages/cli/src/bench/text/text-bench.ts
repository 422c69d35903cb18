/**
 * `npm run bench:text`: the text path on sites it has never seen. Each article-extraction-benchmark page is
 * turned into a crawler-style text scrape (html-to-text: visible text, menus and all, one block a line, under a
 * ` date YYYY-MM-DD 200` header), run through parse → clean → extract with no URL (text alone), and scored
 * against the page's truth: the benchmark's articleBody, and the date, headline and site name that the page's
 * own metadata gives (see page-truth.ts). Writes reports/benchmarks/text.md and out/bench-text/pages.jsonl.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Article } from "@clippings/core";
import { normalizeForCompare } from "@clippings/core";
import {
  addCounts,
  bagOfWordsF1,
  type OverlapCounts,
  precisionRecall,
  readReport,
  shingleOverlap,
} from "@clippings/evaluate";
import { repoRoot, testRegistry } from "../../test-context.js";
import { articleExtractionBenchmark } from "../datasets.js";
import { extractFile } from "../extract-file.js";
import { toTextScrape } from "../to-text-scrape.js";
import { dayAgrees, type PageTruth, pageTruth, sameOutletName } from "./page-truth.js";

// The crawl day of a page whose metadata gives no date; any fixed day keeps runs comparable.
const FIXED_CRAWL_DAY = "2019-12-01";
// A second crawl, a week after publication, shows which dates come from the page text and not the header.
const LATE_CRAWL_DAYS = 7;

interface PageResult {
  key: string;
  url: string;
  truth: PageTruth;
  error: string | null;
  body: OverlapCounts;
  bodyF1: number;
  date: {
    got: string | null;
    rule: string;
    ok: boolean | null;
    /** Right, or the page's own-zone day of a UTC metadata time (see dayAgrees). */
    zoneOk: boolean | null;
    lateGot: string | null;
    lateOk: boolean | null;
  };
  headline: { got: string | null; exact: boolean | null; f1: number | null; inScrape: boolean | null };
  outlet: { got: string | null; verdict: "right" | "wrong" | "unknown" | "no-truth" };
}

/** Whether the text holds the headline as one whole line: a text-only extractor can find no other. */
function isLineOf(headline: string, text: string): boolean {
  const wanted = normalizeForCompare(headline);
  return text.split("\n").some((line) => normalizeForCompare(line) === wanted);
}

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function outletVerdict(got: string | null, truth: string | null): PageResult["outlet"]["verdict"] {
  if (truth === null) return "no-truth";
  if (got === null) return "unknown";
  const registered = testRegistry.named(got);
  const names = registered ? [registered.name, ...registered.aliases] : [got];
  return names.some((n) => sameOutletName(n, truth)) ? "right" : "wrong";
}

async function runPage(
  page: { key: string; path: string; url: string; truth: { articleBody: string } },
  dir: string,
): Promise<PageResult> {
  const html = gunzipSync(readFileSync(page.path)).toString("utf8");
  const truth = pageTruth(html);
  const crawlDay = truth.date ?? FIXED_CRAWL_DAY;
  const scrape = toTextScrape(html, crawlDay);
  const path = join(dir, `${page.key}.txt`);
  await writeFile(path, scrape);
  const outcome = await extractFile(path);
  let late: Article | null = null;
  if (truth.date) {
    const latePath = join(dir, `${page.key}.late.txt`);
    await writeFile(latePath, scrape.replace(/^ date \S+/, ` date ${shiftDay(truth.date, LATE_CRAWL_DAYS)}`));
    const lateOutcome = await extractFile(latePath);
    late = lateOutcome.ok ? lateOutcome.article : null;
  }
  const article = outcome.ok ? outcome.article : null;
  const predictedBody = article ? article.body.map((p) => p.text).join("\n\n") : "";
  const body = shingleOverlap(page.truth.articleBody, predictedBody);
  const headlineGot = article?.headline.value ?? null;
  const dateGot = article?.date.value ?? null;
  const lateGot = late?.date.value ?? null;
  return {
    key: page.key,
    url: page.url,
    truth,
    error: outcome.ok ? null : `${outcome.row.error}: ${outcome.row.message.replace(repoRoot, "")}`,
    body,
    bodyF1: precisionRecall(body).f1,
    date: {
      got: dateGot,
      rule: article?.date.rule ?? "no article",
      ok: truth.date ? dateGot === truth.date : null,
      zoneOk: truth.date ? dateGot !== null && dayAgrees(dateGot, truth.date, truth.dateTime) : null,
      lateGot,
      lateOk: truth.date ? lateGot === truth.date : null,
    },
    headline: {
      got: headlineGot,
      exact: truth.headline
        ? headlineGot !== null && normalizeForCompare(headlineGot) === normalizeForCompare(truth.headline)
        : null,
      f1: truth.headline ? (headlineGot ? bagOfWordsF1(headlineGot, truth.headline) : 0) : null,
      inScrape: truth.headline ? isLineOf(truth.headline, scrape) : null,
    },
    outlet: {
      got: article?.outlet.value ?? null,
      verdict: outletVerdict(article?.outlet.value ?? null, truth.outlet),
    },
  };
}

const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);
const f3 = (x: number) => x.toFixed(3);

function tally<T>(items: readonly T[], key: (item: T) => string | null): string {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item) ?? "none";
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
}

async function samplesSection(): Promise<string[]> {
  const path = join(repoRoot, "reports/japan-nato/accuracy.json");
  if (!existsSync(path)) return ["(reports/japan-nato/accuracy.json is missing: run `npm run eval`)"];
  const report = await readReport(path);
  const o = report.overall;
  const row = (name: string, c: { correct: number; total: number }) =>
    `| ${name} | ${c.correct}/${c.total} |`;
  return [
    "The five sample scrapes, from the committed `reports/japan-nato/accuracy.json` (`npm run eval` rewrites it):",
    "",
    "| field | right |",
    "| --- | --- |",
    row("date", o.date),
    row("outlet", o.outlet),
    row("agency", o.agency),
    row("headline", o.headline),
    row("authors", o.authors),
    row("dateline", o.dateline),
    row("body (first, last sentence and paragraph count)", o.body),
    `| quotes F1 | ${o.quotes.f1} |`,
    `| speaker accuracy | ${o.quotes.speakerAccuracy} |`,
  ];
}

function render(results: PageResult[], samples: string[]): string {
  const body = precisionRecall(results.reduce((a, r) => addCounts(a, r.body), { tp: 0, fp: 0, fn: 0 }));
  const meanF1 = results.reduce((s, r) => s + r.bodyF1, 0) / results.length;
  const dated = results.filter((r) => r.truth.date);
  const dateRight = dated.filter((r) => r.date.ok).length;
  const lateRight = dated.filter((r) => r.date.lateOk).length;
  const zoneRight = dated.filter((r) => r.date.zoneOk).length;
  const fromCrawl = dated.filter((r) => r.date.rule.startsWith("crawl date")).length;
  const titled = results.filter((r) => r.truth.headline);
  const exact = titled.filter((r) => r.headline.exact).length;
  const visible = titled.filter((r) => r.headline.inScrape);
  const visibleExact = visible.filter((r) => r.headline.exact).length;
  const headF1 = titled.reduce((s, r) => s + (r.headline.f1 ?? 0), 0) / Math.max(1, titled.length);
  const named = results.filter((r) => r.truth.outlet);
  const verdicts = (v: string) => named.filter((r) => r.outlet.verdict === v).length;
  const errors = results.filter((r) => r.error);
  return [
    "# Text path on unseen sites",
    "",
    "Written by `npm run bench:text` (packages/cli/src/bench/text/text-bench.ts).",
    "",
    `The ${results.length} pages of ../shared/datasets/article-extraction-benchmark, each turned into a crawler-style`,
    "plain-text scrape by html-to-text (packages/cli/src/bench/to-text-scrape.ts: visible text, menus, footers",
    "and link lists included, one block a line, under a ` date YYYY-MM-DD 200` header), then read as text with",
    "no URL: parse → clean → extract exactly as `clippings run` treats a `.txt` file. The scrapes are in",
    "out/bench-text/scrapes/ and every page's predictions and truth in out/bench-text/pages.jsonl.",
    "",
    "## Where the truth comes from",
    "",
    `- body: the benchmark's ground-truth articleBody (${results.length} pages).`,
    `- date: the page's own metadata, the day as written in its timestamp (${dated.length} pages): ${tally(dated, (r) => r.truth.dateFrom)}. Pages without one are crawled on a fixed day (${FIXED_CRAWL_DAY}) and not scored for date.`,
    `- headline: ${tally(titled, (r) => r.truth.headlineFrom)} (${titled.length} pages); a trailing or leading site name was removed from ${titled.filter((r) => r.truth.headlineTrimmed).length} of them, only where the page's og:site_name or JSON-LD publisher names that site; on ${titled.filter((r) => r.truth.headlineVisible).length} pages the page's own heading (an <h1> or itemprop="headline" element) tells the same story in other words (it says at least half of the metadata headline's words and at least a third of its own words are the metadata's) and is the truth, as the headline a reader sees (page-truth.ts visibleHeadline).`,
    `- outlet: ${tally(named, (r) => r.truth.outletFrom)} (${named.length} pages).`,
    "",
    "## Results",
    "",
    "| measure | value |",
    "| --- | --- |",
    `| body precision (4-word shingles, micro) | ${f3(body.precision)} |`,
    `| body recall | ${f3(body.recall)} |`,
    `| body F1 | ${f3(body.f1)} |`,
    `| body F1, mean over pages | ${f3(meanF1)} |`,
    `| date accuracy (crawl day = publication day) | ${dateRight}/${dated.length} = ${pct(dateRight, dated.length)} |`,
    `| date accuracy, the page's own-zone day of a UTC metadata time also right | ${zoneRight}/${dated.length} = ${pct(zoneRight, dated.length)} |`,
    `| dates that fell back to the crawl header | ${fromCrawl}/${dated.length} |`,
    `| date accuracy, crawled ${LATE_CRAWL_DAYS} days after publication (page text only) | ${lateRight}/${dated.length} = ${pct(lateRight, dated.length)} |`,
    `| headline exact match | ${exact}/${titled.length} = ${pct(exact, titled.length)} |`,
    `| headline exact, pages whose truth headline is a whole line of the scrape (${visible.length}) | ${visibleExact}/${visible.length} = ${pct(visibleExact, visible.length)} |`,
    `| headline token F1 (mean) | ${f3(headF1)} |`,
    `| outlet right | ${verdicts("right")}/${named.length} = ${pct(verdicts("right"), named.length)} |`,
    `| outlet unknown (left empty) | ${verdicts("unknown")}/${named.length} |`,
    `| outlet wrong | ${verdicts("wrong")}/${named.length} |`,
    `| pages that ended in errors.csv | ${errors.length} |`,
    "",
    "Reading the figures:",
    "- The date figure to quote is the strict one (same day as the metadata). Most misses print the page's",
    "  local day while the metadata gives the UTC instant of the next or previous day; the second date row counts",
    "  those as right only for metadata times in UTC or with no zone. The crawl header carries the publication day,",
    "  so a page with no date in its text still gets it right; the late-crawl row shows what the text alone gives.",
    "  Stamps after the crawl day are skipped (no page is published after it was crawled); as the header here is",
    "  the publication day, that rule also drops later update and comment dates, which a real crawl, made later,",
    "  would keep: the late-crawl row is the fair measure of the text alone.",
    "- Headline truth is the page's visible heading where it agrees with the metadata headline, else the",
    "  og:title (or <title>), which is sometimes not the headline the page shows: a text-only extractor cannot",
    "  reach the pages whose truth is not a whole line of the scrape, hence the row for the pages where it is.",
    "- The outlet registry (outlets/outlets.json) knows few of these sites, and text alone seldom names the",
    "  publisher, so most outlets are reported unknown by design rather than guessed.",
    "",
    errors.length > 0 ? "Pages with no article:" : "",
    ...errors.map((r) => `- ${r.key} (${r.url}): ${r.error}`),
    "",
    "## The samples",
    "",
    ...samples,
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  const pages = articleExtractionBenchmark();
  if (!pages) {
    process.stdout.write(
      "bench:text: ../shared/datasets/article-extraction-benchmark is not here; nothing to measure\n",
    );
    return;
  }
  const outDir = join(repoRoot, "out/bench-text");
  const scrapes = join(outDir, "scrapes");
  await mkdir(scrapes, { recursive: true });
  const results: PageResult[] = [];
  for (const page of pages) results.push(await runPage(page, scrapes));
  await writeFile(join(outDir, "pages.jsonl"), `${results.map((r) => JSON.stringify(r)).join("\n")}\n`);
  const report = render(results, await samplesSection());
  await mkdir(join(repoRoot, "reports/benchmarks"), { recursive: true });
  await writeFile(join(repoRoot, "reports/benchmarks/text.md"), report);
  process.stdout.write(`${report.slice(report.indexOf("## Results"), report.indexOf("## The samples"))}`);
  process.stdout.write("wrote reports/benchmarks/text.md and out/bench-text/pages.jsonl\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:text: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
