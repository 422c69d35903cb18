import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Article, ErrorRow, OutputFormat } from "@clippings/core";
import { AtomicFile } from "./atomic-file.js";
import {
  ARTICLE_COLUMNS,
  type ArticleRow,
  articleRow,
  ERROR_COLUMNS,
  type ErrorCsvRow,
  errorCsvRow,
  jsonlRecord,
  QUOTE_COLUMNS,
  type QuoteRow,
  quoteRows,
} from "./columns.js";
import { CsvFile } from "./csv-file.js";

export interface WrittenFiles {
  files: { path: string; rows: number }[];
}

export interface DatasetWriter {
  writeArticle(article: Article): Promise<void>;
  writeError(row: ErrorRow): Promise<void>;
  /** Finishes every file and gives each its final name. */
  close(): Promise<WrittenFiles>;
  /** Removes the unfinished files of a failed run. */
  abort(): Promise<void>;
}

export interface DatasetWriterOptions {
  outDir: string;
  format: OutputFormat;
  /** Write CSV cells exactly as extracted, without neutralising formula-like cells (JSONL is always exact). */
  rawCsv?: boolean;
}

/** Writes articles.csv, quotes.csv, articles.jsonl (as the format asks) and always errors.csv into outDir. */
export async function createDatasetWriter(options: DatasetWriterOptions): Promise<DatasetWriter> {
  await mkdir(options.outDir, { recursive: true });
  const at = (name: string) => join(options.outDir, name);
  const csv = options.format !== "jsonl";
  const raw = options.rawCsv ?? false;
  const articles = csv ? new CsvFile<ArticleRow>(at("articles.csv"), ARTICLE_COLUMNS, raw) : null;
  const quotes = csv ? new CsvFile<QuoteRow>(at("quotes.csv"), QUOTE_COLUMNS, raw) : null;
  const errors = new CsvFile<ErrorCsvRow>(at("errors.csv"), ERROR_COLUMNS, raw);
  const jsonl = options.format !== "csv" ? new AtomicFile(at("articles.jsonl")) : null;

  return {
    async writeArticle(article) {
      await articles?.write(articleRow(article));
      if (quotes) for (const row of quoteRows(article)) await quotes.write(row);
      if (jsonl) {
        await jsonl.write(`${JSON.stringify(jsonlRecord(article))}\n`);
        jsonl.rows += 1;
      }
    },
    async writeError(row) {
      await errors.write(errorCsvRow(row));
    },
    async close() {
      const files: { path: string; rows: number }[] = [];
      for (const file of [articles, quotes, errors])
        if (file) files.push({ path: await file.commit(), rows: file.rows });
      if (jsonl) {
        await jsonl.commit();
        files.push({ path: jsonl.path, rows: jsonl.rows });
      }
      return { files };
    },
    async abort() {
      await Promise.all([articles?.discard(), quotes?.discard(), errors.discard(), jsonl?.discard()]);
    },
  };
}
