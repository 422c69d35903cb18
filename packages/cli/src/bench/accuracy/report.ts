/**
 * The accuracy report: one table row per set and measure, clippings beside Mozilla Readability (both
 * measured in the same run) and the targets, with the published upstream figures labelled as such, then how
 * every measure is computed and which pages failed.
 */
import type { Measure, MeasureId } from "./scorers.js";

export type SetId = "aeb" | "htmldate" | "trafilatura";

export const SET_TITLES: Record<SetId, string> = {
  aeb: "article-extraction-benchmark",
  htmldate: "htmldate-eval",
  trafilatura: "trafilatura-eval",
};

export interface PageFailure {
  key: string;
  url: string;
  system: "clippings" | "Readability";
  error: string;
}

export interface SetResult {
  set: SetId;
  /** Pages run (after --limit). */
  pages: number;
  ours: Measure[];
  peer: Measure[] | null;
  seconds: { ours: number; peer: number | null };
  failures: PageFailure[];
}

export interface RunInfo {
  date: string;
  commit: string | null;
  limit: number | null;
  /** Sets asked for whose folder is not in ../shared/datasets. */
  missing: SetId[];
}

const LABELS: Record<MeasureId, string> = {
  "body-precision": "body precision",
  "body-recall": "body recall",
  "body-f1": "body F1",
  "date-accuracy": "date accuracy",
  "date-coverage": "date coverage",
  "snippet-precision": "snippet precision",
  "snippet-recall": "snippet recall",
  "snippet-f": "snippet F",
  "headline-exact": "headline exact match",
  "headline-token-f1": "headline token F1",
  "author-f1": "author F1",
};

const TARGETS: Partial<Record<MeasureId, number>> = {
  "body-f1": 0.96,
  "date-accuracy": 0.92,
  "snippet-f": 0.93,
  "headline-exact": 0.9,
  "author-f1": 0.9,
};

// From ../shared/datasets/README.md: published by the upstream projects, not measured by this script.
const UPSTREAM: Partial<Record<`${SetId}/${MeasureId}`, string>> = {
  "aeb/body-f1":
    "trafilatura 2.0 0.958, Mozilla Readability 0.6 0.947, newspaper4k 0.949, goose3 0.896; best 0.970",
  "htmldate/date-accuracy": "htmldate (extensive) 0.903, newspaper4k 0.680, goose3 0.545 (1,000-page set)",
  "trafilatura/snippet-f": "trafilatura 0.924, readability-lxml 0.826, newspaper4k 0.801",
};

const fixed = (x: number) => x.toFixed(3);

function tableRows(results: readonly SetResult[]): string[] {
  const rows = [
    "| set | measure | pages | clippings | Readability | clippings − Readability | target | upstream, published (not measured here) |",
    "| --- | --- | ---: | ---: | ---: | ---: | --- | --- |",
  ];
  for (const r of results) {
    for (const m of r.ours) {
      if (m.pages === 0) {
        rows.push(`| ${SET_TITLES[r.set]} | ${LABELS[m.id]} | 0 | — | — | | | |`);
        continue;
      }
      const peer = r.peer?.find((p) => p.id === m.id);
      const target = TARGETS[m.id];
      const targetCell =
        target === undefined ? "" : `≥ ${target.toFixed(2)} ${m.value >= target ? "met" : "missed"}`;
      const diff = peer ? `${m.value - peer.value >= 0 ? "+" : ""}${fixed(m.value - peer.value)}` : "";
      rows.push(
        `| ${SET_TITLES[r.set]} | ${LABELS[m.id]} | ${m.pages} | ${fixed(m.value)} | ${peer ? fixed(peer.value) : "not run"} | ${diff} | ${targetCell} | ${UPSTREAM[`${r.set}/${m.id}`] ?? ""} |`,
      );
    }
  }
  return rows;
}

/** The table alone, for the terminal. */
export function renderTable(results: readonly SetResult[]): string {
  return `${tableRows(results).join("\n")}\n`;
}

