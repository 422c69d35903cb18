/**
 * WARC input (ISO 28500: .warc, and .warc.gz with one gzip member per record) read with warcio, the Webrecorder
 * reader, one record at a time. Each HTML response record becomes one document; other records are skipped and
 * counted. warcio is lenient: it stops quietly at a damaged gzip member and gives a record cut short by the end
 * of the file as if it were whole, so the byte positions it reports are checked against the file's length to
 * turn damage into error rows while keeping every record before it.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { DocumentError, type ErrorRow, errorRow } from "@clippings/core";
import type { WARCRecord } from "warcio";
import { decodeText } from "./decode.js";
import { idOf, isGzip } from "./formats.js";
import { parseHtml } from "./html.js";
import { crawlDay } from "./jsonl.js";
import type { ReadResult } from "./read-result.js";

// warcio is imported on the first WARC file, not with this package: its import sets up hash-wasm's WebAssembly
// digests and its other dependencies, about 15 MB of RSS in every thread that loads the package (the command's
// main thread lists inputs with it; every worker thread reads HTML and text files with it), most of which never
// read a WARC file.
let warcio: Promise<typeof import("warcio")> | null = null;
const loadWarcio = () => {
  warcio ??= import("warcio");
  return warcio;
};

/** A slice of a WARC file that starts at a record boundary: [start, end) in bytes of the file as stored. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface WarcReadOptions {
  maxBytes: number;
  range?: ByteRange;
  /** Called for each record that is not an HTML page (requests, metadata, images, redirects…). */
  onSkip?: (reason: string) => void;
}

// A whole uncompressed record is followed by two CRLFs (WARC 1.1, section 4), which warcio leaves out of its length.
const RECORD_TRAILER = 4;
const HTML_TYPE = /\b(text\/html|application\/xhtml\+xml)\b/i;

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The record id without its `<urn:uuid:…>` wrapping, or null when the record has none. */
function recordId(record: WARCRecord): string | null {
  const raw = record.warcHeader("WARC-Record-ID")?.trim();
  if (!raw) return null;
  return raw.replace(/^<|>$/g, "").replace(/^urn:uuid:/i, "") || null;
}

function charsetOf(contentType: string | null | undefined): string | null {
  return contentType ? (/charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? null) : null;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? null;
}

/** Why a record is not an HTML page to extract, or null when it is one. */
function skipReason(record: WARCRecord): string | null {
  if (record.warcType !== "response") return `${record.warcType ?? "untyped"} record`;
  const http = record.httpHeaders;
  if (!http) return "response without HTTP headers";
  const status = Number(http.statusCode);
  if (!Number.isInteger(status) || status < 100) return null; // unreadable HTTP headers: a bad record, not a skip
  if (status < 200 || status >= 300) return `HTTP ${status}`;
  const type = http.headers.get("content-type");
  if (type && !HTML_TYPE.test(type)) return `not HTML (${type.split(";")[0]?.trim()})`;
  return null;
}

/** The HTML response record at `offset` as a parsed document; a DocumentError when it cannot be one. */
async function recordDocument(record: WARCRecord, where: string, id: string, maxBytes: number) {
  const status = Number(record.httpHeaders?.statusCode);
  if (!Number.isInteger(status) || status < 100)
    throw new DocumentError("bad-record", `${where}: the HTTP response headers cannot be read`, "parse");
  if (record.warcContentLength > maxBytes)
    throw new DocumentError(
      "too-large",
      `${where}: ${megabytes(record.warcContentLength)} record is over the ${megabytes(maxBytes)} limit (--max-bytes)`,
      "parse",
    );
  let bytes: Uint8Array;
  try {
    // Content: the HTTP payload with chunking and Content-Encoding undone.
    bytes = await record.readFully(true);
  } catch (err) {
    throw new DocumentError(
      "bad-record",
      `${where}: the HTTP payload cannot be decoded (${err instanceof Error ? err.message : String(err)})`,
      "parse",
    );
  }
  if (bytes.length === 0) throw new DocumentError("empty", `${where}: empty response body`, "parse");
  const contentType = record.httpHeaders?.headers.get("content-type");
  const text = decodeText(bytes, where, charsetOf(contentType) ?? declaredCharset(bytes));
  if (!contentType && !/<(html|body|p|div)\b/i.test(text.slice(0, 4096)))
    throw new DocumentError("bad-record", `${where}: response without a Content-Type is not HTML`, "parse");
  if (text.trim() === "") throw new DocumentError("empty", `${where}: empty, no text to read`, "parse");
  return parseHtml({
    id,
    source: where,
    raw: text,
    url: record.warcTargetURI ?? null,
    crawlDate: crawlDay(record.warcDate ?? undefined),
  });
}

