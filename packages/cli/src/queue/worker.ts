import type { OutletRegistry } from "@clippings/core";
import { idOf } from "@clippings/parse";
import { type Job, Queue, Worker } from "bullmq";
import { DocumentPool, defaultWorkerScript } from "../document-pool.js";
import type { EntryResult } from "../document-task.js";
import { queueConnection } from "./connection.js";
import { type EntryJob, QueueJobSchema } from "./jobs.js";
import { type JobLine, ShardWriter } from "./shard.js";

export interface QueueWorkerOptions {
  queueUrl: string;
  queueName: string;
  outDir: string;
  registry: OutletRegistry;
  /** Worker threads running parse → clean → extract in this process. */
  threads: number;
  /**
   * How long a job's lock lasts without renewal: a worker that dies mid-job has its job handed to another worker
   * after about this long (BullMQ's stalled-job check runs at the same interval).
   */
  lockMs: number;
  /** Stop once no job is waiting, delayed or under way anywhere (otherwise wait for more work until stopped). */
  untilEmpty: boolean;
  signal?: AbortSignal;
  /** Runs one input through the stages; by default the local runner's worker-thread pool. For tests. */
  process?: (job: EntryJob) => Promise<EntryResult>;
  onJob?: (seq: number, documents: number) => void;
}

export interface QueueWorkerSummary {
  shard: string;
  jobs: number;
  documents: number;
  /** Jobs that failed on every attempt and were recorded as error rows. */
  failed: number;
}

// A job that is stalled (its worker gone) more often than this is failed by BullMQ instead of handed on again.
const MAX_STALLED = 3;
const IDLE_POLL_MS = 500;

/** The error rows of a job that failed on every attempt: one row for the input, naming the last failure. */
function failedJobLine(job: EntryJob, attempts: number, err: unknown): JobLine {
  const { entry } = job;
  const why = err instanceof Error ? err.message : String(err);
  const row =
    entry.kind === "error"
      ? entry.row
      : {
          source: entry.range ? `${entry.path}@${entry.range.start}` : entry.path,
          id: idOf(entry.path),
          stage: "parse" as const,
          error: "stage-failed" as const,
          message: `${entry.path}${entry.range ? ` bytes ${entry.range.start}-${entry.range.end}` : ""}: failed on all ${attempts} attempts on the queue (${why})`,
        };
  return { run: job.run, seq: job.seq, skipped: 0, outcomes: [{ ok: false, row }] };
}

/**
 * A queue worker: takes jobs from the BullMQ queue, runs each input through parse → clean → extract with the
 * local runner's pool and stage code, and appends each job's results to this worker's own shard before
 * acknowledging the job. A job that throws is retried up to its attempts and then written as an error row.
 */
export async function runQueueWorker(options: QueueWorkerOptions): Promise<QueueWorkerSummary> {
  const connection = queueConnection(options.queueUrl);
  const shard = await ShardWriter.create(options.outDir);
  const summary: QueueWorkerSummary = { shard: shard.path, jobs: 0, documents: 0, failed: 0 };
  // One pool per run settings (a queue normally carries one run), created on the first job that needs it.
  const pools = new Map<string, DocumentPool>();
  const defaultProcess = (job: EntryJob): Promise<EntryResult> => {
    const key = JSON.stringify(job.settings);
    let pool = pools.get(key);
    if (!pool) {
      const script = defaultWorkerScript();
      if (!script) throw new Error("the cli package is not built (dist/document-worker.js is missing)");
      pool = new DocumentPool({
        threads: options.threads,
        registry: options.registry,
        settings: job.settings,
        script,
      });
      pools.set(key, pool);
    }
    return pool.run(job.entry);
  };
  const process = options.process ?? defaultProcess;

  const handle = async (job: Job): Promise<number> => {
    const data = QueueJobSchema.parse(job.data);
    if (data.type === "seal") {
      await shard.append({ run: data.run, seal: data.jobs });
      return 0;
    }
    let line: JobLine;
    try {
      const result = await process(data);
      line = {
        run: data.run,
        seq: data.seq,
        skipped: result.skipped,
        outcomes: result.outcomes.map((o) =>
          o.ok ? { ok: true as const, json: Buffer.from(o.json).toString("utf8") } : o,
        ),
      };
    } catch (err) {
      const attempts = job.opts.attempts ?? 1;
      // attemptsMade counts the failed attempts before this one.
      if (job.attemptsMade + 1 < attempts) throw err;
      line = failedJobLine(data, attempts, err);
      summary.failed += 1;
    }
    await shard.append(line);
    summary.jobs += 1;
    summary.documents += line.outcomes.length;
    options.onJob?.(data.seq, line.outcomes.length);
    return line.outcomes.length;
  };

  const worker = new Worker(options.queueName, handle, {
    connection,
    concurrency: Math.max(1, options.threads * 2),
    lockDuration: options.lockMs,
    stalledInterval: options.lockMs,
    maxStalledCount: MAX_STALLED,
  });
  const queue = new Queue(options.queueName, { connection });
  worker.on("error", (err) => globalThis.process.stderr.write(`clippings worker: ${err.message}\n`));
  try {
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      options.signal?.addEventListener("abort", stop, { once: true });
      if (options.signal?.aborted) stop();
      if (!options.untilEmpty) return;
      const poll = async () => {
        try {
          const counts = await queue.getJobCounts("wait", "active", "delayed", "prioritized");
          if (Object.values(counts).every((n) => n === 0)) return stop();
        } catch (err) {
          globalThis.process.stderr.write(`clippings worker: ${(err as Error).message}\n`);
        }
        setTimeout(poll, IDLE_POLL_MS);
      };
      setTimeout(poll, IDLE_POLL_MS);
    });
  } finally {
    // Finishes the jobs under way (their lines are written) before the process lets go of them.
    await worker.close();
    await queue.close();
    await Promise.all([...pools.values()].map((p) => p.destroy()));
    await shard.close();
  }
  return summary;
}
