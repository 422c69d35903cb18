import { mkdtemp, readFile, rm } from "node:fs/promises";
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
});
