import { z } from "zod";

export const OutputFormatSchema = z.enum(["csv", "jsonl", "both"]);
export type OutputFormat = z.infer<typeof OutputFormatSchema>;

/** A declarative pipeline in `pipelines/`; relative paths are resolved from the config file's folder. */
export const PipelineConfigSchema = z.object({
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, "use lower-case letters, digits and dashes")
    .describe("names the golden/ and reports/ sub-folders"),
  inputs: z.array(z.string()).min(1),
  out: z.string(),
  format: OutputFormatSchema.default("both"),
  golden: z.string().nullable().default(null),
  report: z.string().nullable().default(null),
  outlets: z.string().default("../outlets/outlets.json"),
  concurrency: z.number().int().min(1).max(64).default(4),
});
export type PipelineConfig = z.infer<typeof PipelineConfigSchema>;
