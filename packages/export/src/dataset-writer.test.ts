import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixtureArticle, fixtureField, fixtureQuote } from "@clippings/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ARTICLE_COLUMNS, QUOTE_COLUMNS } from "./columns.js";
import { createDatasetWriter } from "./dataset-writer.js";

let out = "";
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), "clippings-export-"));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

/** A small RFC 4180 reader, enough to check what the writer wrote. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 1;
    } else cell += c;
  }
  return rows;
}

const tricky = 'He said, "no",\nthen left';

describe("createDatasetWriter", () => {
  it("writes articles, quotes and errors that read back cell for cell", async () => {
    const writer = await createDatasetWriter({ outDir: out, format: "both" });
    await writer.writeArticle(
      fixtureArticle({
        id: "a1",
        headline: fixtureField("A, B"),
        authors: fixtureField(["Ann Lee", "Bo Kim"]),
        body: [
          { block: 0, text: "One two three." },
          { block: 1, text: "Four." },
        ],
        quotes: [fixtureQuote({ text: tricky, speaker: "Ann Lee", kind: "partial" })],
      }),
    );
    await writer.writeArticle(fixtureArticle({ id: "a2" }));
    await writer.writeError({
      source: "bad.txt",
      id: "bad",
      stage: "parse",
      error: "binary",
      message: "bad.txt: binary",
    });
    const written = await writer.close();
    expect(written.files.map((f) => [f.path.split("/").pop(), f.rows])).toEqual([
      ["articles.csv", 2],
      ["quotes.csv", 1],
      ["errors.csv", 1],
      ["articles.jsonl", 2],
    ]);

    const articles = readCsv(await readFile(join(out, "articles.csv"), "utf8"));
    expect(articles[0]).toEqual([...ARTICLE_COLUMNS]);
    const a1 = Object.fromEntries(ARTICLE_COLUMNS.map((c, i) => [c, articles[1]?.[i]]));
    expect(a1).toMatchObject({
      id: "a1",
      headline: "A, B",
      authors: "Ann Lee; Bo Kim",
      body: "One two three.\n\nFour.",
      words: "4",
      quotes: "1",
    });

    const quotes = readCsv(await readFile(join(out, "quotes.csv"), "utf8"));
    expect(quotes[0]).toEqual([...QUOTE_COLUMNS]);
    expect(quotes[1]?.slice(0, 4)).toEqual(["a1", "q1", tricky, "Ann Lee"]);

    const errors = readCsv(await readFile(join(out, "errors.csv"), "utf8"));
    expect(errors[1]).toEqual(["bad.txt", "parse", "binary", "bad.txt: binary"]);

    const lines = (await readFile(join(out, "articles.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines[0].quotes[0].text).toBe(tricky);
    expect(lines[0].authors).toEqual(["Ann Lee", "Bo Kim"]);
    expect(lines[0].evidence.headline.rule).toBe("fixture");
  });

  it("writes header rows when there is nothing to write, and leaves no temporary files", async () => {
    const writer = await createDatasetWriter({ outDir: out, format: "csv" });
    await writer.close();
    expect((await readdir(out)).sort()).toEqual(["articles.csv", "errors.csv", "quotes.csv"]);
    expect(await readFile(join(out, "errors.csv"), "utf8")).toBe("source,stage,error,message\r\n");
  });

  it("removes unfinished files when a run is aborted", async () => {
    const writer = await createDatasetWriter({ outDir: out, format: "both" });
    await writer.writeArticle(fixtureArticle());
    await writer.abort();
    expect(await readdir(out)).toEqual([]);
  });

  it("resumes from a checkpoint: rows written after it are cut off, and the files match an uninterrupted run", async () => {
    const error = (n: number) => ({
      source: `bad${n}.txt`,
      id: `bad${n}`,
      stage: "parse" as const,
      error: "binary" as const,
      message: `bad${n}.txt: binary`,
    });
    const whole = join(out, "whole");
    const straight = await createDatasetWriter({ outDir: whole, format: "both" });
    for (const n of [1, 2, 3]) {
      await straight.writeArticle(fixtureArticle({ id: `a${n}` }));
      await straight.writeError(error(n));
    }
    await straight.close();

    const resumed = join(out, "resumed");
    const first = await createDatasetWriter({ outDir: resumed, format: "both" });
    await first.writeArticle(fixtureArticle({ id: "a1" }));
    await first.writeError(error(1));
    const checkpoint = await first.checkpoint();
    // Written after the checkpoint and then lost to a kill: the resumed run must drop these rows.
    await first.writeArticle(fixtureArticle({ id: "lost" }));
    await first.writeError(error(9));
    await first.checkpoint();

    const second = await createDatasetWriter({ outDir: resumed, format: "both", resume: checkpoint });
    const earlier: string[] = [];
    for await (const article of second.spooledArticles()) earlier.push(article.id);
    expect(earlier).toEqual(["a1"]);
    for (const n of [2, 3]) {
      await second.writeArticle(fixtureArticle({ id: `a${n}` }));
      await second.writeError(error(n));
    }
    const written = await second.close();
    expect(written.files.map((f) => f.rows)).toEqual([3, 0, 3, 3]);
    for (const name of ["articles.csv", "quotes.csv", "errors.csv", "articles.jsonl"]) {
      expect(await readFile(join(resumed, name), "utf8")).toBe(await readFile(join(whole, name), "utf8"));
    }
    expect((await readdir(resumed)).sort()).toEqual([
      "articles.csv",
      "articles.jsonl",
      "errors.csv",
      "quotes.csv",
    ]);
  });
});
