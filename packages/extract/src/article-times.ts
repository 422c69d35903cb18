import type { CleanBlock } from "@clippings/core";
import type { MetaValue } from "./page-metadata.js";
import { mainHeading } from "./text-date.js";

// How many blocks above the article's start a <time> still belongs to it (a kicker's "05.02.2020 · Editor" over
// the title), as page-date's date lines do.
const ABOVE_START_BLOCKS = 2;

/** The page's `<time datetime>` values in page order, each with the block its text landed in when parse knew it. */
export function timeElements(meta: Readonly<Record<string, string>>): MetaValue[] {
  return Object.keys(meta)
    .filter((k) => k.startsWith("time:"))
    .sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)))
    .map((key) => ({ key, value: meta[key] ?? "" }));
}

/**
 * The `<time>` elements that may be the article's: not one that stands in the page header, outside the article
 * (as cleaning marked its block), above the article's start (its main heading, or its first paragraph on a page
 * without one). That is a site's date bar showing the day the page was fetched, and a page whose first <time>
 * it is would otherwise be dated by it. A <time> outside the article elsewhere may still be the article's own,
 * where a page sets its meta line apart from the text.
 */
export function articleTimes(
  meta: Readonly<Record<string, string>>,
  blocks: readonly CleanBlock[],
): MetaValue[] {
  const start =
    mainHeading(blocks)?.index ??
    blocks.find((b) => b.role === "content" && b.hints.heading === undefined)?.index;
  if (start === undefined) return timeElements(meta);
  return timeElements(meta).filter(({ key }) => {
    const at = Number(meta[`time-block:${key.slice(5)}`] ?? Number.NaN);
    if (Number.isNaN(at)) return true;
    const block = blocks[at]?.index === at ? blocks[at] : blocks.find((b) => b.index === at);
    const dateBar = block !== undefined && block.role !== "content" && block.hints.region === "header";
    return !(dateBar && at < start - ABOVE_START_BLOCKS);
  });
}
