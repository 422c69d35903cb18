import { DocumentError, type StageName } from "./errors.js";

/** A whole number from 0 up, as z.number().int().min(0) takes it (a safe integer): an index, an offset, a count. */
export const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;

/** A finite number in 0..1, as z.number().min(0).max(1) takes it: a share or a confidence. */
export const isShare = (value: unknown): boolean =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 1;

export const isString = (value: unknown): value is string => typeof value === "string";

/**
 * A stage handed on a value its schema would refuse: a bug in the stage, reported as the document's error row
 * with the document, the field and the problem, as a schema parse would have.
 */
export function handOffError(source: string, stage: StageName, path: string, problem: string): DocumentError {
  return new DocumentError("stage-failed", `${source}: ${stage} produced a bad ${path}: ${problem}`, stage);
}