const METHOD = [
  "## How each measure is computed",
  "",
  "Both extractors see the same pages in the same process. clippings: `extractFile(page, url)` (parse → clean →",
  "extract as `clippings run`, today fixed at 2026-11-23); its text is the article body's paragraphs joined by blank",
  "lines, its headline `headline.value`, its authors `authors.value`, its date `date.value`. Readability: Mozilla",
  "`@mozilla/readability` on a jsdom DOM of the same page with its URL; its text is `textContent` (blank-line runs",
  "collapsed), its headline `title`, its authors `byline` exactly as returned, its date the day of `publishedTime`.",
  "The page is decoded for Readability as clippings' reader decodes it: gunzip, byte-order mark, else the first",
  "`<meta charset>` in the first 2 KB, else UTF-8 (the reader's meta lookup is not exported, so its one-line pattern",
  "is repeated); a page that is not valid UTF-8 and declares no charset is decoded as lenient UTF-8 for Readability",
  "where clippings' reader rejects it. A page that fails (error row or exception) counts as an empty extraction for",
  "that extractor and is listed below.",
  "",
  "- **body precision / recall / F1** (article-extraction-benchmark): as the upstream benchmark scores it. Truth",
  "  `articleBody` and the extracted text become multisets of four-word shingles (word = a run of Unicode letters,",
  "  digits or underscores; a text under four words is one shingle); true positives are the shingles both hold",
  "  (multiset minimum), false positives the rest of the prediction's, false negatives the rest of the truth's. The",
  "  counts are summed over all pages before P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2PR/(P+R) (micro average).",
  "- **snippet precision / recall / F** (trafilatura-eval): as trafilatura's `tests/comparison.py` scores it. On",
  "  every page, each `with` snippet found in the extracted text is a true positive and each one missing a false",
  "  negative; each `without` snippet found is a false positive and each one absent a true negative. The test is a",
  "  case-sensitive substring test after collapsing white space on both sides. Counts are summed over all pages",
  "  before P, R and F (micro average).",
  "- **date accuracy**: share of pages whose predicted day equals the truth's day (both read as YYYY-MM-DD; a",
  "  prediction that is an ISO timestamp keeps the day it writes, other date strings become their UTC day); a page",
  "  without a prediction is wrong. **date coverage**: share of pages with any predicted day. On htmldate-eval over",
  "  all pages; on trafilatura-eval over the pages whose truth has a non-empty date.",
  "- **headline exact match**: share of pages whose predicted headline equals the truth's title after Unicode NFKC,",
  "  one kind of quote mark and dash, and collapsed white space (case-sensitive; a missing headline is a miss).",
  "  **headline token F1**: mean over the same pages of the bag-of-words F1 of lower-case word tokens. Both over the",
  "  trafilatura-eval pages whose truth has a non-empty title.",
  "- **author F1**: mean over the trafilatura-eval pages whose truth has a non-empty author of the bag-of-words F1",
  "  (lower-case word tokens) between the truth's author string and the predicted names joined by spaces (for",
  "  Readability, the byline as returned, so a 'By' or a date in it counts against it); an empty prediction scores 0.",
  "- **clippings − Readability**: the difference on that row; positive means clippings is ahead.",
  "- **upstream, published**: figures from the upstream projects' own publications (copied from",
  "  ../shared/datasets/README.md), on their own runs and in part on larger page sets: not measured here.",
];

export function renderReport(results: readonly SetResult[], info: RunInfo): string {
  const counts = results.map((r) => `${SET_TITLES[r.set]} ${r.pages}`).join(", ");
  const lines = [
    "# Accuracy on the public benchmark sets",
    "",
    "Written by `npm run bench:accuracy` (packages/cli/src/bench/accuracy/main.ts); per-page detail in",
    "`out/bench-accuracy/<set>.jsonl`.",
    "",
    `Run on ${info.date}${info.commit ? ` at commit ${info.commit}` : ""}. Pages: ${counts}${info.limit === null ? "" : ` (limited to ${info.limit} a set)`}.`,
  ];
  if (info.missing.length > 0) {
    lines.push(
      "",
      `Not in ../shared/datasets, skipped: ${info.missing.map((s) => SET_TITLES[s]).join(", ")}.`,
    );
  }
  lines.push("", ...tableRows(results), "");
  lines.push(
    "Time (seconds, one process, sequential): " +
      results
        .map(
          (r) =>
            `${SET_TITLES[r.set]} clippings ${r.seconds.ours.toFixed(0)}${r.seconds.peer === null ? "" : `, Readability ${r.seconds.peer.toFixed(0)}`}`,
        )
        .join("; ") +
      ".",
    "",
    ...METHOD,
    "",
    "## Pages that failed",
    "",
  );
  const failures = results.flatMap((r) => r.failures.map((f) => ({ ...f, set: r.set })));
  if (failures.length === 0) lines.push("None.");
  for (const f of failures) {
    lines.push(
      `- ${SET_TITLES[f.set]} ${f.key} (${f.system}): ${f.error.replace(/\s+/g, " ").slice(0, 300)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
