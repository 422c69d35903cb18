import { type Article, ArticleSchema, OutputFormatSchema } from "@clippings/core";
import type { CorpusLinks } from "@clippings/link";
import { z } from "zod";
import { AtomicFile } from "./atomic-file.js";
import {
  ARTICLE_COLUMNS,
  type ArticleRow,
  articleRow,
  jsonlRecord,
  linkCells,
  QUOTE_COLUMNS,
  type QuoteRow,
  quoteRows,
} from "./columns.js";
import { csvRecord } from "./csv-file.js";
import { readLines } from "./read-lines.js";

/** The links the article files need, as plain maps: they cross to worker threads by structured clone. */
export const PartLinksSchema = z.object({
  articles: z.map(
    z.string(),
    z.object({ story: z.string(), duplicateOf: z.string().nullable(), similarity: z.number().nullable() }),
  ),
  quoteGroupOf: z.map(z.string(), z.string()),
});
export type PartLinks = z.infer<typeof PartLinksSchema>;

/** One slice of the article spool, whole lines from `from` to `to`, and where its rows go (no header rows). */
export const SpoolPartSchema = z.object({
  spool: z.string(),
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  format: OutputFormatSchema,
  raw: z.boolean(),
  links: PartLinksSchema.nullable(),
  articlesCsv: z.string(),
  quotesCsv: z.string(),
  jsonl: z.string(),
});
export type SpoolPart = z.infer<typeof SpoolPartSchema>;

export interface PartRows {
  articles: number;
  quotes: number;
  jsonl: number;
}

function spooledArticle(spool: string, line: string): Article {
  try {
    return ArticleSchema.parse(JSON.parse(line));
  } catch (err) {
    throw new Error(
      `${spool}: an article in the spool does not read back (${err instanceof Error ? err.message.slice(0, 200) : String(err)}); the run cannot be finished from it, run again without --resume`,
    );
  }
}

/** The corpus links as plain maps, built once for the parts that need them. */
export function partLinks(links: CorpusLinks | null): PartLinks | null {
  if (!links) return null;
  return { articles: new Map(links.articles), quoteGroupOf: new Map(links.quoteGroupOf) };
}

/**
 * Writes one slice of the spool as article rows, quote rows and JSONL lines, to the part's files. The files are
 * parts of the final ones, which take them in order after their header rows.
 */
export async function renderSpoolPart(part: SpoolPart): Promise<PartRows> {
  const csv = part.format !== "jsonl";
  const jsonl = part.format !== "csv";
  const links: CorpusLinks | null = part.links && { ...part.links, stories: [], quoteGroups: [] };
  const articles = new AtomicFile(part.articlesCsv, { temp: part.articlesCsv });
  const quotes = new AtomicFile(part.quotesCsv, { temp: part.quotesCsv });
  const lines = new AtomicFile(part.jsonl, { temp: part.jsonl });
  for await (const line of readLines(part.spool, part.to, undefined, part.from)) {
    if (line === "") continue;
    const article = spooledArticle(part.spool, line);
    const cells = linkCells(links, article.id);
    const row = articleRow(article, cells);
    if (csv) {
      await articles.write(csvRecord<ArticleRow>(ARTICLE_COLUMNS, row, part.raw));
      articles.rows += 1;
      for (const quote of quoteRows(article, cells)) {
        await quotes.write(csvRecord<QuoteRow>(QUOTE_COLUMNS, quote, part.raw));
        quotes.rows += 1;
      }
    }
    if (jsonl) {
      await lines.write(`${JSON.stringify(jsonlRecord(article, cells, row))}\n`);
      lines.rows += 1;
    }
  }
  await Promise.all([articles.finish(), quotes.finish(), lines.finish()]);
  return { articles: articles.rows, quotes: quotes.rows, jsonl: lines.rows };
}
