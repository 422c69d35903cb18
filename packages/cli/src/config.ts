import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import {
  ConfigError,
  type OutletRegistry,
  OutletRegistrySchema,
  type PipelineConfig,
  PipelineConfigSchema,
} from "@clippings/core";
import type { z } from "zod";

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`).join("; ");
}

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new ConfigError(
      `cannot read ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${what} ${path} is not valid JSON: ${(err as Error).message}`);
  }
}

/** A pipeline config with every path resolved against the config file's folder. */
export async function loadPipelineConfig(path: string): Promise<PipelineConfig> {
  const parsed = PipelineConfigSchema.safeParse(await readJson(path, "pipeline config"));
  if (!parsed.success) throw new ConfigError(`pipeline config ${path}: ${describeIssues(parsed.error)}`);
  const base = dirname(resolve(path));
  const at = (p: string) => resolve(base, p);
  const config = parsed.data;
  return {
    ...config,
    inputs: config.inputs.map(at),
    out: at(config.out),
    golden: config.golden === null ? null : at(config.golden),
    report: config.report === null ? null : at(config.report),
    outlets: at(config.outlets),
  };
}

export async function loadOutletRegistry(path: string): Promise<OutletRegistry> {
  const parsed = OutletRegistrySchema.safeParse(await readJson(path, "outlet registry"));
  if (!parsed.success) throw new ConfigError(`outlet registry ${path}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}
