/**
 * A worker thread of the document pool (piscina): parse → clean → extract for one input file at a time. It is
 * loaded from the compiled dist/ code; the outlet registry comes once per thread, as workerData.
 */
import { workerData } from "node:worker_threads";
import { OutletRegistrySchema } from "@clippings/core";
import { RegistryIndex } from "@clippings/extract";
import type { InputEntry } from "@clippings/parse";
import { type EntryResult, processEntry, type TaskSettings } from "./document-task.js";

export interface WorkerTask {
  entry: InputEntry;
  settings: TaskSettings;
}

const registry = new RegistryIndex(
  OutletRegistrySchema.parse((workerData as { registry: unknown }).registry),
);

export default function runTask(task: WorkerTask): Promise<EntryResult> {
  return processEntry(task.entry, task.settings, registry);
}
