import { type BlockRule, boilerplate } from "./types.js";

// Wire stories end with a marker such as "(end)" or "-- END --", sometimes followed by editors' initials.
const TRAILING_SIGN_OFF = /\s*(\((end|ends|endit)\)|[-–—]+\s*(end|ends)\s*[-–—]*|#{3})\s*$/i;
const INITIALS_LINE = /^\(?[a-z]{1,4}(\s*[/,]\s*[a-z]{1,4}){0,3}\)?$/;

// The last character of every sign-off marker, in either case: the pattern is tried only on a line that ends in
// one, since trying it at every character of every line was a few percent of a text scrape's cleaning.
const SIGN_OFF_LAST = new Set([")", "-", "–", "—", "#", "d", "D", "s", "S"]);

/** Returns the block text without a trailing sign-off marker. */
export function trimSignOff(text: string): string {
  const trimmed = text.trimEnd();
  if (!SIGN_OFF_LAST.has(trimmed.at(-1) ?? "")) return trimmed;
  return text.replace(TRAILING_SIGN_OFF, "").trimEnd();
}

export const initialsRule: BlockRule = (block) =>
  INITIALS_LINE.test(block.text) ? boilerplate("sign-off") : null;

export const signOffOnlyRule: BlockRule = (block) =>
  block.text.length < 20 && trimSignOff(block.text) === "" ? boilerplate("sign-off") : null;
