import type { ErrorRow } from "@clippings/core";
import type { RegistryIndex } from "@clippings/extract";
import { type ArticleSignature, articleSignature } from "@clippings/link";
import { type InputEntry, readSource } from "@clippings/parse";
import type { Limits } from "./limits.js";

// The stages hold the extraction models (tens of MB): imported on first use, so that only threads that process
// documents load them, not the command's main thread, which imports this module for its types and noTimes.
let stages: Promise<typeof import("./process-document.js")> | null = null;
const loadStages = () => {
  stages ??= import("./process-document.js");
  return stages;
};

/** What every document of a run shares: the same in this thread and in every worker thread. */
export interface TaskSettings {
  maxBytes: number;
  limits: Limits;
  /** The run's day, for year inference; a resumed run keeps the day it started on. */
  today: string;
}

/**
 * A document's result as the writer needs it: the article already serialised as UTF-8 JSON, with its link
 * signature, or the error row. As bytes of its own buffer, the article moves from a worker thread without a copy
 * and goes to the spool as it is: a string would be copied twice crossing threads and encoded again for the file.
 */
export type TaskOutcome =
  | { ok: true; json: Uint8Array; signature: ArticleSignature; quotes: number }
  | { ok: false; row: ErrorRow };

/** Thread-milliseconds per stage, summed over a task's documents. */
export interface TaskTimes {
  /** Reading, unpacking, decoding and parsing. */
  parse: number;
  clean: number;
  extract: number;
  /** Serialising the article and computing its link signature. */
  output: number;
}

export interface EntryResult {
  outcomes: TaskOutcome[];
  times: TaskTimes;
  /** WARC records that are not HTML pages: counted, neither articles nor errors. */
  skipped: number;
}

const utf8 = new TextEncoder();

export const noTimes = (): TaskTimes => ({ parse: 0, clean: 0, extract: 0, output: 0 });

/** One input file (one document, or one per JSONL record) through parse → clean → extract. */
export async function processEntry(
  entry: InputEntry,
  settings: TaskSettings,
  registry: RegistryIndex,
): Promise<EntryResult> {
  const times = noTimes();
  if (entry.kind === "error") return { outcomes: [{ ok: false, row: entry.row }], times, skipped: 0 };
  const { processDocument } = await loadStages();
  const outcomes: TaskOutcome[] = [];
  const context = { registry, today: settings.today, limits: settings.limits };
  let mark = performance.now();
  let skipped = 0;
  const onSkip = () => {
    skipped += 1;
  };
  for await (const read of readSource(entry, { maxBytes: settings.maxBytes, onSkip })) {
    times.parse += performance.now() - mark;
    if (!read.ok) outcomes.push({ ok: false, row: read.row });
    else {
      const outcome = processDocument(read.doc, context, times);
      if (!outcome.ok) outcomes.push(outcome);
      else {
        const started = performance.now();
        const { article } = outcome;
        outcomes.push({
          ok: true,
          // TextEncoder gives each article a buffer of its own (Buffer.from may hand out a slice of a shared one,
          // which could not be moved).
          json: utf8.encode(JSON.stringify(article)),
          signature: articleSignature(article),
          quotes: article.quotes.length,
        });
        times.output += performance.now() - started;
      }
    }
    mark = performance.now();
  }
  return { outcomes, times, skipped };
}
