/** Measures of a line's shape that tell page furniture from prose without knowing the site. */

import {
  astralClass,
  basicClass,
  CASED,
  codePointOfPair,
  collapseWhiteSpace,
  detachedString,
  isHighSurrogate,
  isLowSurrogate,
  LETTER,
  LETTER_OR_NUMBER,
  LOWER,
  UNSPACED_SCRIPT,
  UPPER,
} from "@clippings/core";

// Words in scripts written without spaces are one to a few characters long; two is the usual average for Chinese
// and Japanese.
const UNSPACED_CHARS_PER_WORD = 2;

// The white space that /\s/ matches: it separates words.
function isSpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

/** Measures of one line, all read in one pass over its characters. */
interface LineShape {
  /** Words as `wordCount` counts them. */
  words: number;
  /** Words whose first letter is lower case and followed by three or more letters (apostrophes, hyphens). */
  lowercaseWords: number;
  /** Words of more than three letters (UTF-16 units), and those of them whose first letter is a capital. */
  longWords: number;
  capitalisedLongWords: number;
  /** Letters in the line (code points), and those from a script with upper and lower case. */
  letters: number;
  casedLetters: number;
}

/**
 * A word is a run of characters between white space that holds a letter or a digit. The line-shape tests ask
 * about the same line one after another (prose? then its word count), so the last line's shape is kept.
 */
function lineShape(text: string): LineShape {
  if (text === lastLine && lastShape !== undefined) return lastShape;
  const shape: LineShape = {
    words: 0,
    lowercaseWords: 0,
    longWords: 0,
    capitalisedLongWords: 0,
    letters: 0,
    casedLetters: 0,
  };
  let inWord = false;
  let hasLetterOrNumber = false;
  let unspaced = 0;
  let letterUnits = 0;
  let firstLetter = 0;
  // Letters (or apostrophes, hyphens) after a lower-case first letter; -1 when the run broke before three.
  let lowercaseRun = -1;
  const endWord = () => {
    if (!inWord) return;
    inWord = false;
    if (!hasLetterOrNumber) return;
    shape.words += unspaced === 0 ? 1 : Math.max(1, Math.round(unspaced / UNSPACED_CHARS_PER_WORD));
    if (lowercaseRun >= 3) shape.lowercaseWords += 1;
    if (letterUnits > 3) {
      shape.longWords += 1;
      if (firstLetter & UPPER) shape.capitalisedLongWords += 1;
    }
  };
  for (let at = 0; at < text.length; at += 1) {
    const unit = text.charCodeAt(at);
    if (isSpace(unit)) {
      endWord();
      continue;
    }
    if (!inWord) {
      inWord = true;
      hasLetterOrNumber = false;
      unspaced = 0;
      letterUnits = 0;
      firstLetter = 0;
      lowercaseRun = -1;
    }
    let bits: number;
    let units = 1;
    const next = text.charCodeAt(at + 1);
    if (isHighSurrogate(unit) && isLowSurrogate(next)) {
      bits = astralClass(codePointOfPair(unit, next));
      units = 2;
      at += 1;
    } else bits = basicClass(unit);
    if (bits & LETTER_OR_NUMBER) hasLetterOrNumber = true;
    if (bits & UNSPACED_SCRIPT) unspaced += 1;
    if (bits & LETTER) {
      shape.letters += 1;
      if (bits & CASED) shape.casedLetters += 1;
      letterUnits += units;
    }
    if (firstLetter === 0 && bits & LETTER) {
      firstLetter = bits;
      if (bits & LOWER) lowercaseRun = 0;
    } else if (lowercaseRun >= 0 && lowercaseRun < 3) {
      const apostropheOrHyphen = unit === 0x27 || unit === 0x2019 || unit === 0x2d;
      lowercaseRun = bits & LETTER || apostropheOrHyphen ? lowercaseRun + 1 : -1;
    }
  }
  endWord();
  // A line is most often a slice of its whole page: kept as it is, it would keep the page alive.
  lastLine = detachedString(text);
  lastShape = shape;
  return shape;
}
let lastLine: string | undefined;
let lastShape: LineShape | undefined;

/**
 * Words in a line: spaced words, with a run of characters from a script written without spaces counted as
 * the words it holds (its characters over the average word length), so that a Japanese sentence is as long
 * in words as its English translation rather than one or two "words".
 */
export function wordCount(text: string): number {
  return lineShape(text).words;
}

/** Whether most of the line's letters come from a script without upper and lower case (CJK, Thai...). */
function caseless(text: string): boolean {
  const { letters, casedLetters } = lineShape(text);
  return letters > 0 && casedLetters < letters / 2;
}

/** Share of words longer than three letters that start with a capital: high for headlines and menus. */
export function capitalisedShare(text: string): number {
  const { longWords, capitalisedLongWords } = lineShape(text);
  return longWords === 0 ? 0 : capitalisedLongWords / longWords;
}

// Latin and full-width (CJK) sentence ends, before any closing quotes and brackets.
const SENTENCE_ENDS = new Set([...".!?…:;,。！？．｡」』"]);
const CLOSING_MARKS = new Set([..."\"'\u201D\u2019)]）」』"]);

/**
 * Whether the line ends in a sentence end, or in one followed by closing quotes and brackets, or in a closing
 * quote. Read backwards from the end: a pattern anchored at the end is tried from every character of the line.
 */
function endsLikeSentence(text: string): boolean {
  const last = text.at(-1);
  if (last === '"' || last === "\u201D" || last === "\u2019") return true;
  for (let at = text.length - 1; at >= 0; at -= 1) {
    const character = text.charAt(at);
    if (SENTENCE_ENDS.has(character)) return true;
    if (!CLOSING_MARKS.has(character)) return false;
  }
  return false;
}

/** Lower-case words of four letters or more: the verbs and nouns that title-cased headlines capitalise. */
export function lowercaseContentWords(text: string): number {
  return lineShape(text).lowercaseWords;
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
export const isProse = remembered((text) => endsLikeSentence(text.trim()) && readsLikeProse(text));

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

const NON_ASCII = /[\u0080-\uffff]/;

/** Case-, space- and quote-folded text used to spot the same line twice. */
export function repeatKey(text: string): string {
  // Every ASCII character is its own NFKC form: the normaliser's copy is needed only for other text.
  const unquoted = (NON_ASCII.test(text) ? text.normalize("NFKC") : text)
    .toLowerCase()
    .replace(/[\u2018\u2019\u201C\u201D"'`]/g, "");
  return collapseWhiteSpace(unquoted).trim();
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
