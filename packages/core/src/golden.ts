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
