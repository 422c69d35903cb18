import { z } from "zod";
import type { ArticleSignature } from "./signature.js";

/**
 * One signature as one line of text, so that a run can keep a corpus's signatures on disk instead of in memory
 * until the link stage. The hash arrays travel as base64 of their bytes: a quarter of the size of JSON numbers,
 * and read back without parsing a number per hash.
 */
const SignatureLineSchema = z.object({
  id: z.string(),
  date: z.string().nullable(),
  outlet: z.string().nullable(),
  headline: z.string().nullable(),
  body: z.base64(),
  names: z.base64(),
  words: z.base64(),
  quotes: z.array(
    z.object({
      quoteId: z.string(),
      text: z.string(),
      speaker: z.string().nullable(),
      kind: z.enum(["full", "partial"]),
    }),
  ),
});

function toBase64(hashes: Uint32Array): string {
  return Buffer.from(hashes.buffer, hashes.byteOffset, hashes.byteLength).toString("base64");
}

function fromBase64(text: string, copy: boolean): Uint32Array {
  const bytes = Buffer.from(text, "base64");
  if (bytes.byteLength % 4 !== 0)
    throw new RangeError(`a hash list of ${bytes.byteLength} bytes is not whole 32-bit hashes`);
  // A view into Buffer's shared pool allocates nothing, but keeps the pool's slab alive as long as it lives, and
  // pooled memory need not be aligned to 4 bytes: otherwise the bytes are copied into a buffer of their own.
  if (!copy && bytes.byteOffset % 4 === 0)
    return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** The signature as one line of JSON, without the line break. */
export function signatureToLine(signature: ArticleSignature): string {
  return JSON.stringify({
    ...signature,
    body: toBase64(signature.body),
    names: toBase64(signature.names),
    words: toBase64(signature.words),
  });
}

/**
 * A line written by signatureToLine, back as the signature; throws when the line is not one. With copyHashes false
 * the hash arrays may be views into Node's shared buffer pool: for a caller that copies them at once (the link
 * stage's store), so that reading a corpus does not allocate three buffers a line for the collector to reclaim.
 */
export function signatureFromLine(line: string, options: { copyHashes?: boolean } = {}): ArticleSignature {
  const copy = options.copyHashes ?? true;
  const parsed = SignatureLineSchema.parse(JSON.parse(line));
  return {
    ...parsed,
    body: fromBase64(parsed.body, copy),
    names: fromBase64(parsed.names, copy),
    words: fromBase64(parsed.words, copy),
  };
}
