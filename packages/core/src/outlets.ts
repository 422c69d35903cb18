import { z } from "zod";

/**
 * One outlet or news agency of the registry in `outlets/`. Outlet-specific facts live here as data,
 * never in extraction code.
 */
export const OutletSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(["publisher", "agency"]),
  aliases: z.array(z.string()).default([]),
  domains: z.array(z.string()).default([]),
  /** Tags the outlet puts in datelines as an agency, e.g. "AP" in "WASHINGTON (AP) --". */
  wireTags: z.array(z.string()).default([]),
  /** Lines or line prefixes that only this outlet's pages carry (footer headings, syndication tags). */
  signatures: z.array(z.string()).default([]),
});
export type Outlet = z.infer<typeof OutletSchema>;

export const OutletRegistrySchema = z.object({
  outlets: z.array(OutletSchema),
});
export type OutletRegistry = z.infer<typeof OutletRegistrySchema>;
