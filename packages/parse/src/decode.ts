import { isUtf8 } from "node:buffer";
import { DocumentError } from "@clippings/core";
import { detect } from "chardet";
import { holdsControlBytes } from "./control-bytes.js";

// Control characters other than tab, newline, form feed and carriage return.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/;
// Share of control characters (other than tab, newline, carriage return, form feed) above which text is binary.
const MAX_CONTROL_SHARE = 0.01;

/**
 * Decodes bytes as text: the BOM wins, then a charset the caller found (an HTML meta tag), then UTF-8.
 * Bytes that are not text (NUL bytes or other control characters above 1% of the page, invalid UTF-8 without a
 * declared charset) are an error.
 */
export function decodeText(bytes: Uint8Array, source: string, declared: string | null = null): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes);
  const nuls = countNuls(bytes);
  if (nuls > 0 && nuls / bytes.length > MAX_CONTROL_SHARE)
    throw new DocumentError("binary", `${source}: binary content (${nuls} NUL bytes), not text`, "parse");
  // A few stray NUL bytes in a large page are damage from a crawler or a database, not a sign of binary data;
  // they are dropped so that no dataset cell carries one.
  const decoded = decodeWithCharset(bytes, source, declared);
  const text = nuls > 0 ? decoded.text.replaceAll("\u0000", "") : decoded.text;
  // Text pages rarely hold a control character at all: a scan says so before they are counted one by one. Text
  // decoded from UTF-8 holds one where its bytes do, and bytes are scanned faster than characters.
  if (decoded.fromUtf8 ? !holdsControlBytes(bytes) : !CONTROL.test(text)) return text;
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls += 1;
  }
  if (text.length > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    throw new DocumentError(
      "binary",
      `${source}: ${controls} control characters, looks binary rather than text`,
      "parse",
    );
  }
  return text;
}

function countNuls(bytes: Uint8Array): number {
  let nuls = 0;
  for (let at = bytes.indexOf(0); at >= 0; at = bytes.indexOf(0, at + 1)) nuls += 1;
  return nuls;
}

// Single-byte charsets that pages declare by habit while their bytes are UTF-8.
const SINGLE_BYTE = /^(iso-8859-\d+|latin-?1|windows-125\d|cp125\d|us-ascii|ascii)$/i;

// Decoding does not keep state between calls made without `stream`: one decoder serves every page.
const UTF8 = new TextDecoder("utf-8");

/**
 * The bytes as UTF-8 text, or null when they are not valid UTF-8. A native check comes first: invalid bytes then
 * cost no exception, and valid bytes decode the lenient way to the same text as the strict (fatal) way.
 */
function strictUtf8(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? UTF8.decode(bytes) : null;
}

interface Decoded {
  text: string;
  /** Whether the text is the bytes read as valid UTF-8. */
  fromUtf8: boolean;
}

/**
 * The declared charset when it is believable, else UTF-8 when the bytes are UTF-8, else what chardet detects.
 * A page that declares a single-byte charset but whose bytes are valid UTF-8 with multi-byte letters is UTF-8:
 * Latin-1 text almost never forms valid UTF-8 sequences by chance.
 */
function decodeWithCharset(bytes: Uint8Array, source: string, declared: string | null): Decoded {
  const utf8 = strictUtf8(bytes);
  const label = declared && isKnownLabel(declared) ? declared : null;
  // Most pages declare UTF-8: bytes that are valid UTF-8 decode to the same text the lenient way, so the strict
  // decoding above is the answer and the page is not decoded a second time.
  if (label && utf8 !== null && new TextDecoder(label).encoding === "utf-8")
    return { text: utf8, fromUtf8: true };
  if (label && !(utf8 !== null && SINGLE_BYTE.test(label) && /[^\p{ASCII}]/u.test(utf8)))
    return { text: new TextDecoder(label).decode(bytes), fromUtf8: false };
  if (utf8 !== null) return { text: utf8, fromUtf8: true };
  const detected = detect(bytes);
  if (detected && isKnownLabel(detected))
    return { text: new TextDecoder(detected).decode(bytes), fromUtf8: false };
  throw new DocumentError(
    "binary",
    `${source}: not valid UTF-8 text, no charset declared and none detected`,
    "parse",
  );
}

function isKnownLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
