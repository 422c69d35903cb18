/**
 * `npm run bench:speed`: throughput, stage times and memory of the whole pipeline at corpus scale, and the same
 * HTML pages through Mozilla Readability on jsdom and through the HTML parser alone (the floor no extractor
 * built on that parser can beat).
 *
 * The corpus cycles the pages of ../shared/datasets (article-extraction-benchmark, htmldate-eval,
 * trafilatura-eval) and the samples of corpus/japan-nato, alternately as HTML and as crawler-style text scrapes
 * (html-to-text, see to-text-scrape.ts). Repeated pages are hard links, so a large corpus costs little disk; the
 * operating system caches them, so this measures processing, not disk reads. Each measured run is a separate
 * process (speed-run.ts) using a worker pool of one thread a core, so its peak RSS is its own.
 *
 * Options: --n <docs> (default 20000), --scaling <list> (default 1000,10000; add 100000 for the long run),
 * --html-n <docs> (default 1000), --text-n <docs> (default 5000), --threads <n> (default: the cores),
 * --report <file> (default reports/benchmarks/speed.md).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { copyFile, link, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { parseHtml } from "@clippings/parse";
import { z } from "zod";
import { COMMAND_NODE_FLAGS } from "../command-node-flags.js";
import { repoRoot } from "../test-context.js";
import { articleExtractionBenchmark, DATASETS_DIR } from "./datasets.js";
import { extractFile } from "./extract-file.js";
import { readabilityExtract } from "./readability-peer.js";
import { toTextScrape } from "./to-text-scrape.js";

interface Args {
  n: number;
  scaling: number[];
  htmlN: number;
  textN: number;
  threads: number;
  report: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    n: 20_000,
    scaling: [1_000, 10_000],
    htmlN: 1_000,
    textN: 5_000,
    threads: availableParallelism(),
    report: join(repoRoot, "reports/benchmarks/speed.md"),
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1] ?? ""];
    const count = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag}: expected a whole number, got "${value}"`);
      return n;
    };
    if (flag === "--n") args.n = count();
    else if (flag === "--scaling") args.scaling = value === "" ? [] : value.split(",").map(Number);
    else if (flag === "--html-n") args.htmlN = count();
    else if (flag === "--text-n") args.textN = count();
    else if (flag === "--threads") args.threads = count();
    else if (flag === "--report") args.report = value;
    else throw new Error(`unknown option ${flag}`);
  }
  return args;
}

interface UniqueFile {
  path: string;
  bytes: number;
}

/** Every page once as .html and once as a text scrape, plus the samples, in a folder of unique files. */
async function uniquePages(
  dir: string,
): Promise<{ html: UniqueFile[]; aeb: UniqueFile[]; text: UniqueFile[] }> {
  // Converting 1,971 pages to text takes minutes: a finished set is kept in the temporary folder for later runs.
  const index = join(dir, "index.json");
  if (existsSync(index)) {
    const cached = JSON.parse(readFileSync(index, "utf8")) as Awaited<ReturnType<typeof uniquePages>>;
    if ([...cached.html, ...cached.text].every((f) => existsSync(f.path))) return cached;
  }
  await mkdir(dir, { recursive: true });
  const html: UniqueFile[] = [];
  const aeb: UniqueFile[] = [];
  const text: UniqueFile[] = [];
  // Only the pages are needed here, not their truth: the folders are listed directly.
  const pagesOf = (set: string) => {
    const folder = join(DATASETS_DIR, set, "html");
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((f) => f.endsWith(".gz"))
      .sort()
      .map((f) => join(folder, f));
  };
  const sets = [
    ["aeb", pagesOf("article-extraction-benchmark")],
    ["htmldate", pagesOf("htmldate-eval")],
    ["trafilatura", pagesOf("trafilatura-eval")],
  ] as const;
  for (const [name, pages] of sets) {
    for (const [i, pagePath] of pages.entries()) {
      const bytes = gunzipSync(readFileSync(pagePath));
      const htmlPath = join(dir, `${name}-${i}.html`);
      await writeFile(htmlPath, bytes);
      const file = { path: htmlPath, bytes: bytes.length };
      html.push(file);
      if (name === "aeb") aeb.push(file);
      const scrape = toTextScrape(bytes.toString("utf8"), "2025-06-01");
      const textPath = join(dir, `${name}-${i}.txt`);
      await writeFile(textPath, scrape);
      text.push({ path: textPath, bytes: Buffer.byteLength(scrape) });
    }
  }
  const samples = join(repoRoot, "corpus/japan-nato");
  // Copied, not referenced: the cached index outlives the checkout that built it.
  for (const name of readdirSync(samples).filter((f) => f.endsWith(".txt"))) {
    const path = join(dir, `sample-${name}`);
    await copyFile(join(samples, name), path);
    text.push({ path, bytes: (await stat(path)).size });
  }
  await writeFile(index, JSON.stringify({ html, aeb, text }));
  return { html, aeb, text };
}

