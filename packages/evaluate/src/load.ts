import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type Golden,
  type GoldenLinks,
  GoldenLinksSchema,
  GoldenSchema,
  type QuotesBenchmarkGolden,
  QuotesBenchmarkGoldenSchema,
} from "@clippings/core";

export const LINKS_FILE = "links.json";

import { type AccuracyReport, AccuracyReportSchema } from "./report-schema.js";

export class GoldenFileError extends Error {
  override readonly name = "GoldenFileError";
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, "utf8"));
  } catch (err) {
    throw new GoldenFileError(`${path}: ${(err as Error).message}`);
  }
}

/** Every `<id>.json` golden file of a folder, validated; a bad file is named with the field that is wrong. */
export async function loadGoldenDir(dir: string): Promise<Map<string, Golden>> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".json") && n !== LINKS_FILE).sort();
  } catch (err) {
    throw new GoldenFileError(`golden folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const goldens = new Map<string, Golden>();
  for (const name of names) {
    const path = join(dir, name);
    const parsed = GoldenSchema.safeParse(await readJson(path));
    if (!parsed.success) {
      const issues = parsed.error.issues
        .map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`)
        .join("; ");
      throw new GoldenFileError(`${path}: ${issues}`);
    }
    goldens.set(name.replace(/\.json$/, ""), parsed.data);
  }
  return goldens;
}

/** Every `<page-sha>.json` of a quotes-benchmark folder, validated; the file name must be the page's id. */
export async function loadQuotesBenchmarkDir(dir: string): Promise<QuotesBenchmarkGolden[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  } catch (err) {
    throw new GoldenFileError(`golden folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const goldens: QuotesBenchmarkGolden[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const parsed = QuotesBenchmarkGoldenSchema.safeParse(await readJson(path));
    if (!parsed.success) {
      const issues = parsed.error.issues
        .map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`)
        .join("; ");
      throw new GoldenFileError(`${path}: ${issues}`);
    }
    if (`${parsed.data.id}.json` !== name)
      throw new GoldenFileError(`${path}: id ${parsed.data.id} does not match the file name`);
    goldens.push(parsed.data);
  }
  return goldens;
}

/** The corpus-level golden file of a folder, or null when the pipeline has none. */
export async function loadGoldenLinks(dir: string): Promise<GoldenLinks | null> {
  const path = join(dir, LINKS_FILE);
  if (!existsSync(path)) return null;
  const parsed = GoldenLinksSchema.safeParse(await readJson(path));
  if (!parsed.success) {
    throw new GoldenFileError(
      `${path}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  return parsed.data;
}

export async function readReport(path: string): Promise<AccuracyReport> {
  const parsed = AccuracyReportSchema.safeParse(await readJson(path));
  if (!parsed.success)
    throw new GoldenFileError(`${path}: not an accuracy report (${parsed.error.issues[0]?.message ?? ""})`);
  return parsed.data;
}
