import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RegistryIndex } from "@clippings/extract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadOutletRegistry } from "./config.js";
import { buildProgram } from "./main.js";
import { runPipeline } from "./run-pipeline.js";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "clippings-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// A whole run over the samples: seconds when idle, more on a loaded two-core runner.
describe("runPipeline", { timeout: 60_000 }, () => {
  it("accounts for every input: samples as articles, bad files as error rows naming them", async () => {
    const inputs = join(dir, "mixed");
    await rm(inputs, { recursive: true, force: true });
    await mkdir(inputs);
    await copyFile(join(repo, "corpus/japan-nato/002_3c4a113a75d83a71.txt"), join(inputs, "good.txt"));
    await writeFile(join(inputs, "empty.txt"), "");
    await writeFile(join(inputs, "binary.txt"), Buffer.from([0, 1, 2, 3, 255, 254]));
    await writeFile(join(inputs, "big.txt"), "word ".repeat(30_000));
    await writeFile(join(inputs, "menu.txt"), "Home\nNews\nSport\n");
    const out = join(dir, "out");
    const summary = await runPipeline({
      inputs: [inputs, join(dir, "does-not-exist.txt")],
      outDir: out,
      format: "both",
      registry: new RegistryIndex(await loadOutletRegistry(join(repo, "outlets/outlets.json"))),
      concurrency: 3,
      maxBytes: 100_000,
      today: "2026-01-01",
    });
    expect(summary).toMatchObject({ inputs: 6, documents: 6, articles: 1, errors: 5 });
    expect(summary.articles + summary.errors).toBe(summary.documents);
    const errors = (await readFile(join(out, "errors.csv"), "utf8")).trim().split("\r\n").slice(1);
    expect(errors.map((row) => row.split(",").slice(1, 3).join(" "))).toEqual([
      "parse too-large",
      "parse binary",
      "parse empty",
      "extract no-article",
      "input not-found",
    ]);
    for (const name of ["big.txt", "binary.txt", "empty.txt", "menu.txt", "does-not-exist.txt"]) {
      expect(errors.some((row) => row.includes(name))).toBe(true);
    }
  });
});

describe("clippings --help", () => {
  it("explains every command", () => {
    const help = buildProgram().helpInformation();
    for (const command of ["run", "pipeline", "explain"]) expect(help).toContain(command);
    const run =
      buildProgram()
        .commands.find((c) => c.name() === "run")
        ?.helpInformation() ?? "";
    for (const option of ["--out", "--format", "--golden", "--max-bytes", "--concurrency"])
      expect(run).toContain(option);
  });
});
