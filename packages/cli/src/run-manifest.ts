import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ConfigError, OutputFormatSchema } from "@clippings/core";
import { z } from "zod";

/** The run manifest's name inside the output folder; it exists while a run is unfinished. */
export const MANIFEST_NAME = ".clippings-run.json";

const CheckpointSchema = z.object({ bytes: z.number().int().min(0), rows: z.number().int().min(0) });

/** What must be the same for a resumed run to produce the files an uninterrupted run would. */
export const RunSettingsSchema = z.object({
  inputs: z.array(z.string()),
  format: OutputFormatSchema,
  rawCsv: z.boolean(),
  maxBytes: z.number().int(),
  limits: z.object({ maxBlocks: z.number().int(), timeBudgetMs: z.number().int() }),
});
export type RunSettings = z.infer<typeof RunSettingsSchema>;

export const RunManifestSchema = z.object({
  version: z.literal(1),
  settings: RunSettingsSchema,
  /** The run's day, kept so that a run resumed on a later day infers years as the first part did. */
  today: z.string(),
  /** Inputs whose documents are all written, in listing order. */
  inputsDone: z.number().int().min(0),
  /** SHA-256 of those inputs' paths, to notice a folder that changed between the two parts of a run. */
  listing: z.string(),
  counts: z.object({
    documents: z.number().int().min(0),
    articles: z.number().int().min(0),
    quotes: z.number().int().min(0),
    errors: z.number().int().min(0),
  }),
  /** Where the article spool and errors.csv ended when these inputs were written. */
  writer: z.object({ spool: CheckpointSchema, errors: CheckpointSchema }),
});
export type RunManifest = z.infer<typeof RunManifestSchema>;

/** The manifest of an unfinished run in `outDir`, or null when there is none. */
export async function readManifest(outDir: string): Promise<RunManifest | null> {
  const path = join(outDir, MANIFEST_NAME);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError(`${path}: not valid JSON; run without --resume to start over`);
  }
  const parsed = RunManifestSchema.safeParse(json);
  if (!parsed.success)
    throw new ConfigError(
      `${path}: not a clippings run manifest (${parsed.error.message}); run without --resume`,
    );
  return parsed.data;
}

/** Written under a temporary name and renamed, so the manifest on disk is always a whole one. */
export async function writeManifest(outDir: string, manifest: RunManifest): Promise<void> {
  const path = join(outDir, MANIFEST_NAME);
  const temp = `${path}.partial-${process.pid}`;
  await writeFile(temp, `${JSON.stringify(manifest)}\n`);
  await rename(temp, path);
}

export function removeManifest(outDir: string): Promise<void> {
  return rm(join(outDir, MANIFEST_NAME), { force: true });
}

/** Why a manifest's run cannot be resumed with these settings, or null when it can. */
export function settingsMismatch(manifest: RunManifest, settings: RunSettings): string | null {
  const was = manifest.settings;
  for (const key of Object.keys(settings) as (keyof RunSettings)[]) {
    if (JSON.stringify(was[key]) !== JSON.stringify(settings[key]))
      return `${key} was ${JSON.stringify(was[key])}, now ${JSON.stringify(settings[key])}`;
  }
  return null;
}
