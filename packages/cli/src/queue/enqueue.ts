import { randomUUID } from "node:crypto";
import { type InputEntry, listInputs, warcRanges } from "@clippings/parse";
import { type JobsOptions, Queue } from "bullmq";
import type { TaskSettings } from "../document-task.js";
import { queueConnection } from "./connection.js";
import { jobId, type QueueJob } from "./jobs.js";

export interface EnqueueOptions {
  inputs: string[];
  queueUrl: string;
  queueName: string;
  settings: TaskSettings;
  /** WARC files are cut into jobs of at most this many records, so one large file spreads over many workers. */
  recordsPerJob: number;
  /** Tries per job before its input is recorded as an error row. */
  attempts: number;
  onProgress?: (jobs: number) => void;
}

export interface EnqueueSummary {
  run: string;
  jobs: number;
  /** Input entries listed (a WARC file counts once, whatever its number of jobs). */
  inputs: number;
}

const BATCH = 500;

/** Lists the inputs in the local runner's order, cutting each WARC file into record-aligned byte ranges. */
async function* jobEntries(inputs: string[], recordsPerJob: number): AsyncGenerator<InputEntry> {
  for await (const entry of listInputs(inputs)) {
    if (entry.kind !== "file" || entry.format !== "warc") {
      yield entry;
      continue;
    }
    let ranges: Awaited<ReturnType<typeof warcRanges>>;
    try {
      ranges = await warcRanges(entry.path, recordsPerJob);
    } catch {
      // Unreadable: the worker's reader turns the whole file into the error row the local runner would write.
      yield entry;
      continue;
    }
    for (const range of ranges) yield { ...entry, range };
  }
}

/**
 * Puts one job per input (one per WARC range) on the queue, numbered in listing order, then a seal job that
 * tells the merge how many jobs the run has. Every job carries the run's settings, so workers need no other state.
 */
export async function enqueueInputs(options: EnqueueOptions): Promise<EnqueueSummary> {
  const run = randomUUID();
  const queue = new Queue(options.queueName, { connection: queueConnection(options.queueUrl) });
  const opts: JobsOptions = {
    attempts: options.attempts,
    backoff: { type: "exponential", delay: 1_000 },
    removeOnComplete: true,
    removeOnFail: false,
  };
  let seq = 0;
  let inputs = 0;
  let batch: { name: string; data: QueueJob; opts: JobsOptions }[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await queue.addBulk(batch);
    batch = [];
    options.onProgress?.(seq);
  };
  try {
    let lastPath: string | null = null;
    for await (const entry of jobEntries(options.inputs, options.recordsPerJob)) {
      const key = entry.kind === "file" ? entry.path : `error:${entry.row.source}`;
      if (key !== lastPath) inputs += 1;
      lastPath = key;
      const data: QueueJob = { type: "entry", run, seq, entry, settings: options.settings };
      batch.push({ name: "entry", data, opts: { ...opts, jobId: jobId(run, seq) } });
      seq += 1;
      if (batch.length >= BATCH) await flush();
    }
    batch.push({
      name: "seal",
      data: { type: "seal", run, jobs: seq },
      opts: { ...opts, jobId: jobId(run, "seal") },
    });
    await flush();
  } finally {
    await queue.close();
  }
  return { run, jobs: seq, inputs };
}
