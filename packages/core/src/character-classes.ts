/**
 * What a character is, as bits. Each character of the Basic Multilingual Plane is classed by Unicode regexes the
 * first time it is seen and the answer kept in a table: the line tests and word scanners ask about every character
 * of every line, and a table read costs a fraction of a Unicode property match.
 */

export const LETTER_OR_NUMBER = 1;
export const UNSPACED_SCRIPT = 2;
export const LETTER = 4;
export const LOWER = 8;
export const UPPER = 16;
export const CASED = 32;
const CLASSED = 128;

// Scripts written without spaces between words: Chinese and Japanese (Han, kana), Thai, Lao, Khmer, Burmese.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const basicClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function classify(character: string): number {
  let bits = CLASSED;
  if (/[\p{L}\p{N}]/u.test(character)) bits |= LETTER_OR_NUMBER;
  if (UNSPACED.test(character)) bits |= UNSPACED_SCRIPT;
  if (/\p{L}/u.test(character)) {
    bits |= LETTER;
    if (/\p{Ll}/u.test(character)) bits |= LOWER;
    if (/\p{Lu}/u.test(character)) bits |= UPPER;
    if (character.toLowerCase() !== character.toUpperCase()) bits |= CASED;
  }
  return bits;
}

/** The class bits of a UTF-16 code unit outside a surrogate pair. */
export function basicClass(unit: number): number {
  const bits = basicClasses[unit] ?? 0;
  if (bits !== 0) return bits;
  const classed = classify(String.fromCharCode(unit));
  basicClasses[unit] = classed;
  return classed;
}

/** The class bits of a code point beyond the Basic Multilingual Plane. */
export function astralClass(codePoint: number): number {
  let bits = astralClasses.get(codePoint);
  if (bits === undefined) {
    bits = classify(String.fromCodePoint(codePoint));
    astralClasses.set(codePoint, bits);
  }
  return bits;
}

export const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
export const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
export const codePointOfPair = (high: number, low: number) =>
  (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
