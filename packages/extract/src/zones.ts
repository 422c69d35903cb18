import { isProse } from "@clippings/clean";
import type { CleanBlock, CleanDoc } from "@clippings/core";

export interface Zones {
  /** Content blocks before the first body paragraph: headline, byline, timestamp candidates. */
  header: CleanBlock[];
  /** Content blocks from the first to the last prose paragraph. */
  body: CleanBlock[];
  /** Every block that repeats an earlier one, by the index of the earlier block. */
  repeatCounts: Map<number, number>;
}

// On an HTML page cleaning has already kept only the article's element, so a paragraph there need not read
// as full prose (short paragraphs, picture stories, lists of steps): any text block that is not a heading counts.
const MIN_HTML_PARAGRAPH_CHARS = 25;

function isParagraph(block: CleanBlock, html: boolean): boolean {
  if (!html) return isProse(block.cleanText);
  if (isProse(block.cleanText)) return true;
  return block.hints.heading === undefined && block.cleanText.length >= MIN_HTML_PARAGRAPH_CHARS;
}

/** Splits a cleaned document into the part above the article text and the article text itself. */
export function findZones(doc: CleanDoc): Zones {
  const content = doc.blocks.filter((b) => b.role === "content");
  const html = doc.nodes !== undefined && doc.nodes.length > 0;
  const proseIndexes = content.filter((b) => isParagraph(b, html)).map((b) => b.index);
  const first = proseIndexes[0] ?? Number.POSITIVE_INFINITY;
  const last = proseIndexes[proseIndexes.length - 1] ?? -1;
  const repeatCounts = new Map<number, number>();
  for (const block of doc.blocks) {
    if (block.repeatOf !== null)
      repeatCounts.set(block.repeatOf, (repeatCounts.get(block.repeatOf) ?? 0) + 1);
  }
  return {
    header: content.filter((b) => b.index < first),
    body: content.filter((b) => b.index >= first && b.index <= last),
    repeatCounts,
  };
}
