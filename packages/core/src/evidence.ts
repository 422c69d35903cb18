import { z } from "zod";

/** Where a value was found: a block and character span in it, or a metadata key. */
export const ProvenanceSchema = z.object({
  block: z.number().int().min(0).nullable(),
  start: z.number().int().min(0).nullable(),
  end: z.number().int().min(0).nullable(),
  key: z.string().nullable(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** Every extracted field carries its evidence, so a wrong value is one look away from its cause. */
export function fieldSchema<T extends z.ZodType>(value: T) {
  return z.object({
    value: value.nullable(),
    confidence: z.number().min(0).max(1),
    from: ProvenanceSchema.nullable(),
    rule: z.string(),
  });
}

export interface Field<T> {
  value: T | null;
  confidence: number;
  from: Provenance | null;
  rule: string;
}

export function emptyField<T>(rule: string): Field<T> {
  return { value: null, confidence: 0, from: null, rule };
}

export function fromBlock(block: number, start: number | null = null, end: number | null = null): Provenance {
  return { block, start, end, key: null };
}

export function fromKey(key: string): Provenance {
  return { block: null, start: null, end: null, key };
}
