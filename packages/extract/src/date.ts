import { type CleanBlock, type Field, fromBlock, fromKey } from "@clippings/core";
import type { Dateline } from "./dateline.js";
import { dateLineNear } from "./text-date.js";
import {
  findTimestamp,
  isoDateTime,
  isoDay,
  monthDay,
  type Timestamp,
  weekdaysNamed,
  weekdayTimestamp,
  yearlessTimestamp,
} from "./timestamps.js";

export interface DateInput {
  header: CleanBlock[];
  /** The article's first blocks, where many pages print the stamp under a standfirst or a picture. */
  opening?: readonly CleanBlock[];
  firstParagraph: CleanBlock | null;
  dateline: Dateline | null;
  /** The first body paragraphs, where a story names the weekday of its events. */
  lead: string;
  /** All text of the page, for the years it mentions. */
  pageText: string;
  crawlDate: string | null;
  /** Today's date, the last resort for a year; passed in so extraction stays a pure function. */
  today: string;
}

export interface DateResult {
  date: Field<string>;
  datetime: Field<string>;
}

const YEAR_WINDOW = 8;

function weekdayOf(day: string): number {
  return new Date(`${day}T12:00:00Z`).getUTCDay();
}

// "Updated 10:01 pm, Nov 19" gives the last edit, not the publication; a "Published" or plain stamp wins over it.
const UPDATED = /^\W*(last\s+)?(updated|modified|edited)\b/i;
// How far above an update stamp its publication stamp may sit before the lines are other furniture.
const PUBLISHED_NEAR_UPDATE = 6;

/**
 * A timestamp line: a full date that makes up most of a short block. The nearest one to the article is its
 * own; dates further off belong to the site's date bar or to teasers of other stories. A stamp labelled as an
 * update gives way to a publication stamp among the nearest lines. Relative dates ("3 hours ago") count from
 * the crawl day. `candidates` are in order of distance from the article's start.
 */
function nearestTimestamp(candidates: readonly CleanBlock[], crawlDate: string | null) {
  const reference = crawlDate ? new Date(`${crawlDate}T12:00:00Z`) : undefined;
  let updated: { stamp: Timestamp; block: CleanBlock; at: number } | null = null;
  for (const [i, block] of candidates.entries()) {
    if (updated && i - updated.at > PUBLISHED_NEAR_UPDATE) break;
    if (block.cleanText.length > 80) continue;
    // "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM": stamps joined on one line are read one by one.
    for (const text of block.cleanText.split(STAMP_JOINER)) {
      const stamp = readStamp(text, reference);
      if (!stamp || stamp.covered < text.replace(/\s/g, "").length * 0.5) continue;
      // A page is not published after it was crawled: "Tomorrow" in a weather box is no stamp.
      if (crawlDate && stamp.day > crawlDate) continue;
      if (!UPDATED.test(text)) return { stamp, block };
      updated ??= { stamp, block, at: i };
    }
  }
  return updated;
}

/**
 * The stamp above the article, else one among its first blocks: many pages print the stamp under the
 * standfirst, a picture or the share buttons, which a text scrape reads as the article's start.
 */
function timestampLine(input: DateInput) {
  return (
    nearestTimestamp([...input.header].reverse(), input.crawlDate) ??
    nearestTimestamp(input.opening ?? [], input.crawlDate)
  );
}

// A semicolon between two stamps printed on one line.
const STAMP_JOINER = /\s*;\s*/;

// "Nov 15, 20195:45 AM": a year run into the clock after it, as a page printing them in two elements shows them.
const YEAR_RUN_INTO_CLOCK = /(?<!\d)((?:19|20)\d{2})(\d{1,2}:\d{2})/g;
// A day named only by a relative word ("Today", "Yesterday") and no clock is as often a menu item or a show's
// name as a stamp.
const DIGIT = /\d/;

/** A full date; else, counted back from the crawl day, a month and day or a weekday printed with a time. */
function readStamp(written: string, reference: Date | undefined): Timestamp | null {
  const text = written.replace(YEAR_RUN_INTO_CLOCK, "$1 $2");
  const stamp =
    findTimestamp(text, reference) ??
    (reference ? (yearlessTimestamp(text, reference) ?? weekdayTimestamp(text, reference)) : null);
  return stamp && (stamp.time !== null || DIGIT.test(text)) ? stamp : null;
}

/**
 * The year of a date printed without one: among recent years, the one whose calendar puts the date on a
 * weekday the story names, nearest the crawl date or the latest year the page mentions, never after the crawl.
 */
