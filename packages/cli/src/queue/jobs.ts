import { ErrorRowSchema, SourceFormatSchema } from "@clippings/core";
import { z } from "zod";

const InputEntrySchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("file"),
    path: z.string().min(1),
    format: z.union([SourceFormatSchema, z.literal("warc")]),
    range: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).optional(),
  }),
  z.object({ kind: z.literal("error"), row: ErrorRowSchema }),
]);

export const TaskSettingsSchema = z.object({
  maxBytes: z.number().int().min(1),
  limits: z.object({ maxBlocks: z.number().int().min(1), timeBudgetMs: z.number().int().min(1) }),
  today: z.string(),
});

/**
 * A queue job: one input (a file, a WARC byte range, or an input error to pass on) with its place in the
 * enqueued listing, or the seal that closes a run's listing with the number of jobs in it.
 */
export const QueueJobSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("entry"),
    run: z.string().min(1),
    seq: z.number().int().min(0),
    entry: InputEntrySchema,
    settings: TaskSettingsSchema,
  }),
  z.object({ type: z.literal("seal"), run: z.string().min(1), jobs: z.number().int().min(0) }),
]);
export type QueueJob = z.infer<typeof QueueJobSchema>;
export type EntryJob = Extract<QueueJob, { type: "entry" }>;

/** The BullMQ job id of a run's job: fixed, so enqueueing the same job twice adds it once. */
export const jobId = (run: string, seq: number | "seal") => `${run}-${seq}`;
