import { type CleanBlock, type Field, fromBlock, fromKey, type PageNode } from "@clippings/core";
import { articleTimes, timeElements } from "./article-times.js";
import { type DateInput, type DateResult, extractDate, OPENING_STAMP_CONFIDENCE } from "./date.js";
import { dateInUrl, firstStatedDate, instantOf, readStatedDate, type StatedDate } from "./metadata-date.js";
import type { PageMetadata } from "./page-metadata.js";
import { scriptPublicationDate } from "./script-date.js";
import {
  type DateLine,
  dayInText,
  findDateLine,
  findFirstDate,
  findNoticeDate,
  findOnlyDate,
  mainHeading,
} from "./text-date.js";
import { isoDateTime } from "./timestamps.js";

export interface PageDateInput {
  metadata: PageMetadata;
  meta: Readonly<Record<string, string>>;
  url: string | null;
  blocks: readonly CleanBlock[];
  nodes: readonly PageNode[];
  /** Two-letter language of the page, for dates written in words. */
  language: string | null;
}

const DAY_MS = 86_400_000;

// Metadata keys that state a date of the page without saying which (Dublin Core's "date", the bare "date").
const GENERIC_DATE_KEYS = new Set(["date", "dc.date", "dcterms.date", "dc:date"]);

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
}

function fromStated(stated: StatedDate, confidence: number, rule: string): DateResult {
  const from = fromKey(stated.key);
  const datetime: Field<string> = stated.time
    ? { value: isoDateTime(stated.day, stated.time, stated.offset), confidence, from, rule }
    : { value: null, confidence: 0, from: null, rule: "no time stated" };
  return { date: { value: stated.day, confidence, from, rule }, datetime };
}

/**
 * The same instant as a UTC statement, stated elsewhere on the page in the publisher's own zone: sites write
 * `article:published_time` in UTC and print `<time datetime="…-05:00">` or `itemprop="datePublished"` locally.
 */
function localReading(utc: StatedDate, page: PageDateInput, today: string): StatedDate | null {
  const instant = instantOf(utc);
  if (instant === null) return null;
  for (const value of [...page.metadata.published, ...timeElements(page.meta)]) {
    const stated = readStatedDate(value, today);
    if (!stated?.offset || stated.day === utc.day) continue;
    const other = instantOf(stated);
    if (other !== null && Math.abs(other - instant) < 60_000) return stated;
  }
  return null;
}

// "2022-11-06T23:00:00.000Z": midnight of a zone one or two hours east of UTC, written in UTC, as CMSs store a
// day picked without a time. On a page in a language of those zones (Central Europe's) it names the next day.
const CENTRAL_MIDNIGHT_IN_UTC = /T(?:22|23):00(?::00(?:\.0+)?)?\s*(?:Z|[+-]00:?00)$/i;
const CENTRAL_EUROPEAN_LANGUAGES = new Set([
  "de",
  "fr",
  "it",
  "es",
  "nl",
  "pl",
  "cs",
  "sk",
  "sl",
  "hr",
  "sr",
  "hu",
  "da",
  "sv",
  "nb",
  "no",
]);

