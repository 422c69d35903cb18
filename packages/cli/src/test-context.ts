import { fileURLToPath } from "node:url";
import { OutletRegistrySchema } from "@clippings/core";
import { RegistryIndex } from "@clippings/extract";
import registryJson from "../../../outlets/outlets.json" with { type: "json" };
import { DEFAULT_LIMITS } from "./limits.js";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** The repository's outlet registry, validated, for tests that run whole documents through the stages. */
export const testRegistry = new RegistryIndex(OutletRegistrySchema.parse(registryJson));

/** Every file a run with `format: "both"` writes, for tests that compare two runs' output byte for byte. */
export const DATASET_FILES = [
  "articles.csv",
  "quotes.csv",
  "errors.csv",
  "articles.jsonl",
  "stories.csv",
  "quote_groups.csv",
] as const;

/**
 * The settings the runner tests share: both formats, the repository's registry, two workers, a fixed day. The
 * per-document time budget is a minute, not the command's 10 s: these tests compare what runs write, and on a
 * machine loaded by other work a document could otherwise become a time-budget error in one run and not the other.
 */
export const TEST_RUN_SETTINGS = {
  format: "both",
  registry: testRegistry,
  concurrency: 2,
  maxBytes: 1_000_000,
  today: "2026-01-01",
  limits: { ...DEFAULT_LIMITS, timeBudgetMs: 60_000 },
} as const;
