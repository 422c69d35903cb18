import { DocumentError } from "@clippings/core";

// Share of control characters (other than tab, newline, carriage return, form feed) above which text is binary.
const MAX_CONTROL_SHARE = 0.01;

/**
 * Decodes bytes as text: the BOM wins, then a charset the caller found (an HTML meta tag), then UTF-8.
 * Bytes that are not text (NUL bytes, invalid UTF-8 without a declared charset, many control characters) are an error.
 */
export function decodeText(bytes: Uint8Array, source: string, declared: string | null = null): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes);
  if (bytes.includes(0))
    throw new DocumentError("binary", `${source}: binary content (NUL bytes), not text`, "parse");
  let text: string;
  const label = declared && isKnownLabel(declared) ? declared : "utf-8";
  try {
    text = new TextDecoder(label, { fatal: label === "utf-8", ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DocumentError("binary", `${source}: not valid UTF-8 text and no charset declared`, "parse");
  }
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

function isKnownLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
