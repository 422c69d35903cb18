/**
 * One scorer per benchmark set and extractor: it scores each page's prediction against the truth, keeps the
 * running totals, and gives the set's measures at the end. The per-page scores go to the detail file.
 */
import { addCounts, type OverlapCounts, precisionRecall, shingleOverlap } from "@clippings/evaluate";
import type { AebTruth, HtmldateTruth, TrafilaturaTruth } from "../datasets.js";
import { type DateScore, dateTotals, scoreDate } from "./dates.js";
import { type HeadlineScore, scoreAuthors, scoreHeadline } from "./fields.js";
import type { Prediction } from "./predict.js";
import {
  addSnippetCounts,
  NO_SNIPPETS,
  type SnippetCounts,
  snippetOutcome,
  snippetScores,
} from "./snippets.js";

export type MeasureId =
  | "body-precision"
  | "body-recall"
  | "body-f1"
  | "date-accuracy"
  | "date-coverage"
  | "snippet-precision"
  | "snippet-recall"
  | "snippet-f"
  | "headline-exact"
  | "headline-token-f1"
  | "author-f1";

export interface Measure {
  id: MeasureId;
  /** Pages the measure is taken over. */
  pages: number;
  value: number;
}

export interface Scorer<T> {
  /** Adds one page to the totals and returns that page's own scores. */
  add(truth: T, prediction: Prediction): Record<string, unknown>;
  measures(): Measure[];
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** article-extraction-benchmark: four-word shingles, counts summed over pages (micro), as upstream scores. */
export function aebScorer(): Scorer<AebTruth> {
  let sum: OverlapCounts = { tp: 0, fp: 0, fn: 0 };
  let pages = 0;
  return {
    add(truth, prediction) {
      const counts = shingleOverlap(truth.articleBody, prediction.body);
      sum = addCounts(sum, counts);
      pages += 1;
      return { body: { ...counts, ...precisionRecall(counts) } };
    },
    measures() {
      const pr = precisionRecall(sum);
      return [
        { id: "body-precision", pages, value: pr.precision },
        { id: "body-recall", pages, value: pr.recall },
        { id: "body-f1", pages, value: pr.f1 },
      ];
    },
  };
}

/** htmldate-eval: the publication day of every page. */
export function htmldateScorer(): Scorer<HtmldateTruth> {
  const scores: DateScore[] = [];
  return {
    add(truth, prediction) {
      const score = scoreDate(truth.date, prediction.date);
      scores.push(score);
      return { date: score };
    },
    measures() {
      const t = dateTotals(scores);
      return [
        { id: "date-accuracy", pages: t.pages, value: t.accuracy },
        { id: "date-coverage", pages: t.pages, value: t.coverage },
      ];
    },
  };
}

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== "";

/**
 * trafilatura-eval: with/without snippets on every page; headline, author and date on the pages whose truth
 * has a non-empty value for them.
 */
export function trafilaturaScorer(): Scorer<TrafilaturaTruth> {
  let snippets: SnippetCounts = NO_SNIPPETS;
  let pages = 0;
  const headlines: HeadlineScore[] = [];
  const authors: number[] = [];
  const dates: DateScore[] = [];
  return {
    add(truth, prediction) {
      const outcome = snippetOutcome(truth, prediction.body);
      snippets = addSnippetCounts(snippets, outcome.counts);
      pages += 1;
      const page: Record<string, unknown> = { snippets: outcome };
      if (present(truth.title)) {
        const h = scoreHeadline(truth.title, prediction.headline);
        headlines.push(h);
        page.headline = h;
      }
      if (present(truth.author)) {
        const f1 = scoreAuthors(truth.author, prediction.authors);
        authors.push(f1);
        page.authorF1 = f1;
      }
      if (present(truth.date)) {
        const d = scoreDate(truth.date, prediction.date);
        dates.push(d);
        page.date = d;
      }
      return page;
    },
    measures() {
      const s = snippetScores(snippets);
      const d = dateTotals(dates);
      return [
        { id: "snippet-precision", pages, value: s.precision },
        { id: "snippet-recall", pages, value: s.recall },
        { id: "snippet-f", pages, value: s.f },
        {
          id: "headline-exact",
          pages: headlines.length,
          value: mean(headlines.map((h) => (h.exact ? 1 : 0))),
        },
        { id: "headline-token-f1", pages: headlines.length, value: mean(headlines.map((h) => h.tokenF1)) },
        { id: "author-f1", pages: authors.length, value: mean(authors) },
        { id: "date-accuracy", pages: d.pages, value: d.accuracy },
        { id: "date-coverage", pages: d.pages, value: d.coverage },
      ];
    },
  };
}
