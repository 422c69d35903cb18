import {
  astralClass,
  basicClass,
  codePointOfPair,
  isHighSurrogate,
  isLowSurrogate,
  LETTER_OR_NUMBER,
} from "./character-classes.js";

/**
 * How many UTF-16 units the letter or number at `at` spans (2 for a surrogate pair), or 0 when the character
 * there is neither: what /[\p{L}\p{N}]/u matches at that index.
 */
function letterOrNumberUnits(text: string, at: number): number {
  if (at >= text.length) return 0;
  const unit = text.charCodeAt(at);
  if (isHighSurrogate(unit)) {
    const next = text.charCodeAt(at + 1);
    if (isLowSurrogate(next)) return astralClass(codePointOfPair(unit, next)) & LETTER_OR_NUMBER ? 2 : 0;
  }
  return basicClass(unit) & LETTER_OR_NUMBER ? 1 : 0;
}

/** The runs of letters and numbers in a text: what `text.match(/[\p{L}\p{N}]+/gu) ?? []` gives, by table reads. */
export function letterOrNumberRuns(text: string): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let at = 0; at < text.length; ) {
    const units = letterOrNumberUnits(text, at);
    if (units === 0) {
      if (start >= 0) runs.push(text.slice(start, at));
      start = -1;
      at += 1;
    } else {
      if (start < 0) start = at;
      at += units;
    }
  }
  if (start >= 0) runs.push(text.slice(start));
  return runs;
}

const isJoiner = (unit: number) => unit === 0x27 || unit === 0x2019 || unit === 0x2d;

/**
 * Words made of letters and numbers, an apostrophe or hyphen between two of them keeping a word whole ("don't",
 * "well-known"): how many matches /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu finds, by table reads.
 */
export function joinedWordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let at = 0; at < text.length; ) {
    const units = letterOrNumberUnits(text, at);
    if (units > 0) {
      if (!inWord) words += 1;
      inWord = true;
      at += units;
    } else {
      // A joiner continues the word only when a letter or number follows it; anything else ends the word.
      if (!(inWord && isJoiner(text.charCodeAt(at)) && letterOrNumberUnits(text, at + 1) > 0)) inWord = false;
      at += 1;
    }
  }
  return words;
}
