import * as chrono from "chrono-node";

/**
 * chrono's English parsers whose matches can hold a certain day, month and year without a digit: the casual
 * dates ("today", "last night") and the time-unit phrases reckoned from the reference ("a week ago", "next
 * month", "within a day", "end of the month"). Every other parser needs digits for a certain year (its year
 * pattern is digits), and the refiners only merge or move results these parsers or digits already gave (the
 * "end of March this year" refiner reads a "this year" the relative parser matches as well).
 */
const DIGITLESS_FULL_DATE_PARSERS = new Set([
  "ENCasualDateParser",
  "ENRelativeDateFormatParser",
  "ENEndOfCurrentMonthParser",
  "ENTimeUnitCasualRelativeFormatParser",
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
]);

interface PatternedParser {
  innerPattern(context: { option: Record<string, unknown> }): RegExp;
}

/**
 * Those parsers' own patterns, taken from chrono's casual configuration (the one chrono.parse uses) so that they
 * follow chrono's word lists, joined into one pattern that tests a text in one pass (a quarter of the time of
 * testing them one by one). Null when any is missing (another chrono version): then every text is read.
 *
 * chrono finds a parser's match only where its pattern (\W|^) lets it start: after a character that is not a
 * word character, or at the start of the text it searches. It searches the rest of the text again after a match
 * of the same parser, so a later match can start mid-word; but then that parser matched once after a non-word
 * character, which the pattern here finds. So testing from word starts only finds every text chrono would read
 * a digit-free date in, and skips the many words ("Contact", "Mobile") that hold a unit or "now" inside them.
 */
function digitlessPattern(): RegExp | null {
  const found = chrono.casual.parsers.filter((parser) =>
    DIGITLESS_FULL_DATE_PARSERS.has(parser.constructor.name),
  ) as unknown as PatternedParser[];
  const names = new Set(found.map((parser) => parser.constructor.name));
  if (names.size !== DIGITLESS_FULL_DATE_PARSERS.size) return null;
  const patterns = found.map((parser) => parser.innerPattern({ option: {} }));
  const flags = new Set(patterns.map((pattern) => pattern.flags));
  // Joined, the patterns must keep their own flags and must not refer back to their own groups by number.
  if (flags.size !== 1 || patterns.some((pattern) => /\\[1-9]|\\k</.test(pattern.source))) return null;
  const joined = patterns.map((pattern) => `(?:${pattern.source})`).join("|");
  return new RegExp(`(?<!\\w)(?:${joined})`, [...flags][0]);
}

const pattern = digitlessPattern();

/** Whether the pre-filter below is in force (false under a chrono whose parsers it does not know). */
export const fullDateCueKnown = pattern !== null;

/**
 * Whether chrono.parse could find a date with a certain day, month and year in the text: a digit or one of the
 * digit-free date phrases above. Most short blocks of a page (menus, labels, headings) have neither, and testing
 * for them costs a twentieth of chrono's parse.
 */
export function mayHoldFullDate(text: string): boolean {
  if (pattern === null || /\d/.test(text)) return true;
  return pattern.test(text);
}
