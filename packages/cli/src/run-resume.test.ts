import { spawnSync } from "node:child_process";
import { appendFile, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError } from "@clippings/core";
import { ERRORS_PARTIAL, SPOOL_PARTIAL } from "@clippings/export";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MANIFEST_NAME, readManifest } from "./run-manifest.js";
import { type RunOptions, runPipeline } from "./run-pipeline.js";
import { DATASET_FILES, repoRoot, TEST_RUN_SETTINGS } from "./test-context.js";

const FILES = DATASET_FILES;
const SAMPLES = join(repoRoot, "corpus/japan-nato");
let dir = "";
let inputs = "";

const options = (out: string, extra: Partial<RunOptions> = {}): RunOptions => ({
  inputs: [inputs],
  outDir: join(dir, out),
  ...TEST_RUN_SETTINGS,
  ...extra,
});

async function expectSameFiles(out: string): Promise<void> {
  for (const name of FILES)
    expect(await readFile(join(dir, out, name), "utf8"), name).toBe(
      await readFile(join(dir, "whole", name), "utf8"),
    );
  expect((await readdir(join(dir, out))).sort()).toEqual([...FILES].sort());
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "clippings-resume-"));
  inputs = join(dir, "in");
  await mkdir(inputs);
  // Six rounds of the samples under new names, with bad files between them: 33 inputs, 34 documents.
  const samples = (await readdir(SAMPLES)).filter((name) => name.endsWith(".txt"));
  for (let round = 0; round < 6; round += 1)
    for (const name of samples) await copyFile(join(SAMPLES, name), join(inputs, `${round}-${name}`));
  await writeFile(join(inputs, "2-empty.txt"), "");
  await writeFile(join(inputs, "4-menu.txt"), "Home\nNews\nSport\n");
  await writeFile(join(inputs, "5-records.jsonl"), '{"id":"r1","text":"Headline\\nToo short."}\nnot json\n');
  const whole = await runPipeline(options("whole"));
  expect(whole).toMatchObject({ inputs: 33, documents: 34, accounted: true, interrupted: false });
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("--resume", { timeout: 120_000 }, () => {
  it("stops on the signal, leaves no final file, and resumes past torn rows to the uninterrupted run's files", async () => {
    const stop = new AbortController();
    const first = await runPipeline(
      options("stopped", { signal: stop.signal, onProgress: (done) => done >= 10 && stop.abort() }),
    );
    expect(first.interrupted).toBe(true);
    expect(first.documents).toBeLessThan(34);
    const left = await readdir(join(dir, "stopped"));
    for (const name of FILES) expect(left).not.toContain(name);
    const manifest = await readManifest(join(dir, "stopped"));
    expect(manifest?.inputsDone).toBeGreaterThanOrEqual(10);
    expect(manifest?.counts.documents).toBe(first.documents);
    // What a kill in the middle of a write leaves: half a row after the checkpoint.
    await appendFile(join(dir, "stopped", SPOOL_PARTIAL), '{"id":"torn","sou');
    await appendFile(join(dir, "stopped", ERRORS_PARTIAL), "torn.txt,parse,emp");

    const second = await runPipeline(options("stopped", { resume: true }));
    expect(second).toMatchObject({ interrupted: false, documents: 34, accounted: true });
    expect(second.resumedInputs).toBe(manifest?.inputsDone);
    await expectSameFiles("stopped");
  });

  it("resumes a process killed outright (SIGKILL) part way", async () => {
    // A separate process runs the compiled runner and kills itself after its twelfth input, as a crash would.
    const script = join(dir, "killed-run.mjs");
    const runner = pathToFileURL(join(repoRoot, "packages/cli/dist/run-pipeline.js")).href;
    const context = pathToFileURL(join(repoRoot, "packages/cli/dist/test-context.js")).href;
    await writeFile(
      script,
      `import { runPipeline } from ${JSON.stringify(runner)};
import { TEST_RUN_SETTINGS } from ${JSON.stringify(context)};
await runPipeline({
  ...TEST_RUN_SETTINGS, inputs: [${JSON.stringify(inputs)}], outDir: ${JSON.stringify(join(dir, "killed"))}, checkpointMs: 0,
  onProgress: (done) => { if (done >= 12) process.kill(process.pid, "SIGKILL"); },
});
`,
    );
    const child = spawnSync(process.execPath, [script], { encoding: "utf8" });
    expect(child.signal).toBe("SIGKILL");
    const manifest = await readManifest(join(dir, "killed"));
    expect(manifest?.inputsDone).toBe(11);
    const resumed = await runPipeline(options("killed", { resume: true }));
    expect(resumed).toMatchObject({ resumedInputs: 11, documents: 34, accounted: true });
    await expectSameFiles("killed");
  });

  it("refuses to resume with other settings, and starts afresh when there is nothing to resume", async () => {
    const stop = new AbortController();
    await runPipeline(
      options("other", { signal: stop.signal, onProgress: (done) => done >= 3 && stop.abort() }),
    );
    await expect(runPipeline(options("other", { resume: true, format: "csv" }))).rejects.toThrow(ConfigError);
    await rm(join(dir, "other", MANIFEST_NAME));
    const fresh = await runPipeline(options("other", { resume: true }));
    expect(fresh).toMatchObject({ resumedInputs: 0, documents: 34, accounted: true });
    await expectSameFiles("other");
  });
});
