import { type Article, type ErrorRow, EVIDENCE_FIELDS, type Quote } from "@clippings/core";

export const ARTICLE_COLUMNS = [
  "id",
  "source",
  "url",
  "outlet",
  "agency",
  "date",
  "datetime",
  "headline",
  "authors",
  "dateline",
  "language",
  "body",
  "words",
  "quotes",
  "story",
] as const;
export const QUOTE_COLUMNS = [
  "article_id",
  "quote_id",
  "text",
  "speaker",
  "speaker_mention",
  "cue",
  "kind",
  "paragraph",
  "start",
  "end",
] as const;
export const ERROR_COLUMNS = ["source", "stage", "error", "message"] as const;

type Cell = string | number | null;
export type ArticleRow = Record<(typeof ARTICLE_COLUMNS)[number], Cell>;
export type QuoteRow = Record<(typeof QUOTE_COLUMNS)[number], Cell>;
export type ErrorCsvRow = Record<(typeof ERROR_COLUMNS)[number], Cell>;

export function bodyText(article: Article): string {
  return article.body.map((p) => p.text).join("\n\n");
}

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function articleRow(article: Article): ArticleRow {
  const body = bodyText(article);
  return {
    id: article.id,
    source: article.source,
    url: article.url,
    outlet: article.outlet.value,
    agency: article.agency.value,
    date: article.date.value,
    datetime: article.datetime.value,
    headline: article.headline.value,
    authors: (article.authors.value ?? []).join("; "),
    dateline: article.dateline.value,
    language: article.language.value,
    body,
    words: wordCount(body),
    quotes: article.quotes.length,
    story: article.story,
  };
}

function quoteFields(quote: Quote) {
  return {
    quote_id: quote.id,
    text: quote.text,
    speaker: quote.speaker,
    speaker_mention: quote.speakerMention,
    cue: quote.cue,
    kind: quote.kind,
    paragraph: quote.paragraph,
    start: quote.start,
    end: quote.end,
  };
}

export function quoteRows(article: Article): QuoteRow[] {
  return article.quotes.map((q) => ({ article_id: article.id, ...quoteFields(q) }));
}

export function errorCsvRow(row: ErrorRow): ErrorCsvRow {
  return { source: row.source, stage: row.stage, error: row.error, message: row.message };
}

/** One JSONL line: the articles.csv fields (authors and body as arrays), quotes nested, and each field's evidence. */
export function jsonlRecord(article: Article) {
  const row = articleRow(article);
  return {
    ...row,
    authors: article.authors.value ?? [],
    body: article.body.map((p) => p.text),
    quotes: article.quotes.map(quoteFields),
    evidence: Object.fromEntries(
      EVIDENCE_FIELDS.map((name) => {
        const field = article[name];
        return [name, { confidence: field.confidence, rule: field.rule, from: field.from }];
      }),
    ),
    removed: article.removed,
  };
}
