import { cleanDocument } from "@clippings/clean";
import { type Article, type ErrorRow, errorRow, type ParsedDoc } from "@clippings/core";
import { extractArticle, type RegistryIndex } from "@clippings/extract";

export interface StageContext {
  registry: RegistryIndex;
  today: string;
}

export type DocumentOutcome = { ok: true; article: Article } | { ok: false; row: ErrorRow };

/** clean → extract for one parsed document; a failure becomes an error row, never a thrown error. */
export function processDocument(doc: ParsedDoc, context: StageContext): DocumentOutcome {
  let stage: "clean" | "extract" = "clean";
  try {
    const clean = cleanDocument(doc, { signatures: context.registry.signatureLines });
    stage = "extract";
    return { ok: true, article: extractArticle(clean, { registry: context.registry, today: context.today }) };
  } catch (err) {
    return { ok: false, row: errorRow(doc.source, doc.id, err, stage) };
  }
}
