import { setFlagsFromString } from "node:v8";
import {
  compiledWorkerScript,
  letThreadsSizeTheirYoungGeneration,
  type OutletRegistry,
} from "@clippings/core";
import { type InputEntry, idOf } from "@clippings/parse";
import { Piscina } from "piscina";
import { type EntryResult, noTimes, type TaskSettings } from "./document-task.js";
import type { WorkerTask } from "./document-worker.js";

/** The compiled document worker (see compiledWorkerScript). */
export function defaultWorkerScript(): URL | null {
  return compiledWorkerScript(import.meta.url, "document-worker.js");
}

export interface DocumentPoolOptions {
  threads: number;
  registry: OutletRegistry;
  settings: TaskSettings;
  script: URL;
}

// Heap of one worker thread: a runaway document ends its thread (and becomes an error row), not the run.
const WORKER_HEAP_MB = 1024;
// V8 lets a busy thread's young generation grow to about 48 MB and keeps it for the thread's life. 16 MB took
// the peak RSS of a two-thread run over 1,500 files from 374 to 341 MB at the same speed; 8 MB took 500 of those
// files from 285 to 267 MB for 2% more CPU time: a document's short-lived objects fit in it, and what
// outlives a scavenge is the document's working set, which no young generation size keeps out of the old one.
export const WORKER_YOUNG_MB = 8;
// How far V8 lets a heap grow past what survived its last full collection before it collects again (V8's
// --heap-growing-percent). Left to itself, with the threads' 1 GB heap limit, V8 lets a heap reach about 1.6
// times its live objects, and a worker's live objects (the models of extract, the document's working set) are
// mostly long-lived while its garbage is a document's copies and token lists. It costs CPU time, since full
// collections come more often: over all 1,500 files (with the 8 MB young generation above, runs side by side),
// 30% took peak RSS from 295 to 258 MB for 12% more CPU time, 50% to 271 MB for 5% more.
// The flag is the process's, not a thread's: V8 reads it at each full collection of every heap, so it holds for the
// command's own thread as well from the moment a pool is made.
export const HEAP_GROWING_PERCENT = 30;

/**
 * A pool of worker threads running parse → clean → extract. A thread that dies on a document (out of memory,
 * a crash, a stall past the hard deadline) turns that input into an errors.csv row; piscina starts a new thread
 * and the run goes on.
 */
export class DocumentPool {
  private readonly pool: Piscina<WorkerTask, EntryResult>;
  // Clean and extract stop themselves at the time budget; this deadline catches a thread stuck anywhere else.
  private readonly deadlineMs: number;

  constructor(private readonly options: DocumentPoolOptions) {
    letThreadsSizeTheirYoungGeneration();
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    this.pool = new Piscina<WorkerTask, EntryResult>({
      filename: options.script.href,
      minThreads: options.threads,
      maxThreads: options.threads,
      idleTimeout: 60_000,
      workerData: { registry: options.registry },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    this.deadlineMs = options.settings.limits.timeBudgetMs * 3 + 30_000;
  }

  async run(entry: InputEntry): Promise<EntryResult> {
    if (entry.kind === "error")
      return { outcomes: [{ ok: false, row: entry.row }], times: noTimes(), skipped: 0 };
    // A JSONL or WARC file holds many documents, each under its own budget: no deadline for the whole file.
    const many = entry.format === "jsonl" || entry.format === "warc";
    const signal = many ? undefined : AbortSignal.timeout(this.deadlineMs);
    try {
      return await this.pool.run({ entry, settings: this.options.settings }, { signal });
    } catch (err) {
      const timedOut = signal?.aborted === true;
      const why = timedOut
        ? `not finished after ${this.deadlineMs} ms, so its worker thread was stopped`
        : `its worker thread stopped (${err instanceof Error ? err.message : String(err)})`;
      return {
        outcomes: [
          {
            ok: false,
            row: {
              source: entry.path,
              id: idOf(entry.path),
              stage: "parse",
              error: timedOut ? "time-budget" : "stage-failed",
              message: `${entry.path}: ${why}; the run went on without it`,
            },
          },
        ],
        times: noTimes(),
        skipped: 0,
      };
    }
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}
