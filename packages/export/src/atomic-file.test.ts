import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AtomicFile } from "./atomic-file.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "clippings-atomic-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("AtomicFile", () => {
  it("counts the UTF-8 bytes written, before and after they reach the file", async () => {
    const file = new AtomicFile(join(dir, "a.jsonl"));
    await file.write("naïve\n");
    await file.write("東京\n");
    expect(file.bytes).toBe(7 + 7);
    await file.flush();
    expect(file.bytes).toBe(14);
    await file.write("x");
    expect(file.bytes).toBe(15);
    expect((await file.checkpoint()).bytes).toBe(15);
    await file.commit();
    expect(Buffer.byteLength(await readFile(file.path, "utf8"))).toBe(15);
  });

  it("appends another file's bytes after what it holds, pending writes first, and counts its rows", async () => {
    const part = join(dir, "part.csv");
    const big = "x".repeat(3 << 20);
    await writeFile(part, `東京\r\n${big}\r\n`);
    const file = new AtomicFile(join(dir, "joined.csv"));
    await file.write("head\r\n");
    await file.append(part, 2);
    await file.write("tail\r\n");
    expect(file.rows).toBe(2);
    expect(file.bytes).toBe(6 + Buffer.byteLength(`東京\r\n${big}\r\n`) + 6);
    await file.commit();
    expect(await readFile(file.path, "utf8")).toBe(`head\r\n東京\r\n${big}\r\ntail\r\n`);
  });

  it("takes bytes already encoded between strings, in order, and counts them", async () => {
    const file = new AtomicFile(join(dir, "mixed.jsonl"));
    await file.write('{"a":"東京"}');
    await file.write(new TextEncoder().encode('\n{"b":"naïve"}'));
    await file.write("\n");
    expect(file.bytes).toBe(Buffer.byteLength('{"a":"東京"}\n{"b":"naïve"}\n'));
    await file.commit();
    expect(await readFile(file.path, "utf8")).toBe('{"a":"東京"}\n{"b":"naïve"}\n');
  });
});
