import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { compiledWorkerScript, letThreadsSizeTheirYoungGeneration, type OutputFormat } from "@clippings/core";
import type { CorpusLinks } from "@clippings/link";
import { AtomicFile } from "./atomic-file.js";
import { ARTICLE_COLUMNS, type ArticleRow, QUOTE_COLUMNS, type QuoteRow } from "./columns.js";
import { CsvFile } from "./csv-file.js";
import { lineStarts } from "./read-lines.js";
import { type PartLinks, type PartRows, partLinks, renderSpoolPart, type SpoolPart } from "./spool-part.js";

export interface ArticleFilesOptions {
  outDir: string;
  format: OutputFormat;
  raw: boolean;
  /** The spool of articles as JSON lines, and its length in bytes. */
  spool: string;
  spoolBytes: number;
  spoolRows: number;
  links: CorpusLinks | null;
  /** Threads the rows may be written on; 1 writes them in this thread. */
  threads: number;
  /** Spools with more rows than this are written in this thread (default 30,000), to bound memory. */
  maxThreadedRows?: number;
}

// Below this many articles, starting threads (each loads the schemas and columns) costs more than it saves.
const MIN_ROWS_PER_THREAD = 500;
// Above this many, the rows are written in this thread. Each writing thread's heap grows with the rows it writes,
// on top of what this thread holds by then for the corpus's links: writing 100,000 articles on two threads added
// some 195 MB of RSS with the command's heap settings, while over 30,000 documents the run's peak (321 MB) still
// came while documents were processed.
const MAX_THREADED_ROWS = 30_000;
// The rows of one article are hundreds of short-lived strings and objects; a young generation this large lets most
// of them die there, where the command's own small one (see the CLI's command flags) promotes many to the old one.
const PART_YOUNG_MB = 16;

const PART_FILE = /^\.(?:articles\.csv|quotes\.csv|articles\.jsonl)\.part-\d+$/;

/** Part files left by a run killed while writing its files, which may have used more threads than this one. */
async function removeStaleParts(outDir: string): Promise<void> {
  const names = await readdir(outDir);
  await Promise.all(
    names.filter((name) => PART_FILE.test(name)).map((name) => rm(join(outDir, name), { force: true })),
  );
}

function renderOnThread(script: URL, part: SpoolPart, links: PartLinks | null): Promise<PartRows> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, {
      workerData: { part, links },
      resourceLimits: { maxYoungGenerationSizeMb: PART_YOUNG_MB },
    });
    let result: PartRows | null = null;
    worker.once("message", (rows: PartRows) => {
      result = rows;
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (result) resolve(result);
      else
        reject(
          new Error(
            `${part.spool}: the thread writing bytes ${part.from}-${part.to} stopped (exit code ${code})`,
          ),
        );
    });
  });
}

/**
 * Writes articles.csv, quotes.csv and articles.jsonl (as the format asks) from the spool, under their temporary
 * names, ready to commit. The spool is cut into slices of whole lines, each written by its own thread into part
 * files, which are then joined in order after the header rows: the same bytes as one pass over the spool.
 */
export async function renderArticleFiles(options: ArticleFilesOptions): Promise<{
  articles: CsvFile<ArticleRow> | null;
  quotes: CsvFile<QuoteRow> | null;
  jsonl: AtomicFile | null;
  /** How many threads wrote the rows: 1 when this thread did. */
  threads: number;
}> {
  const { outDir, format, raw } = options;
  const at = (name: string) => join(outDir, name);
  const script =
    options.threads > 1 && options.spoolRows <= (options.maxThreadedRows ?? MAX_THREADED_ROWS)
      ? compiledWorkerScript(import.meta.url, "spool-part-worker.js")
      : null;
  const threads = script
    ? Math.max(1, Math.min(options.threads, Math.floor(options.spoolRows / MIN_ROWS_PER_THREAD)))
    : 1;
  const cuts = threads > 1 ? await lineStarts(options.spool, options.spoolBytes, threads) : [];
  const starts = [0, ...cuts, options.spoolBytes];
  await removeStaleParts(outDir);
  const onThreads = script !== null && starts.length > 2;
  // Built only for the threads: this thread reads the links where they are.
  const links = onThreads ? partLinks(options.links) : null;
  const parts: SpoolPart[] = starts.slice(0, -1).map((from, k) => ({
    spool: options.spool,
    from,
    to: starts[k + 1] ?? options.spoolBytes,
    format,
    raw,
    articlesCsv: at(`.articles.csv.part-${k}`),
    quotesCsv: at(`.quotes.csv.part-${k}`),
    jsonl: at(`.articles.jsonl.part-${k}`),
  }));
  try {
    if (onThreads) {
      letThreadsSizeTheirYoungGeneration();
    }
    // Every part is waited for, failed or not, so that no thread is still writing a part file when they are removed.
    const settled = await Promise.allSettled(
      parts.map((part) =>
        script && onThreads ? renderOnThread(script, part, links) : renderSpoolPart(part, options.links),
      ),
    );
    const rows = settled.map((result) => {
      if (result.status === "rejected") throw result.reason;
      return result.value;
    });
    const csv = format !== "jsonl";
    const articles = csv ? new CsvFile<ArticleRow>(at("articles.csv"), ARTICLE_COLUMNS, raw) : null;
    const quotes = csv ? new CsvFile<QuoteRow>(at("quotes.csv"), QUOTE_COLUMNS, raw) : null;
    const jsonl = format !== "csv" ? new AtomicFile(at("articles.jsonl")) : null;
    for (const [k, part] of parts.entries()) {
      const counts = rows[k] as PartRows;
      await articles?.appendRecords(part.articlesCsv, counts.articles);
      await quotes?.appendRecords(part.quotesCsv, counts.quotes);
      await jsonl?.append(part.jsonl, counts.jsonl);
    }
    return { articles, quotes, jsonl, threads: onThreads ? parts.length : 1 };
  } finally {
    await Promise.all(
      parts.flatMap((part) =>
        [part.articlesCsv, part.quotesCsv, part.jsonl].map((path) => rm(path, { force: true })),
      ),
    );
  }
}
