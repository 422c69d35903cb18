/**
 * The distributed mode against a real Redis server (.ci/run starts one on 127.0.0.1:6390; CLIPPINGS_TEST_REDIS
 * names another). Without one these tests are skipped, saying so, so that `npm test` runs on any machine.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createConnection } from "node:net";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, OutletRegistrySchema } from "@clippings/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import registryJson from "../../../../outlets/outlets.json" with { type: "json" };
import { processEntry } from "../document-task.js";
import { runPipeline } from "../run-pipeline.js";
import { DATASET_FILES, repoRoot, testRegistry } from "../test-context.js";
import { enqueueInputs } from "./enqueue.js";
import type { EntryJob } from "./jobs.js";
import { mergeShards } from "./merge.js";
import { SHARD_DIR } from "./shard.js";
import { writeTestCorpus } from "./test-corpus.js";
import { runQueueWorker } from "./worker.js";

const REDIS = process.env.CLIPPINGS_TEST_REDIS ?? "redis://127.0.0.1:6390/0";
const FILES = DATASET_FILES;
const BIN = join(repoRoot, "packages/cli/bin/clippings.js");
const today = new Date().toISOString().slice(0, 10);
const settings = { maxBytes: 1_000_000, limits: { maxBlocks: 50_000, timeBudgetMs: 10_000 }, today };

/** Whether a Redis server answers PING at the URL's host and port. */
function redisAnswers(url: string): Promise<boolean> {
  const { hostname: host, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.on("error", () => done(false));
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

const reachable = await redisAnswers(REDIS);
// CI names its Redis: there a missing server is a failure, not a reason to skip.
const required = process.env.CLIPPINGS_TEST_REDIS !== undefined;
if (!reachable && !required)
  console.warn(
    `queue tests skipped: no Redis at ${REDIS} (start redis-server --port 6390, or set CLIPPINGS_TEST_REDIS)`,
  );

let dir = "";
let inputs = "";
beforeAll(async () => {
  if (!reachable) return;
  dir = await mkdtemp(join(tmpdir(), "clippings-queue-"));
  inputs = await writeTestCorpus(dir, 4);
  const local = await runPipeline({
    inputs: [inputs],
    outDir: join(dir, "local"),
    format: "both",
    registry: testRegistry,
    concurrency: 1,
    maxBytes: settings.maxBytes,
    limits: settings.limits,
    today,
  });
  expect(local).toMatchObject({ accounted: true, errors: 5 });
  expect(local.skipped).toBeGreaterThan(0);
}, 120_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function expectSameAsLocal(out: string): Promise<void> {
  for (const name of FILES)
    expect(await readFile(join(dir, out, name), "utf8"), name).toBe(
      await readFile(join(dir, "local", name), "utf8"),
    );
}

const queueName = (what: string) => `clippings-test-${what}-${process.pid}-${Date.now()}`;

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.on("exit", (code) => resolve(code));
  });
}

describe.runIf(required && !reachable)("distributed mode without its Redis", () => {
  it("fails when CLIPPINGS_TEST_REDIS names a Redis that does not answer", () => {
    expect.fail(`no Redis answers at CLIPPINGS_TEST_REDIS=${REDIS}`);
  });
});

