import type { ErrorRow, ParsedDoc } from "@clippings/core";

/** One document read from an input, or the error row it became. */
export type ReadResult = { ok: true; doc: ParsedDoc } | { ok: false; row: ErrorRow };
