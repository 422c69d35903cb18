import { existsSync } from "node:fs";
import { appendFile, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, fixtureArticle, fixtureField } from "@clippings/core";
import { articleSignature } from "@clippings/link";
import { describe, expect, it } from "vitest";
import { SIGNATURES_PARTIAL, SignatureSpool } from "./signature-spool.js";

const signatureOf = (id: string) =>
  articleSignature(
    fixtureArticle({
      id,
      headline: fixtureField(`Headline ${id}`),
      body: [
        { block: 0, text: `Council members of district ${id} met on Monday to vote on the new budget.` },
      ],
    }),
  );

describe("SignatureSpool", () => {
  it("gives back every signature in the order added, across chunk writes, and removes its file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sig-spool-"));
    const spool = await SignatureSpool.create(dir);
    const written = Array.from({ length: 600 }, (_, i) => signatureOf(`a${i}`));
    for (const s of written) await spool.add(s);
    expect(spool.size).toBe(600);
    const read = await spool.readAll();
    expect(Array.from({ length: read.size }, (_, i) => read.id(i))).toEqual(written.map((s) => s.id));
    const last = written[599];
    expect([read.headline(599), read.body(599), read.names(599), read.words(599)]).toEqual([
      last?.headline,
      last?.body,
      last?.names,
      last?.words,
    ]);
    await spool.remove();
    expect(existsSync(join(dir, SIGNATURES_PARTIAL))).toBe(false);
  });

  it("starts empty over a file an earlier run left behind", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sig-spool-"));
    await writeFile(join(dir, SIGNATURES_PARTIAL), "left over\n");
    const spool = await SignatureSpool.create(dir);
    await spool.add(signatureOf("b1"));
    const read = await spool.readAll();
    expect([read.size, read.id(0)]).toEqual([1, "b1"]);
  });

  it("names the file and the line when the file was changed under it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sig-spool-"));
    const spool = await SignatureSpool.create(dir);
    await spool.add(signatureOf("c1"));
    await appendFile(join(dir, SIGNATURES_PARTIAL), "not a signature\n");
    const failure = spool.readAll();
    await expect(failure).rejects.toBeInstanceOf(ConfigError);
    await expect(failure).rejects.toThrow(/\.signatures\.spool\.partial, line 1: not a link signature/);
  });
});
