import { cleanDocument } from "@clippings/clean";
import {
  type Article,
  DocumentError,
  type ErrorRow,
  errorRow,
  type ParsedDoc,
  TimeBudget,
} from "@clippings/core";
import { extractArticle, type RegistryIndex } from "@clippings/extract";

import { DEFAULT_LIMITS, type Limits } from "./limits.js";

export { DEFAULT_LIMITS, type Limits } from "./limits.js";

export interface StageContext {
  registry: RegistryIndex;
  today: string;
  limits?: Limits;
}

/** Milliseconds spent in each stage, summed over documents; filled in when a caller measures them. */
export interface StageTimes {
  clean: number;
  extract: number;
}

export type DocumentOutcome = { ok: true; article: Article } | { ok: false; row: ErrorRow };

/** clean → extract for one parsed document; a failure becomes an error row, never a thrown error. */
export function processDocument(doc: ParsedDoc, context: StageContext, times?: StageTimes): DocumentOutcome {
  const limits = context.limits ?? DEFAULT_LIMITS;
  let stage: "clean" | "extract" = "clean";
  try {
    if (doc.blocks.length > limits.maxBlocks) {
      throw new DocumentError(
        "too-many-blocks",
        `${doc.source}: ${doc.blocks.length} blocks, over the limit of ${limits.maxBlocks} (--max-blocks)`,
        "parse",
      );
    }
    const budget = new TimeBudget(limits.timeBudgetMs, doc.source);
    const started = performance.now();
    const clean = cleanDocument(doc, { signatures: context.registry.signatureLines, budget });
    const cleaned = performance.now();
    if (times) times.clean += cleaned - started;
    stage = "extract";
    try {
      return {
        ok: true,
        article: extractArticle(clean, { registry: context.registry, today: context.today, budget }),
      };
    } finally {
      if (times) times.extract += performance.now() - cleaned;
    }
  } catch (err) {
    return { ok: false, row: errorRow(doc.source, doc.id, err, stage) };
  }
}
