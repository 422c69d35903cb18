import type { Block, BoilerplateReason } from "@clippings/core";

export interface Verdict {
  role: "boilerplate" | "caption";
  reason: BoilerplateReason | "caption";
}

/** A rule that judges one block on its own text; context rules live in zones.ts and lists.ts. */
export type BlockRule = (block: Block) => Verdict | null;

export const boilerplate = (reason: BoilerplateReason): Verdict => ({ role: "boilerplate", reason });
