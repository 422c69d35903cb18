import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { formatOf, idOf } from "./formats.js";
import { listInputs } from "./list-inputs.js";
import type { ReadResult } from "./read-result.js";
import { readSource } from "./read-source.js";
import { readWarc, warcRanges } from "./warc.js";

interface RecordSpec {
  id: string;
  type?: string;
  uri?: string;
  date?: string;
  /** The record block: an HTTP message for requests and responses. */
  block: Buffer | string;
}

/** One WARC/1.0 record written by hand: header block, blank line, content, two CRLFs. */
function warcRecord(spec: RecordSpec): Buffer {
  const block = typeof spec.block === "string" ? Buffer.from(spec.block) : spec.block;
  const type = spec.type ?? "response";
  const lines = [
    "WARC/1.0",
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:${spec.id}>`,
    ...(spec.uri ? [`WARC-Target-URI: ${spec.uri}`] : []),
    `WARC-Date: ${spec.date ?? "2025-04-09T10:11:12Z"}`,
    `Content-Type: ${type === "warcinfo" ? "application/warc-fields" : `application/http; msgtype=${type}`}`,
    `Content-Length: ${block.length}`,
  ];
  return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`), block, Buffer.from("\r\n\r\n")]);
}

function httpResponse(body: Buffer | string, headers: Record<string, string>, status = "200 OK"): Buffer {
  const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`);
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\n${head.join("")}\r\n`), Buffer.from(body)]);
}

const page = (headline: string, text: string) =>
  `<!doctype html><html><head><title>${headline}</title></head><body><article><h1>${headline}</h1><p>${text}</p></article></body></html>`;
const htmlHeaders = { "Content-Type": "text/html; charset=utf-8" };

/**
 * A small crawl: two articles among the records a crawler writes around them. HTTP messages carry at least one
 * header, as real ones do: warcio 2.4 misreads a gzip member whose HTTP message has a status line and no header.
 */
function crawlRecords(): Buffer[] {
  return [
    warcRecord({ id: "info-1", type: "warcinfo", block: "software: hand-written\r\n" }),
    warcRecord({
      id: "req-1",
      type: "request",
      uri: "https://www.upi.com/a",
      block: "GET /a HTTP/1.1\r\nHost: www.upi.com\r\n\r\n",
    }),
    warcRecord({
      id: "resp-1",
      uri: "https://www.upi.com/Top_News/2025/04/09/a",
      date: "2025-04-09T23:59:00Z",
      block: httpResponse(page("First headline", "The first story's text."), htmlHeaders),
    }),
    warcRecord({
      id: "img-1",
      uri: "https://www.upi.com/logo.png",
      block: httpResponse("PNG", { "Content-Type": "image/png" }),
    }),
    warcRecord({
      id: "gone-1",
      uri: "https://www.upi.com/gone",
      block: httpResponse("<html>not here</html>", htmlHeaders, "404 Not Found"),
    }),
    warcRecord({
      id: "resp-2",
      uri: "https://www.reuters.com/world/b",
      date: "2025-04-10T01:02:03Z",
      // Content-Encoding is undone by the reader, as a browser would.
      block: httpResponse(gzipSync(page("Second headline", "The second story's text.")), {
        ...htmlHeaders,
        "Content-Encoding": "gzip",
      }),
    }),
  ];
}

const dir = mkdtempSync(join(tmpdir(), "clippings-warc-"));
function writeWarc(name: string, records: Buffer[], gzip: boolean): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.concat(gzip ? records.map((r) => gzipSync(r)) : records));
  return path;
}

async function readAll(
  path: string,
  options: Parameters<typeof readWarc>[1] = { maxBytes: 1 << 20 },
): Promise<{ results: ReadResult[]; skipped: string[] }> {
  const skipped: string[] = [];
  const results: ReadResult[] = [];
  for await (const r of readWarc(path, { ...options, onSkip: (why) => skipped.push(why) })) results.push(r);
  return { results, skipped };
}

const docs = (results: ReadResult[]) => results.flatMap((r) => (r.ok ? [r.doc] : []));
const rows = (results: ReadResult[]) => results.flatMap((r) => (r.ok ? [] : [r.row]));

