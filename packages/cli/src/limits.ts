/**
 * Per-document limits of a run. Kept apart from process-document.ts so that the command's main thread, which
 * only reads these defaults, does not load the extraction stages (and their language models) that only the
 * worker threads run.
 */
export interface Limits {
  /** Documents with more blocks (lines, elements) than this become error rows. */
  maxBlocks: number;
  /** Milliseconds one document may take in clean and extract. */
  timeBudgetMs: number;
}

export const DEFAULT_LIMITS: Limits = { maxBlocks: 50_000, timeBudgetMs: 10_000 };
