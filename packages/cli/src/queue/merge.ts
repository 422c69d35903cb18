import { basename } from "node:path";
import { ArticleSchema, ConfigError, type OutputFormat } from "@clippings/core";
import { createDatasetWriter, type WrittenFiles } from "@clippings/export";
import { type ArticleSignature, articleSignature, type CorpusLinks, linkCorpus } from "@clippings/link";
import { ShardReader, scanShards } from "./shard.js";

export interface MergeOptions {
  dir: string;
  format: OutputFormat;
  rawCsv?: boolean;
}

export interface MergeSummary {
  run: string;
  jobs: number;
  shards: number;
  /** Job results found twice (a job done again after its worker died before acknowledging it): dropped. */
  duplicates: number;
  /** Shard lines cut short by a worker that died while writing them. */
  torn: number;
  documents: number;
  articles: number;
  quotes: number;
  errors: number;
  skipped: number;
  stories: number;
  quoteGroups: number;
  links: CorpusLinks;
  /** Every enqueued job is in exactly one place, and every document in exactly one output row. */
  accounted: boolean;
  files: WrittenFiles;
  seconds: number;
}

const listSome = (seqs: number[]) =>
  `${seqs.slice(0, 10).join(", ")}${seqs.length > 10 ? ` and ${seqs.length - 10} more` : ""}`;

/**
 * Joins the workers' shards in `dir` into the usual dataset files there: jobs in enqueued order (so the rows are
 * those of a local run on the same inputs), each job once however often it was done, then the link stage over
 * the whole corpus. Refuses when a job of the run is missing, naming it.
 */
export async function mergeShards(options: MergeOptions): Promise<MergeSummary> {
  const started = performance.now();
  const scan = await scanShards(options.dir);
  if (scan.shards.length === 0)
    throw new ConfigError(
      `${options.dir}: no shards/ folder with worker output; run \`clippings worker --out ${options.dir}\` first`,
    );
  if (scan.runs.size !== 1)
    throw new ConfigError(
      `${options.dir}/shards: results of ${scan.runs.size} different enqueued runs (${[...scan.runs.keys()].join(", ")}); keep one run's shards in a folder`,
    );
  const [run, found] = [...scan.runs.entries()][0] ?? [];
  if (!run || !found) throw new ConfigError(`${options.dir}/shards: no job results`);
  if (found.seal === null)
    throw new ConfigError(
      `${options.dir}/shards: the run's listing has not been sealed yet (enqueue unfinished, or workers still at work); run the workers until the queue is empty`,
    );
  const jobs = found.seal;
  const missing: number[] = [];
  for (let seq = 0; seq < jobs; seq += 1) if (!found.lines.has(seq)) missing.push(seq);
  const extra = [...found.lines.keys()].filter((seq) => seq >= jobs);
  if (missing.length > 0)
    throw new ConfigError(
      `${options.dir}/shards: ${missing.length} of ${jobs} jobs have no results (jobs ${listSome(missing)}); they are still queued, under way, or failed in the queue; run workers until the queue is empty, then merge again`,
    );
  if (extra.length > 0)
    throw new ConfigError(
      `${options.dir}/shards: results for jobs the run never listed (${listSome(extra)})`,
    );

  const writer = await createDatasetWriter({
    outDir: options.dir,
    format: options.format,
    rawCsv: options.rawCsv,
  });
  const reader = new ShardReader(scan.shards);
  const counts = { documents: 0, articles: 0, quotes: 0, errors: 0, skipped: 0 };
  const signatures: ArticleSignature[] = [];
  try {
    for (let seq = 0; seq < jobs; seq += 1) {
      const at = found.lines.get(seq);
      if (!at) throw new Error(`job ${seq} vanished during the merge`);
      const line = await reader.line(at);
      if (!("seq" in line) || line.seq !== seq)
        throw new Error(`${scan.shards[at.shard]}: line at byte ${at.offset} is not job ${seq}`);
      counts.skipped += line.skipped;
      for (const outcome of line.outcomes) {
        counts.documents += 1;
        if (outcome.ok) {
          // The shard is a boundary between processes: each article is checked against its schema again.
          const article = ArticleSchema.parse(JSON.parse(outcome.json));
          counts.articles += 1;
          counts.quotes += article.quotes.length;
          signatures.push(articleSignature(article));
          await writer.writeArticleJson(outcome.json);
        } else {
          counts.errors += 1;
          await writer.writeError(outcome.row);
        }
      }
    }
  } catch (err) {
    await writer.abort();
    throw err;
  } finally {
    await reader.close();
  }
  const links = linkCorpus(signatures);
  signatures.length = 0;
  const files = await writer.close(links);
  const rowsOf = (name: string) => files.files.find((f) => basename(f.path) === name)?.rows;
  const articleRows = rowsOf("articles.csv") ?? rowsOf("articles.jsonl");
  return {
    run,
    jobs,
    shards: scan.shards.length,
    duplicates: found.duplicates,
    torn: scan.torn,
    ...counts,
    stories: links.stories.length,
    quoteGroups: links.quoteGroups.length,
    links,
    accounted:
      counts.articles + counts.errors === counts.documents &&
      articleRows === counts.articles &&
      rowsOf("errors.csv") === counts.errors,
    files,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The closing lines of a merge. */
export function formatMergeSummary(s: MergeSummary): string {
  const lines = [
    `clippings merge: ${s.jobs} jobs of run ${s.run} from ${s.shards} shards in ${s.seconds.toFixed(1)} s; every job found once (${s.duplicates} duplicate results dropped, ${s.torn} torn lines ignored)`,
    `  ${s.documents} documents: articles ${s.articles}, quotes ${s.quotes}, errors ${s.errors}; stories ${s.stories}, quotes carried by several articles ${s.quoteGroups}`,
    s.accounted
      ? `  every document accounted for: ${s.documents} = ${s.articles} articles + ${s.errors} errors`
      : `  ACCOUNTING MISMATCH: ${s.documents} documents but ${s.articles} articles and ${s.errors} errors written`,
  ];
  if (s.skipped > 0) lines.push(`  WARC records skipped (not HTML pages): ${s.skipped}`);
  for (const file of s.files.files) lines.push(`  wrote ${file.path} (${file.rows} rows)`);
  return lines.join("\n");
}
