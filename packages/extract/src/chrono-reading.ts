import { detachedString } from "@clippings/core";
import * as chrono from "chrono-node";

// How many readings are kept; past that the memory starts afresh (a page's header holds a few dozen short lines).
const REMEMBERED_READINGS = 1_024;
// Longer texts are read as they come: the stamp readers only ask about short lines, and a long text kept here
// would hold memory for nothing.
const MAX_REMEMBERED_CHARS = 200;

const readings = new Map<string, chrono.ParsedResult[]>();

/**
 * chrono.parse of a short line from a reference time, remembered by line and reference. The stamp readers ask
 * about the same header lines several times a page (is it a stamp line, a timestamp block, a full date, else a
 * yearless or a weekday stamp), each time parsing it anew, and chrono's parse depends on nothing but the text and
 * the reference. The line is parsed as a copy of itself, so that the results kept (whose texts are cut from the
 * text parsed) hold no part of the page. Callers only read the results.
 */
export function parseLine(text: string, reference: number): readonly chrono.ParsedResult[] {
  if (text.length > MAX_REMEMBERED_CHARS) return chrono.parse(text, new Date(reference));
  const key = `${reference}\u0000${text}`;
  const known = readings.get(key);
  if (known) return known;
  const results = chrono.parse(detachedString(text), new Date(reference));
  if (readings.size >= REMEMBERED_READINGS) readings.clear();
  readings.set(detachedString(key), results);
  return results;
}
