import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "@clippings/core";
import { findRegressions, readReport } from "@clippings/evaluate";
import { RegistryIndex } from "@clippings/extract";
import { DEFAULT_MAX_BYTES } from "@clippings/parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadOutletRegistry, loadPipelineConfig } from "./config.js";
import { evaluateArticles } from "./evaluation.js";
import { type RunSummary, runPipeline } from "./run-pipeline.js";

const repo = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * The default pipeline scored against its golden files must not fall below the committed report: a drop in any
 * field of any source fails here, and the committed report changes only when someone re-runs `npm run eval`.
 */
describe("japan-nato golden files", () => {
  const articles = new Map<string, Article>();
  let out = "";
  let summary: RunSummary;

  // A whole run over the samples: seconds when idle, more on a loaded two-core runner.
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), "clippings-golden-"));
    const config = await loadPipelineConfig(join(repo, "pipelines/japan-nato.json"));
    const registry = await loadOutletRegistry(config.outlets);
    summary = await runPipeline({
      inputs: config.inputs,
      outDir: out,
      format: "both",
      registry: new RegistryIndex(registry),
      concurrency: 2,
      maxBytes: DEFAULT_MAX_BYTES,
      today: "2026-01-01",
      onArticle: (a) => articles.set(a.id, a),
    });
  }, 60_000);

  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it("turns every sample into an article", () => {
    expect(summary.errors).toBe(0);
    expect(summary.articles).toBe(5);
  });

  it("scores no field below the committed report", async () => {
    const config = await loadPipelineConfig(join(repo, "pipelines/japan-nato.json"));
    const registry = await loadOutletRegistry(config.outlets);
    if (!config.golden || !config.report)
      throw new Error("the japan-nato pipeline names its golden and report folders");
    const current = await evaluateArticles(config.name, articles, config.golden, registry, summary.links);
    const committed = await readReport(join(config.report, "accuracy.json"));
    expect(findRegressions(current, committed)).toEqual([]);
  });
});
