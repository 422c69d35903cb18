/** Measures of a line's shape that tell page furniture from prose without knowing the site. */

import { detachedString } from "@clippings/core";

export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

// Scripts written without spaces between words: Chinese and Japanese (Han, kana), Thai, Lao, Khmer, Burmese.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
// Words in those scripts are one to a few characters long; two is the usual average for Chinese and Japanese.
const UNSPACED_CHARS_PER_WORD = 2;

/**
 * Words in a line: spaced words, with a run of characters from a script written without spaces counted as
 * the words it holds (its characters over the average word length), so that a Japanese sentence is as long
 * in words as its English translation rather than one or two "words".
 */
export function wordCount(text: string): number {
  let count = 0;
  for (const word of words(text)) {
    const unspaced = word.match(UNSPACED)?.length ?? 0;
    count += unspaced === 0 ? 1 : Math.max(1, Math.round(unspaced / UNSPACED_CHARS_PER_WORD));
  }
  return count;
}

/** Whether most of the line's letters come from a script without upper and lower case (CJK, Thai...). */
function caseless(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const cased = letters.filter((l) => l.toLowerCase() !== l.toUpperCase()).length;
  return letters.length > 0 && cased < letters.length / 2;
}

/** Share of words longer than three letters that start with a capital: high for headlines and menus. */
export function capitalisedShare(text: string): number {
  const long = words(text).filter((w) => w.replace(/[^\p{L}]/gu, "").length > 3);
  if (long.length === 0) return 0;
  const capitalised = long.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
  return capitalised.length / long.length;
}

// Latin and full-width (CJK) sentence ends, before any closing quotes and brackets.
const SENTENCE_END = /[.!?…:;,。！？．｡」』]["'\u201D\u2019)\]）」』]*$|["\u201D\u2019]$/u;

/** Lower-case words of four letters or more: the verbs and nouns that title-cased headlines capitalise. */
export function lowercaseContentWords(text: string): number {
  return words(text).filter((w) => /^[^\p{L}]*\p{Ll}[\p{L}'’-]{3,}/u.test(w)).length;
}

// How many lines' answers are remembered; past that the memory starts afresh (a page has a few hundred lines).
const REMEMBERED_LINES = 4_096;

/**
 * A test of a line remembered by the line's text. The clean rules, then the extractor's zones and headline
 * readers, ask whether the same block is prose some five hundred times a page, four in five of them about a
 * line already asked about; each answer costs several passes of Unicode regexes over the line.
 */
function remembered(test: (text: string) => boolean): (text: string) => boolean {
  const answers = new Map<string, boolean>();
  return (text) => {
    const known = answers.get(text);
    if (known !== undefined) return known;
    const answer = test(text);
    if (answers.size >= REMEMBERED_LINES) answers.clear();
    // A line is most often a slice of its whole page: kept as it is, it would keep the page alive.
    answers.set(detachedString(text), answer);
    return answer;
  };
}

/**
 * Prose a reader would call a paragraph: several words, ends like a sentence, and written in sentence case.
 * A lead paragraph full of names still has its verbs and nouns in lower case; a title-cased headline has none.
 * Scripts without case (Chinese, Japanese, Thai...) have no sentence case to test: length and ending decide.
 */
export const isProse = remembered((text) => SENTENCE_END.test(text.trim()) && readsLikeProse(text));

/**
 * Prose by its words alone, whatever its ending: for text whose element already says it is a paragraph of the
 * story (a lead the CMS names as such often drops its full stop or ends in a colon or dash).
 */
export const readsLikeProse = remembered((text) => {
  const count = wordCount(text);
  if (count < 10) return false;
  return lowercaseContentWords(text) >= 3 || count >= 40 || caseless(text);
});

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

// A web address or an e-mail address written out: "https://example.org/report", "www.example.org",
// "desk@example.org".
const WRITTEN_ADDRESS =
  /(^|\s)(https?:\/\/\S+|www\.[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+\S*|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+)$/u;
const ADDRESS_LINE_MAX_WORDS = 5;

/**
 * A short line that ends in an address written out (a source's link, a writer's e-mail under the story): a link
 * whose text is its own address is a citation the writer chose to show, not a teaser's linked headline.
 */
export function endsInAddress(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.split(/\s+/).length <= ADDRESS_LINE_MAX_WORDS && WRITTEN_ADDRESS.test(trimmed);
}
