import type { BodyParagraph, CleanBlock } from "@clippings/core";
import type { Dateline } from "./dateline.js";

/** Article paragraphs in order; the first loses its dateline, blocks that are bylines or timestamps are skipped. */
export function extractBody(
  blocks: CleanBlock[],
  dateline: Dateline | null,
  skip: Set<number>,
): BodyParagraph[] {
  const paragraphs: BodyParagraph[] = [];
  for (const block of blocks) {
    if (skip.has(block.index)) continue;
    let text = block.cleanText;
    if (paragraphs.length === 0 && dateline) text = text.slice(dateline.bodyStart);
    text = text.trim();
    if (text.length > 0) paragraphs.push({ block: block.index, text });
  }
  return paragraphs;
}
