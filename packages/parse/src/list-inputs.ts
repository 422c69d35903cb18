import { readdir, realpath, stat } from "node:fs/promises";
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

/**
 * The files under `dir`, in name order. Symbolic links are followed, as a user who links a folder of scrapes into
 * the corpus means its files; a folder already walked in this listing (a link cycle, or a second link to it) is not
 * walked again. A broken link or a file that is not a regular file (a socket, a pipe) is reported, not dropped.
 */
async function* walk(dir: string, walked: Set<string>): AsyncGenerator<InputEntry> {
  walked.add(await realpath(dir));
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => !e.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path, walked);
    else if (entry.isFile()) yield fileEntry(path);
    else if (entry.isSymbolicLink()) yield* linked(path, walked);
    else yield unreadable(path, "not a regular file");
  }
}

async function* linked(path: string, walked: Set<string>): AsyncGenerator<InputEntry> {
  let target: string;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    target = await realpath(path);
    info = await stat(target);
  } catch {
    yield notFound(path, "a symbolic link to nothing");
    return;
  }
  if (info.isDirectory()) {
    if (!walked.has(target)) yield* walk(path, walked);
  } else if (info.isFile()) yield fileEntry(path);
  else yield unreadable(path, "a symbolic link to something that is not a regular file");
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
      yield* walk(path, new Set());
    } else yield fileEntry(path);
  }
}

function unreadable(path: string, why: string): InputEntry {
  return {
    kind: "error",
    row: { source: path, id: idOf(path), stage: "input", error: "unreadable", message: `${path}: ${why}` },
  };
}

function notFound(path: string, why: string): InputEntry {
  return {
    kind: "error",
    row: { source: path, id: null, stage: "input", error: "not-found", message: `${path}: ${why}` },
  };
}
