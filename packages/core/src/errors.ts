import { z } from "zod";

export const StageNameSchema = z.enum(["input", "parse", "clean", "extract", "export"]);
export type StageName = z.infer<typeof StageNameSchema>;

export const ERROR_CODES = [
  "not-found",
  "unreadable",
  "empty",
  "binary",
  "too-large",
  "too-many-blocks",
  "too-deep",
  "time-budget",
  "bad-gzip",
  "bad-record",
  "unsupported-format",
  "no-article",
  "stage-failed",
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** A failure tied to one document: it becomes a row of errors.csv, never the end of a run. */
export class DocumentError extends Error {
  override readonly name = "DocumentError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly stage: StageName,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * A per-document time budget, checked between units of work (blocks, quotes). Stages stay synchronous and
 * pure; a document that overruns is stopped at the next check and reported, instead of stalling the run.
 */
export class TimeBudget {
  private readonly deadline: number;

  constructor(
    readonly ms: number,
    private readonly source: string,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.deadline = now() + ms;
  }

  check(stage: StageName): void {
    if (this.now() > this.deadline) {
      throw new DocumentError(
        "time-budget",
        `${this.source}: over the ${this.ms} ms time budget for one document (--time-budget), in ${stage}`,
        stage,
      );
    }
  }
}

/** A failure of the run's own setup (bad config, unwritable output): the run cannot start. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

export const ErrorRowSchema = z.object({
  source: z.string(),
  /** The document id when one could be derived. */
  id: z.string().nullable(),
  stage: StageNameSchema,
  error: ErrorCodeSchema,
  message: z.string(),
});
export type ErrorRow = z.infer<typeof ErrorRowSchema>;

export function errorRow(source: string, id: string | null, err: unknown, stage: StageName): ErrorRow {
  if (err instanceof DocumentError) {
    return { source, id, stage: err.stage, error: err.code, message: err.message };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { source, id, stage, error: "stage-failed", message };
}
