import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listInputs } from "./list-inputs.js";
import { type ReadResult, readSource } from "./read-source.js";

let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "clippings-parse-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function readAll(path: string, maxBytes = 1024 * 1024): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for (const entry of await collect(listInputs([path]))) {
    if (entry.kind === "error") results.push({ ok: false, row: entry.row });
    else results.push(...(await collect(readSource(entry, { maxBytes }))));
  }
  return results;
}

const errorOf = (r: ReadResult | undefined) => (r && !r.ok ? r.row.error : "ok");

describe("readSource", () => {
  it("reads a gzipped text scrape and names the document by its file name", async () => {
    const path = join(dir, "story_1.txt.gz");
    await writeFile(path, gzipSync(" date 2024-05-01 200\nHeadline\nBody."));
    const [result] = await readAll(path);
    expect(result?.ok && result.doc.id).toBe("story_1");
    expect(result?.ok && result.doc.crawlDate).toBe("2024-05-01");
  });

  it("turns empty, binary, oversized and damaged files into error rows naming the file", async () => {
    const empty = join(dir, "empty.txt");
    const blank = join(dir, "blank.txt");
    const binary = join(dir, "binary.txt");
    const big = join(dir, "big.txt");
    const damaged = join(dir, "damaged.txt.gz");
    await writeFile(empty, "");
    await writeFile(blank, "  \n\n ");
    await writeFile(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    await writeFile(big, "x".repeat(5000));
    await writeFile(damaged, gzipSync("some text that is long enough").subarray(0, 12));
    const results = [
      ...(await readAll(empty)),
      ...(await readAll(blank)),
      ...(await readAll(binary)),
      ...(await readAll(big, 1000)),
      ...(await readAll(damaged)),
    ];
    expect(results.map(errorOf)).toEqual(["empty", "empty", "binary", "too-large", "bad-gzip"]);
    for (const [r, path] of results.map((r, i) => [r, [empty, blank, binary, big, damaged][i]] as const)) {
      expect(!r.ok && r.row.message).toContain(path);
    }
  });

  it("tells a path that is not there from one that cannot be read", async () => {
    const folder = join(dir, "folder.html");
    await mkdir(folder, { recursive: true });
    const read = async (path: string) =>
      collect(readSource({ kind: "file", path, format: "html" }, { maxBytes: 1024 * 1024 }));
    const [missing] = await read(join(dir, "gone.html"));
    const [unreadable] = await read(folder);
    expect([errorOf(missing), errorOf(unreadable)]).toEqual(["not-found", "unreadable"]);
    expect(!missing?.ok && missing?.row.message).toContain("(ENOENT)");
    expect(!unreadable?.ok && unreadable?.row.message).toContain("(EISDIR)");
  });

  it("stops a gzip bomb at the size limit", async () => {
    const path = join(dir, "bomb.txt.gz");
    await writeFile(path, gzipSync("a".repeat(200_000)));
    expect(errorOf((await readAll(path, 10_000))[0])).toBe("too-large");
  });

  it("reads JSONL records, with ids, and reports bad lines by line number", async () => {
    const path = join(dir, "records.jsonl");
    await writeFile(
      path,
      [
        JSON.stringify({
          id: "r1",
          url: "https://example.com/a",
          text: "Headline\nBody.",
          fetched_at: "2024-02-03T10:00:00Z",
        }),
        "{not json",
        JSON.stringify({ url: "https://example.com/b" }),
        JSON.stringify({ html: "<html lang='de'><title>T</title><p>Hallo Welt.</p></html>" }),
      ].join("\n"),
    );
    const results = await readAll(path);
    expect(results.map(errorOf)).toEqual(["ok", "bad-record", "bad-record", "ok"]);
    const first = results[0];
    expect(first?.ok && [first.doc.id, first.doc.crawlDate, first.doc.url]).toEqual([
      "r1",
      "2024-02-03",
      "https://example.com/a",
    ]);
    expect(!results[1]?.ok && results[1]?.row.message).toContain("records.jsonl:2");
    const html = results[3];
    expect(html?.ok && [html.doc.id, html.doc.format, html.doc.meta.lang]).toEqual([
      "records-4",
      "html",
      "de",
    ]);
  });
});
