import { DEFAULT_MAX_BYTES } from "@clippings/parse";
import type { Command } from "commander";
import { byteSize, positiveInt } from "./cli-options.js";
import { DEFAULT_LIMITS, type Limits } from "./limits.js";

/** The parsed values of the options `addLimitOptions` declares. */
export interface LimitOptionValues {
  maxBytes: number;
  maxBlocks: number;
  timeBudget: number;
}

/**
 * `run` and `enqueue` must bound hostile inputs the same way (a queued corpus must fail exactly where a local run
 * fails), so the three options that do it are declared once here.
 */
export function addLimitOptions(command: Command): Command {
  return command
    .option(
      "--max-bytes <size>",
      "larger inputs (WARC: records) become errors.csv rows",
      byteSize,
      DEFAULT_MAX_BYTES,
    )
    .option(
      "--max-blocks <n>",
      "documents with more lines or elements become errors.csv rows",
      positiveInt,
      DEFAULT_LIMITS.maxBlocks,
    )
    .option(
      "--time-budget <ms>",
      "milliseconds one document may take before it becomes an errors.csv row",
      positiveInt,
      DEFAULT_LIMITS.timeBudgetMs,
    );
}

export function documentLimitsFrom(opts: LimitOptionValues): Limits {
  return { maxBlocks: opts.maxBlocks, timeBudgetMs: opts.timeBudget };
}