describe.skipIf(!reachable)("distributed mode on a real Redis", () => {
  it("three worker processes, one killed mid-run, merge into the files of a local run, row for row", async () => {
    const name = queueName("kill");
    const enqueued = await enqueueInputs({
      inputs: [inputs],
      queueUrl: REDIS,
      queueName: name,
      settings,
      recordsPerJob: 3,
      attempts: 3,
    });
    expect(enqueued.jobs).toBeGreaterThan(25);
    const out = join(dir, "distributed");
    const workers = [0, 1, 2].map(() =>
      spawn(
        process.execPath,
        [BIN, "worker", "--queue", REDIS, "--name", name, "--out", out, "--until-empty", "--lock-ms", "2000"],
        { stdio: ["ignore", "pipe", "inherit"] },
      ),
    );
    const [victim, ...rest] = workers;
    if (!victim) throw new Error("no worker started");
    // Kill the first worker with SIGKILL as soon as it has written a job: it is then in the middle of the next.
    const shardPrefix = `${hostname()}-${victim.pid}-`;
    const shardLines = async () => {
      const names = await readdir(join(out, SHARD_DIR)).catch(() => [] as string[]);
      const mine = names.find((n) => n.startsWith(shardPrefix));
      return mine ? (await readFile(join(out, SHARD_DIR, mine), "utf8")).split("\n").length - 1 : 0;
    };
    const deadline = Date.now() + 60_000;
    while ((await shardLines()) < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await shardLines()).toBeGreaterThanOrEqual(1);
    victim.kill("SIGKILL");
    const codes = await Promise.all(rest.map(exited));
    expect(codes).toEqual([0, 0]);
    const merged = await mergeShards({ dir: out, format: "both" });
    expect(merged).toMatchObject({ jobs: enqueued.jobs, shards: 3, accounted: true });
    await expectSameAsLocal("distributed");
  }, 150_000);

  it("retries a failing job a bounded number of times, then records it as an error row; merge drops duplicates and refuses a missing job", async () => {
    const name = queueName("retry");
    const enqueued = await enqueueInputs({
      inputs: [inputs],
      queueUrl: REDIS,
      queueName: name,
      settings,
      recordsPerJob: 50,
      attempts: 2,
    });
    const tries = new Map<number, number>();
    // Job 1 fails every time, job 2 only the first time; the rest run through the stages as usual.
    const flaky = (job: EntryJob) => {
      const n = (tries.get(job.seq) ?? 0) + 1;
      tries.set(job.seq, n);
      if (job.seq === 1 || (job.seq === 2 && n === 1)) throw new Error(`injected failure ${n}`);
      return processEntry(job.entry, job.settings, testRegistry);
    };
    const out = join(dir, "retry");
    const summary = await runQueueWorker({
      queueUrl: REDIS,
      queueName: name,
      outDir: out,
      registry: OutletRegistrySchema.parse(registryJson),
      threads: 1,
      lockMs: 5_000,
      untilEmpty: true,
      process: flaky,
    });
    expect(tries.get(1)).toBe(2);
    expect(tries.get(2)).toBe(2);
    expect(summary).toMatchObject({ jobs: enqueued.jobs, failed: 1 });
    const merged = await mergeShards({ dir: out, format: "both" });
    expect(merged.accounted).toBe(true);
    const errors = await readFile(join(out, "errors.csv"), "utf8");
    expect(errors).toContain("failed on all 2 attempts on the queue (injected failure 2)");

    // A job's line found again in another shard (a job redone after its worker died) is dropped.
    const shard = (await readdir(join(out, SHARD_DIR)))[0] ?? "";
    const lines = (await readFile(join(out, SHARD_DIR, shard), "utf8")).split("\n");
    const job3 = lines.find((l) => l.includes('"seq":3,')) ?? "";
    await appendFile(join(out, SHARD_DIR, "zz-copy.jsonl"), `${job3}\n{"run":"torn`);
    const again = await mergeShards({ dir: out, format: "both" });
    expect(again).toMatchObject({ duplicates: 1, torn: 1, documents: merged.documents, accounted: true });

    // A job with no result anywhere: the merge names it and writes nothing.
    await rm(join(out, SHARD_DIR, "zz-copy.jsonl"));
    await writeFile(join(out, SHARD_DIR, shard), lines.filter((l) => l !== job3).join("\n"));
    await expect(mergeShards({ dir: out, format: "both" })).rejects.toThrow(ConfigError);
    await expect(mergeShards({ dir: out, format: "both" })).rejects.toThrow(/jobs 3\)/);
  }, 120_000);
});
