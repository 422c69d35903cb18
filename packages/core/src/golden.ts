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
