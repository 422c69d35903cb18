import { detachedString } from "@clippings/core";
import * as chrono from "chrono-node";
import { parseLine } from "./chrono-reading.js";
import { mayHoldFullDate } from "./full-date-cue.js";
import { mayHoldDateIn } from "./locale-date-cue.js";
import { mayNameWeekday } from "./weekday-cue.js";

export interface Timestamp {
  day: string;
  /** Local wall-clock time "HH:MM" when the text gives one. */
  time: string | null;
  /** Minutes east of UTC when the text names a zone. */
  offset: number | null;
  /** Characters of the text that chrono read as date or time. */
  covered: number;
}

const pad = (n: number) => String(n).padStart(2, "0");
const DOTTED_DATE = /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/;
// "1909 GMT (0309 HKT)": a 24-hour clock without a colon and a zone's abbreviation, as wire services and
// CNN print their stamps; chrono reads neither. GMT and UTC give the offset; the local clock in brackets is
// part of the stamp but its zone's offset is not known here.
const ZONED_CLOCK = /\(?(?<!\d)([01]\d|2[0-3])([0-5]\d)\s+(GMT|UTC|[A-Z]{1,3}T)\b\)?/g;

function realDay(iso: string): boolean {
  const date = new Date(`${iso}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

// The reference a text is read from when the caller gives none: any day serves for a date that states its year.
const NO_REFERENCE = Date.UTC(2000, 0, 1);

// Stamps already read, by reference and text. The same short lines (a site's date bar, "Updated", a copyright
// line) are read for a stamp by several steps of one page and again on every page of a site, and chrono's parse
// is most of the cost; the answer depends on nothing else. Cleared when full, so memory stays bounded. Keyed by
// reference, then by the text itself: a key joining the two would be built and hashed anew on every call.
const readStamps = new Map<number, Map<string, Timestamp | null>>();
let readStampCount = 0;
const MAX_READ_STAMPS = 4096;

/** The first full date (day, month and year) in the text, with a time from the same text if one is given. */
export function findTimestamp(text: string, reference?: Date): Timestamp | null {
  // chrono.parse is its English casual parse: a line none of whose date patterns match (a score, a clock time,
  // a phone number) gets no full date from it. Most short lines hold no digit and no digit-free date phrase, a
  // test of one pattern; the date cue then remembers its answers by text alone, whatever the reference.
  if (!mayHoldFullDate(text) || !mayHoldDateIn(chrono.casual, text)) return null;
  const time = reference?.getTime() ?? NO_REFERENCE;
  let byText = readStamps.get(time);
  const known = byText?.get(text);
  if (known !== undefined) return known;
  if (readStampCount >= MAX_READ_STAMPS) {
    readStamps.clear();
    readStampCount = 0;
    byText = undefined;
  }
  if (byText === undefined) {
    byText = new Map();
    readStamps.set(time, byText);
  }
  const stamp = readTimestamp(text, time);
  // The text is most often a slice of its page: kept as it is, it would keep the page alive.
  byText.set(detachedString(text), stamp && Object.freeze(stamp));
  readStampCount += 1;
  return stamp;
}

function readTimestamp(text: string, reference: number): Timestamp | null {
  const results = parseLine(text, reference);
  const full = results.find(
    (r) => r.start.isCertain("day") && r.start.isCertain("month") && r.start.isCertain("year"),
  );
  if (!full) return null;
  const year = full.start.get("year");
  let month = full.start.get("month");
  let day = full.start.get("day");
  if (year === null || month === null || day === null) return null;
  // chrono reads "10.11.2021" month first, as American slashes; dotted dates are written day first everywhere.
  const dotted = DOTTED_DATE.exec(full.text);
  const dayFirst = dotted ? isoDay(year, Number(dotted[2]), Number(dotted[1])) : null;
  if (dotted && Number(dotted[3]) === year && dayFirst && realDay(dayFirst)) {
    day = Number(dotted[1]);
    month = Number(dotted[2]);
  }
  const timed = [full, ...results].find((r) => r.start.isCertain("hour"));
  const clocks = zonedClocks(text, full.text);
  const utcClock = clocks.find((c) => c.utc);
  if (!timed && utcClock) {
    return {
      day: isoDay(year, month, day),
      time: utcClock.time,
      offset: 0,
      covered: covered(results, clocks),
    };
  }
  const hour = timed?.start.get("hour") ?? null;
  const minute = timed?.start.get("minute") ?? 0;
  const offset = timed?.start.isCertain("timezoneOffset")
    ? (timed.start.get("timezoneOffset") ?? null)
    : null;
  return {
    day: isoDay(year, month, day),
    time: hour === null ? null : `${pad(hour)}:${pad(minute)}`,
    offset,
    covered: covered(results, clocks),
  };
}

interface ZonedClock {
  time: string;
  utc: boolean;
  length: number;
}

/** The colon-less zoned clocks of a text ("1909 GMT"), leaving out digits chrono read as part of the date. */
function zonedClocks(text: string, dateText: string): ZonedClock[] {
  const clocks: ZonedClock[] = [];
  for (const match of text.matchAll(ZONED_CLOCK)) {
    // "November 18, 2019 EST": the year, not a clock.
    if (dateText.includes(`${match[1]}${match[2]}`)) continue;
    const zone = match[3] ?? "";
    clocks.push({
      time: `${match[1]}:${match[2]}`,
      utc: zone === "GMT" || zone === "UTC",
      length: match[0].length,
    });
  }
  return clocks;
}

function covered(results: readonly chrono.ParsedResult[], clocks: readonly ZonedClock[]): number {
  const read = results.reduce((sum, r) => sum + r.text.trim().length, 0);
  return read + clocks.reduce((sum, c) => sum + c.length, 0);
}

/**
 * A stamp that gives month, day and time but no year ("Posted Nov 18, 8:19 PM"), as many news sites print
 * the stamps of recent stories: the latest such day on or before the reference (the crawl day). Without a
 * time a month and day is as often an event's date or a schedule line as a stamp, so one is required.
 */
export function yearlessTimestamp(text: string, reference: Date): Timestamp | null {
  // A certain day comes only from a parser whose date pattern matches: most lines are not parsed at all.
  if (!mayHoldDateIn(chrono.casual, text)) return null;
  const results = parseLine(text, reference.getTime());
  const stamp = results.find(
    (r) =>
      r.start.isCertain("day") &&
      r.start.isCertain("month") &&
      !r.start.isCertain("year") &&
      r.start.isCertain("hour"),
  );
  const month = stamp?.start.get("month");
  const day = stamp?.start.get("day");
  if (!stamp || !month || !day) return null;
  const referenceDay = reference.toISOString().slice(0, 10);
  let year = reference.getUTCFullYear();
  if (isoDay(year, month, day) > referenceDay) year -= 1;
  const iso = isoDay(year, month, day);
  if (!realDay(iso)) return null;
  const offset = stamp.start.isCertain("timezoneOffset") ? (stamp.start.get("timezoneOffset") ?? null) : null;
  return {
    day: iso,
    time: `${pad(stamp.start.get("hour") ?? 0)}:${pad(stamp.start.get("minute") ?? 0)}`,
    offset,
    covered: covered(results, []),
  };
}

const DAY_MS = 86_400_000;

/**
 * A stamp that names a weekday and a time but no date ("Monday 6:30PM"), as sites print posts of the last
 * week: the latest day on or before the reference (the crawl day) that falls on that weekday. Without a time
 * a lone weekday is as likely a menu item or a show's name ("Sunday Talk Shows") as a stamp, so one is required.
 */
export function weekdayTimestamp(text: string, reference: Date): Timestamp | null {
  if (!mayNameWeekday(text)) return null;
  const results = parseLine(text, reference.getTime());
  const stamp = results.find(
    (r) => r.start.isCertain("weekday") && !r.start.isCertain("day") && r.start.isCertain("hour"),
  );
  const weekday = stamp?.start.get("weekday");
  if (!stamp || weekday === null || weekday === undefined) return null;
  const back = (reference.getUTCDay() - weekday + 7) % 7;
  const day = new Date(reference.getTime() - back * DAY_MS).toISOString().slice(0, 10);
  const offset = stamp.start.isCertain("timezoneOffset") ? (stamp.start.get("timezoneOffset") ?? null) : null;
  return {
    day,
    time: `${pad(stamp.start.get("hour") ?? 0)}:${pad(stamp.start.get("minute") ?? 0)}`,
    offset,
    covered: results.reduce((sum, r) => sum + r.text.trim().length, 0),
  };
}

/** ISO 8601 local time with its offset when known: "2023-02-01T13:33:00+09:00". */
export function isoDateTime(day: string, time: string | null, offset: number | null): string | null {
  if (time === null) return null;
  if (offset === null) return `${day}T${time}:00`;
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${day}T${time}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Month and day of a date written without a year ("April 9"), or null. */
export function monthDay(text: string): { month: number; day: number } | null {
  const result = chrono.parse(text)[0];
  if (!result?.start.isCertain("day") || !result.start.isCertain("month")) return null;
  const month = result.start.get("month");
  const day = result.start.get("day");
  return month === null || day === null ? null : { month, day };
}

/** Weekdays (0 = Sunday) named on their own in the text, as in "on Wednesday". */
export function weekdaysNamed(text: string): number[] {
  return chrono
    .parse(text)
    .filter((r) => r.start.isCertain("weekday") && !r.start.isCertain("day"))
    .map((r) => r.start.get("weekday"))
    .filter((w): w is number => w !== null);
}