describe("WARC input", () => {
  it("lists .warc and .warc.gz as WARC and names them without extensions", () => {
    expect(formatOf("crawl/CC-MAIN-00001.warc.gz")).toBe("warc");
    expect(formatOf("crawl/part.WARC")).toBe("warc");
    expect(idOf("crawl/CC-MAIN-00001.warc.gz")).toBe("CC-MAIN-00001");
  });

  for (const gzip of [false, true]) {
    const name = gzip ? "crawl.warc.gz" : "crawl.warc";
    it(`${name}: one document per HTML response, with its URL, crawl day and record id; the rest skipped and counted`, async () => {
      const path = writeWarc(name, crawlRecords(), gzip);
      const { results, skipped } = await readAll(path);
      expect(rows(results)).toEqual([]);
      const found = docs(results);
      expect(found.map((d) => [d.id, d.url, d.crawlDate, d.format])).toEqual([
        ["resp-1", "https://www.upi.com/Top_News/2025/04/09/a", "2025-04-09", "html"],
        ["resp-2", "https://www.reuters.com/world/b", "2025-04-10", "html"],
      ]);
      expect(found[1]?.text).toContain("The second story's text.");
      expect(found[0]?.source).toMatch(new RegExp(`${name}@\\d+$`));
      expect(skipped).toEqual(["warcinfo record", "request record", "not HTML (image/png)", "HTTP 404"]);
    });
  }

  it("turns a record whose HTTP headers cannot be read into an error row with its record id, and reads on", async () => {
    const records = crawlRecords();
    records.splice(
      3,
      0,
      warcRecord({
        id: "broken-1",
        uri: "https://x.test/",
        block: "no status line\r\nServer: x\r\n\r\n<p>x</p>",
      }),
    );
    for (const gzip of [false, true]) {
      const { results } = await readAll(writeWarc(`bad.warc${gzip ? ".gz" : ""}`, records, gzip));
      expect(rows(results).map((r) => [r.id, r.error])).toEqual([["broken-1", "bad-record"]]);
      expect(rows(results)[0]?.message).toContain("HTTP response headers");
      expect(docs(results).map((d) => d.id)).toEqual(["resp-1", "resp-2"]);
    }
  });

  it("makes a record over --max-bytes an error row and goes on", async () => {
    const { results } = await readAll(writeWarc("big.warc.gz", crawlRecords(), true), { maxBytes: 150 });
    expect(rows(results).map((r) => [r.id, r.error])).toEqual([
      ["resp-1", "too-large"],
      ["resp-2", "too-large"],
    ]);
  });

  it("keeps every record before the damage in a truncated .warc.gz and reports the damage", async () => {
    const full = Buffer.concat(crawlRecords().map((r) => gzipSync(r)));
    const path = join(dir, "cut.warc.gz");
    writeFileSync(path, full.subarray(0, full.length - 20));
    const { results } = await readAll(path);
    expect(docs(results).map((d) => d.id)).toEqual(["resp-1"]);
    expect(rows(results).map((r) => r.error)).toEqual(["bad-gzip"]);
    expect(rows(results)[0]?.message).toContain("every record before it was kept");
  });

  it("keeps every record before the damage in a truncated .warc and does not pass the cut record on", async () => {
    const full = Buffer.concat(crawlRecords());
    const path = join(dir, "cut.warc");
    writeFileSync(path, full.subarray(0, full.length - 30));
    const { results } = await readAll(path);
    expect(docs(results).map((d) => d.id)).toEqual(["resp-1"]);
    expect(rows(results).map((r) => r.error)).toEqual(["bad-record"]);
    expect(rows(results)[0]?.message).toContain("resp-2");
    // Cutting it into ranges ends too (warcio alone spins at the cut), and the last range reaches the damage.
    const ranges = await warcRanges(path, 2);
    expect(ranges.at(-1)?.end).toBe(full.length - 30);
  });

  it("stops at a skipped record cut short by the end of a .warc", async () => {
    const part = Buffer.concat(crawlRecords().slice(0, 4));
    const path = join(dir, "cut-skipped.warc");
    writeFileSync(path, part.subarray(0, part.length - 10));
    const { results } = await readAll(path);
    expect(docs(results).map((d) => d.id)).toEqual(["resp-1"]);
    expect(rows(results).map((r) => [r.error, r.message.includes("img-1")])).toEqual([["bad-record", true]]);
    expect((await warcRanges(path, 1)).map((r) => r.end).at(-1)).toBe(part.length - 10);
  });

  it("reports a file that is not WARC at all", async () => {
    const path = join(dir, "notes.warc");
    writeFileSync(path, "just some notes\nnothing else\n");
    const { results } = await readAll(path);
    expect(rows(results).map((r) => r.error)).toEqual(["bad-record"]);
  });

  for (const gzip of [false, true]) {
    it(`cuts a ${gzip ? ".warc.gz" : ".warc"} into record-aligned ranges that read back as the whole file`, async () => {
      const path = writeWarc(`ranges.warc${gzip ? ".gz" : ""}`, [...crawlRecords(), ...crawlRecords()], gzip);
      const ranges = await warcRanges(path, 3);
      expect(ranges).toHaveLength(4);
      const whole = await readAll(path);
      const pieces: ReadResult[] = [];
      for (const range of ranges) pieces.push(...(await readAll(path, { maxBytes: 1 << 20, range })).results);
      expect(pieces.map((r) => (r.ok ? [r.doc.source, r.doc.text] : r.row))).toEqual(
        whole.results.map((r) => (r.ok ? [r.doc.source, r.doc.text] : r.row)),
      );
    });
  }

  it("is listed and read through readSource like any input", async () => {
    const path = writeWarc("listed.warc.gz", crawlRecords(), true);
    const entries = [];
    for await (const entry of listInputs([path])) entries.push(entry);
    expect(entries).toEqual([{ kind: "file", path, format: "warc" }]);
    const entry = entries[0];
    if (entry?.kind !== "file") throw new Error("expected a file entry");
    let skipped = 0;
    const read: ReadResult[] = [];
    for await (const r of readSource(entry, { maxBytes: 1 << 20, onSkip: () => (skipped += 1) }))
      read.push(r);
    expect(docs(read)).toHaveLength(2);
    expect(skipped).toBe(4);
  });
});
