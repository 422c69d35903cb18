import { basename } from "node:path";
import { type Article, type ErrorRow, type OutputFormat, runOrdered } from "@clippings/core";
import { createDatasetWriter, type WrittenFiles } from "@clippings/export";
import type { RegistryIndex } from "@clippings/extract";
import { type ArticleSignature, articleSignature, type CorpusLinks, linkCorpus } from "@clippings/link";
import { type InputEntry, listInputs, readSource } from "@clippings/parse";
import { type DocumentOutcome, type Limits, processDocument } from "./process-document.js";

export interface RunOptions {
  inputs: string[];
  outDir: string;
  format: OutputFormat;
  registry: RegistryIndex;
  concurrency: number;
  maxBytes: number;
  today: string;
  limits?: Limits;
  /** CSV cells exactly as extracted, formula-like ones included. */
  rawCsv?: boolean;
  /** Called once the inputs are listed, then after each input file is done. */
  onProgress?: (done: number, total: number) => void;
  /** Receives every article as it is written, e.g. to score it against golden files. */
  onArticle?: (article: Article) => void;
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
  seconds: number;
  files: WrittenFiles;
}

type Outcome = DocumentOutcome;

async function processEntry(entry: InputEntry, options: RunOptions): Promise<Outcome[]> {
  if (entry.kind === "error") return [{ ok: false, row: entry.row }];
  const outcomes: Outcome[] = [];
  for await (const read of readSource(entry, { maxBytes: options.maxBytes })) {
    outcomes.push(read.ok ? processDocument(read.doc, options) : { ok: false, row: read.row });
  }
  return outcomes;
}

/** Lists, reads, cleans and extracts every input and writes the dataset; every input ends in articles or errors. */
export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const entries: InputEntry[] = [];
  for await (const entry of listInputs(options.inputs)) entries.push(entry);
  options.onProgress?.(0, entries.length);
  const writer = await createDatasetWriter({
    outDir: options.outDir,
    format: options.format,
    rawCsv: options.rawCsv,
  });
  const counts = { documents: 0, articles: 0, quotes: 0, errors: 0 };
  // The link stage needs the whole corpus, so it keeps each article's compact signature, not the article.
  const signatures: ArticleSignature[] = [];
  let done = 0;
  const writeOutcome = async (outcome: Outcome) => {
    counts.documents += 1;
    if (outcome.ok) {
      counts.articles += 1;
      counts.quotes += outcome.article.quotes.length;
      await writer.writeArticle(outcome.article);
      signatures.push(articleSignature(outcome.article));
      options.onArticle?.(outcome.article);
    } else {
      counts.errors += 1;
      await writer.writeError(outcome.row satisfies ErrorRow);
    }
  };
  // On a failure the writer is left unclosed, so no half-written file takes a final name.
  await runOrdered(
    entries,
    (entry) => processEntry(entry, options),
    async (outcomes) => {
      for (const outcome of outcomes) await writeOutcome(outcome);
      done += 1;
      options.onProgress?.(done, entries.length);
    },
    { concurrency: options.concurrency },
  );
  const links = linkCorpus(signatures);
  const files = await writer.close(links);
  const rowsOf = (name: string) => files.files.find((f) => basename(f.path) === name)?.rows;
  const articleRows = rowsOf("articles.csv") ?? rowsOf("articles.jsonl");
  const accounted =
    counts.articles + counts.errors === counts.documents &&
    articleRows === counts.articles &&
    rowsOf("errors.csv") === counts.errors;
  return {
    inputs: entries.length,
    links,
    stories: links.stories.length,
    quoteGroups: links.quoteGroups.length,
    accounted,
    ...counts,
    seconds: (performance.now() - started) / 1000,
    files,
  };
}
