/**
 * A worker thread of the document pool (piscina): parse → clean → extract for one input file at a time. It is
 * loaded from the compiled dist/ code; the outlet registry comes once per thread, as workerData.
 */
import { workerData } from "node:worker_threads";
import { OutletRegistrySchema } from "@clippings/core";
import { RegistryIndex } from "@clippings/extract";
import type { InputEntry } from "@clippings/parse";
import { move, transferableSymbol, valueSymbol } from "piscina";
import { type EntryResult, processEntry, type TaskSettings } from "./document-task.js";

export interface WorkerTask {
  entry: InputEntry;
  settings: TaskSettings;
}

const registry = new RegistryIndex(
  OutletRegistrySchema.parse((workerData as { registry: unknown }).registry),
);

/**
 * The result, with the articles' bytes moved to the main thread rather than copied: piscina sends the wrapped
 * EntryResult with the buffers as its transfer list, and the pool receives the EntryResult.
 */
export default async function runTask(task: WorkerTask): Promise<ReturnType<typeof move>> {
  const result: EntryResult = await processEntry(task.entry, task.settings, registry);
  const buffers = result.outcomes.flatMap((outcome) => (outcome.ok ? [outcome.json.buffer] : []));
  return move({ [transferableSymbol]: buffers, [valueSymbol]: result });
}
