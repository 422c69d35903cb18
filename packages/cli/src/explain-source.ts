import { cleanDocument } from "@clippings/clean";
import { ConfigError } from "@clippings/core";
import { extractArticle, type RegistryIndex } from "@clippings/extract";
import { DEFAULT_MAX_BYTES, listInputs, readSource } from "@clippings/parse";
import { formatExplanation } from "./explain.js";

/** Reads one source and explains every document in it (a JSONL file may hold several). */
export async function explainSource(source: string, registry: RegistryIndex, today: string): Promise<string> {
  const parts: string[] = [];
  for await (const entry of listInputs([source])) {
    if (entry.kind === "error") throw new ConfigError(entry.row.message);
    for await (const read of readSource(entry, { maxBytes: DEFAULT_MAX_BYTES })) {
      if (!read.ok) {
        parts.push(`${read.row.source}: ${read.row.error}: ${read.row.message}`);
        continue;
      }
      const clean = cleanDocument(read.doc, { signatures: registry.signatureLines });
      try {
        parts.push(formatExplanation(extractArticle(clean, { registry, today }), clean));
      } catch (err) {
        parts.push(`${read.doc.source}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
  return parts.join("\n\n");
}
