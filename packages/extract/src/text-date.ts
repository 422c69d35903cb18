import type { CleanBlock, PageNode } from "@clippings/core";
import * as chrono from "chrono-node";
import { isoDay } from "./timestamps.js";

type ChronoLocale = { parse: typeof chrono.parse };

// chrono's locales, by the two-letter code of the page's language; English reads the rest.
const LOCALES: Record<string, ChronoLocale> = {
  de: chrono.de,
  fr: chrono.fr,
  ja: chrono.ja,
  pt: chrono.pt,
  nl: chrono.nl,
  zh: chrono.zh,
  ru: chrono.ru,
  es: chrono.es,
  uk: chrono.uk,
  it: chrono.it,
  sv: chrono.sv,
  fi: chrono.fi,
  vi: chrono.vi,
  id: chrono.id,
};

const EARLIEST_YEAR = 1990;
// Numeric dates: 2019-11-20, 2019/11/20, 20.11.2019, 20/11/2019 (11/20/2019 in American English).
const YEAR_FIRST = /(?<!\d)((?:19|20)\d{2})[-/.年]\s?(\d{1,2})[-/.月]\s?(\d{1,2})(?!\d)/;
const DAY_FIRST = /(?<!\d)(\d{1,2})([./])\s?(\d{1,2})\2\s?((?:19|20)\d{2})(?!\d)/;
const MAX_DATE_TEXT = 160;

function valid(year: number, month: number, day: number, today: string): string | null {
  if (year < EARLIEST_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const iso = isoDay(year, month, day);
  if (new Date(`${iso}T12:00:00Z`).getUTCDate() !== day) return null;
  return iso <= today ? iso : null;
}

/**
 * The first full date (day, month and year) written in a short text, in numeric forms or in words in the page's
 * language, or null. Dates after today are not publication dates.
 */
export function dayInText(text: string, language: string | null, today: string): string | null {
  if (text.length > MAX_DATE_TEXT) return null;
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return valid(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]), today);
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const [a, b] = [Number(dayFirst[1]), Number(dayFirst[3])];
    const american = language === "en" && dayFirst[2] === "/" && a <= 12;
    return valid(Number(dayFirst[4]), american ? a : b, american ? b : a, today);
  }
  const locale = (language && LOCALES[language]) || chrono.en;
  for (const result of locale.parse(text, new Date(`${today}T12:00:00Z`))) {
    const start = result.start;
    if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) continue;
    // "Today" and "2 days ago" are certain to chrono but say nothing about the page; a written year does.
    if (!result.text.includes(String(start.get("year")))) continue;
    const day = valid(start.get("year") ?? 0, start.get("month") ?? 0, start.get("day") ?? 0, today);
    if (day) return day;
  }
  return null;
}

// Names of the elements that hold a page's date line.
const DATE_NAMES =
  /(^|[\s_-])(date|dates|time|timestamp|datetime|published|publish|pubdate|posted|post-date|post-meta|entry-meta|article-meta|meta|byline|dateline|info|article-info|story-info|author|autor)($|[\s_-])/;
// Blocks just below the main heading, where pages print the date line without naming it.
const BELOW_HEADING_BLOCKS = 8;
const SHORT_DATE_LINE = 80;

function inDateElement(block: CleanBlock, nodes: readonly PageNode[]): boolean {
  let at = block.hints.node;
  for (let steps = 0; at !== undefined && steps < 4; steps += 1) {
    const node = nodes[at];
    if (!node) return false;
    if (DATE_NAMES.test(node.names)) return true;
    at = node.parent ?? undefined;
  }
  return false;
}

export interface DateLine {
  day: string;
  block: number;
}

/**
 * The date line of an HTML page: the first short element named as a date (or meta line, byline) that holds a
 * full date, after the page's main heading when it has one, so that dates in menus and teasers above the
 * article count only when nothing below the heading gives one.
 */
export function findDateLine(
  blocks: readonly CleanBlock[],
  nodes: readonly PageNode[],
  language: string | null,
  today: string,
): DateLine | null {
  const heading = blocks.find((b) => b.role === "content" && b.hints.heading === 1);
  const search = (from: number, to: number): DateLine | null => {
    for (const block of blocks) {
      if (block.index < from || block.index >= to || block.text.length > MAX_DATE_TEXT) continue;
      if (!inDateElement(block, nodes)) continue;
      const day = dayInText(block.text, language, today);
      if (day) return { day, block: block.index };
    }
    return null;
  };
  // Some sites print the date line above the heading: look there only when nothing follows it.
  const named = heading
    ? (search(heading.index, Number.POSITIVE_INFINITY) ?? search(0, heading.index))
    : search(0, Number.POSITIVE_INFINITY);
  if (named || !heading) return named;
  // A short line with a full date just below the heading is the date line even when no name says so.
  for (const block of blocks) {
    if (block.index <= heading.index || block.text.length > SHORT_DATE_LINE) continue;
    if (block.index > heading.index + BELOW_HEADING_BLOCKS) break;
    const day = dayInText(block.text, language, today);
    if (day) return { day, block: block.index };
  }
  return null;
}
