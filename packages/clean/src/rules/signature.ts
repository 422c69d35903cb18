import type { Block } from "@clippings/core";
import { boilerplate, type Verdict } from "./types.js";

/** A short block that is, or begins with, an outlet's signature line from the registry. */
export function signatureVerdict(block: Block, signatures: readonly string[]): Verdict | null {
  if (block.text.length > 80) return null;
  const text = block.text.toLowerCase();
  return signatures.some((s) => s.length > 0 && text.startsWith(s.toLowerCase()))
    ? boilerplate("signature")
    : null;
}
