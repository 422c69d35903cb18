import {
  type Article,
  type Field,
  type Golden,
  normalizeForCompare,
  type OutletRegistry,
} from "@clippings/core";
import { bagOfWordsF1 } from "./bag-of-words.js";
import { count, quoteFigures, round } from "./figures.js";
import type { Failure, SourceScore } from "./report-schema.js";
import { scoreQuotes } from "./score-quotes.js";

const fold = (s: string) => normalizeForCompare(s).toLowerCase();

/** Every name the registry knows the golden outlet by, or just the golden name when it is not registered. */
function outletNames(golden: string, registry: OutletRegistry): Set<string> {
  const outlet = registry.outlets.find((o) => [o.name, ...o.aliases].some((n) => fold(n) === fold(golden)));
  return new Set((outlet ? [outlet.name, ...outlet.aliases] : [golden]).map(fold));
}

function sameOutlet(got: string | null, golden: string | null, registry: OutletRegistry): boolean {
  if (golden === null || got === null) return golden === got;
  return outletNames(golden, registry).has(fold(got));
}

function tokenF1(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 1 : 0;
  return bagOfWordsF1(a, b);
}

function setF1(got: readonly string[], golden: readonly string[]): number {
  if (golden.length === 0 && got.length === 0) return 1;
  const g = new Set(golden.map(fold));
  const hits = got.filter((x) => g.has(fold(x))).length;
  if (hits === 0) return 0;
  const p = hits / got.length;
  const r = hits / golden.length;
  return (2 * p * r) / (p + r);
}

const show = (v: unknown) =>
  v === null || v === undefined ? "(none)" : Array.isArray(v) ? v.join("; ") || "(none)" : String(v);

/** Scores one source's article against its golden file; a missing article scores every field wrong. */
export function scoreSource(
  id: string,
  article: Article | null,
  golden: Golden,
  registry: OutletRegistry,
): SourceScore {
  const failures: Failure[] = [];
  const check = (
    name: string,
    ok: boolean,
    expected: unknown,
    field: Field<unknown> | null,
    got?: unknown,
  ) => {
    if (!ok) {
      failures.push({
        field: name,
        expected: show(expected),
        got: show(got ?? field?.value ?? null),
        rule: article ? (field?.rule ?? "") : "no article: the document failed or is missing",
        confidence: field?.confidence ?? null,
      });
    }
    return count(ok ? 1 : 0, 1);
  };

  const date = check(
    "date",
    article?.date.value === golden.date && article !== null,
    golden.date,
    article?.date ?? null,
  );
  const outlet = check(
    "outlet",
    article !== null && sameOutlet(article.outlet.value, golden.outlet, registry),
    golden.outlet,
    article?.outlet ?? null,
  );
  const agency = check(
    "agency",
    article !== null && sameOutlet(article.agency.value, golden.agency, registry),
    golden.agency,
    article?.agency ?? null,
  );
  const headlineGot = article?.headline.value ?? null;
  const headline = check(
    "headline",
    article !== null && headlineGot !== null && golden.headline !== null
      ? normalizeForCompare(headlineGot) === normalizeForCompare(golden.headline)
      : article !== null && headlineGot === golden.headline,
    golden.headline,
    article?.headline ?? null,
  );
  const authorsGot = article?.authors.value ?? [];
  const authorsF1 = article ? setF1(authorsGot, golden.authors) : 0;
  const authors = check(
    "authors",
    article !== null && authorsF1 === 1,
    golden.authors,
    article?.authors ?? null,
    authorsGot,
  );
  const datelineGot = article?.dateline.value ?? null;
  const dateline = check(
    "dateline",
    article !== null &&
      (datelineGot === null || golden.dateline === null
        ? datelineGot === golden.dateline
        : fold(datelineGot) === fold(golden.dateline)),
    golden.dateline,
    article?.dateline ?? null,
  );

  const paragraphs = article?.body.map((p) => normalizeForCompare(p.text)) ?? [];
  const bodyField = { value: null, confidence: 1, from: null, rule: "body paragraphs" };
  const firstOk = (paragraphs[0] ?? "").startsWith(normalizeForCompare(golden.body.first));
  const lastOk = (paragraphs[paragraphs.length - 1] ?? "").endsWith(normalizeForCompare(golden.body.last));
  const countOk = paragraphs.length === golden.body.paragraphs;
  const bodyFirst = check(
    "body.first",
    article !== null && firstOk,
    golden.body.first,
    bodyField,
    paragraphs[0] ?? null,
  );
  const bodyLast = check(
    "body.last",
    article !== null && lastOk,
    golden.body.last,
    bodyField,
    paragraphs[paragraphs.length - 1] ?? null,
  );
  const bodyParagraphs = check(
    "body.paragraphs",
    article !== null && countOk,
    golden.body.paragraphs,
    bodyField,
    paragraphs.length,
  );
  const body = count(article !== null && firstOk && lastOk && countOk ? 1 : 0, 1);

  const quoteScore = scoreQuotes(article?.quotes ?? [], golden.quotes);
  failures.push(...quoteScore.failures);

  return {
    id,
    date,
    outlet,
    agency,
    headline,
    authors,
    dateline,
    body,
    bodyFirst,
    bodyLast,
    bodyParagraphs,
    headlineTokenF1: round(article ? tokenF1(headlineGot, golden.headline) : 0),
    authorsF1: round(authorsF1),
    quotes: quoteFigures(quoteScore.tally),
    failures,
  };
}
