import type { Block, ParsedDoc } from "@clippings/core";

// Some crawlers write " date YYYY-MM-DD <status>" as the first line; the status is an HTTP code or a word.
const CRAWL_HEADER = /^\s?date (\d{4}-\d{2}-\d{2})(?:\s+(\S.*?))?\s*$/;

export interface TextScrapeInput {
  id: string;
  source: string;
  raw: string;
  url?: string | null;
  crawlDate?: string | null;
}

/** A plain-text scrape as blocks, one per non-blank line, with offsets into the normalised text. */
export function parseTextScrape(input: TextScrapeInput): ParsedDoc {
  let text = input.raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let crawlDate = input.crawlDate ?? null;
  let crawlStatus: string | null = null;
  const firstBreak = text.indexOf("\n");
  const firstLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
  const header = CRAWL_HEADER.exec(firstLine);
  if (header?.[1]) {
    crawlDate = header[1];
    crawlStatus = header[2] ?? null;
    text = firstBreak < 0 ? "" : text.slice(firstBreak + 1);
  }
  const blocks: Block[] = [];
  let offset = 0;
  let blank = 0;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "") blank += 1;
    else {
      const indent = line.length - line.trimStart().length;
      const start = offset + indent;
      blocks.push({
        index: blocks.length,
        text: trimmed,
        start,
        end: start + trimmed.length,
        hints: { indent, blankBefore: blank },
      });
      blank = 0;
    }
    offset += line.length + 1;
  }
  return {
    id: input.id,
    source: input.source,
    format: "text",
    url: input.url ?? null,
    crawlDate,
    crawlStatus,
    text,
    blocks,
    meta: {},
  };
}