/**
 * Reads a WARC file (or a range of it starting at a record boundary) record by record: one document per HTML
 * response. A record that cannot be read is an error row naming its byte offset and record id; damage that
 * stops the reading (a truncated file, a broken gzip member) is one error row after every record before it.
 */
export async function* readWarc(path: string, options: WarcReadOptions): AsyncGenerator<ReadResult> {
  const fileId = idOf(path);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    yield {
      ok: false,
      row: errorRow(
        path,
        fileId,
        new DocumentError("not-found", `${path}: cannot be read (${code})`, "parse"),
        "parse",
      ),
    };
    return;
  }
  const start = options.range?.start ?? 0;
  const end = Math.min(options.range?.end ?? size, size);
  if (end <= start) {
    if (!options.range)
      yield {
        ok: false,
        row: errorRow(path, fileId, new DocumentError("empty", `${path}: empty file`, "parse"), "parse"),
      };
    return;
  }
  const gzip = isGzip(path);
  const { WARCParser } = await loadWarcio();
  const parser = new WARCParser(createReadStream(path, { start, end: end - 1 }));
  // How far whole records reach, relative to `start`.
  let reached = 0;
  let failure: string | null = null;
  try {
    for await (const record of parser) {
      const offset = start + parser.offset;
      const where = `${path}@${offset}`;
      const rid = recordId(record);
      const id = rid ?? `${fileId}-${offset}`;
      const version = record.warcHeaders.protocol ?? "";
      if (!/^WARC\/1\.[01]$/.test(version)) {
        // Without a record header there is no telling where the next record starts.
        failure = `${where}: not a WARC/1.0 or 1.1 record (it starts ${JSON.stringify(version.slice(0, 40))}); every record before it was kept`;
        break;
      }
      const reason = skipReason(record);
      let result: ReadResult | null = null;
      if (reason === null) {
        try {
          result = { ok: true, doc: await recordDocument(record, where, id, options.maxBytes) };
        } catch (err) {
          result = { ok: false, row: recordError(where, id, rid, err) };
        }
      }
      if (record.consumed === "") await drain(record);
      const recordEnd = parser.offset + parser.recordLength + (gzip ? 0 : RECORD_TRAILER);
      if (recordEnd > end - start) {
        // Cut short by the end of the data: whatever was read of it is not the record.
        failure = `${where}: record ${rid ?? "without id"} is cut short at byte ${end} (truncated file)`;
        break;
      }
      reached = recordEnd;
      if (result) yield result;
      else options.onSkip?.(reason ?? "skipped");
    }
  } catch (err) {
    failure = `${path}@${start + reached}: cannot be read as WARC (${err instanceof Error ? err.message : String(err)}); every record before it was kept`;
  }
  if (failure === null && reached < end - start)
    failure = `${path}@${start + reached}: ${end - start - reached} bytes after the last whole record cannot be read (${gzip ? "truncated or damaged gzip member" : "truncated or damaged record"}); every record before it was kept`;
  if (failure !== null) {
    const code = gzip ? "bad-gzip" : "bad-record";
    yield {
      ok: false,
      row: {
        source: `${path}@${start + reached}`,
        id: `${fileId}-${start + reached}`,
        stage: "parse",
        error: code,
        message: failure,
      },
    };
  }
}

/**
 * Reads past a record's content. warcio's skipFully() never returns on a record cut short by the end of an
 * uncompressed file, while reading the raw content does.
 */
async function drain(record: WARCRecord): Promise<void> {
  for await (const _ of record.reader) {
    // discarded
  }
}

function recordError(where: string, id: string, rid: string | null, err: unknown): ErrorRow {
  const row = errorRow(where, id, err, "parse");
  return rid && !row.message.includes(rid) ? { ...row, message: `${row.message} (record ${rid})` } : row;
}

/**
 * The record boundaries of a WARC file cut into ranges of at most `perRange` records, for handing slices of one
 * large file to different workers. The last range runs to the end of the file, so damage there is still read.
 */
export async function warcRanges(path: string, perRange: number): Promise<ByteRange[]> {
  const size = (await stat(path)).size;
  const starts: number[] = [];
  const { WARCParser } = await loadWarcio();
  const parser = new WARCParser(createReadStream(path));
  const trailer = isGzip(path) ? 0 : RECORD_TRAILER;
  let index = 0;
  try {
    for await (const record of parser) {
      if (index % perRange === 0) starts.push(parser.offset);
      index += 1;
      await drain(record);
      // warcio spins at the end of a truncated uncompressed file instead of ending: stop at a cut record.
      if (parser.offset + parser.recordLength + trailer > size) break;
    }
  } catch {
    // Damage: the range from the last boundary to the end of the file reports it when read.
  }
  if (starts.length === 0) starts.push(0);
  return starts.map((s, i) => ({ start: s, end: starts[i + 1] ?? size }));
}
