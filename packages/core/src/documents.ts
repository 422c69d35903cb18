import { z } from "zod";
import { BlockSchema, CleanBlockSchema } from "./blocks.js";

export const SourceFormatSchema = z.enum(["text", "html", "jsonl"]);
export type SourceFormat = z.infer<typeof SourceFormatSchema>;

/** ISO day, YYYY-MM-DD. */
export const IsoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

/**
 * A block-level element of an HTML page, so that cleaning can weigh containers (the article's element against
 * sidebars) rather than lines one by one. Parents come before their children.
 */
export const PageNodeSchema = z.object({
  tag: z.string(),
  /** Index of the enclosing block-level element, null at the top. */
  parent: z.number().int().min(0).nullable(),
  /** The element's id, class, itemprop and role attributes, lower-cased and bounded, for name-based hints. */
  names: z.string(),
});
export type PageNode = z.infer<typeof PageNodeSchema>;

/** What a reader knows about a document before any cleaning. */
export const ParsedDocSchema = z.object({
  id: z.string().min(1),
  /** The input path (and record number for JSONL), as given by the user. */
  source: z.string().min(1),
  format: SourceFormatSchema,
  url: z.string().nullable(),
  /** Crawl day from the scrape's header line or the record's fetched_at. */
  crawlDate: IsoDaySchema.nullable(),
  /** Crawl status from the header line: an HTTP code or a crawler word such as "Trending". */
  crawlStatus: z.string().nullable(),
  /** The normalised document text that block offsets point into. */
  text: z.string(),
  blocks: z.array(BlockSchema),
  /** Page metadata by key (e.g. "og:title", "jsonld:datePublished"); empty for text scrapes. */
  meta: z.record(z.string(), z.string()),
  /** The page's block-level elements (HTML only); blocks point into it with `hints.node`. */
  nodes: z.array(PageNodeSchema).optional(),
});
export type ParsedDoc = z.infer<typeof ParsedDocSchema>;

export const CleanDocSchema = ParsedDocSchema.omit({ blocks: true }).extend({
  blocks: z.array(CleanBlockSchema),
});
export type CleanDoc = z.infer<typeof CleanDocSchema>;