export function inferYear(
  month: number,
  day: number,
  context: { weekdays: number[]; referenceYear: number; notAfter: string | null },
): { year: number; weekdayAgrees: boolean } {
  const candidates: { year: number; weekdayAgrees: boolean; distance: number }[] = [];
  for (let year = context.referenceYear - YEAR_WINDOW; year <= context.referenceYear + 1; year += 1) {
    const iso = isoDay(year, month, day);
    if (context.notAfter !== null && iso > context.notAfter) continue;
    const weekday = weekdayOf(iso);
    candidates.push({
      year,
      weekdayAgrees: context.weekdays.includes(weekday),
      distance: Math.abs(year - context.referenceYear),
    });
  }
  const agreeing = candidates.filter((c) => c.weekdayAgrees);
  const pool = agreeing.length > 0 ? agreeing : candidates;
  pool.sort((a, b) => a.distance - b.distance || b.year - a.year);
  const best = pool[0];
  return best
    ? { year: best.year, weekdayAgrees: best.weekdayAgrees }
    : { year: context.referenceYear, weekdayAgrees: false };
}

function referenceYear(input: DateInput): number {
  if (input.crawlDate) return Number(input.crawlDate.slice(0, 4));
  const todayYear = Number(input.today.slice(0, 4));
  const years = (input.pageText.match(/\b(19[5-9]\d|20\d\d)\b/g) ?? [])
    .map(Number)
    .filter((y) => y <= todayYear);
  return years.length > 0 ? Math.max(...years) : todayYear;
}

/** The confidence of a stamp read among the article's first blocks rather than above it. */
export const OPENING_STAMP_CONFIDENCE = 0.9;

/** The publication day (and time, when printed) from a timestamp line, the dateline, or the crawl date. */
export function extractDate(input: DateInput): DateResult {
  const found = timestampLine(input);
  if (found) {
    const { stamp, block } = found;
    const from = fromBlock(block.index);
    // Below the article's start a stamp may be a comment's or a related story's as well as the article's own.
    const opening = input.opening?.includes(block) ?? false;
    return {
      date: {
        value: stamp.day,
        confidence: opening ? OPENING_STAMP_CONFIDENCE : 0.95,
        from,
        rule: opening ? "timestamp line at the article's start" : "timestamp line above the article",
      },
      datetime: {
        value: isoDateTime(stamp.day, stamp.time, stamp.offset),
        confidence: stamp.time ? 0.9 : 0,
        from: stamp.time ? from : null,
        rule: stamp.time ? "time printed with the timestamp" : "no time printed",
      },
    };
  }
  // A page is not published after it was crawled, nor after today.
  const notAfter = input.crawlDate ?? input.today;
  const line =
    dateLineNear([...input.header].reverse(), notAfter) ?? dateLineNear(input.opening ?? [], notAfter);
  if (line) {
    return {
      date: {
        value: line.day,
        // An update line names a revision, not the publication: a weaker reading than an unlabelled date.
        confidence: line.edited ? 0.5 : 0.7,
        from: fromBlock(line.block),
        rule: line.edited ? "update date in a line above the article" : "date in a line above the article",
      },
      datetime: { value: null, confidence: 0, from: null, rule: "no time read from the date line" },
    };
  }
  const md = input.dateline?.dateText ? monthDay(input.dateline.dateText) : null;
  if (md && input.firstParagraph) {
    const { year, weekdayAgrees } = inferYear(md.month, md.day, {
      weekdays: weekdaysNamed(input.lead),
      referenceYear: referenceYear(input),
      // A page cannot be published after it was crawled, nor after today.
      notAfter: input.crawlDate ?? input.today,
    });
    return {
      date: {
        value: isoDay(year, md.month, md.day),
        confidence: weekdayAgrees ? 0.85 : 0.65,
        from: fromBlock(input.firstParagraph.index),
        rule: weekdayAgrees
          ? "dateline month and day; year where the weekday named in the story falls on that date"
          : "dateline month and day; year nearest the crawl date or the page's latest year",
      },
      datetime: { value: null, confidence: 0, from: null, rule: "no time printed" },
    };
  }
  if (input.crawlDate) {
    return {
      date: {
        value: input.crawlDate,
        confidence: 0.3,
        from: fromKey("crawl-header"),
        rule: "crawl date (no date printed on the page)",
      },
      datetime: { value: null, confidence: 0, from: null, rule: "no time printed" },
    };
  }
  return {
    date: { value: null, confidence: 0, from: null, rule: "no date found" },
    datetime: { value: null, confidence: 0, from: null, rule: "no time printed" },
  };
}
