import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { type Article, ArticleSchema, type ErrorRow, type OutputFormat } from "@clippings/core";
import type { CorpusLinks } from "@clippings/link";
import { AtomicFile, type FileCheckpoint } from "./atomic-file.js";
import {
  ERROR_COLUMNS,
  type ErrorCsvRow,
  errorCsvRow,
  QUOTE_GROUP_COLUMNS,
  type QuoteGroupRow,
  quoteGroupRow,
  STORY_COLUMNS,
  type StoryRow,
  storyRow,
} from "./columns.js";
import { CsvFile } from "./csv-file.js";
import { readLines } from "./read-lines.js";
import { renderArticleFiles } from "./render-article-files.js";

export interface WrittenFiles {
  files: { path: string; rows: number }[];
}

/** Where the files written while documents come in (the article spool and errors.csv) stood at a checkpoint. */
export interface WriterCheckpoint {
  spool: FileCheckpoint;
  errors: FileCheckpoint;
}

export interface DatasetWriter {
  writeArticle(article: Article): Promise<void>;
  /** An article already serialised with JSON.stringify, as text or as its UTF-8 bytes (e.g. from a worker thread). */
  writeArticleJson(json: string | Uint8Array): Promise<void>;
  writeError(row: ErrorRow): Promise<void>;
  /** Writes every file with the corpus's links (story, duplicates, quote groups) and gives each its final name. */
  close(links?: CorpusLinks | null): Promise<WrittenFiles>;
  /** Puts everything written so far on disk and tells where it ends, for a run manifest. */
  checkpoint(): Promise<WriterCheckpoint>;
  /** The articles written so far, read back from the spool (after a resume, those of the earlier run). */
  spooledArticles(): AsyncIterable<Article>;
  /** Closes the unfinished files under their temporary names, for a run to be resumed later. */
  suspend(): Promise<void>;
  /** Removes the unfinished files of a failed run. */
  abort(): Promise<void>;
}

export interface DatasetWriterOptions {
  outDir: string;
  format: OutputFormat;
  /** Write CSV cells exactly as extracted, without neutralising formula-like cells (JSONL is always exact). */
  rawCsv?: boolean;
  /** Threads the article files may be written on at close (default 1: this thread). */
  threads?: number;
  /** Continue the files of an interrupted run from this checkpoint; whatever was written after it is cut off. */
  resume?: WriterCheckpoint;
}

/** Temporary names of the files written while documents come in: fixed, so that a resumed run finds them. */
export const SPOOL_PARTIAL = ".articles.spool.partial";
export const ERRORS_PARTIAL = ".errors.csv.partial";

/**
 * Writes articles.csv, quotes.csv, stories.csv, quote_groups.csv and articles.jsonl (as the format asks) and
 * always errors.csv into outDir. Stories and quote groups are known only once the whole corpus is linked, so
 * articles go to a spool file as they come and the article files are written from it, streaming, at close.
 */
export async function createDatasetWriter(options: DatasetWriterOptions): Promise<DatasetWriter> {
  await mkdir(options.outDir, { recursive: true });
  const at = (name: string) => join(options.outDir, name);
  const csv = options.format !== "jsonl";
  const raw = options.rawCsv ?? false;
  const spool = new AtomicFile(at(".articles.spool"), {
    temp: at(SPOOL_PARTIAL),
    resumeFrom: options.resume?.spool,
  });
  const errors = new CsvFile<ErrorCsvRow>(at("errors.csv"), ERROR_COLUMNS, raw, {
    temp: at(ERRORS_PARTIAL),
    resumeFrom: options.resume?.errors,
  });
  // Opening a resumed file cuts it back to the checkpoint, before anything reads or appends to it.
  if (options.resume) await Promise.all([spool.flush(), errors.checkpoint()]);

  async function* readSpool(): AsyncGenerator<Article> {
    await spool.flush();
    for await (const line of readLines(spool.temp, spool.bytes))
      if (line !== "") yield ArticleSchema.parse(JSON.parse(line));
  }

  async function writeArticleFiles(links: CorpusLinks | null): Promise<{ path: string; rows: number }[]> {
    const { articles, quotes, jsonl } = await renderArticleFiles({
      outDir: options.outDir,
      format: options.format,
      raw,
      spool: spool.temp,
      spoolBytes: spool.bytes,
      spoolRows: spool.rows,
      links,
      threads: options.threads ?? 1,
    });
    const files: { path: string; rows: number }[] = [];
    for (const file of [articles, quotes])
      if (file) files.push({ path: await file.commit(), rows: file.rows });
    if (jsonl) {
      await jsonl.commit();
      files.push({ path: jsonl.path, rows: jsonl.rows });
    }
    return files;
  }

  async function writeLinkFiles(links: CorpusLinks): Promise<{ path: string; rows: number }[]> {
    if (!csv) return [];
    const stories = new CsvFile<StoryRow>(at("stories.csv"), STORY_COLUMNS, raw);
    for (const story of links.stories) await stories.write(storyRow(story));
    const groups = new CsvFile<QuoteGroupRow>(at("quote_groups.csv"), QUOTE_GROUP_COLUMNS, raw);
    for (const group of links.quoteGroups) await groups.write(quoteGroupRow(group));
    return [
      { path: await stories.commit(), rows: stories.rows },
      { path: await groups.commit(), rows: groups.rows },
    ];
  }

  return {
    async writeArticle(article) {
      await spool.write(`${JSON.stringify(article)}\n`);
      spool.rows += 1;
    },
    async writeArticleJson(json) {
      if (typeof json === "string") await spool.write(`${json}\n`);
      else {
        await spool.write(json);
        await spool.write("\n");
      }
      spool.rows += 1;
    },
    async writeError(row) {
      await errors.write(errorCsvRow(row));
    },
    async checkpoint() {
      const [spoolAt, errorsAt] = await Promise.all([spool.checkpoint(), errors.checkpoint()]);
      return { spool: spoolAt, errors: errorsAt };
    },
    spooledArticles: readSpool,
    async close(links = null) {
      // The spool stays under its temporary name until every file is written: a run stopped while writing them
      // can be resumed and write them again.
      await spool.finish();
      const files = await writeArticleFiles(links);
      await rm(spool.temp, { force: true });
      files.splice(2, 0, { path: await errors.commit(), rows: errors.rows });
      if (links) files.push(...(await writeLinkFiles(links)));
      return { files };
    },
    async suspend() {
      await Promise.all([spool.finish(), errors.finish()]);
    },
    async abort() {
      await Promise.all([spool.discard(), errors.discard()]);
    },
  };
}
