import { createHash, type Hash } from "node:crypto";
import { basename } from "node:path";
import {
  type Article,
  ArticleSchema,
  ConfigError,
  type OutletRegistry,
  type OutputFormat,
  runOrdered,
} from "@clippings/core";
import { createDatasetWriter, type DatasetWriter, type WrittenFiles } from "@clippings/export";
import type { RegistryIndex } from "@clippings/extract";
import { articleSignature, type CorpusLinks, linkCorpus } from "@clippings/link";
import { type InputEntry, listInputs } from "@clippings/parse";
import { DocumentPool, defaultWorkerScript } from "./document-pool.js";
import {
  type EntryResult,
  noTimes,
  processEntry,
  type TaskSettings,
  type TaskTimes,
} from "./document-task.js";
import { DEFAULT_LIMITS, type Limits } from "./limits.js";
import {
  type RunManifest,
  type RunSettings,
  readManifest,
  removeManifest,
  settingsMismatch,
  writeManifest,
} from "./run-manifest.js";
import { SignatureSpool } from "./signature-spool.js";

export interface WorkerOptions {
  /** The outlet registry as data: each worker thread builds its own index from it. */
  registry: OutletRegistry;
  /** The compiled worker module (default: dist/document-worker.js). */
  script?: URL;
  /** Runs with fewer input files than this stay in this thread: starting threads would cost more than it saves. */
  minFiles?: number;
}

export interface RunOptions {
  inputs: string[];
  outDir: string;
  format: OutputFormat;
  registry: RegistryIndex;
  /** Worker threads when `workers` is given; otherwise input files read at once in this thread. */
  concurrency: number;
  maxBytes: number;
  today: string;
  limits?: Limits;
  /** CSV cells exactly as extracted, formula-like ones included. */
  rawCsv?: boolean;
  /** Parse, clean and extract on a pool of `concurrency` worker threads. */
  workers?: WorkerOptions | null;
  /** Continue the unfinished run whose manifest is in outDir (a fresh run when there is none). */
  resume?: boolean;
  /** Stops intake; documents under way are finished and written, then the run is left resumable. */
  signal?: AbortSignal;
  /** How often progress is saved to the run manifest (default 2 s); each save syncs the files to disk. */
  checkpointMs?: number;
  /** Called as inputs are listed and done: done so far, and inputs listed so far. */
  onProgress?: (done: number, total: number) => void;
  /** Told what the run does after the last input: linking the corpus, then writing the dataset files. */
  onPhase?: (what: string) => void;
  /** Receives every article as it is written, e.g. to score it against golden files. */
  onArticle?: (article: Article) => void;
}

/** Seconds per stage. parse/clean/extract/output are summed over threads; the rest are this thread's. */
export interface StageSeconds extends TaskTimes {
  /** Reading an earlier part's articles back when resuming. */
  resume: number;
  /** Appending rows to the spool and errors.csv, and checkpoints. */
  write: number;
  link: number;
  /** Writing the final files from the spool. */
  close: number;
}

export interface RunSummary {
  inputs: number;
  /** The corpus-level results, for scoring against golden links. */
  links: CorpusLinks;
  stories: number;
  quoteGroups: number;
  /** Every document is in exactly one place: the articles written plus the error rows written. */
  accounted: boolean;
  documents: number;
  articles: number;
  quotes: number;
  errors: number;
  /** WARC records that are not HTML pages (requests, metadata, other media, redirects): not documents. */
  skipped: number;
  seconds: number;
  files: WrittenFiles;
  /** Stopped by the signal: no final files yet, the manifest tells --resume where to go on. */
  interrupted: boolean;
  /** Inputs done by an earlier, interrupted part of this run. */
  resumedInputs: number;
  /** Worker threads used; 0 when everything ran in this thread. */
  threads: number;
  stages: StageSeconds;
}

const CHECKPOINT_MS = 2_000;
// Each worker thread spends about two seconds loading and warming the extractors: not worth it for a few files.
const DEFAULT_MIN_FILES = 64;
const EMPTY_LINKS: CorpusLinks = {
  articles: new Map(),
  stories: [],
  quoteGroups: [],
  quoteGroupOf: new Map(),
};

