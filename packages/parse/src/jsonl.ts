import { z } from "zod";

/** One line of a JSONL input: a page's HTML or text with what the crawler knew about it. */
export const JsonlRecordSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]).optional(),
    url: z.string().optional(),
    html: z.string().optional(),
    text: z.string().optional(),
    fetched_at: z.string().optional(),
  })
  .refine((r) => r.html !== undefined || r.text !== undefined, { message: "needs an html or a text field" });
export type JsonlRecord = z.infer<typeof JsonlRecordSchema>;

/** The crawl day of a fetched_at timestamp, when it starts with one. */
export function crawlDay(fetchedAt: string | undefined): string | null {
  const match = fetchedAt ? /^(\d{4}-\d{2}-\d{2})/.exec(fetchedAt) : null;
  return match?.[1] ?? null;
}
