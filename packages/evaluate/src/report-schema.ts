import { z } from "zod";

export const CountSchema = z.object({
  correct: z.number().int(),
  total: z.number().int(),
  accuracy: z.number(),
});
export type Count = z.infer<typeof CountSchema>;

export const QuoteFiguresSchema = z.object({
  golden: z.number().int(),
  predicted: z.number().int(),
  matched: z.number().int(),
  goldenFull: z.number().int(),
  matchedFull: z.number().int(),
  goldenPartial: z.number().int(),
  matchedPartial: z.number().int(),
  precision: z.number(),
  recall: z.number(),
  f1: z.number(),
  fullRecall: z.number(),
  partialRecall: z.number(),
  speakerCorrect: z.number().int(),
  speakerAccuracy: z.number(),
});
export type QuoteFigures = z.infer<typeof QuoteFiguresSchema>;

export const FailureSchema = z.object({
  field: z.string(),
  expected: z.string(),
  got: z.string(),
  rule: z.string(),
  confidence: z.number().nullable(),
});
export type Failure = z.infer<typeof FailureSchema>;

const FieldCountsSchema = z.object({
  date: CountSchema,
  outlet: CountSchema,
  agency: CountSchema,
  headline: CountSchema,
  authors: CountSchema,
  dateline: CountSchema,
  body: CountSchema,
  bodyFirst: CountSchema,
  bodyLast: CountSchema,
  bodyParagraphs: CountSchema,
});

/** Fields scored right or wrong per source, in report order: derived from the schema so there is one list. */
export const COUNT_FIELDS = FieldCountsSchema.keyof().options;
export type CountField = (typeof COUNT_FIELDS)[number];

export const SourceScoreSchema = FieldCountsSchema.extend({
  id: z.string(),
  headlineTokenF1: z.number(),
  authorsF1: z.number(),
  quotes: QuoteFiguresSchema,
  failures: z.array(FailureSchema),
});
export type SourceScore = z.infer<typeof SourceScoreSchema>;

export const PairFiguresSchema = z.object({
  goldenPairs: z.number().int(),
  predictedPairs: z.number().int(),
  precision: z.number(),
  recall: z.number(),
});
export type PairFigures = z.infer<typeof PairFiguresSchema>;

export const LinkFiguresSchema = z.object({ stories: PairFiguresSchema, quoteGroups: PairFiguresSchema });
export type LinkFigures = z.infer<typeof LinkFiguresSchema>;

export const AccuracyReportSchema = z.object({
  pipeline: z.string(),
  /** Corpus-level scores, when the pipeline has golden links. */
  links: LinkFiguresSchema.optional(),
  sources: z.array(SourceScoreSchema),
  overall: FieldCountsSchema.extend({
    headlineTokenF1: z.number(),
    authorsF1: z.number(),
    quotes: QuoteFiguresSchema,
  }),
});
export type AccuracyReport = z.infer<typeof AccuracyReportSchema>;