function entryKey(entry: InputEntry): string {
  return entry.kind === "file" ? `file:${entry.path}\n` : `error:${entry.row.source}\n`;
}

/** Reads the first `count` entries and hands them back with everything after, so a small run can be spotted. */
async function peek(
  entries: AsyncIterator<InputEntry>,
  count: number,
): Promise<{ head: InputEntry[]; ended: boolean }> {
  const head: InputEntry[] = [];
  while (head.length < count) {
    const next = await entries.next();
    if (next.done) return { head, ended: true };
    head.push(next.value);
  }
  return { head, ended: false };
}

async function openWriter(options: RunOptions, manifest: RunManifest | null): Promise<DatasetWriter> {
  const writerOptions = {
    outDir: options.outDir,
    format: options.format,
    rawCsv: options.rawCsv,
    // The article files are written after the document threads have ended: as many threads may write them.
    threads: options.workers ? options.concurrency : 1,
  };
  if (!manifest) return createDatasetWriter(writerOptions);
  try {
    return await createDatasetWriter({ ...writerOptions, resume: manifest.writer });
  } catch (err) {
    throw new ConfigError(
      `${options.outDir}: cannot resume, the unfinished files do not match the run manifest (${err instanceof Error ? err.message : String(err)}); run without --resume to start over`,
    );
  }
}

/**
 * Lists, reads, cleans and extracts every input and writes the dataset; every input ends in articles or errors.
 * Inputs are listed lazily and flow through a bounded window, on worker threads when asked; results are written
 * in input order as they come, and the articles' compact link signatures wait on disk for the link stage.
 */
