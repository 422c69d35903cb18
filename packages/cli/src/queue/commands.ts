import { type OutputFormat, OutputFormatSchema } from "@clippings/core";
import { type Command, Option } from "commander";
import { DEFAULT_OUTLETS, positiveInt } from "../cli-options.js";
import { loadOutletRegistry } from "../config.js";
import { addLimitOptions, documentLimitsFrom, type LimitOptionValues } from "../limit-options.js";
import { DEFAULT_QUEUE_NAME } from "./connection.js";

const DEFAULT_RECORDS_PER_JOB = 200;
const DEFAULT_ATTEMPTS = 3;
const DEFAULT_LOCK_MS = 30_000;

// Each command imports its module (BullMQ, Redis client, the extraction stages) when it runs, so that the other
// commands, `clippings run` above all, do not load them.

/** The distributed mode: `enqueue` lists the work on a BullMQ queue in Redis, `worker`s do it, `merge` joins it. */
export function addQueueCommands(program: Command): void {
  const enqueue = program
    .command("enqueue")
    .description(
      "list inputs as jobs on a Redis-backed queue (BullMQ) for `clippings worker` on any number of machines",
    )
    .argument(
      "<paths...>",
      "input files, folders or glob patterns, as for `run` (WARC files are cut into record ranges)",
    )
    .requiredOption("--queue <url>", "the Redis server, e.g. redis://10.0.0.5:6379/0")
    .option("--name <queue>", "queue name, to keep several corpora apart on one Redis", DEFAULT_QUEUE_NAME)
    .option("--records-per-job <n>", "WARC records per job", positiveInt, DEFAULT_RECORDS_PER_JOB)
    .option(
      "--attempts <n>",
      "tries per job before its input becomes an errors.csv row",
      positiveInt,
      DEFAULT_ATTEMPTS,
    );
  addLimitOptions(enqueue).action(
    async (
      paths: string[],
      opts: LimitOptionValues & {
        queue: string;
        name: string;
        recordsPerJob: number;
        attempts: number;
      },
    ) => {
      const { enqueueInputs } = await import("./enqueue.js");
      const summary = await enqueueInputs({
        inputs: paths,
        queueUrl: opts.queue,
        queueName: opts.name,
        settings: {
          maxBytes: opts.maxBytes,
          limits: documentLimitsFrom(opts),
          today: new Date().toISOString().slice(0, 10),
        },
        recordsPerJob: opts.recordsPerJob,
        attempts: opts.attempts,
      });
      process.stdout.write(
        `clippings enqueue: run ${summary.run}: ${summary.jobs} jobs from ${summary.inputs} inputs on queue "${opts.name}"\n  start workers: clippings worker --queue ${opts.queue} --name ${opts.name} --out <dir>\n`,
      );
    },
  );

  program
    .command("worker")
    .description("take jobs from the queue and write this worker's results to a shard in --out/shards")
    .requiredOption("--queue <url>", "the Redis server, e.g. redis://10.0.0.5:6379/0")
    .requiredOption(
      "-o, --out <dir>",
      "the output folder shared by the run's workers (its shards/ subfolder)",
    )
    .option("--name <queue>", "queue name", DEFAULT_QUEUE_NAME)
    .option("-t, --threads <n>", "worker threads in this process", positiveInt, 1)
    .option("--outlets <file>", "outlet registry", DEFAULT_OUTLETS)
    .option(
      "--lock-ms <ms>",
      "a job whose worker stops renewing its lock this long is handed to another worker",
      positiveInt,
      DEFAULT_LOCK_MS,
    )
    .option(
      "--until-empty",
      "exit once no job is waiting or under way anywhere (default: wait for work until stopped)",
    )
    .action(
      async (opts: {
        queue: string;
        out: string;
        name: string;
        threads: number;
        outlets: string;
        lockMs: number;
        untilEmpty?: boolean;
      }) => {
        const controller = new AbortController();
        const stop = () => {
          if (controller.signal.aborted) process.exit(143);
          process.stderr.write("\nclippings worker: stopping after the jobs under way\n");
          controller.abort();
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
        const { runQueueWorker } = await import("./worker.js");
        const summary = await runQueueWorker({
          queueUrl: opts.queue,
          queueName: opts.name,
          outDir: opts.out,
          registry: await loadOutletRegistry(opts.outlets),
          threads: opts.threads,
          lockMs: opts.lockMs,
          untilEmpty: opts.untilEmpty ?? false,
          signal: controller.signal,
        });
        process.stdout.write(
          `clippings worker: ${summary.jobs} jobs, ${summary.documents} documents, ${summary.failed} jobs failed on every attempt; wrote ${summary.shard}\n`,
        );
      },
    );

  program
    .command("merge")
    .description(
      "join the workers' shards in <dir> into the dataset files, link the corpus, check every job once",
    )
    .argument("<dir>", "the --out folder of the workers")
    .addOption(
      new Option("-f, --format <format>", "which dataset files to write")
        .choices(OutputFormatSchema.options)
        .default("both"),
    )
    .option("--raw-csv", "write CSV cells exactly, without neutralising formula-like cells")
    .action(async (dir: string, opts: { format: OutputFormat; rawCsv?: boolean }) => {
      const { formatMergeSummary, mergeShards } = await import("./merge.js");
      const summary = await mergeShards({ dir, format: opts.format, rawCsv: opts.rawCsv ?? false });
      process.stdout.write(`${formatMergeSummary(summary)}\n`);
      if (!summary.accounted) process.exitCode = 1;
    });
}
