import { detachedString } from "@clippings/core";
import type { Chrono } from "chrono-node";

/**
 * chrono's parsers that never give a certain day, month or year of their own: the weekday parsers (a weekday
 * only implies its date, reckoned from the reference) and the time-of-day parsers that do not derive from
 * chrono's common time parser (checked below by their base class). Their results can only take a certain date
 * from a result of another parser that the refiners merge them with, and that parser's pattern is tested here.
 */
const NO_FULL_DATE_PARSERS = new Set([
  "ENWeekdayParser",
  "DEWeekdayParser",
  "FRWeekdayParser",
  "ESWeekdayParser",
  "ITWeekdayParser",
  "PTWeekdayParser",
  "NLWeekdayParser",
  "RUWeekdayParser",
  "JPWeekdayParser",
  "IDWeekdayParser",
  "UKWeekdayParser",
  "SVWeekdayParser",
  "FIWeekdayParser",
  "VIWeekdayParser",
  "DESpecificTimeExpressionParser",
  "FRSpecificTimeExpressionParser",
]);
// chrono's common time parser: it assigns the hour, minute, second and meridiem, and at most implies a day.
const TIME_PARSER_BASE = "AbstractTimeExpressionParser";

interface PatternedParser {
  pattern(context: { option: Record<string, unknown> }): RegExp;
}

function givesNoFullDate(parser: object): boolean {
  if (NO_FULL_DATE_PARSERS.has(parser.constructor.name)) return true;
  for (let proto = Object.getPrototypeOf(parser); proto; proto = Object.getPrototypeOf(proto)) {
    if ((proto as { constructor?: { name?: string } }).constructor?.name === TIME_PARSER_BASE) return true;
  }
  return false;
}

/**
 * The patterns of a locale's parsers that can give a full date, each exactly as chrono runs it (its own left
 * boundary and flags, from the same parse options: none). chrono runs a parser's pattern over the whole text
 * first and looks further only after a match there, so a text none of them matches gets no result with a certain
 * day from those parsers. Tested one by one: joined into one expression they run three times slower. Null when
 * a pattern cannot be tested alone (a global or sticky one keeps state between calls): then every text is read.
 */
function fullDatePatterns(locale: Chrono): RegExp[] | null {
  const patterns: RegExp[] = [];
  for (const parser of locale.parsers as unknown as PatternedParser[]) {
    if (givesNoFullDate(parser)) continue;
    const pattern = parser.pattern({ option: {} });
    if (pattern.global || pattern.sticky) return null;
    // A copy: chrono's own may be replaced when a parse's options change it.
    patterns.push(new RegExp(pattern.source, pattern.flags));
  }
  return patterns;
}

/** A locale's date patterns, and its answers for the texts asked about lately. */
interface LocaleCue {
  patterns: RegExp[] | null;
  answers: Map<string, boolean>;
}

const cues = new WeakMap<Chrono, LocaleCue>();

// How many texts' answers a locale keeps; past that its memory starts afresh (a page asks about a few dozen lines).
const REMEMBERED_ANSWERS = 1_024;
// Longer texts are tested as they come: the date readers ask about short lines again and again, not long ones.
const MAX_REMEMBERED_CHARS = 200;

/**
 * Whether a locale's chrono could read a date with a certain day, month and year in the text; as every parser
 * that gives any one of the three is tested, false also means no result of that chrono has a certain day. A line with a year
 * and no date (a season, a version, an edition) is read in a dozen languages before the readers give up, and most
 * languages find no month name or date form in it: testing their date patterns costs a fraction of their parse.
 * The stamp readers ask about the same header line several times a page (a timestamp block, a stamp line, a full
 * date from the crawl day, a yearless stamp), so answers are remembered by text.
 */
export function mayHoldDateIn(locale: Chrono, text: string): boolean {
  let cue = cues.get(locale);
  if (cue === undefined) {
    cue = { patterns: fullDatePatterns(locale), answers: new Map() };
    cues.set(locale, cue);
  }
  const { patterns, answers } = cue;
  if (patterns === null) return true;
  const known = answers.get(text);
  if (known !== undefined) return known;
  const answer = patterns.some((pattern) => pattern.test(text));
  if (text.length <= MAX_REMEMBERED_CHARS) {
    if (answers.size >= REMEMBERED_ANSWERS) answers.clear();
    // The text is most often a slice of its page: kept as it is, it would keep the page alive.
    answers.set(detachedString(text), answer);
  }
  return answer;
}
