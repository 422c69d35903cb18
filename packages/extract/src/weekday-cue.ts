import * as chrono from "chrono-node";

// chrono's English weekday parser: the only one of chrono.parse's parsers that makes a weekday certain without a
// certain day (a relative "in 2 days" makes both certain; a refiner only copies a weekday this parser gave).
const WEEKDAY_PARSER = "ENWeekdayParser";

interface PatternedParser {
  pattern(context: { option: Record<string, unknown> }): RegExp;
}

/**
 * The weekday parser's pattern exactly as chrono runs it (its own left boundary and flags, from the same parse
 * options: none), a copy. Null when chrono has no such parser or the pattern keeps state between calls (global or
 * sticky): then every text is read.
 */
function weekdayPattern(): RegExp | null {
  const parser = chrono.casual.parsers.find((p) => p.constructor.name === WEEKDAY_PARSER) as
    | PatternedParser
    | undefined;
  const pattern = parser?.pattern({ option: {} });
  if (!pattern || pattern.global || pattern.sticky) return null;
  return new RegExp(pattern.source, pattern.flags);
}

const pattern = weekdayPattern();

/**
 * Whether chrono.parse could read a weekday without its date in the text ("Monday 6:30PM"). chrono runs a
 * parser's pattern over the whole text first and looks further only after a match there, so a text the weekday
 * parser's pattern does not match gets no such result; testing it costs a fraction of the parse.
 */
export function mayNameWeekday(text: string): boolean {
  return pattern === null || pattern.test(text);
}
