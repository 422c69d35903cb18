/**
 * A benchmark page's HTML as text for the peer, decoded the way clippings' reader decodes it
 * (packages/parse/src/read-source.ts): gunzip, then decodeText with the charset of the first <meta charset>
 * in the first 2 KB (the BOM first, UTF-8 when nothing is declared). The reader's meta-charset lookup is not
 * exported, so the same one-line pattern is repeated here. Where decodeText refuses the bytes (invalid UTF-8
 * with no declared charset), the page is decoded as lenient UTF-8 so that the peer is not penalised for our
 * reader's strictness.
 */
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { decodeText } from "@clippings/parse";

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? null;
}

export async function readPageHtml(path: string): Promise<string> {
  const raw = await readFile(path);
  const bytes = path.endsWith(".gz") ? gunzipSync(raw) : raw;
  try {
    return decodeText(bytes, path, declaredCharset(bytes));
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
