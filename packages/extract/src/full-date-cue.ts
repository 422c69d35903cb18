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
 * follow chrono's word lists. Null when any is missing (another chrono version): then every text is read.
 */
function digitlessPatterns(): RegExp[] | null {
  const found = chrono.casual.parsers.filter((parser) =>
    DIGITLESS_FULL_DATE_PARSERS.has(parser.constructor.name),
  ) as unknown as PatternedParser[];
  const names = new Set(found.map((parser) => parser.constructor.name));
  if (names.size !== DIGITLESS_FULL_DATE_PARSERS.size) return null;
  // Without chrono's left word boundary, each pattern matches wherever chrono's would, and more.
  return found.map((parser) => parser.innerPattern({ option: {} }));
}

const patterns = digitlessPatterns();

/** Whether the pre-filter below is in force (false under a chrono whose parsers it does not know). */
export const fullDateCueKnown = patterns !== null;

/**
 * Whether chrono.parse could find a date with a certain day, month and year in the text: a digit or one of the
 * digit-free date phrases above. Most short blocks of a page (menus, labels, headings) have neither, and testing
 * for them costs a tenth of chrono's parse.
 */
export function mayHoldFullDate(text: string): boolean {
  if (patterns === null || /\d/.test(text)) return true;
  return patterns.some((pattern) => pattern.test(text));
}
