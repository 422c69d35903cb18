import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ErrorRow } from "@clippings/core";
import { glob, isDynamicPattern } from "tinyglobby";
import { formatOf, type InputFormat, idOf, SUPPORTED_EXTENSIONS } from "./formats.js";
import type { ByteRange } from "./warc.js";

export type InputEntry =
  /** `range`: a slice of a WARC file starting at a record boundary (a queue job); absent, the whole file. */
  { kind: "file"; path: string; format: InputFormat; range?: ByteRange } | { kind: "error"; row: ErrorRow };

function fileEntry(path: string): InputEntry {
  const format = formatOf(path);
  if (format) return { kind: "file", path, format };
  return {
    kind: "error",
    row: {
      source: path,
      id: idOf(path),
      stage: "input",
      error: "unsupported-format",
      message: `${path}: not a format clippings reads (supported: ${SUPPORTED_EXTENSIONS.join(", ")})`,
    },
  };
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => !e.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * Expands files, folders (recursively, in name order) and glob patterns into input entries. A path that does not
 * exist or a file clippings cannot read becomes an error entry, so it is reported instead of silently dropped.
 */
export async function* listInputs(paths: readonly string[]): AsyncGenerator<InputEntry> {
  for (const path of paths) {
    if (isDynamicPattern(path)) {
      const matches = (await glob(path, { onlyFiles: true, dot: false })).sort();
      if (matches.length === 0) yield notFound(path, "no file matches this pattern");
      for (const match of matches) yield fileEntry(match);
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      yield notFound(path, "no such file or folder");
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walk(path)) yield fileEntry(file);
    } else yield fileEntry(path);
  }
}

function notFound(path: string, why: string): InputEntry {
  return {
    kind: "error",
    row: { source: path, id: null, stage: "input", error: "not-found", message: `${path}: ${why}` },
  };
}
