import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readLines } from "./read-lines.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "clippings-lines-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function linesOf(text: string, length: number, blockBytes: number): Promise<string[]> {
  const path = join(dir, "lines.jsonl");
  await writeFile(path, text);
  const lines: string[] = [];
  for await (const line of readLines(path, length, blockBytes)) lines.push(line);
  return lines;
}

describe("readLines", () => {
  const text = '{"a":"Zürich — 東京"}\n{"b":"😀"}\n\n{"c":1}\n';
  const bytes = Buffer.byteLength(text);

  it("splits at line breaks, multi-byte characters cut by a block's end kept whole", async () => {
    for (const blockBytes of [1, 2, 3, 5, 7, 64])
      expect(await linesOf(text, bytes, blockBytes)).toEqual([
        '{"a":"Zürich — 東京"}',
        '{"b":"😀"}',
        "",
        '{"c":1}',
      ]);
  });

  it("reads only the first `length` bytes, a last line without a break included", async () => {
    const firstTwo = Buffer.byteLength('{"a":"Zürich — 東京"}\n{"b"');
    expect(await linesOf(text, firstTwo, 4)).toEqual(['{"a":"Zürich — 東京"}', '{"b"']);
    expect(await linesOf(text, 0, 4)).toEqual([]);
  });
});