/** n documents cycling through `sources` (each a list of unique files), as hard links in folders of 1,000. */
async function buildCorpus(dir: string, n: number, sources: UniqueFile[][]): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  let bytes = 0;
  const next = sources.map(() => 0);
  for (let i = 0; i < n; i += 1) {
    const which = i % sources.length;
    const list = sources[which] ?? [];
    const file = list[(next[which] ?? 0) % list.length] as UniqueFile;
    next[which] = (next[which] ?? 0) + 1;
    const folder = join(dir, String(Math.floor(i / 1000)).padStart(4, "0"));
    if (i % 1000 === 0) await mkdir(folder, { recursive: true });
    const ext = file.path.endsWith(".html") ? ".html" : ".txt";
    await link(file.path, join(folder, `d${String(i).padStart(7, "0")}${ext}`));
    bytes += file.bytes;
  }
  return bytes;
}

/** The line speed-run.js prints: checked, since a child that failed half-way must not pass for a measurement. */
const MeasuredSchema = z.object({
  seconds: z.number(),
  cpuSeconds: z.number(),
  documents: z.number().int(),
  articles: z.number().int(),
  errors: z.number().int(),
  threads: z.number().int(),
  accounted: z.boolean(),
  maxRssMb: z.number(),
  sampledPeakRssMb: z.number(),
  stages: z.record(z.string(), z.number()),
});
type Measured = z.infer<typeof MeasuredSchema>;

