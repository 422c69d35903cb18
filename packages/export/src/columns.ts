import { type Article, type ErrorRow, EVIDENCE_FIELDS, joinedWordCount, type Quote } from "@clippings/core";
import type { ArticleLinks, LinkedGroup, Story } from "@clippings/link";

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
  "duplicate_of",
  "duplicate_similarity",
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
  "quote_group",
] as const;
export const ERROR_COLUMNS = ["source", "stage", "error", "message"] as const;
export const STORY_COLUMNS = ["story", "first_date", "articles", "outlets", "headline"] as const;
export const QUOTE_GROUP_COLUMNS = [
  "quote_group",
  "text",
  "speakers",
  "articles",
  "first_seen",
  "speaker_disagreement",
] as const;

/** What the corpus-level link stage adds to one article's rows. */
export interface ArticleLinkCells {
  story: string | null;
  duplicateOf: string | null;
  similarity: number | null;
  quoteGroup: (quoteId: string) => string | null;
}

export const NO_LINKS: ArticleLinkCells = {
  story: null,
  duplicateOf: null,
  similarity: null,
  quoteGroup: () => null,
};

type Cell = string | number | null;
export type ArticleRow = Record<(typeof ARTICLE_COLUMNS)[number], Cell>;
export type QuoteRow = Record<(typeof QUOTE_COLUMNS)[number], Cell>;
export type ErrorCsvRow = Record<(typeof ERROR_COLUMNS)[number], Cell>;
export type StoryRow = Record<(typeof STORY_COLUMNS)[number], Cell>;
export type QuoteGroupRow = Record<(typeof QUOTE_GROUP_COLUMNS)[number], Cell>;

export function bodyText(article: Article): string {
  return article.body.map((p) => p.text).join("\n\n");
}

export function wordCount(text: string): number {
  return joinedWordCount(text);
}

export function articleRow(article: Article, links: ArticleLinkCells = NO_LINKS): ArticleRow {
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
    story: links.story ?? article.story,
    duplicate_of: links.duplicateOf,
    duplicate_similarity: links.similarity,
  };
}

function quoteFields(quote: Quote, links: ArticleLinkCells) {
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
    quote_group: links.quoteGroup(quote.id),
  };
}

export function quoteRows(article: Article, links: ArticleLinkCells = NO_LINKS): QuoteRow[] {
  return article.quotes.map((q) => ({ article_id: article.id, ...quoteFields(q, links) }));
}

export function errorCsvRow(row: ErrorRow): ErrorCsvRow {
  return { source: row.source, stage: row.stage, error: row.error, message: row.message };
}

/**
 * One JSONL line: the articles.csv fields (authors and body as arrays), quotes nested, and each field's evidence.
 * A writer that has built the article's CSV row passes it in: the row's word count is a pass over the whole body.
 */
export function jsonlRecord(
  article: Article,
  links: ArticleLinkCells = NO_LINKS,
  row: ArticleRow = articleRow(article, links),
) {
  return {
    ...row,
    authors: article.authors.value ?? [],
    body: article.body.map((p) => p.text),
    quotes: article.quotes.map((q) => quoteFields(q, links)),
    evidence: Object.fromEntries(
      EVIDENCE_FIELDS.map((name) => {
        const field = article[name];
        return [name, { confidence: field.confidence, rule: field.rule, from: field.from }];
      }),
    ),
    removed: article.removed,
  };
}

export function storyRow(story: Story): StoryRow {
  return {
    story: story.id,
    first_date: story.firstDate,
    articles: story.articles.join("; "),
    outlets: story.outlets.join("; "),
    headline: story.headline,
  };
}

export function quoteGroupRow(group: LinkedGroup): QuoteGroupRow {
  return {
    quote_group: group.id,
    text: group.text,
    speakers: group.members.map((m) => `${m.outlet ?? m.article}: ${m.speaker ?? "(none)"}`).join("; "),
    articles: [...new Set(group.members.map((m) => m.article))].join("; "),
    first_seen: group.firstSeen,
    speaker_disagreement: group.speakerDisagreement ? "yes" : "no",
  };
}

/** What the article files read of a corpus's links: an article's links, and a grouped quote's group. */
export interface LinkLookup {
  articles: Pick<ReadonlyMap<string, ArticleLinks>, "get">;
  /** By "<article id>/<quote id>". */
  quoteGroupOf: Pick<ReadonlyMap<string, string>, "get">;
}

/** The cells a corpus's links give one article. */
export function linkCells(links: LinkLookup | null, articleId: string): ArticleLinkCells {
  const found = links?.articles.get(articleId);
  if (!links || !found) return NO_LINKS;
  return {
    story: found.story,
    duplicateOf: found.duplicateOf,
    similarity: found.similarity,
    quoteGroup: (quoteId) => links.quoteGroupOf.get(`${articleId}/${quoteId}`) ?? null,
  };
}
