import { z } from "zod";
import { IsoDaySchema } from "./documents.js";
import { fieldSchema } from "./evidence.js";

export const QuoteKindSchema = z.enum(["full", "partial"]);
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

export const QuoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  speaker: z.string().nullable(),
  /** The words the cue attaches to, e.g. "Lee", "he", "the statement". */
  speakerMention: z.string().nullable(),
  cue: z.string().nullable(),
  kind: QuoteKindSchema,
  /** Index of the body paragraph that holds the quote (0-based). */
  paragraph: z.number().int().min(0),
  /** Character span of the quote text inside that paragraph. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  confidence: z.number().min(0).max(1),
  /** How the speaker was reached, one step a line, for `explain`. */
  chain: z.array(z.string()),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const BodyParagraphSchema = z.object({
  block: z.number().int().min(0),
  text: z.string(),
});
export type BodyParagraph = z.infer<typeof BodyParagraphSchema>;

export const RemovedBlockSchema = z.object({
  block: z.number().int().min(0),
  role: z.string(),
  reason: z.string().nullable(),
  text: z.string(),
});
export type RemovedBlock = z.infer<typeof RemovedBlockSchema>;

/** The Article fields that carry evidence (value, confidence, provenance, rule). */
export const EVIDENCE_FIELDS = [
  "date",
  "datetime",
  "outlet",
  "agency",
  "headline",
  "authors",
  "dateline",
  "language",
] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

export const ArticleSchema = z.object({
  id: z.string().min(1),
  source: z.string(),
  url: z.string().nullable(),
  outlet: fieldSchema(z.string()),
  agency: fieldSchema(z.string()),
  date: fieldSchema(IsoDaySchema),
  /** ISO 8601 local time with offset when the zone is known, without it otherwise. */
  datetime: fieldSchema(z.string()),
  headline: fieldSchema(z.string()),
  authors: fieldSchema(z.array(z.string())),
  dateline: fieldSchema(z.string()),
  language: fieldSchema(z.string()),
  body: z.array(BodyParagraphSchema),
  quotes: z.array(QuoteSchema),
  story: z.string().nullable(),
  /** Blocks that cleaning or extraction kept out of the body, with the reason. */
  removed: z.array(RemovedBlockSchema),
});
export type Article = z.infer<typeof ArticleSchema>;
