import * as chrono from "chrono-node";
import type { MetaValue } from "./page-metadata.js";
import { dayInText } from "./text-date.js";
import { isoDay } from "./timestamps.js";

export interface StatedDate {
  day: string;
  /** "HH:MM" when the value gives a time. */
  time: string | null;
  /** Minutes east of UTC when the value gives a zone. */
  offset: number | null;
  key: string;
}

const EARLIEST_YEAR = 1990;
const pad = (n: number) => String(n).padStart(2, "0");
// "2019-11-20", "2019-11-20T10:05:00+01:00", "2019/11/20 10:05", "20191120".
const ISO_LIKE =
  /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:[T\s](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;
// "10.12.2022, 07:00:03": a dotted date, which is written day first wherever dots are used, while chrono reads
// it month first, as American slashes.
const DOTTED_DAY_FIRST = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?/;

function validDay(year: number, month: number, day: number, today: string): string | null {
  if (year < EARLIEST_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const iso = isoDay(year, month, day);
  const check = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.getUTCDate() !== day) return null;
  return iso > today ? null : iso;
}

function offsetMinutes(zone: string | undefined): number | null {
  if (!zone) return null;
  if (zone.toUpperCase() === "Z") return 0;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/**
 * A date the page states in its metadata, read as written: the publisher's own calendar day, not converted to
 * another zone. ISO forms are read directly; anything else goes to chrono. Future and pre-web dates are refused.
 */
export function readStatedDate(stated: MetaValue, today: string): StatedDate | null {
  const value = stated.value.trim();
  const iso = ISO_LIKE.exec(value);
  if (iso) {
    const day = validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]), today);
    if (!day) return null;
    const time = iso[4] && iso[5] ? `${iso[4]}:${iso[5]}` : null;
    return { day, time, offset: time ? offsetMinutes(iso[6]) : null, key: stated.key };
  }
  const dotted = DOTTED_DAY_FIRST.exec(value);
  if (dotted) {
    const day = validDay(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]), today);
    if (!day) return null;
    const time = dotted[4] && dotted[5] ? `${pad(Number(dotted[4]))}:${dotted[5]}` : null;
    return { day, time, offset: null, key: stated.key };
  }
  const parsed = chrono.parse(value, new Date(`${today}T12:00:00Z`))[0];
  const start = parsed?.start;
  if (!start?.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) {
    // A microdata value read from an element's text may be written in the page's language ("19. Oktober 2019").
    const inWords = dayInText(value, null, today);
    return inWords ? { day: inWords, time: null, offset: null, key: stated.key } : null;
  }
  const day = validDay(start.get("year") ?? 0, start.get("month") ?? 0, start.get("day") ?? 0, today);
  if (!day) return null;
  // "Sat, 19 Oct 2019 00:04:00 +0200": chrono keeps the clock time as written, with its zone beside it.
  const hour = start.isCertain("hour") ? start.get("hour") : null;
  const time = hour === null ? null : `${pad(hour)}:${pad(start.get("minute") ?? 0)}`;
  const offset = time && start.isCertain("timezoneOffset") ? (start.get("timezoneOffset") ?? null) : null;
  return { day, time, offset, key: stated.key };
}

/** Milliseconds since the epoch of a stated date that gives its time and zone, else null. */
export function instantOf(stated: StatedDate): number | null {
  if (stated.time === null || stated.offset === null) return null;
  return Date.parse(`${stated.day}T${stated.time}:00Z`) - stated.offset * 60_000;
}

/** The first of the values that reads as a valid date. */
export function firstStatedDate(values: readonly MetaValue[], today: string): StatedDate | null {
  for (const value of values) {
    const date = readStatedDate(value, today);
    if (date) return date;
  }
  return null;
}

// "/2019/11/20/", "/2019-11-20-", "_20191120_" in a URL path.
const URL_DATE = /[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

// "/23-01-2022-story": day, month, year, as European sites write it.
const URL_DAY_FIRST = /[/_-](0[1-9]|[12]\d|3[01])[-_.](0[1-9]|1[0-2])[-_.]((?:19|20)\d{2})(?=[/_.-]|$)/;

/** The day a URL's path carries, as many sites put it there. */
export function dateInUrl(url: string | null, today: string): StatedDate | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = URL_DATE.exec(path);
  if (match) {
    const day = validDay(Number(match[1]), Number(match[2]), Number(match[3]), today);
    return day ? { day, time: null, offset: null, key: "url" } : null;
  }
  const dayFirst = URL_DAY_FIRST.exec(path);
  if (!dayFirst) return null;
  const day = validDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]), today);
  return day ? { day, time: null, offset: null, key: "url" } : null;
}
