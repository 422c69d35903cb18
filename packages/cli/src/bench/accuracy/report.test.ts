import { describe, expect, it } from "vitest";
import { renderReport, renderTable, type SetResult } from "./report.js";

const result: SetResult = {
  set: "trafilatura",
  pages: 2,
  ours: [
    { id: "snippet-f", pages: 2, value: 0.95 },
    { id: "author-f1", pages: 0, value: 0 },
  ],
  peer: [
    { id: "snippet-f", pages: 2, value: 0.97 },
    { id: "author-f1", pages: 0, value: 0 },
  ],
  seconds: { ours: 1, peer: 2 },
  failures: [{ key: "a.html", url: "https://a.example/", system: "clippings", error: "bad-gzip: damaged" }],
};

describe("renderTable", () => {
  it("shows the gap to Readability with its sign and whether the target is met", () => {
    const row = renderTable([result])
      .split("\n")
      .find((l) => l.includes("snippet F"));
    expect(row).toContain("| 0.950 | 0.970 | -0.020 | ≥ 0.93 met |");
    expect(row).toContain("trafilatura 0.924");
  });

  it("shows a dash rather than 0 for a measure taken over no pages", () => {
    const row = renderTable([result])
      .split("\n")
      .find((l) => l.includes("author F1"));
    expect(row).toContain("| 0 | — | — |");
  });
});

describe("renderReport", () => {
  it("names the run, the page counts and every failed page", () => {
    const md = renderReport([result], {
      date: "2026-01-02",
      commit: "abc1234",
      limit: null,
      missing: ["aeb"],
    });
    expect(md).toContain("Run on 2026-01-02 at commit abc1234. Pages: trafilatura-eval 2.");
    expect(md).toContain("skipped: article-extraction-benchmark");
    expect(md).toContain("- trafilatura-eval a.html (clippings): bad-gzip: damaged");
  });
});
