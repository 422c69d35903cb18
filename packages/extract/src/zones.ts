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

/** Splits a cleaned document into the part above the article text and the article text itself. */
export function findZones(doc: CleanDoc): Zones {
  const content = doc.blocks.filter((b) => b.role === "content");
  const proseIndexes = content.filter((b) => isProse(b.cleanText)).map((b) => b.index);
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
