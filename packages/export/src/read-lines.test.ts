import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lineStarts, readLines } from "./read-lines.js";

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

describe("lineStarts and readLines from an offset", () => {
  it("cuts a file into slices of whole lines that read back as the whole file's lines", async () => {
    const lines = Array.from({ length: 57 }, (_, i) => `{"n":${i},"t":"${"é😀x".repeat(i % 7)}"}`);
    const text = `${lines.join("\n")}\n`;
    const path = join(dir, "slices.jsonl");
    await writeFile(path, text);
    const bytes = Buffer.byteLength(text);
    for (const parts of [1, 2, 3, 8, 57, 200]) {
      const starts = await lineStarts(path, bytes, parts);
      expect(starts.length).toBeLessThan(parts);
      const cuts = [0, ...starts, bytes];
      const read: string[] = [];
      for (let k = 0; k + 1 < cuts.length; k += 1) {
        const from = cuts[k] as number;
        expect(
          from === 0 || text.charAt(Buffer.from(text).subarray(0, from).toString().length - 1) === "\n",
        ).toBe(true);
        for await (const line of readLines(path, cuts[k + 1] as number, 5, from)) read.push(line);
      }
      expect(read).toEqual(lines);
    }
  });

  it("gives no cut inside a single line", async () => {
    const path = join(dir, "one.jsonl");
    await writeFile(path, '{"only":"line"}\n');
    expect(await lineStarts(path, 16, 4)).toEqual([]);
  });
});
