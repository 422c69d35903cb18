import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Article, fixtureArticle, fixtureField, fixtureQuote } from "@clippings/core";
import { articleSignature, linkCorpus } from "@clippings/link";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AtomicFile } from "./atomic-file.js";
import { type ArticleFilesOptions, renderArticleFiles } from "./render-article-files.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "clippings-render-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Articles with cells that need quoting or neutralising, non-ASCII text, quotes, and copies for the link stage.
function corpus(size: number): Article[] {
  return Array.from({ length: size }, (_, i) =>
    fixtureArticle({
      id: `a${i}`,
      source: `a${i}.txt`,
      headline: fixtureField(i % 5 === 0 ? `=SUM(A${i}), "quoted"` : `Zürich talks, day ${i % 40}`),
      date: fixtureField(`2024-05-${String((i % 28) + 1).padStart(2, "0")}`),
      outlet: fixtureField(i % 3 === 0 ? "Example Times" : null),
      body: [
        {
          block: 0,
          text: `Ministers met in Zürich on day ${i % 40} to discuss the harbour plan and its cost.`,
        },
        {
          block: 1,
          text: i % 2 === 0 ? "東京 and Osaka sent envoys;\nthe talks went on." : `Paragraph ${i}.`,
        },
      ],
      quotes:
        i % 4 === 0
          ? [
              fixtureQuote({
                id: "q1",
                text: `We will build it, ${i % 40}`,
                speaker: "Ann Lee",
                kind: "full",
              }),
            ]
          : [],
    }),
  );
}

async function spoolOf(
  articles: Article[],
  name: string,
): Promise<{ path: string; bytes: number; rows: number }> {
  const spool = new AtomicFile(join(dir, name), { temp: join(dir, name) });
  for (const article of articles) {
    await spool.write(`${JSON.stringify(article)}\n`);
    spool.rows += 1;
  }
  await spool.finish();
  return { path: spool.temp, bytes: spool.bytes, rows: spool.rows };
}

type Spool = { path: string; bytes: number; rows: number };

/** The files of a spool, unlinked, on up to two threads, into a new folder named after `name`. */
async function renderSpool(spool: Spool, name: string, options: Partial<ArticleFilesOptions> = {}) {
  const outDir = await mkdtemp(join(dir, `${name}-`));
  const files = renderArticleFiles({
    outDir,
    format: "both",
    raw: false,
    links: null,
    threads: 2,
    spool: spool.path,
    spoolBytes: spool.bytes,
    spoolRows: spool.rows,
    ...options,
  });
  return { outDir, files };
}

describe("renderArticleFiles", () => {
  it("writes the same bytes on several threads as on one, and leaves no part files", async () => {
    const articles = corpus(1_200);
    const links = linkCorpus(articles.map(articleSignature));
    const spool = await spoolOf(articles, "spool.jsonl");
    const outputs: Record<string, string>[] = [];
    for (const threads of [1, 2]) {
      const outDir = await mkdtemp(join(dir, `out-${threads}-`));
      // As a run killed while writing its files on more threads would leave it.
      await writeFile(join(outDir, ".quotes.csv.part-7"), "stale\r\n");
      const options = { outDir, format: "both" as const, raw: false, links, threads };
      const files = await renderArticleFiles({
        ...options,
        spool: spool.path,
        spoolBytes: spool.bytes,
        spoolRows: spool.rows,
      });
      expect(files.threads).toBe(threads);
      expect([files.articles?.rows, files.quotes?.rows, files.jsonl?.rows]).toEqual([1_200, 300, 1_200]);
      for (const file of [files.articles, files.quotes]) await file?.commit();
      await files.jsonl?.commit();
      const names = (await readdir(outDir)).sort();
      expect(names).toEqual(["articles.csv", "articles.jsonl", "quotes.csv"]);
      outputs.push(
        Object.fromEntries(
          await Promise.all(names.map(async (n) => [n, await readFile(join(outDir, n), "utf8")])),
        ),
      );
    }
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[0]?.["articles.csv"]).toContain("'=SUM(A0)");
  });

  it("stays in this thread for a spool over the threaded limit", async () => {
    const spool = await spoolOf(corpus(1_200), "large.jsonl");
    const files = await (await renderSpool(spool, "large", { format: "jsonl", maxThreadedRows: 1_000 }))
      .files;
    expect(files.threads).toBe(1);
    expect(files.jsonl?.rows).toBe(1_200);
  });

  it("stays in this thread for a small spool", async () => {
    const spool = await spoolOf(corpus(20), "small.jsonl");
    const files = await (await renderSpool(spool, "small", { format: "csv" })).files;
    expect(files.threads).toBe(1);
    expect(files.jsonl).toBeNull();
    expect(files.articles?.rows).toBe(20);
  });

  it("fails naming the spool when a line does not read back, on a thread too, and removes the part files", async () => {
    const articles = corpus(1_200);
    const good = await spoolOf(articles.slice(0, 1_000), "bad.jsonl");
    const spool = new AtomicFile(good.path, {
      temp: good.path,
      resumeFrom: { bytes: good.bytes, rows: good.rows },
    });
    await spool.write('{"id": "torn\n');
    for (const article of articles.slice(1_000)) await spool.write(`${JSON.stringify(article)}\n`);
    await spool.finish();
    const { outDir, files: render } = await renderSpool(
      { path: spool.temp, bytes: spool.bytes, rows: 1_201 },
      "bad",
    );
    await expect(render).rejects.toThrow(/bad\.jsonl: an article in the spool does not read back/);
    expect(await readdir(outDir)).toEqual([]);
  });
});
