import type { Article, ErrorRow } from "@clippings/core";
import { DEFAULT_MAX_BYTES, formatOf, type InputFormat, readSource } from "@clippings/parse";
import { processDocument } from "../process-document.js";
import { testRegistry } from "../test-context.js";

export type FileOutcome = { ok: true; article: Article } | { ok: false; row: ErrorRow };

/**
 * One benchmark file through parse → clean → extract, exactly as `clippings run` treats it, with a fixed
 * "today" so that year inference does not change from day to day. The page's URL is passed in when the
 * benchmark knows it (a crawler records it beside the page).
 */
export async function extractFile(
  path: string,
  url: string | null = null,
  // The benchmark sets are all HTML, some saved under names without an .html extension.
  format: InputFormat = formatOf(path) ?? "html",
): Promise<FileOutcome> {
  for await (const result of readSource({ kind: "file", path, format }, { maxBytes: DEFAULT_MAX_BYTES })) {
    if (!result.ok) return result;
    const doc = url && !result.doc.url ? { ...result.doc, url } : result.doc;
    return processDocument(doc, { registry: testRegistry, today: "2026-11-23" });
  }
  throw new Error(`${path}: the reader returned no document`);
}
