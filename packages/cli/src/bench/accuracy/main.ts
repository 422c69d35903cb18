/**
 * `npm run bench:accuracy`: clippings and Mozilla Readability on the public benchmark sets in
 * ../shared/datasets (see report.ts for what is measured). Prints the table, writes
 * reports/benchmarks/accuracy.md and the per-page detail in out/bench-accuracy/<set>.jsonl.
 *
 *   --limit N        pages per set, for quick runs
 *   --sets a,b       any of aeb, htmldate, trafilatura (default: all three)
 *   --no-peer        skip Readability
 */
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ConfigError } from "@clippings/core";
import { repoRoot } from "../../test-context.js";
import {
  articleExtractionBenchmark,
  type BenchmarkPage,
  DATASETS_DIR,
  htmldateEval,
  trafilaturaEval,
} from "../datasets.js";
import { type Prediction, predictOurs, predictPeer } from "./predict.js";
import {
  type PageFailure,
  renderReport,
  renderTable,
  SET_TITLES,
  type SetId,
  type SetResult,
} from "./report.js";
import { aebScorer, htmldateScorer, type Scorer, trafilaturaScorer } from "./scorers.js";

const SET_IDS: readonly SetId[] = ["aeb", "htmldate", "trafilatura"];

interface Options {
  limit: number | null;
  sets: SetId[];
  peer: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      limit: { type: "string" },
      sets: { type: "string" },
      "no-peer": { type: "boolean", default: false },
    },
  });
  let limit: number | null = null;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1)
      throw new ConfigError(`--limit: "${values.limit}" is not a positive whole number`);
  }
  const sets = (values.sets ?? SET_IDS.join(",")).split(",").map((s) => s.trim());
  for (const s of sets) {
    if (!SET_IDS.includes(s as SetId))
      throw new ConfigError(`--sets: "${s}" is not one of ${SET_IDS.join(", ")}`);
  }
  return { limit, sets: sets as SetId[], peer: !values["no-peer"] };
}

/** Runs one set when its folder is there; null when it is absent. */
function runNamedSet(id: SetId, options: Options, outDir: string): Promise<SetResult> | null {
  if (id === "aeb") {
    const pages = articleExtractionBenchmark();
    return pages && runSet(id, pages, aebScorer, options, outDir);
  }
  if (id === "htmldate") {
    const pages = htmldateEval();
    return pages && runSet(id, pages, htmldateScorer, options, outDir);
  }
  const pages = trafilaturaEval();
  return pages && runSet(id, pages, trafilaturaScorer, options, outDir);
}

/** A counter on stderr: rewritten in place on a terminal, one line per `milestone` in a log. */
function progress(text: string, milestone: boolean): void {
  if (process.stderr.isTTY) process.stderr.write(`\r${text}${milestone ? "\n" : ""}`);
  else if (milestone) process.stderr.write(`${text}\n`);
}

const shortPath = (text: string) => text.split(DATASETS_DIR).join("../shared/datasets");

function commitHash(): string | null {
  try {
    const hash = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: repoRoot,
      encoding: "utf8",
    }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], {
      cwd: repoRoot,
      encoding: "utf8",
    }).trim();
    return dirty === "" ? hash : `${hash} (with uncommitted changes)`;
  } catch {
    return null;
  }
}

async function runSet<T>(
  id: SetId,
  allPages: BenchmarkPage<T>[],
  scorer: () => Scorer<T>,
  options: Options,
  outDir: string,
): Promise<SetResult> {
  const pages = options.limit === null ? allPages : allPages.slice(0, options.limit);
  const ours = scorer();
  const peer = options.peer ? scorer() : null;
  const seconds = { ours: 0, peer: options.peer ? 0 : null };
  const failures: PageFailure[] = [];
  const detail = createWriteStream(join(outDir, `${id}.jsonl`));
  const timed = async (run: () => Promise<Prediction>) => {
    const started = performance.now();
    const prediction = await run();
    return { prediction, seconds: (performance.now() - started) / 1000 };
  };
  for (const [i, page] of pages.entries()) {
    progress(`${SET_TITLES[id]} ${i + 1}/${pages.length}`, i + 1 === pages.length || (i + 1) % 100 === 0);
    const a = await timed(() => predictOurs(page.path, page.url));
    seconds.ours += a.seconds;
    if (a.prediction.error)
      failures.push({
        key: page.key,
        url: page.url,
        system: "clippings",
        error: shortPath(a.prediction.error),
      });
    let b: Prediction | null = null;
    if (peer !== null && seconds.peer !== null) {
      const run = await timed(() => predictPeer(page.path, page.url));
      seconds.peer += run.seconds;
      b = run.prediction;
      if (b.error)
        failures.push({ key: page.key, url: page.url, system: "Readability", error: shortPath(b.error) });
    }
    const line = {
      key: page.key,
      url: page.url,
      truth: page.truth,
      ours: a.prediction,
      peer: b,
      scores: { ours: ours.add(page.truth, a.prediction), peer: b && peer ? peer.add(page.truth, b) : null },
    };
    if (!detail.write(`${JSON.stringify(line)}\n`)) await once(detail, "drain");
  }
  detail.end();
  await once(detail, "finish");
  process.stderr.write("\n");
  return {
    set: id,
    pages: pages.length,
    ours: ours.measures(),
    peer: peer?.measures() ?? null,
    seconds,
    failures,
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync(DATASETS_DIR)) {
    process.stdout.write(`bench:accuracy: ${DATASETS_DIR} is absent; nothing to measure\n`);
    return;
  }
  const outDir = join(repoRoot, "out/bench-accuracy");
  await mkdir(outDir, { recursive: true });
  const results: SetResult[] = [];
  const missing: SetId[] = [];
  for (const id of options.sets) {
    const run = runNamedSet(id, options, outDir);
    if (run === null) {
      process.stdout.write(`bench:accuracy: ${SET_TITLES[id]} is not in ${DATASETS_DIR}; skipped\n`);
      missing.push(id);
      continue;
    }
    results.push(await run);
  }
  const info = {
    date: new Date().toISOString().slice(0, 10),
    commit: commitHash(),
    limit: options.limit,
    missing,
  };
  const report = renderReport(results, info);
  await mkdir(join(repoRoot, "reports/benchmarks"), { recursive: true });
  await writeFile(join(repoRoot, "reports/benchmarks/accuracy.md"), report);
  process.stdout.write(renderTable(results));
  process.stdout.write(`\nwrote reports/benchmarks/accuracy.md and out/bench-accuracy/<set>.jsonl\n`);
}

await main();
