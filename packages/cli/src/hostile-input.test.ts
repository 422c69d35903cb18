import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { errorRow, fixtureArticle, fixtureField } from "@clippings/core";
import { createDatasetWriter } from "@clippings/export";
import { parseHtml, parseTextScrape } from "@clippings/parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DocumentOutcome, processDocument } from "./process-document.js";
import { runPipeline } from "./run-pipeline.js";
import { testRegistry } from "./test-context.js";

const context = { registry: testRegistry, today: "2026-01-01" };
const outcomeOf = (o: DocumentOutcome) => (o.ok ? "article" : o.row.error);
const text = (raw: string) => processDocument(parseTextScrape({ id: "t", source: "t.txt", raw }), context);
const html = (raw: string): DocumentOutcome => {
  try {
    return processDocument(parseHtml({ id: "h", source: "h.html", raw }), context);
  } catch (err) {
    return { ok: false, row: errorRow("h.html", "h", err, "parse") };
  }
};

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "clippings-hostile-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("pathological documents end as an article or an error row, never a crash", {
  timeout: 60_000,
}, () => {
  it("HTML nested 100,000 levels deep", () => {
    const depth = 100_000;
    const outcome = html(
      `${"<div>".repeat(depth)}<p>Deep text that is not an article.</p>${"</div>".repeat(depth)}`,
    );
    expect(outcomeOf(outcome)).toBe("too-deep");
    expect(!outcome.ok && outcome.row.message).toContain("nested more than 5000 elements deep");
    // 20,000 unclosed copies of one paragraph: a best-effort article of that paragraph once, the copies as repeats.
    const sloppy = html(`<div>${"<p>Unclosed paragraph of a sloppy page.".repeat(20_000)}</div>`);
    expect(sloppy.ok && sloppy.article.body.map((p) => p.text)).toEqual([
      "Unclosed paragraph of a sloppy page.",
    ]);
  });

  it("an element with 100,000 attributes", () => {
    const attrs = Array.from({ length: 100_000 }, (_, i) => `a${i}="${i}"`).join(" ");
    expect(outcomeOf(html(`<p ${attrs}>Text.</p>`))).toBe("no-article");
  });

  it("a megabyte of quotation marks of every kind", () => {
    for (const mark of ['"', "\u201C", "\u201D", "\u00AB", "\u2018", "'", "\u300C"]) {
      const outcome = text(`Headline\n${mark.repeat(1 << 20)}`);
      expect(["article", "no-article"]).toContain(outcomeOf(outcome));
    }
  });

  it("RTL overrides, zero-width and control characters, and unpaired surrogates inside prose", () => {
    const prose =
      "The council voted on Monday to expand the bus network, adding four routes across the city.";
    const hostile = `\u202E${prose}\u200B\u200D\u0007\uD800 "It is done,\uDC00" Lee said.\u202C`;
    const outcome = text(`Bus Network Grows\n${hostile}\n${prose}`);
    expect(outcomeOf(outcome)).toBe("article");
  });

  it("too many blocks, and a document over its time budget, become error rows", () => {
    const many = processDocument(parseTextScrape({ id: "m", source: "m.txt", raw: "line\n".repeat(200) }), {
      ...context,
      limits: { maxBlocks: 100, timeBudgetMs: 10_000 },
    });
    expect(!many.ok && many.row.message).toContain("200 blocks, over the limit of 100");
    const prose =
      "The council voted on Monday to expand the bus network, adding four routes across the city.\n";
    const slow = processDocument(parseTextScrape({ id: "s", source: "s.txt", raw: prose.repeat(2000) }), {
      ...context,
      limits: { maxBlocks: 100_000, timeBudgetMs: 0 },
    });
    expect(outcomeOf(slow)).toBe("time-budget");
  });
});

describe("files a crawl really holds", { timeout: 60_000 }, () => {
  it("a 50 MB single line, invalid UTF-8 and a truncated gzip become rows naming the file", async () => {
    const inputs = join(dir, "files");
    await mkdir(inputs, { recursive: true });
    await writeFile(join(inputs, "huge.txt"), "x".repeat(50 * 1024 * 1024));
    await writeFile(join(inputs, "latin.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xc3, 0x28]));
    await writeFile(join(inputs, "cut.html.gz"), gzipSync("<p>text</p>".repeat(100)).subarray(0, 30));
    const summary = await runPipeline({
      inputs: [inputs],
      outDir: join(dir, "files-out"),
      format: "csv",
      registry: testRegistry,
      concurrency: 2,
      maxBytes: 10 * 1024 * 1024,
      today: "2026-01-01",
    });
    expect(summary).toMatchObject({ documents: 3, articles: 0, errors: 3, accounted: true });
    const errors = await readFile(join(dir, "files-out", "errors.csv"), "utf8");
    expect(errors).toContain("cut.html.gz,parse,bad-gzip");
    expect(errors).toContain("huge.txt,parse,too-large");
    expect(errors).toContain("latin.txt,parse,binary");
  });
});

describe("outputs", () => {
  it("stay inside --out whatever the input names and record ids", async () => {
    const inputs = join(dir, "names");
    await mkdir(inputs, { recursive: true });
    const story =
      "The council voted on Monday to expand the bus network, adding four routes across the city.";
    await writeFile(join(inputs, "%2E%2E%2Fescape.txt"), `Headline Here Today\n${story}`);
    await writeFile(
      join(inputs, "records.jsonl"),
      `${JSON.stringify({ id: "../../../escape", text: `Headline Here Today\n${story}` })}\n${JSON.stringify({ id: "/etc/passwd", text: story })}\n`,
    );
    const out = join(dir, "names-out", "run");
    const summary = await runPipeline({
      inputs: [inputs],
      outDir: out,
      format: "both",
      registry: testRegistry,
      concurrency: 2,
      maxBytes: 1024 * 1024,
      today: "2026-01-01",
    });
    expect(summary).toMatchObject({ documents: 3, articles: 3, accounted: true });
    expect((await readdir(out)).sort()).toEqual([
      "articles.csv",
      "articles.jsonl",
      "errors.csv",
      "quote_groups.csv",
      "quotes.csv",
      "stories.csv",
    ]);
    expect(await readdir(join(dir, "names-out"))).toEqual(["run"]);
    expect(await readdir(dir)).not.toContain("escape");
  });

  it("neutralise spreadsheet formulas in CSV unless raw CSV is asked for; JSONL stays exact", async () => {
    const formula = '=HYPERLINK("http://evil.example","click")';
    const article = fixtureArticle({ headline: fixtureField(formula), authors: fixtureField(["@handle"]) });
    for (const rawCsv of [false, true]) {
      const out = join(dir, `formula-${rawCsv}`);
      const writer = await createDatasetWriter({ outDir: out, format: "both", rawCsv });
      await writer.writeArticle(article);
      await writer.close();
      const csv = await readFile(join(out, "articles.csv"), "utf8");
      expect(csv.includes(`"'=HYPERLINK`)).toBe(!rawCsv);
      expect(csv.includes(",'@handle,")).toBe(!rawCsv);
      const jsonl = JSON.parse(await readFile(join(out, "articles.jsonl"), "utf8"));
      expect(jsonl.headline).toBe(formula);
    }
  });
});
