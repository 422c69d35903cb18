import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadOutletRegistry } from "./config.js";
import { DocumentPool, defaultWorkerScript, WORKER_YOUNG_MB } from "./document-pool.js";
import { DEFAULT_LIMITS } from "./limits.js";
import { type RunOptions, runPipeline } from "./run-pipeline.js";
import { DATASET_FILES, repoRoot, TEST_RUN_SETTINGS } from "./test-context.js";

const FILES = DATASET_FILES;
let dir = "";
let inputs = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "clippings-pool-"));
  inputs = join(dir, "in");
  await mkdir(inputs);
  for (const name of ["001_16a9fa1af672aac9.txt", "002_3c4a113a75d83a71.txt", "004_e429cedbafb3f5ea.txt"])
    await copyFile(join(repoRoot, "corpus/japan-nato", name), join(inputs, name));
  await writeFile(join(inputs, "empty.txt"), "");
  await writeFile(join(inputs, "menu.txt"), "Home\nNews\nSport\n");
  await writeFile(
    join(inputs, "records.jsonl"),
    `${JSON.stringify({ id: "r1", text: "Headline\nThe council voted on Monday to expand the bus network, adding four routes." })}\nnot json\n`,
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(out: string, extra: Partial<RunOptions>) {
  return runPipeline({
    inputs: [inputs],
    outDir: join(dir, out),
    ...TEST_RUN_SETTINGS,
    ...extra,
  });
}

/** Runs a measuring worker script once on a pool of one thread and gives back the number it returns. */
async function onePoolThread(script: string): Promise<number> {
  const registry = await loadOutletRegistry(join(repoRoot, "outlets/outlets.json"));
  const pool = new DocumentPool({
    threads: 1,
    registry,
    settings: { maxBytes: 1_000_000, limits: DEFAULT_LIMITS, today: "2026-01-01" },
    script: pathToFileURL(script),
  });
  try {
    return (await pool.run({ kind: "file", path: "any.txt", format: "text" })) as unknown as number;
  } finally {
    await pool.destroy();
  }
}

describe("the worker-thread pool", { timeout: 60_000 }, () => {
  it("is built (worker threads load dist/, so the package must be compiled)", () => {
    expect(defaultWorkerScript()?.pathname).toMatch(/dist\/document-worker\.js$/);
  });

  it("writes byte for byte the files of the in-process run", async () => {
    const registry = await loadOutletRegistry(join(repoRoot, "outlets/outlets.json"));
    const inProcess = await run("in-process", {});
    const threaded = await run("threaded", { workers: { registry, minFiles: 0 } });
    expect(inProcess.threads).toBe(0);
    expect(threaded.threads).toBe(2);
    expect(threaded).toMatchObject({ documents: 7, articles: inProcess.articles, accounted: true });
    for (const name of FILES)
      expect(await readFile(join(dir, "threaded", name), "utf8")).toBe(
        await readFile(join(dir, "in-process", name), "utf8"),
      );
  });

  it("turns a worker thread that dies on a document into an error row for it, and goes on", async () => {
    await writeFile(join(inputs, "poison.txt"), "Headline\nA document on which the worker thread dies.\n");
    // A worker that ends its thread on one file, standing in for a crash or an out-of-memory end.
    const script = join(dir, "dying-worker.mjs");
    const real = defaultWorkerScript()?.href;
    await writeFile(
      script,
      `import runTask from ${JSON.stringify(real)};\nexport default (task) => {\n  if (task.entry.path?.endsWith("poison.txt")) process.exit(3);\n  return runTask(task);\n};\n`,
    );
    const registry = await loadOutletRegistry(join(repoRoot, "outlets/outlets.json"));
    const summary = await run("dying", { workers: { registry, minFiles: 0, script: pathToFileURL(script) } });
    await rm(join(inputs, "poison.txt"));
    expect(summary).toMatchObject({ documents: 8, errors: 4, accounted: true });
    const errors = await readFile(join(dir, "dying", "errors.csv"), "utf8");
    const poison = errors.split("\r\n").find((row) => row.includes("poison.txt")) ?? "";
    expect(poison).toContain("stage-failed");
    expect(poison).toContain("worker thread stopped");
    // Every other document is still there, as in the run without the poison file.
    expect(await readFile(join(dir, "dying", "articles.csv"), "utf8")).toBe(
      await readFile(join(dir, "in-process", "articles.csv"), "utf8"),
    );
  });

  it("gives its threads their own young generation when the process was started with a smaller one", async () => {
    // A worker that makes V8 grow its young generation as far as it may (objects outliving a few scavenges), and
    // says how large it grew.
    const script = join(dir, "young-worker.mjs");
    await writeFile(
      script,
      `import { getHeapSpaceStatistics } from "node:v8";
export default () => {
  const kept = [];
  for (let i = 0; i < 3e6; i += 1) { kept.push({ i }); if (kept.length > 3e5) kept.length = 0; }
  return getHeapSpaceStatistics().find((space) => space.space_name === "new_space").space_size;
};
`,
    );
    // As \`node --max-semi-space-size=1\` would: a young generation of two 1 MB semi-spaces for every thread.
    setFlagsFromString("--max-semi-space-size=1");
    try {
      const grown = await onePoolThread(script);
      expect(grown).toBeGreaterThan(2 * 1024 * 1024);
      // ... and no larger than the pool's own limit, smaller than V8's default for a thread.
      expect(grown).toBeLessThanOrEqual(WORKER_YOUNG_MB * 1024 * 1024);
    } finally {
      setFlagsFromString("--max-semi-space-size=0");
    }
  });
  it("lets its threads' heaps grow less past their live objects than V8 does by default", async () => {
    // A worker that keeps some 40 MB of objects, then makes objects that outlive the young generation and die in
    // the old one, and says how large its heap grew.
    const script = join(dir, "growing-worker.mjs");
    await writeFile(
      script,
      `import { getHeapStatistics } from "node:v8";
export default () => {
  const kept = [];
  for (let i = 0; i < 4e5; i += 1) kept.push({ i, name: "k" + i });
  const ring = new Array(1e5);
  let peak = 0;
  for (let i = 0; i < 4e6; i += 1) {
    ring[i % 1e5] = { i, list: [i] };
    if (i % 1e5 === 0) peak = Math.max(peak, getHeapStatistics().total_heap_size);
  }
  return kept.length > 0 ? peak : 0;
};
`,
    );
    // The same worker on a thread of its own, with the pool's heap limits and V8's default heap growth.
    setFlagsFromString("--heap-growing-percent=0");
    const alone = new Worker(
      `import(${JSON.stringify(pathToFileURL(script).href)}).then((m) => require("node:worker_threads").parentPort.postMessage(m.default()));`,
      {
        eval: true,
        resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      },
    );
    const byDefault = await new Promise<number>((resolve, reject) => {
      alone.once("message", resolve);
      alone.once("error", reject);
    });
    await alone.terminate();
    try {
      const pooled = await onePoolThread(script);
      expect(pooled).toBeGreaterThan(40 * 1024 * 1024);
      expect(pooled).toBeLessThan(byDefault * 0.9);
    } finally {
      setFlagsFromString("--heap-growing-percent=0");
    }
  });
});