/** The local day a UTC statement names when it is a Central European midnight, else null. */
function centralMidnightDay(published: StatedDate, page: PageDateInput): string | null {
  if (!page.language || !CENTRAL_EUROPEAN_LANGUAGES.has(page.language)) return null;
  const value = page.metadata.published.find((v) => v.key === published.key)?.value.trim() ?? "";
  if (!CENTRAL_MIDNIGHT_IN_UTC.test(value)) return null;
  return new Date(Date.parse(`${published.day}T12:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

// A date line that is little more than its date ("06.01.2022", "By A. Writer, 6 January 2022"), not a caption.
const SHORT_LINE = 80;

function isShortLine(blocks: readonly CleanBlock[], line: DateLine): boolean {
  const text = blocks.find((b) => b.index === line.block)?.text ?? "";
  return text.length <= SHORT_LINE;
}

// How many blocks above the main heading a named date line still belongs to it ("05.02.2020 - Editor" over
// the title, as many news modules print it), while a date bar usually sits in the page's header, further up.
const ABOVE_HEADING_BLOCKS = 2;

/** Whether a date line is the heading's own: below it, or named and just above it outside the page header. */
function atHeading(line: DateLine, heading: CleanBlock, blocks: readonly CleanBlock[]): boolean {
  if (line.block > heading.index) return true;
  const block = blocks.find((b) => b.index === line.block);
  return heading.index - line.block <= ABOVE_HEADING_BLOCKS && block?.hints.region !== "header";
}

/**
 * The publication day of a page: what its metadata states beats what its text shows (a JSON-LD datePublished
 * is the publisher's own record; a date in the text may be a sidebar's); then a timestamp line above the
 * article; then a <time> element, the date in the URL, the dateline; a modification date only as a last resort.
 */
function fromLine(found: DateLine, confidence: number, rule: string): DateResult {
  return {
    date: { value: found.day, confidence, from: fromBlock(found.block), rule },
    datetime: { value: null, confidence: 0, from: null, rule: "no time read from the date line" },
  };
}

/**
 * The day of a page whose metadata states its publication: that statement, unless what the page shows tells
 * which calendar day or which version the publisher means.
 */
function fromPublished(
  published: StatedDate,
  inUrl: StatedDate | null,
  page: PageDateInput,
  today: string,
): DateResult {
  const utc = published.offset === 0;
  const local = utc ? localReading(published, page, today) : null;
  if (local)
    return fromStated(
      local,
      0.95,
      `publication time the page states in its own zone (${local.key}; ${published.key} gives it in UTC)`,
    );
  const midnight = utc && !inUrl ? centralMidnightDay(published, page) : null;
  if (midnight)
    return fromStated(
      { ...published, day: midnight, time: "00:00", offset: null },
      0.9,
      `local midnight the page states in UTC (${published.key})`,
    );
  // Metadata times are often written in UTC: a URL a day away names the publisher's own calendar day.
  if (utc && inUrl && inUrl.day !== published.day && daysApart(inUrl.day, published.day) <= 1)
    return fromStated(
      inUrl,
      0.9,
      `date in the page's URL (the stated ${published.key} is a day away, in UTC)`,
    );
  // Only a date line below a headline counts against the stated day: a line above it, on a page without one,
  // is as often the site's bar with today's date.
  const heading = mainHeading(page.blocks);
  const modified = firstStatedDate(page.metadata.modified, today);
  const statedDays = new Set(page.metadata.published.map((v) => readStatedDate(v, today)?.day));
  const needsLine =
    (utc && published.time !== null) ||
    (modified !== null && modified.day !== published.day) ||
    GENERIC_DATE_KEYS.has(published.key) ||
    statedDays.size > 1;
  const found = needsLine ? findDateLine(page.blocks, page.nodes, page.language, today) : null;
  const line = found && heading && found.block > heading.index ? found : null;
  // Nor does the date line readers see under the headline, printed in the publisher's own calendar.
  if (
    utc &&
    published.time !== null &&
    line &&
    line.day !== published.day &&
    daysApart(line.day, published.day) <= 1
  )
    return fromLine(line, 0.9, `date line of the page (the stated ${published.key} is a day away, in UTC)`);
  // A page that shows readers its stated modification day under the headline, unlabelled or as "Updated …"
  // with no other date line, presents itself as of that revision (a republished or reworked article): that is
  // its date. (On the htmldate and trafilatura evaluation pages such a shown update is the annotated day 12
  // times in 14.)
  // A site's date bar showing today could only match the stated modification by chance: a date line above the
  // headline, or on a page without one, counts too, unless the URL, fixed at publication, carries the
  // published day.
  const shownRevision = found !== null && (found === line || inUrl?.day !== published.day) ? found : null;
  // A "modification" stated before the publication is no revision of it (a draft's or an import's time).
  if (modified && shownRevision && shownRevision.day === modified.day && modified.day > published.day)
    return fromLine(
      shownRevision,
      0.85,
      `date line of the page, which shows the stated ${modified.key}${shownRevision.edited ? " as its update" : ""} rather than ${published.key}`,
    );
  // Metadata that disagrees with itself (a JSON-LD datePublished and an article:published_time days apart):
  // the statement the date line at the headline confirms is the one readers are shown. A named date line just
  // above the headline counts here, as against a vague generic date below: a date bar could show a stated day
  // only by chance.
  const headingLine = found && heading && atHeading(found, heading, page.blocks) ? found : null;
  const confirmed =
    headingLine &&
    !headingLine.edited &&
    headingLine.day !== published.day &&
    isShortLine(page.blocks, headingLine)
      ? page.metadata.published
          .map((v) => readStatedDate(v, today))
          .find((stated) => stated?.day === headingLine.day)
      : undefined;
  if (confirmed)
    return fromStated(
      confirmed,
      0.9,
      `publication date the page states in ${confirmed.key}, as its date line shows (${published.key} differs)`,
    );
  // Dublin Core's date and a bare "date" name any day of the page's life (often when it was generated or last
  // changed), not its publication: an unlabelled date line under the headline says which day readers are shown.
  if (
    GENERIC_DATE_KEYS.has(published.key) &&
    headingLine &&
    !headingLine.edited &&
    headingLine.day !== published.day
  )
    return fromLine(headingLine, 0.85, `date line of the page (the generic ${published.key} differs)`);
  // A day stated without a time or a revision, which the page's first <time datetime> and its short date line
  // under the headline both contradict, naming the same other day: two statements readers are shown outweigh
  // one they are not (a template's default, an import's day).
  if (published.time === null && modified === null) {
    const shown = found ?? findDateLine(page.blocks, page.nodes, page.language, today);
    const below = shown && heading && shown.block > heading.index ? shown : null;
    const time = firstStatedDate(timeElements(page.meta), today);
    if (
      below &&
      !below.edited &&
      below.day !== published.day &&
      time?.day === below.day &&
      isShortLine(page.blocks, below)
    )
      return fromLine(
        below,
        0.85,
        `date line of the page, as its first <time datetime> (the stated ${published.key} differs)`,
      );
  }
  return fromStated(published, 0.95, `publication date the page states (${published.key})`);
}

export function extractPageDate(input: DateInput, page: PageDateInput): DateResult {
  const published = firstStatedDate(page.metadata.published, input.today);
  const inUrl = dateInUrl(page.url, input.today);
  if (published) return fromPublished(published, inUrl, page, input.today);
  const fromText = extractDate(input);
  if (fromText.date.confidence >= 0.9) {
    // A timestamp line is read from the text above the article, where a date bar or a teaser may also sit;
    // the URL was fixed when the story was published.
    if (inUrl && inUrl.day !== fromText.date.value)
      return fromStated(inUrl, 0.85, "date in the page's URL (the timestamp line above the article differs)");
  }
  const time = firstStatedDate(articleTimes(page.meta, page.blocks), input.today);
  const line = findDateLine(page.blocks, page.nodes, page.language, input.today);
  if (fromText.date.confidence >= 0.9) {
    // Two statements of the page's own, its first <time> and its named date line, outweigh the stamp.
    if (time && line && time.day === line.day && time.day !== fromText.date.value)
      return fromStated(
        time,
        0.85,
        "first <time datetime> on the page, as its date line (the timestamp line above the article differs)",
      );
    // A stamp read below the article's start may be a comment's or a related story's: the page's named date
    // line, read outside comments and sidebars, wins over it.
    if (fromText.date.confidence <= OPENING_STAMP_CONFIDENCE && line && line.day !== fromText.date.value)
      return fromLine(
        line,
        0.75,
        "date line of the page (the timestamp line at the article's start differs)",
      );
    return fromText;
  }
  if (time && line && time.day !== line.day) {
    // The first <time> of a page is as often a teaser's or a menu's as the article's, while the date line is
    // read below the heading, outside comments and sidebars: it wins unless the URL sides with the <time>.
    if (inUrl?.day === time.day)
      return fromStated(time, 0.8, "first <time datetime> on the page, as in the URL");
    return fromLine(line, 0.75, "date line of the page (the first <time datetime> differs)");
  }
  if (time) return fromStated(time, 0.8, "first <time datetime> on the page");
  if (line) return fromLine(line, 0.75, "date line of the page");
  if (inUrl) return fromStated(inUrl, 0.8, "date in the page's URL");
  // Page-state data in a script (not JSON-LD) is the publisher's record too, though not always the article's:
  // it is read only when the page states no other publication date and shows no date line.
  const inScript = scriptPublicationDate(page.meta, input.today);
  if (inScript)
    return fromStated(inScript, 0.7, `publication date in the page's script data (${inScript.key})`);
  // An update line read from the text (0.5) gives way to the page's own statements and date lines below.
  if (fromText.date.value && fromText.date.confidence > 0.5) return fromText;
  // Some sites put the day in the page title ("23.01.2022 - Story").
  const titleDay = page.meta.title ? dayInText(page.meta.title, page.language, input.today) : null;
  if (titleDay) {
    return {
      date: { value: titleDay, confidence: 0.6, from: fromKey("title"), rule: "date in the page title" },
      datetime: { value: null, confidence: 0, from: null, rule: "no time stated" },
    };
  }
  const modified = firstStatedDate(page.metadata.modified, input.today);
  if (modified) return fromStated(modified, 0.5, `modification date the page states (${modified.key})`);
  const first = findFirstDate(page.blocks, page.nodes, page.language, input.today);
  if (first) {
    return {
      date: {
        value: first.day,
        confidence: 0.4,
        from: fromBlock(first.block),
        rule: "first date line in the page's text",
      },
      datetime: { value: null, confidence: 0, from: null, rule: "no time read from the text" },
    };
  }
  const notice = findNoticeDate(page.blocks, page.language, input.today);
  if (notice) return fromLine(notice, 0.3, "full date in the page's copyright notice");
  const only = findOnlyDate(page.blocks, page.language, input.today);
  if (only) return fromLine(only, 0.2, "the only full date in the page's text");
  return fromText;
}
