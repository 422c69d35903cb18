import type { ParsedDoc } from "@clippings/core";

/** Builds a ParsedDoc from lines, one block a line, for tests of the stages after parse. */
export function docFromLines(lines: readonly string[], id = "test"): ParsedDoc {
  const text = lines.join("\n");
  let offset = 0;
  const blocks: ParsedDoc["blocks"] = [];
  for (const line of lines) {
    if (line.trim() !== "") {
      const start = offset + (line.length - line.trimStart().length);
      const trimmed = line.trim();
      blocks.push({ index: blocks.length, text: trimmed, start, end: start + trimmed.length, hints: {} });
    }
    offset += line.length + 1;
  }
  return {
    id,
    source: `${id}.txt`,
    format: "text",
    url: null,
    crawlDate: null,
    crawlStatus: null,
    text,
    blocks,
    meta: {},
  };
}
