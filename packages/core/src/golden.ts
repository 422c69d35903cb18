import { z } from "zod";
import { QuoteKindSchema } from "./article.js";
import { IsoDaySchema } from "./documents.js";

export const GoldenQuoteSchema = z.object({
  text: z.string().min(1),
  speaker: z.string().nullable(),
  /** Other speakers a careful reader could name (e.g. the document instead of its author). */
  alternatives: z.array(z.string()).default([]),
  kind: QuoteKindSchema,
});
export type GoldenQuote = z.infer<typeof GoldenQuoteSchema>;

/** Hand-checked expectations for one source, written by a person reading the text. */
export const GoldenSchema = z.object({
  date: IsoDaySchema.nullable(),
  outlet: z.string().nullable(),
  agency: z.string().nullable(),
  headline: z.string().nullable(),
  authors: z.array(z.string()),
  dateline: z.string().nullable(),
  body: z.object({
    first: z.string(),
    last: z.string(),
    paragraphs: z.number().int().min(0),
  }),
  quotes: z.array(GoldenQuoteSchema),
  notes: z.string().optional(),
});
export type Golden = z.infer<typeof GoldenSchema>;

/**
 * A golden quote of the quotes benchmark: the GoldenQuote fields plus the mention and cue a reader saw
 * (QUOTE-ANNOTATION.md, Speaker), kept for reading failures; scoring uses text, kind and speaker.
 */
export const BenchmarkGoldenQuoteSchema = GoldenQuoteSchema.extend({
  mention: z.string().nullable().default(null),
  cue: z.string().nullable().default(null),
});
export type BenchmarkGoldenQuote = z.infer<typeof BenchmarkGoldenQuoteSchema>;

/**
 * Hand-annotated quotes of one article-extraction-benchmark page (golden/quotes-benchmark/<page-sha>.json):
 * every direct quote of the page's ground-truth article text, read by a person (rules in golden/README.md).
 */
export const QuotesBenchmarkGoldenSchema = z.object({
  /** The page's key (sha-256) in the benchmark's ground-truth.json. */
  id: z.string().regex(/^[0-9a-f]{64}$/),
  url: z.url(),
  quotes: z.array(BenchmarkGoldenQuoteSchema),
  notes: z.string().optional(),
});
export type QuotesBenchmarkGolden = z.infer<typeof QuotesBenchmarkGoldenSchema>;

/** Corpus-level expectations of a pipeline (golden/<pipeline>/links.json): stories and shared quotations. */
export const GoldenLinksSchema = z.object({
  notes: z.string().optional(),
  /** Each story as the ids of its articles. */
  stories: z.array(z.array(z.string()).min(1)),
  quoteGroups: z.array(
    z.object({
      about: z.string().optional(),
      members: z.array(z.object({ article: z.string(), text: z.string().min(1) })).min(2),
    }),
  ),
});
export type GoldenLinks = z.infer<typeof GoldenLinksSchema>;
