import { fileURLToPath } from "node:url";
import {
  fixtureArticle,
  fixtureField,
  fixtureQuote,
  type Golden,
  type OutletRegistry,
} from "@clippings/core";
import { describe, expect, it } from "vitest";
import { aggregate } from "./aggregate.js";
import { loadGoldenDir } from "./load.js";
import { findRegressions } from "./regressions.js";
import { renderMarkdown } from "./render-markdown.js";
import { scoreSource } from "./score-source.js";

const registry: OutletRegistry = {
  outlets: [
    {
      name: "Example Wire",
      kind: "agency",
      aliases: ["EXW"],
      domains: [],
      wireTags: ["EXW"],
      signatures: [],
    },
  ],
};

const golden: Golden = {
  date: "2024-05-01",
  outlet: "Example Wire",
  agency: "Example Wire",
  headline: "Bridge to Open in May",
  authors: ["Ann Lee"],
  dateline: "Springfield",
  body: { first: "The bridge opens in May.", last: "Tolls are free.", paragraphs: 2 },
  quotes: [
    { text: "we are ready to open it", speaker: "Ann Lee", alternatives: [], kind: "full" },
    { text: "long overdue", speaker: "Bo Kim", alternatives: [], kind: "partial" },
  ],
};

const good = fixtureArticle({
  date: fixtureField("2024-05-01"),
  outlet: fixtureField("EXW"),
  agency: fixtureField("Example Wire"),
  headline: fixtureField("Bridge to Open in May"),
  authors: fixtureField(["Ann Lee"]),
  dateline: fixtureField("SPRINGFIELD"),
  body: [
    { block: 3, text: "The bridge opens in May. Work ended early." },
    { block: 4, text: "Officials said so. Tolls are free." },
  ],
  quotes: [fixtureQuote({ text: "We are ready to open it,", speaker: "Lee" })],
});

describe("scoreSource", () => {
  it("scores each field, accepting outlet aliases and a case-insensitive dateline", () => {
    const score = scoreSource("s", good, golden, registry);
    for (const f of ["date", "outlet", "agency", "headline", "authors", "dateline", "body"] as const) {
      expect([f, score[f].correct]).toEqual([f, 1]);
    }
    expect(score.quotes).toMatchObject({
      matched: 1,
      precision: 1,
      recall: 0.5,
      fullRecall: 1,
      partialRecall: 0,
      speakerAccuracy: 1,
    });
    expect(score.failures.map((f) => f.field)).toEqual(["quote.missed"]);
  });

  it("fails the body when furniture is left in it", () => {
    const leaky = { ...good, body: [...good.body, { block: 9, text: "Subscribe now." }] };
    const score = scoreSource("s", leaky, golden, registry);
    expect([score.body.correct, score.bodyParagraphs.correct, score.bodyLast.correct]).toEqual([0, 0, 0]);
  });

  it("scores a missing article as wrong everywhere, and names the rule of a wrong field", () => {
    const missing = scoreSource("s", null, golden, registry);
    expect(missing.date.correct + missing.outlet.correct + missing.body.correct).toBe(0);
    expect(missing.quotes.recall).toBe(0);
    const wrongDate = scoreSource(
      "s",
      { ...good, date: { ...fixtureField("2024-05-02"), rule: "crawl date" } },
      golden,
      registry,
    );
    expect(wrongDate.failures[0]).toMatchObject({
      field: "date",
      expected: "2024-05-01",
      got: "2024-05-02",
      rule: "crawl date",
    });
  });
});

describe("aggregate and findRegressions", () => {
  it("finds a drop in any figure and ignores equal ones", () => {
    const base = aggregate("p", [scoreSource("s", good, golden, registry)]);
    expect(findRegressions(base, base)).toEqual([]);
    const worse = aggregate("p", [
      scoreSource("s", { ...good, headline: fixtureField("Other") }, golden, registry),
    ]);
    const drops = findRegressions(worse, base).map((r) => `${r.where}:${r.metric}`);
    expect(drops).toContain("overall:headline");
    expect(drops).toContain("s:headline");
    expect(renderMarkdown(worse)).toContain("| headline | Bridge to Open in May | Other |");
  });
});

describe("golden files", () => {
  it("every golden file of the default pipeline is valid", async () => {
    const dir = fileURLToPath(new URL("../../../golden/japan-nato", import.meta.url));
    const goldens = await loadGoldenDir(dir);
    expect(goldens.size).toBe(5);
  });
});
