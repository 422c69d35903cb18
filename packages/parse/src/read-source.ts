import { closeSync, fstatSync, openSync, readFileSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { DocumentError, type ErrorRow, errorRow } from "@clippings/core";
import { decodeText } from "./decode.js";
import { idOf, isGzip } from "./formats.js";
import { parseHtml } from "./html.js";
import { crawlDay, type JsonlRecord, JsonlRecordSchema } from "./jsonl.js";
import type { InputEntry } from "./list-inputs.js";
import type { ReadResult } from "./read-result.js";
import { parseTextScrape } from "./text-scrape.js";
import { readWarc } from "./warc.js";

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface ReadOptions {
  maxBytes: number;
  /** Called for each WARC record that is not an HTML page: counted, not an error. */
  onSkip?: (reason: string) => void;
}

export type { ReadResult } from "./read-result.js";

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const cannotRead = (kind: "not-found" | "unreadable", path: string, err: unknown) =>
  new DocumentError(
    kind,
    `${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? "error"})`,
    "parse",
  );

/**
 * A file's bytes, refused when over the limit before any is read. The calls are synchronous: a page is read in
 * one go by the thread that parses it next, and the promise-based calls cost several times more CPU a file (a trip
 * through the thread pool and a file handle object for each of stat, open, read and close).
 */
function readFileBytes(path: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (err) {
    // A path that is there but cannot be opened (no permission) is unreadable; one that is not there is not found.
    try {
      statSync(path);
    } catch (statErr) {
      throw cannotRead("not-found", path, statErr);
    }
    throw cannotRead("unreadable", path, err);
  }
  try {
    let size: number;
    try {
      size = fstatSync(fd).size;
    } catch (err) {
      throw cannotRead("not-found", path, err);
    }
    if (size > maxBytes) {
      throw new DocumentError(
        "too-large",
        `${path}: ${megabytes(size)} is over the ${megabytes(maxBytes)} limit (--max-bytes)`,
        "parse",
      );
    }
    try {
      return readFileSync(fd);
    } catch (err) {
      throw cannotRead("unreadable", path, err);
    }
  } finally {
    closeSync(fd);
  }
}

function readBytes(path: string, maxBytes: number): Uint8Array {
  const bytes = readFileBytes(path, maxBytes);
  if (!isGzip(path)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ERR_BUFFER_TOO_LARGE" || code === "ERR_OUT_OF_RANGE") {
      throw new DocumentError(
        "too-large",
        `${path}: unpacks to more than the ${megabytes(maxBytes)} limit (--max-bytes)`,
        "parse",
      );
    }
    throw new DocumentError(
      "bad-gzip",
      `${path}: damaged or truncated gzip data (${(err as Error).message})`,
      "parse",
    );
  }
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? null;
}

function ensureText(text: string, source: string): void {
  if (text.trim() === "") throw new DocumentError("empty", `${source}: empty, no text to read`, "parse");
}

/** Reads one input file into parsed documents: one per file, or one per record of a JSONL file. */
export async function* readSource(
  entry: Extract<InputEntry, { kind: "file" }>,
  options: ReadOptions,
): AsyncGenerator<ReadResult> {
  if (entry.format === "warc") {
    // WARC files are read as a stream, record by record: --max-bytes applies to each record, not to the file.
    yield* readWarc(entry.path, { maxBytes: options.maxBytes, range: entry.range, onSkip: options.onSkip });
    return;
  }
  const source = entry.path;
  const id = idOf(source);
  let bytes: Uint8Array;
  try {
    bytes = readBytes(source, options.maxBytes);
    if (bytes.length === 0) throw new DocumentError("empty", `${source}: empty file`, "parse");
  } catch (err) {
    yield { ok: false, row: errorRow(source, id, err, "parse") };
    return;
  }
  if (entry.format === "jsonl") {
    yield* readJsonl(bytes, source, id);
    return;
  }
  try {
    const text = decodeText(bytes, source, entry.format === "html" ? declaredCharset(bytes) : null);
    ensureText(text, source);
    const doc =
      entry.format === "html"
        ? parseHtml({ id, source, raw: text })
        : parseTextScrape({ id, source, raw: text });
    yield { ok: true, doc };
  } catch (err) {
    yield { ok: false, row: errorRow(source, id, err, "parse") };
  }
}

/** A JSONL line as a record, or the reason it is not one. */
function parseRecord(line: string): JsonlRecord | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return "not valid JSON";
  }
  const parsed = JsonlRecordSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((x) => `${x.path.join(".") || "record"}: ${x.message}`).join("; ");
}

function* readJsonl(bytes: Uint8Array, source: string, fileId: string): Generator<ReadResult> {
  let text: string;
  try {
    text = decodeText(bytes, source);
  } catch (err) {
    yield { ok: false, row: errorRow(source, fileId, err, "parse") };
    return;
  }
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]?.trim() ?? "";
    if (line === "") continue;
    const where = `${source}:${i + 1}`;
    const fallbackId = `${fileId}-${i + 1}`;
    const parsed = parseRecord(line);
    if (typeof parsed === "string") {
      const row: ErrorRow = {
        source: where,
        id: fallbackId,
        stage: "parse",
        error: "bad-record",
        message: `${where}: ${parsed}`,
      };
      yield { ok: false, row };
      continue;
    }
    const record = parsed;
    const id = record.id === undefined ? fallbackId : String(record.id);
    const base = { id, source: where, url: record.url ?? null, crawlDate: crawlDay(record.fetched_at) };
    try {
      const raw = record.html ?? record.text ?? "";
      ensureText(raw, where);
      yield {
        ok: true,
        doc: record.html !== undefined ? parseHtml({ ...base, raw }) : parseTextScrape({ ...base, raw }),
      };
    } catch (err) {
      yield { ok: false, row: errorRow(where, id, err, "parse") };
    }
  }
}