export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const settings: RunSettings = {
    inputs: options.inputs,
    format: options.format,
    rawCsv: options.rawCsv ?? false,
    maxBytes: options.maxBytes,
    limits,
  };
  const manifest = options.resume ? await readManifest(options.outDir) : null;
  if (manifest) {
    const mismatch = settingsMismatch(manifest, settings);
    if (mismatch)
      throw new ConfigError(
        `${options.outDir}: the unfinished run there had other settings (${mismatch}); run without --resume to start over`,
      );
  }
  const task: TaskSettings = { maxBytes: options.maxBytes, limits, today: manifest?.today ?? options.today };
  const writer = await openWriter(options, manifest);
  const stages: StageSeconds = { ...noTimes(), resume: 0, write: 0, link: 0, close: 0 };
  const counts = { ...(manifest?.counts ?? { documents: 0, articles: 0, quotes: 0, errors: 0 }) };
  // Not in the manifest: a resumed run counts the records skipped since it resumed.
  let skipped = 0;

  // The link stage needs the whole corpus: each article's compact signature waits for it on disk.
  const signatures = await SignatureSpool.create(options.outDir);
  const resumeStarted = performance.now();
  if (manifest)
    for await (const article of writer.spooledArticles()) {
      await signatures.add(articleSignature(article));
      options.onArticle?.(article);
    }
  stages.resume = (performance.now() - resumeStarted) / 1000;

  const skip = manifest?.inputsDone ?? 0;
  const listing: Hash = createHash("sha256");
  const listed = listInputs(options.inputs)[Symbol.asyncIterator]();
  let total = 0;
  for (let i = 0; i < skip; i += 1) {
    const next = await listed.next();
    if (next.done) break;
    listing.update(entryKey(next.value));
    total += 1;
  }
  if (manifest && listing.copy().digest("hex") !== manifest.listing)
    throw new ConfigError(
      `${options.outDir}: the inputs are not the ones the unfinished run listed (files were added, removed or renamed); run without --resume to start over`,
    );

  const { head, ended } = await peek(listed, options.workers?.minFiles ?? DEFAULT_MIN_FILES);
  const script = options.workers ? (options.workers.script ?? defaultWorkerScript()) : null;
  const pool =
    options.workers && script && !ended
      ? new DocumentPool({
          threads: options.concurrency,
          registry: options.workers.registry,
          settings: task,
          script,
        })
      : null;

  let done = skip;
  const signal = options.signal;
  async function* pending(): AsyncGenerator<InputEntry> {
    const more = async function* () {
      yield* head;
      if (!ended) for (let n = await listed.next(); !n.done; n = await listed.next()) yield n.value;
    };
    for await (const entry of more()) {
      if (signal?.aborted) return;
      total += 1;
      options.onProgress?.(done, total);
      yield entry;
    }
  }

  const manifestNow = async (): Promise<RunManifest> => ({
    version: 1,
    settings,
    today: task.today,
    inputsDone: done,
    listing: listing.copy().digest("hex"),
    counts: { ...counts },
    writer: await writer.checkpoint(),
  });
  let lastCheckpoint = performance.now();
  // A run killed at any point after this can be resumed: the manifest always describes whole rows on disk.
  await writeManifest(options.outDir, await manifestNow());

  const emit = async ({ entry, result }: { entry: InputEntry; result: EntryResult }) => {
    const writeStarted = performance.now();
    for (const key of ["parse", "clean", "extract", "output"] as const)
      stages[key] += result.times[key] / 1000;
    skipped += result.skipped;
    for (const outcome of result.outcomes) {
      counts.documents += 1;
      if (outcome.ok) {
        counts.articles += 1;
        counts.quotes += outcome.quotes;
        await writer.writeArticleJson(outcome.json);
        await signatures.add(outcome.signature);
        if (options.onArticle)
          options.onArticle(ArticleSchema.parse(JSON.parse(Buffer.from(outcome.json).toString("utf8"))));
      } else {
        counts.errors += 1;
        await writer.writeError(outcome.row);
      }
    }
    listing.update(entryKey(entry));
    done += 1;
    options.onProgress?.(done, total);
    if (performance.now() - lastCheckpoint >= (options.checkpointMs ?? CHECKPOINT_MS)) {
      await writeManifest(options.outDir, await manifestNow());
      lastCheckpoint = performance.now();
    }
    stages.write += (performance.now() - writeStarted) / 1000;
  };

  const work = async (entry: InputEntry) => ({
    entry,
    result: pool ? await pool.run(entry) : await processEntry(entry, task, options.registry),
  });
  // With threads, two tasks a thread keep each one busy while this thread writes; the window bounds memory.
  const inFlight = pool ? options.concurrency * 2 : options.concurrency;
  try {
    await runOrdered(pending(), work, emit, { concurrency: inFlight, window: inFlight * 4 });
  } catch (err) {
    await writer.suspend().catch(() => undefined);
    await signatures.remove().catch(() => undefined);
    throw err;
  } finally {
    // On a failure the writer is left unclosed, so no half-written file takes a final name; the manifest stays,
    // so the run can be resumed.
    await pool?.destroy();
  }

  const summaryOf = (links: CorpusLinks, files: WrittenFiles, accounted: boolean): RunSummary => ({
    inputs: total,
    links,
    stories: links.stories.length,
    quoteGroups: links.quoteGroups.length,
    accounted,
    ...counts,
    skipped,
    seconds: (performance.now() - started) / 1000,
    files,
    interrupted: signal?.aborted === true,
    resumedInputs: skip,
    threads: pool ? options.concurrency : 0,
    stages,
  });

  if (signal?.aborted) {
    await writeManifest(options.outDir, await manifestNow());
    await writer.suspend();
    await signatures.remove();
    return summaryOf(EMPTY_LINKS, { files: [] }, counts.articles + counts.errors === counts.documents);
  }

  options.onPhase?.(
    `linking ${counts.articles.toLocaleString("en-US")} articles into stories and quote groups`,
  );
  const linkStarted = performance.now();
  // After the worker threads have ended, so that the signatures never share memory with them.
  const links = linkCorpus(await signatures.readAll());
  await signatures.remove();
  const closeStarted = performance.now();
  stages.link = (closeStarted - linkStarted) / 1000;
  options.onPhase?.("writing the dataset files");
  const files = await writer.close(links);
  await removeManifest(options.outDir);
  stages.close = (performance.now() - closeStarted) / 1000;
  const rowsOf = (name: string) => files.files.find((f) => basename(f.path) === name)?.rows;
  const articleRows = rowsOf("articles.csv") ?? rowsOf("articles.jsonl");
  const accounted =
    counts.articles + counts.errors === counts.documents &&
    articleRows === counts.articles &&
    rowsOf("errors.csv") === counts.errors;
  return summaryOf(links, files, accounted);
}
