/** Measures of a line's shape that tell page furniture from prose without knowing the site. */

export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

export function wordCount(text: string): number {
  return words(text).length;
}

/** Share of words longer than three letters that start with a capital: high for headlines and menus. */
export function capitalisedShare(text: string): number {
  const long = words(text).filter((w) => w.replace(/[^\p{L}]/gu, "").length > 3);
  if (long.length === 0) return 0;
  const capitalised = long.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
  return capitalised.length / long.length;
}

const SENTENCE_END = /[.!?…:;,]["'\u201D\u2019)\]]*$|["\u201D\u2019]$/u;

/** Lower-case words of four letters or more: the verbs and nouns that title-cased headlines capitalise. */
export function lowercaseContentWords(text: string): number {
  return words(text).filter((w) => /^[^\p{L}]*\p{Ll}[\p{L}'’-]{3,}/u.test(w)).length;
}

/**
 * Prose a reader would call a paragraph: several words, ends like a sentence, and written in sentence case.
 * A lead paragraph full of names still has its verbs and nouns in lower case; a title-cased headline has none.
 */
export function isProse(text: string): boolean {
  const count = wordCount(text);
  if (count < 10) return false;
  if (!SENTENCE_END.test(text.trim())) return false;
  return lowercaseContentWords(text) >= 3 || count >= 40;
}

export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Case-, space- and quote-folded text used to spot the same line twice. */
export function repeatKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201C\u201D"'`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
