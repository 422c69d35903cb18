/**
 * The public benchmark sets in ../shared/datasets, read and validated. Each page comes with its truth;
 * the pages stay outside the repository (see ../shared/datasets/README.md).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { repoRoot } from "../test-context.js";

export const DATASETS_DIR = join(repoRoot, "../shared/datasets");

export interface BenchmarkPage<T> {
  /** Key of the page in its truth file. */
  key: string;
  /** Path of the gzipped HTML page. */
  path: string;
  url: string;
  truth: T;
}

const AebTruthSchema = z.record(z.string(), z.object({ articleBody: z.string(), url: z.string() }));
export type AebTruth = { articleBody: string };

const HtmldateTruthSchema = z.record(z.string(), z.object({ file: z.string(), date: z.string() }));
export type HtmldateTruth = { date: string };

const TrafilaturaTruthSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    with: z.array(z.string()),
    without: z.array(z.string()),
    title: z.string().optional(),
    // A few pages list several authors; one string joined by "; " keeps the scoring the same for all.
    author: z
      .union([z.string(), z.array(z.string())])
      .transform((a) => (typeof a === "string" ? a : a.join("; ")))
      .optional(),
    date: z.string().optional(),
    sitename: z.string().optional(),
  }),
);
export type TrafilaturaTruth = z.infer<typeof TrafilaturaTruthSchema>[string];

function readTruth<S extends z.ZodType>(dir: string, file: string, schema: S): z.infer<S> | null {
  const path = join(DATASETS_DIR, dir, file);
  if (!existsSync(path)) return null;
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path}: not the expected truth shape: ${parsed.error.message}`);
  return parsed.data;
}

/** The article-extraction-benchmark pages, or null when the folder is absent. */
export function articleExtractionBenchmark(): BenchmarkPage<AebTruth>[] | null {
  const truth = readTruth("article-extraction-benchmark", "ground-truth.json", AebTruthSchema);
  if (!truth) return null;
  return Object.entries(truth)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, t]) => ({
      key,
      path: join(DATASETS_DIR, "article-extraction-benchmark/html", `${key}.html.gz`),
      url: t.url,
      truth: { articleBody: t.articleBody },
    }));
}

/** The htmldate-eval pages, or null when the folder is absent. */
export function htmldateEval(): BenchmarkPage<HtmldateTruth>[] | null {
  const truth = readTruth("htmldate-eval", "truth.json", HtmldateTruthSchema);
  if (!truth) return null;
  return Object.entries(truth)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([url, t]) => ({
      key: t.file,
      path: join(DATASETS_DIR, "htmldate-eval/html", `${t.file}.gz`),
      url,
      truth: { date: t.date },
    }));
}

/** The trafilatura-eval pages, or null when the folder is absent. */
export function trafilaturaEval(): BenchmarkPage<TrafilaturaTruth>[] | null {
  const truth = readTruth("trafilatura-eval", "truth.json", TrafilaturaTruthSchema);
  if (!truth) return null;
  return Object.entries(truth)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([url, t]) => ({
      key: t.file,
      path: join(DATASETS_DIR, "trafilatura-eval/html", `${t.file}.gz`),
      url,
      truth: t,
    }));
}