function measure(corpus: string, out: string, threads: number): Measured {
  const script = join(dirname(fileURLToPath(import.meta.url)), "speed-run.js");
  // Started with the command's own Node options, so that its heaps are sized and collected as in `clippings run`.
  const line = execFileSync(process.execPath, [...COMMAND_NODE_FLAGS, script, corpus, out, String(threads)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const last = line.trim().split("\n").pop() ?? "";
  const parsed = MeasuredSchema.safeParse(JSON.parse(last));
  if (!parsed.success)
    throw new Error(`speed-run.js printed an unexpected line for ${corpus}: ${last.slice(0, 200)}`);
  return parsed.data;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function runRow(label: string, m: Measured, bytes: number): string {
  return `| ${label} | ${fmt(m.documents)} | ${fmt(m.seconds, 1)} | **${fmt(m.documents / m.seconds, 1)}** | ${fmt(bytes / 1024 / 1024 / m.seconds, 2)} | ${fmt(m.maxRssMb)} | ${m.articles}/${m.errors} | ${m.accounted ? "yes" : "NO"} |`;
}

function stageTable(m: Measured): string[] {
  const threadStages = ["parse", "clean", "extract", "output"];
  const mainStages = ["write", "link", "close"];
  const threadTotal = threadStages.reduce((s, k) => s + (m.stages[k] ?? 0), 0);
  return [
    "| stage | where | seconds | share | ms a document |",
    "| --- | --- | ---: | ---: | ---: |",
    ...threadStages.map(
      (k) =>
        `| ${k} | worker threads (summed) | ${fmt(m.stages[k] ?? 0, 1)} | ${fmt((100 * (m.stages[k] ?? 0)) / threadTotal, 1)}% | ${fmt((1000 * (m.stages[k] ?? 0)) / m.documents, 2)} |`,
    ),
    ...mainStages.map(
      (k) =>
        `| ${k} | main thread | ${fmt(m.stages[k] ?? 0, 1)} | | ${fmt((1000 * (m.stages[k] ?? 0)) / m.documents, 2)} |`,
    ),
  ];
}

type ScalingPoint = { n: number; m: Measured };

/** The memory flatness: peak RSS at 100,000 documents within 10% of the peak at 10,000. */
function flatnessRow(scaling: ScalingPoint[]): string {
  const at = (n: number) => scaling.find((s) => s.n === n)?.m.maxRssMb;
  const [small, large] = [at(10_000), at(100_000)];
  if (small === undefined || large === undefined) {
    return "| peak RSS flat (within 10%) from 10,000 to 100,000 documents | not measured: add 10000 and 100000 to --scaling | n/a |";
  }
  const growth = (large - small) / small;
  return `| peak RSS flat (within 10%) from 10,000 to 100,000 documents | ${fmt(small)} → ${fmt(large)} MB (${growth >= 0 ? "+" : ""}${fmt(100 * growth, 1)}%) | ${Math.abs(growth) <= 0.1 ? "yes" : "**no**"} |`;
}

/** How the cost of a document moves from the smallest scaling point to the largest, in CPU time. */
function scalingVerdicts(scaling: ScalingPoint[]): string[] {
  const sorted = [...scaling].sort((a, b) => a.n - b.n);
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  if (!first || !last || first === last) return [];
  const cost = (p: ScalingPoint) => (1000 * p.m.cpuSeconds) / p.m.documents;
  return [
    `From ${fmt(first.n)} to ${fmt(last.n)} documents the CPU cost per 1,000 documents moves ${fmt(cost(first), 1)} → ${fmt(cost(last), 1)} s (× ${fmt(cost(last) / cost(first), 2)}); a ratio near 1 (or below it, as the workers' start-up spreads thinner) is linear growth.`,
    "",
  ];
}

/** Milliseconds a page, single thread, for one pass of `fn` over the pages (after one warm-up pass). */
async function perPage(
  pages: { html: string; path: string; url: string }[],
  fn: (p: (typeof pages)[number]) => unknown,
): Promise<number> {
  for (const page of pages.slice(0, 20)) await fn(page);
  const started = performance.now();
  for (const page of pages) await fn(page);
  return (performance.now() - started) / pages.length;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(join(repoRoot, "../shared/datasets/article-extraction-benchmark"))) {
    process.stdout.write("bench:speed: ../shared/datasets is not here; nothing to measure\n");
    return;
  }
  const work = await mkdtemp(join(tmpdir(), "clippings-speed-"));
  const log = (s: string) => process.stdout.write(`${s}\n`);
  try {
    log("bench:speed: preparing the unique pages (HTML and text scrapes)…");
    const unique = await uniquePages(join(tmpdir(), "clippings-speed-pages"));
    const lines: string[] = [];
    const runs: string[] = [];

    // 1. Single thread, same AEB pages: parse-only floor, clippings, Readability.
    const aebPages = (articleExtractionBenchmark() ?? []).map((p) => ({
      path: p.path,
      url: p.url,
      html: gunzipSync(readFileSync(p.path)).toString("utf8"),
    }));
    log(`bench:speed: single-thread comparison on ${aebPages.length} article-extraction-benchmark pages…`);
    const parseMs = await perPage(aebPages, (p) => parseHtml({ id: "x", source: p.path, raw: p.html }));
    const clippingsMs = await perPage(aebPages, (p) => extractFile(p.path, p.url));
    let peerFailures = 0;
    const readabilityMs = await perPage(aebPages, (p) => {
      try {
        return readabilityExtract(p.html, p.url);
      } catch {
        // jsdom's CSS parser throws on a few pages; the time spent up to the throw still counts.
        peerFailures += 1;
        return null;
      }
    });

    // 2. HTML throughput on the AEB pages, text throughput, the mixed corpus and its scaling.
    const measureCorpus = async (label: string, n: number, sources: UniqueFile[][]) => {
      log(`bench:speed: ${label}: building ${fmt(n)} documents…`);
      const corpus = join(work, "corpus");
      const bytes = await buildCorpus(corpus, n, sources);
      log(`bench:speed: ${label}: running…`);
      const m = measure(corpus, join(work, "out"), args.threads);
      log(
        `  ${fmt(m.documents)} documents in ${fmt(m.seconds, 1)} s: ${fmt(m.documents / m.seconds, 1)} documents/s, peak RSS ${fmt(m.maxRssMb)} MB`,
      );
      await rm(join(work, "out"), { recursive: true, force: true });
      runs.push(runRow(label, m, bytes));
      return { m, bytes };
    };
    const htmlRun = await measureCorpus("HTML, article-extraction-benchmark pages", args.htmlN, [unique.aeb]);
    const textRun = await measureCorpus("text scrapes of all pages + samples", args.textN, [unique.text]);
    const mixed = await measureCorpus(`mixed HTML + text, N = ${fmt(args.n)}`, args.n, [
      unique.html,
      unique.text,
    ]);
    const scaling: ScalingPoint[] = [];
    for (const n of args.scaling) {
      // The main mixed run already is the point at its own size: measuring it twice would only cost time.
      if (n === args.n) {
        scaling.push({ n, m: mixed.m });
        continue;
      }
      const { m } = await measureCorpus(`mixed, scaling ${fmt(n)}`, n, [unique.html, unique.text]);
      scaling.push({ n, m });
    }

    const htmlRate = htmlRun.m.documents / htmlRun.m.seconds;
    const textRate = textRun.m.documents / textRun.m.seconds;
    const floorRate = (1000 / parseMs) * args.threads;
    const [l1, l5] = loadavg();
    lines.push(
      "# Speed benchmark",
      "",
      `Written by \`npm run bench:speed\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}; worker threads: ${args.threads}. Load average when the report was written: ${fmt(l1 ?? 0, 1)} (1 min), ${fmt(l5 ?? 0, 1)} (5 min): the cores are shared with other work, so these figures are a lower bound of what the code does on an idle machine.`,
      "",
      "Every run is the whole `clippings run` pipeline (list → read/parse → clean → extract → spool → link → CSV and JSONL files) in its own process, over a corpus cycling the pages of ../shared/datasets (1,971 pages) and the five samples, as HTML files and as text scrapes made with html-to-text; repeated pages are hard links, cached by the operating system. MB/s counts the bytes of the input files.",
      "",
      "## Throughput",
      "",
      "| corpus | documents | seconds | documents/s | MB/s | peak RSS MB | articles/errors | accounted |",
      "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
      ...runs,
      "",
      "## Targets",
      "",
      "| target | measured | met |",
      "| --- | --- | --- |",
      `| HTML ≥ 200 documents/s on 2 cores (AEB pages) | ${fmt(htmlRate, 1)} documents/s on ${args.threads} threads | ${htmlRate >= 200 ? "yes" : "**no**"} |`,
      `| HTML within 3× of the parse-only floor | floor ${fmt(floorRate, 0)} documents/s on ${args.threads} threads (single-thread parse rate × threads): clippings is ${fmt(floorRate / htmlRate, 1)}× slower | ${floorRate / htmlRate <= 3 ? "yes" : "**no**"} |`,
      `| text scrapes ≥ 2,000 documents/s on 2 cores | ${fmt(textRate, 1)} documents/s | ${textRate >= 2000 ? "yes" : "**no**"} |`,
      `| peak RSS under 250 MB | ${fmt(Math.max(...[htmlRun, textRun, mixed].map((r) => r.m.maxRssMb), ...scaling.map((s) => s.m.maxRssMb)))} MB at most | ${Math.max(...[htmlRun, textRun, mixed].map((r) => r.m.maxRssMb), ...scaling.map((s) => s.m.maxRssMb)) < 250 ? "yes" : "**no**"} |`,
      flatnessRow(scaling),
      "",
      "## Single thread, same 181 HTML pages",
      "",
      "| pass | ms a page | pages/s | × parse-only |",
      "| --- | ---: | ---: | ---: |",
      `| HTML parser only (read from memory, parseHtml) | ${fmt(parseMs, 2)} | ${fmt(1000 / parseMs, 1)} | 1.0 |`,
      `| clippings parse → clean → extract (extractFile) | ${fmt(clippingsMs, 2)} | ${fmt(1000 / clippingsMs, 1)} | ${fmt(clippingsMs / parseMs, 1)} |`,
      `| Mozilla Readability 0.6 on jsdom | ${fmt(readabilityMs, 2)} | ${fmt(1000 / readabilityMs, 1)} | ${fmt(readabilityMs / parseMs, 1)} |`,
      "",
      `Readability threw on ${peerFailures} of the ${aebPages.length + 20} calls (jsdom's CSS parser); their time up to the throw is included.`,
      "",
      `clippings against Readability: ${fmt(readabilityMs / clippingsMs, 2)}× ${readabilityMs >= clippingsMs ? "faster" : "slower"} a page (clippings also extracts dates, outlets, authors, datelines and quotes with speakers).`,
      "",
      `## Where the time goes (mixed corpus, N = ${fmt(args.n)})`,
      "",
      ...stageTable(mixed.m),
      "",
      "## Scaling",
      "",
      "CPU seconds are the process's user and system time, every thread summed: unlike wall-clock seconds they hardly move when other work shares the cores, so their cost per 1,000 documents is the linearity measure.",
      "",
      "| documents | seconds | documents/s | seconds per 1,000 | CPU seconds per 1,000 | peak RSS MB |",
      "| ---: | ---: | ---: | ---: | ---: | ---: |",
      ...scaling.map(
        ({ n, m }) =>
          `| ${fmt(n)} | ${fmt(m.seconds, 1)} | ${fmt(m.documents / m.seconds, 1)} | ${fmt((1000 * m.seconds) / m.documents, 2)} | ${fmt((1000 * m.cpuSeconds) / m.documents, 2)} | ${fmt(m.maxRssMb)} |`,
      ),
      "",
      ...scalingVerdicts(scaling),
    );
    await mkdir(dirname(args.report), { recursive: true });
    await writeFile(args.report, `${lines.join("\n")}\n`);
    log(`bench:speed: wrote ${args.report}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:speed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
