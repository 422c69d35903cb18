import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadQuotesBenchmarkDir, QuotesBenchmarkReportSchema } from "@clippings/evaluate";
import { describe, expect, it } from "vitest";
import { articleExtractionBenchmark } from "./datasets.js";
import {
  benchmarkParagraphs,
  QUOTES_GOLDEN_DIR,
  QUOTES_REPORT_DIR,
  runQuotesBenchmark,
} from "./quotes-benchmark.js";

const pages = articleExtractionBenchmark();

describe("quotes benchmark", () => {
  it("splits the ground-truth text into paragraphs on newlines, blank lines dropped", () => {
    expect(benchmarkParagraphs("A said.\n\n B said. \nC")).toEqual(["A said.", "B said.", "C"]);
  });

  it.skipIf(pages === null)(
    "has golden files for pages of the benchmark, each quote in its text",
    async () => {
      const goldens = await loadQuotesBenchmarkDir(QUOTES_GOLDEN_DIR);
      const bodies = new Map((pages ?? []).map((p) => [p.key, p.truth.articleBody]));
      expect(goldens.length).toBeGreaterThanOrEqual(25);
      for (const golden of goldens) {
        const body = bodies.get(golden.id);
        expect(body, golden.id).toBeDefined();
        // Multi-paragraph quotes join their paragraphs, so words are compared, not the exact string.
        const words = new Set((body ?? "").toLowerCase().match(/[\p{L}\d]+/gu));
        for (const q of golden.quotes)
          for (const w of q.text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [])
            expect(words.has(w), `${golden.id}: ${w}`).toBe(true);
      }
    },
  );

  it.skipIf(pages === null || !existsSync(join(QUOTES_REPORT_DIR, "accuracy.json")))(
    "does not fall below the committed report",
    async () => {
      const committed = QuotesBenchmarkReportSchema.parse(
        JSON.parse(await readFile(join(QUOTES_REPORT_DIR, "accuracy.json"), "utf8")),
      );
      const report = await runQuotesBenchmark();
      expect(report).not.toBeNull();
      expect(report?.overall.f1).toBeGreaterThanOrEqual(committed.overall.f1);
      expect(report?.overall.speakerAccuracy).toBeGreaterThanOrEqual(committed.overall.speakerAccuracy);
      expect(report?.partial.f1).toBeGreaterThanOrEqual(committed.partial.f1);
    },
    120_000,
  );
});
