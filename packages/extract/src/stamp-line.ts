import * as chrono from "chrono-node";
import { parseLine } from "./chrono-reading.js";
import { mayHoldDateIn } from "./locale-date-cue.js";

// A timestamp line is short; a longer line that names a date and a time is a sentence of the article or a teaser.
const MAX_STAMP_LINE = 120;
// Any year serves: a stamp line is told by what it states (a clock time, a spelled-out date), not by its day.
const REFERENCE = Date.UTC(2000, 0, 1);
// A date spelled with a month name or a four-digit year ("Nov 18, 2019"); "11.18.19" may be a headline's issue number.
const SPELLED_DATE = /\p{L}{3,}|\d{4}/u;

/**
 * A line that states when the page was published or updated: a date with a clock time ("Updated Nov 19, 9:41 AM;
 * Posted Nov 18, 8:19 PM", "Last Updated : Nov 20, 2019 01:41 PM IST | Source: …") or a spelled-out full date
 * among labels ("Author:Jane DoePublish date:Nov 18, 2019"). A headline names an event, not the minute it was
 * posted, so such a line is never the headline, even where the stamp covers too little of it for the date reader.
 */
export function isStampLine(text: string): boolean {
  if (text.length > MAX_STAMP_LINE || !/\d/.test(text)) return false;
  // A scrape glues the stamp to the label beside it ("21:17 18.11.2019Get short URL"): part them for the reader.
  const parted = text.replace(/(\d)(?=\p{Lu}\p{Ll})/gu, "$1 ");
  // A certain day comes only from a parser whose date pattern matches: most lines with a digit are not parsed.
  if (!mayHoldDateIn(chrono.casual, parted)) return false;
  return parseLine(parted, REFERENCE).some((r) => {
    const start = r.start;
    if (!/\d/.test(r.text) || !start.isCertain("day") || !start.isCertain("month")) return false;
    return start.isCertain("hour") || (start.isCertain("year") && SPELLED_DATE.test(r.text));
  });
}
