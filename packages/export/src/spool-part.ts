import { type Article, ArticleSchema, OutputFormatSchema } from "@clippings/core";
import type { CorpusLinks } from "@clippings/link";
import { z } from "zod";
import { AtomicFile } from "./atomic-file.js";
import {
  ARTICLE_COLUMNS,
  type ArticleRow,
  articleRow,
  jsonlRecord,
  type LinkLookup,
  linkCells,
  QUOTE_COLUMNS,
  type QuoteRow,
  quoteRows,
} from "./columns.js";
import { csvRecord } from "./csv-file.js";
import { readLines } from "./read-lines.js";

/**
 * The links the article files need, as sorted arrays that cross to worker threads by structured clone: a few
 * strings an article, where maps of objects would be copied several times over into every thread (at 100,000
 * articles, hundreds of megabytes).
 */
export const PartLinksSchema = z.object({
  /** Article ids, sorted and distinct, with each one's story, duplicate and similarity at the same index. */
  articleIds: z.array(z.string()),
  stories: z.array(z.string()),
  duplicateOf: z.array(z.string().nullable()),
  similarity: z.array(z.number().nullable()),
  /** "<article id>/<quote id>" of each grouped quote, sorted and distinct, with its group at the same index. */
  quoteKeys: z.array(z.string()),
  quoteGroups: z.array(z.string()),
});
export type PartLinks = z.infer<typeof PartLinksSchema>;

/** One slice of the article spool, whole lines from `from` to `to`, and where its rows go (no header rows). */
export const SpoolPartSchema = z.object({
  spool: z.string(),
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  format: OutputFormatSchema,
  raw: z.boolean(),
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

const byCodeUnits = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);

/** The corpus links as sorted arrays, built once for the parts that need them. */
export function partLinks(links: CorpusLinks | null): PartLinks | null {
  if (!links) return null;
  const articles = [...links.articles].sort(byCodeUnits);
  const quotes = [...links.quoteGroupOf].sort(byCodeUnits);
  return {
    articleIds: articles.map(([id]) => id),
    stories: articles.map(([, cells]) => cells.story),
    duplicateOf: articles.map(([, cells]) => cells.duplicateOf),
    similarity: articles.map(([, cells]) => cells.similarity),
    quoteKeys: quotes.map(([key]) => key),
    quoteGroups: quotes.map(([, group]) => group),
  };
}

/** Where a key is in a sorted array, by bisection; -1 when it is not there. */
function indexIn(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = sorted[middle] as string;
    if (at === key) return middle;
    if (at < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The links looked up in the sorted arrays, as the article rows ask for them. */
export function lookupOf(links: PartLinks): LinkLookup {
  return {
    articles: {
      get(id) {
        const at = indexIn(links.articleIds, id);
        if (at < 0) return undefined;
        return {
          story: links.stories[at] as string,
          duplicateOf: links.duplicateOf[at] ?? null,
          similarity: links.similarity[at] ?? null,
        };
      },
    },
    quoteGroupOf: {
      get(key) {
        const at = indexIn(links.quoteKeys, key);
        return at < 0 ? undefined : links.quoteGroups[at];
      },
    },
  };
}

/**
 * Writes one slice of the spool as article rows, quote rows and JSONL lines, to the part's files. The files are
 * parts of the final ones, which take them in order after their header rows.
 */
export async function renderSpoolPart(part: SpoolPart, links: LinkLookup | null): Promise<PartRows> {
  const csv = part.format !== "jsonl";
  const jsonl = part.format !== "csv";
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

/** What a thread writing a part is handed: the part, and the links as sorted arrays. */
export const PartJobSchema = z.object({ part: SpoolPartSchema, links: PartLinksSchema.nullable() });
