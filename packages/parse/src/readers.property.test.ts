import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSource } from "./read-source.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "clippings-readers-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function results(path: string, format: "text" | "html" | "jsonl") {
  const out = [];
  for await (const r of readSource({ kind: "file", path, format }, { maxBytes: 1 << 20 })) out.push(r);
  return out;
}

describe("readers on arbitrary file contents", { timeout: 120_000 }, () => {
  it("a .gz of any bytes, whole or cut short, gives documents or error rows and never throws", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.boolean(), fc.nat(), async (bytes, zip, cut) => {
        const path = join(dir, `f${n++}.txt.gz`);
        const packed = zip ? gzipSync(bytes) : Buffer.from(bytes);
        await writeFile(path, packed.subarray(0, zip ? cut % (packed.length + 1) : packed.length));
        const out = await results(path, "text");
        expect(out).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it("a JSONL file of arbitrary lines gives one result per non-blank line", async () => {
    const lineArb = fc.oneof(
      fc.string({ unit: "binary", maxLength: 80 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .record({ id: fc.string(), text: fc.string({ unit: "binary" }), url: fc.webUrl() })
        .map((r) => JSON.stringify(r)),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          lineArb.map((l) => l.replace(/[\r\n\u2028\u2029]/g, " ")),
          { maxLength: 12 },
        ),
        async (lines) => {
          const path = join(dir, `r${n++}.jsonl`);
          await writeFile(path, lines.join("\n"));
          const out = await results(path, "jsonl");
          // Stray NUL bytes are dropped before the lines are read, so a line of NULs and spaces is a blank line.
          const nonBlank = lines.filter((l) => l.replaceAll("\u0000", "").trim() !== "").length;
          // A file that is not text at all is one row for the file; otherwise one result per line.
          expect(out.length === nonBlank || (out.length === 1 && !out[0]?.ok)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
