import type { SourceFormat } from "@clippings/core";

const SUPPORTED = /\.(txt|html?|jsonl|warc)(\.gz)?$/i;

export const SUPPORTED_EXTENSIONS = [".txt", ".html", ".htm", ".jsonl", ".warc", "(each also as .gz)"];

/** The reader an input file calls for: a document format, or a WARC container of HTML responses. */
export type InputFormat = SourceFormat | "warc";

/** The reader a file name calls for, or null when clippings cannot read it. */
export function formatOf(path: string): InputFormat | null {
  const match = SUPPORTED.exec(path);
  if (!match?.[1]) return null;
  const ext = match[1].toLowerCase();
  return ext === "txt" ? "text" : ext === "jsonl" ? "jsonl" : ext === "warc" ? "warc" : "html";
}

export function isGzip(path: string): boolean {
  return /\.gz$/i.test(path);
}

/** The document id: the file name without its extensions ("000_abc.txt.gz" → "000_abc"). */
export function idOf(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/(\.(txt|html?|jsonl|warc))?(\.gz)?$/i, "") || name;
}
