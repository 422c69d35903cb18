import { type CleanBlock, detachedString, type PageNode } from "@clippings/core";
import * as chrono from "chrono-node";
import { mayHoldDateIn } from "./locale-date-cue.js";
import { ancestorsOf } from "./page-ancestors.js";
import { isoDay } from "./timestamps.js";

type ChronoLocale = { parse: typeof chrono.parse; casual: chrono.Chrono };

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

// When the page's language is unknown or its locale reads nothing, the languages most pages are written in
// (Indonesian last: a large share of the web, and its month names, "Maret", "Desember", read in no other locale).
const FALLBACK_LOCALES = ["en", "de", "fr", "es", "it", "pt", "nl", "ru", "ja", "zh", "id"];

const EARLIEST_YEAR = 1990;
// Numeric dates: 2019-11-20, 2019/11/20, 20.11.2019, 20/11/2019 (11/20/2019 in American English).
const YEAR_FIRST = /(?<!\d)((?:19|20)\d{2})[-/.年]\s?(\d{1,2})[-/.月]\s?(\d{1,2})(?!\d)/;
const DAY_FIRST = /(?<!\d)(\d{1,2})([./])\s?(\d{1,2})\2\s?((?:19|20)\d{2})(?!\d)/;
// "31.10.23", "8.5.12", "26/10/13": day, month and a two-digit year between dots or slashes, as many European
// sites and forums print dates in bylines and teasers (month first in American English). Standing alone (not
// part of a longer run of numbers such as a version "1.2.3.4" or a path "1/2/3/4").
const SHORT_YEAR = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d./]\d|\d)/;
// A full date always writes its year: text without one is not read further (and chrono is not run on it).
const HAS_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
// Cheap test before reading a block: four digits of a year, possibly run on from a day ("Feb 182009") or into a
// clock ("202207:59"), or a dotted or slashed date with a two-digit year.
const YEAR_DIGITS =
  /(?:19|20)\d{2}(?!\d)|(?:19|20)\d{2}(?=\d{1,2}(?::\d|\.\s?\p{L}))|(?<![\d./])\d{1,2}([./])\d{1,2}\1\d{2}(?![\d./]\d|\d)/u;
const YEAR_RUN_ON = /(?<!\d)((?:19|20)\d{2})(?=\p{L})/gu;
// "Feb 182009": a day run into the year after a month word, as a page printing them in two elements shows them.
const DAY_RUN_ON_YEAR = /(\p{L}\.?\s+\d{1,2})((?:19|20)\d{2})(?!\d)/gu;
// "3. Mai 202221:25", "28. Juni 201914. Januar 2020": a year run into the clock or the next date after it, as two
// elements (a date and its time, a published and an updated <time>) print when a page's text joins them.
const YEAR_RUN_INTO_DIGITS = /(?<!\d)((?:19|20)\d{2})(?=(?:[01]?\d|2[0-3]):[0-5]\d|\d{1,2}\.\s?\p{L})/gu;
const MAX_DATE_TEXT = 160;
// How much of a longer line is read for its date: a date line's stamp comes in its first words.
const LONG_LINE_OPENING = 100;

function valid(year: number, month: number, day: number, today: string): string | null {
  if (year < EARLIEST_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const iso = isoDay(year, month, day);
  if (new Date(`${iso}T12:00:00Z`).getUTCDate() !== day) return null;
  return iso <= today ? iso : null;
}

function dayInWords(text: string, locale: ChronoLocale, today: string): string | null {
  if (!mayHoldDateIn(locale.casual, text)) return null;
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

/** A day.month.yy or day/month/yy date (month/day/yy in American English), its century the one that puts it on
 * or before today. */
function shortYearDate(text: string, language: string | null, today: string): string | null {
  const match = SHORT_YEAR.exec(text);
  if (!match) return null;
  const [a, b] = [Number(match[1]), Number(match[3])];
  const american = language === "en" && match[2] === "/" && a <= 12;
  const yy = Number(match[4]);
  const century = 2000 + yy <= Number(today.slice(0, 4)) ? 2000 : 1900;
  return valid(century + yy, american ? a : b, american ? b : a, today);
}

/**
 * The first full date (day, month and year) written in a short text, in numeric forms or in words in the page's
 * language, or null. Pages often lack a declared language or mix languages (an English CMS's month names on a
 * German page), so words are also read in the common languages when the page's own locale finds nothing.
 * Dates after today are not publication dates.
 */
export function dayInText(written: string, language: string | null, today: string): string | null {
  const opening = openingOf(written);
  const key = `${today}\u0000${language ?? ""}\u0000${opening}`;
  const known = readDays.get(key);
  if (known !== undefined) return known;
  const day = dayInOpening(opening, language, today);
  if (readDays.size >= REMEMBERED_DAYS) readDays.clear();
  // The opening is most often a slice of its page: kept as it is, it would keep the page alive.
  readDays.set(detachedString(key), day);
  return day;
}

// How many lines' days are remembered; past that the memory starts afresh (a page asks about a few dozen).
const REMEMBERED_DAYS = 1_024;

/**
 * Days read, by line opening, language and today. The date-line readers of a page ask about the same lines
 * again (a named date line, then the lines below the heading, then the page's first date), and a line with a
 * year but no date in words costs a chrono parse in each of a dozen languages every time.
 */
const readDays = new Map<string, string | null>();

function dayInOpening(opening: string, language: string | null, today: string): string | null {
  // "August 19, 2019August 19, 2019": a year run into the next word, as pages joining two elements print it.
  const text = opening
    .replace(YEAR_RUN_ON, "$1 ")
    .replace(YEAR_RUN_INTO_DIGITS, "$1 ")
    .replace(DAY_RUN_ON_YEAR, "$1 $2");
  if (!HAS_YEAR.test(text)) return shortYearDate(text, language, today);
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return valid(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]), today);
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const [a, b] = [Number(dayFirst[1]), Number(dayFirst[3])];
    const american = language === "en" && dayFirst[2] === "/" && a <= 12;
    return valid(Number(dayFirst[4]), american ? a : b, american ? b : a, today);
  }
  const codes = [...new Set([language ?? "en", ...FALLBACK_LOCALES])];
  const readInWords = (words: string): string | null => {
    for (const code of codes) {
      const locale = LOCALES[code] ?? (code === "en" ? chrono.en : null);
      const day = locale ? dayInWords(words, locale, today) : null;
      if (day) return day;
    }
    return null;
  };
  const day = readInWords(text);
  if (day) return day;
  // "Juli 12, 2017": an English CMS's month-first order around another language's month name, which that
  // language's locale reads only day first.
  const monthFirst = MONTH_FIRST.exec(text);
  const read = monthFirst ? readInWords(`${monthFirst[2]}. ${monthFirst[1]} ${monthFirst[3]}`) : null;
  if (read) return read;
  // "07 Dezember, 2022": the day without the ordinal's dot (and a comma before the year) that an English CMS's
  // format prints around another language's month name, which that language's locale reads only as "7. Dezember".
  const undotted = DAY_MONTH_WITHOUT_DOT.exec(text);
  return undotted ? readInWords(`${undotted[1]}. ${undotted[2]} ${undotted[3]}`) : null;
}

/**
 * The opening of a long line, cut at a word's end: a date line that runs on into a sentence ("This entry was
 * posted on Friday, August 22nd, 2012 at 10:15 am and is filed under …", as WordPress themes print it) gives
 * its date there; a date further into the line belongs to what the line goes on to say.
 */
function openingOf(text: string): string {
  if (text.length <= MAX_DATE_TEXT) return text;
  const cut = text.lastIndexOf(" ", LONG_LINE_OPENING);
  return text.slice(0, cut > 0 ? cut : LONG_LINE_OPENING);
}

const MONTH_FIRST = /(\p{L}{3,})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})(?!\d)/u;
const DAY_MONTH_WITHOUT_DOT = /(?<![\d.])(\d{1,2})\s+(\p{L}{3,}),?\s+((?:19|20)\d{2})(?!\d)/u;

// Words in the class, id or itemprop of elements that hold a page's date line, matched inside compound names as
// CMSs write them ("postdate", "entry-date", "posted-on", "post_meta", "artikel-datum", "fecha", hAtom "published").
const DATE_WORDS =
  /date|datum|fecha|time|publi|posted|byline|meta|info|autor|author|(?:^|[\s_-])(?:dates?|data)(?:$|[\s_-])/;
// hAtom's "updated" and "modified" name the last edit, not the publication: they do not make an element a date line.
const EDIT_WORDS = /updated?|modified|modif/g;
// WordPress marks every post's container with its status ("status-publish"): a state, not a date element.
const POST_STATUS = /(?:^|\s)status-[\w-]+/g;

/** An element's class, id and itemprop names without those that name no date of their own. */
function dateNames(names: string): string {
  return names.replace(POST_STATUS, " ").replace(EDIT_WORDS, " ");
}
// Comments, sidebars, teasers of other stories, sliders and calendars carry dates too, of other things. A teaser
// is told by a class that ends in one, a kind of teaser ("node--view-mode-teaser", "article-teaser"): a bare
// "teaser" or a "…__teaser-text" is as often the article's own lead or picture; a teaser's box, item, list or
// card holds another story's. "event" counts only as a word of its own ("event-list", "events"): a
// "prevent-scroll" or an "eventbox" press box is no calendar.
const OTHER_DATES =
  /comment|sidebar|widget|related|recent|read-?also|also-?read|archive|reply|respond|breadcrumb|calendar|(?<![a-z])events?(?![a-z])|copyright|[-_]teasers?(?=\s|$)|(?<![a-z])teasers?[-_](?:box|item|list|card)s?(?=\s|$)|carousel|slider/;
// A layout's modifier that says the container holds a sidebar beside the content ("has-sidebar",
// "one-sidebar-second", "has-double-sidebar", "no-sidebar"), as themes mark the page's wrappers: not a sidebar.
const WITH_SIDEBAR = /(?<![a-z])(?:has|with|no|one|two|double)[-_](?:[a-z]+[-_])?sidebars?[\w-]*/g;
// The article's own container, as a whole class or id ("post-123 post hentry", "article-body", "blog-posts hfeed"):
// above it, a page's sidebars and widgets hold the article rather than sit beside it.
const ARTICLE_CONTAINER =
  /^(?:(?:post|article|entry|story|blog-?post)s?(?:[-_]?(?:\d+|body|content|wrap|wrapper|container|main|text|inner|page))?|hentry|hfeed|h-entry|type-post|single-post|beitrag|artikel)$/;
// "© 2019", "Copyright 2007-2019": the site's notice, not the article's day.
const COPYRIGHT = /©|\bcopyright\b|\(c\)\s*\d/i;
// "Updated 3 May 2021", "Letzte Änderung", "mis à jour", "actualizado", "aggiornato": the last edit's stamp.
const UPDATE_LABEL =
  /\b(?:last\s+)?(?:updated|modified|edited|revised|revision)\b|aktualisiert|letzte\s+änderung|geändert|mis\s+à\s+jour|modifié|actualizad|aggiornat/i;
// Blocks just below the main heading, where pages print the date line without naming it.
const BELOW_HEADING_BLOCKS = 8;
// Blocks just over it, where some print it as a kicker.
const ABOVE_HEADING_BLOCKS = 2;
const SHORT_DATE_LINE = 80;
// Share of a heading's text in links above which it is a link (to the home page, for a logo), not a title.
const LINKED = 0.9;
// How far up the tree an element's name can make a block a date line, and how far a comment or sidebar reaches.
const DATE_NAME_DEPTH = 4;
const OTHER_DATES_DEPTH = 12;

function ancestorNames(block: CleanBlock, nodes: readonly PageNode[], depth: number): string[] {
  return ancestorsOf(block, nodes, depth).map((node) => node.names);
}

function inDateElement(block: CleanBlock, nodes: readonly PageNode[]): boolean {
  return ancestorNames(block, nodes, DATE_NAME_DEPTH).some((names) => DATE_WORDS.test(dateNames(names)));
}

/** Whether a block sits in navigation, a comment, sidebar or teaser list, whose dates are not the article's. */
export function inOtherDates(block: CleanBlock, nodes: readonly PageNode[]): boolean {
  if (block.hints.region === "nav") return true;
  const names = ancestorNames(block, nodes, OTHER_DATES_DEPTH);
  for (const [steps, name] of names.entries()) {
    // The date element's own name may say where its date is shown ("comments-date" beside a comment count).
    const ownDateName = steps === 0 && DATE_WORDS.test(dateNames(name));
    if (OTHER_DATES.test(name.replace(WITH_SIDEBAR, " ")) && !ownDateName) return true;
    if (name.split(/\s+/).some((token) => ARTICLE_CONTAINER.test(token))) return false;
  }
  return false;
}

export interface DateLine {
  day: string;
  block: number;
  /** The line is labelled as an edit ("Updated 3 May 2021"), found because nothing else was. */
  edited: boolean;
}

/** The first date line among the blocks from index `from` up to `to` that hold a year and that `accepts`. */
function firstDayBetween(
  blocks: readonly CleanBlock[],
  from: number,
  to: number,
  accepts: (block: CleanBlock) => boolean,
  language: string | null,
  today: string,
  editLabelled: ReadonlySet<number>,
): DateLine | null {
  return firstDay(
    blocks.filter((b) => b.index >= from && b.index < to && YEAR_DIGITS.test(b.text) && accepts(b)),
    (b) => dayInText(b.text, language, today),
    editLabelled,
  );
}

/** firstDayBetween from the page's main heading down, then (when nothing there gives a day) above it. */
function firstDayFromHeading(
  blocks: readonly CleanBlock[],
  heading: CleanBlock | undefined,
  accepts: (block: CleanBlock) => boolean,
  language: string | null,
  today: string,
): DateLine | null {
  const from = heading?.index ?? 0;
  const editLabelled = labelledByPrevious(blocks);
  return (
    firstDayBetween(blocks, from, Number.POSITIVE_INFINITY, accepts, language, today, editLabelled) ??
    firstDayBetween(blocks, 0, from, accepts, language, today, editLabelled)
  );
}

/**
 * Whether a date line is the stamp of an edit: its update label comes before its first date ("Updated 3 May
 * 2021"). A line that states the publication first and the edit after it ("Written: 2023-11-07 15:03 / Updated:
 * 2023-11-07 15:30") is read for its first date, the publication's.
 */
function labelledAsEdit(text: string): boolean {
  const firstDigit = text.search(/\d/);
  return UPDATE_LABEL.test(firstDigit < 0 ? text : text.slice(0, firstDigit));
}

// A label printed in an element of its own before the date it names ("Last modified:" over "15.10.2021").
const LABEL_CHARS = 40;

/** The blocks whose date an update label in the block just before them names as an edit's. */
function labelledByPrevious(blocks: readonly CleanBlock[]): Set<number> {
  const labelled = new Set<number>();
  for (const [i, block] of blocks.entries()) {
    const next = blocks[i + 1];
    if (next && block.text.length <= LABEL_CHARS && !/\d/.test(block.text) && UPDATE_LABEL.test(block.text))
      labelled.add(next.index);
  }
  return labelled;
}

/**
 * Reads candidate blocks in order; a stamp labelled as an edit, in its own text or by the label just before it
 * (`editLabelled`), is kept only in case nothing else is found.
 */
function firstDay(
  candidates: Iterable<CleanBlock>,
  read: (block: CleanBlock) => string | null,
  editLabelled: ReadonlySet<number> = new Set(),
): DateLine | null {
  let edited: DateLine | null = null;
  for (const block of candidates) {
    if (COPYRIGHT.test(block.text)) continue;
    const day = read(block);
    if (!day) continue;
    if (!labelledAsEdit(block.text) && !editLabelled.has(block.index))
      return { day, block: block.index, edited: false };
    edited ??= { day, block: block.index, edited: true };
  }
  return edited;
}

/**
 * The date line of an HTML page: the first short element named as a date (or meta line, byline) that holds a
 * full date, after the page's main heading when it has one, so that dates in menus and teasers above the
 * article count only when nothing below the heading gives one. Comments, sidebars and footers are not read.
 */
export function findDateLine(
  blocks: readonly CleanBlock[],
  nodes: readonly PageNode[],
  language: string | null,
  today: string,
): DateLine | null {
  const heading = mainHeading(blocks);
  // Some sites print the date line above the heading: look there only when nothing follows it.
  const named = firstDayFromHeading(
    blocks,
    heading,
    (b) => inDateElement(b, nodes) && !inOtherDates(b, nodes),
    language,
    today,
  );
  if (!heading || (named && !named.edited)) return named;
  // A short line with a full date just below the heading is the date line even when no name says so (and rather
  // than a named line that states an edit); so is the opening of a lead set off by a dash or a bar ("29.11.2022 –
  // The industry…", "Press release of 25 January 2022 | Berlin – …") or a bracketed date, as press releases and
  // many news sites print it.
  const below = firstDay(
    blocks.filter((b) => b.index > heading.index && b.index <= heading.index + BELOW_HEADING_BLOCKS),
    (b) => {
      if (b.text.length <= SHORT_DATE_LINE) return dayInText(b.text, language, today);
      return inOtherDates(b, nodes) ? null : dayInOpenings(b.text, language, today);
    },
    labelledByPrevious(blocks),
  );
  const found = below && (!below.edited || !named) ? below : named;
  if (found) return found;
  // Failing those, a short date line just over the heading, in the article's own container rather than the page
  // header or a list of other stories ("02.02.2022 10:16 - League - Wire" set as a kicker over the title).
  const at = blocks.indexOf(heading);
  return firstDay(
    blocks
      .slice(Math.max(0, at - ABOVE_HEADING_BLOCKS), at)
      .reverse()
      .filter(
        (b) =>
          b.text.length <= SHORT_DATE_LINE &&
          b.hints.region !== "header" &&
          YEAR_DIGITS.test(b.text) &&
          !inOtherDates(b, nodes),
      ),
    (b) => dayInText(b.text, language, today),
  );
}

/**
 * The page's main heading: its first <h1> of the article's content, passing over a site's logo or name set as an
 * <h1> in the page header, a link home, when another <h1> follows it.
 */
export function mainHeading(blocks: readonly CleanBlock[]): CleanBlock | undefined {
  const headings = blocks.filter((b) => b.role === "content" && b.hints.heading === 1);
  const logo = (b: CleanBlock) => b.hints.region === "header" && (b.hints.linkDensity ?? 0) >= LINKED;
  return headings.find((b) => !logo(b)) ?? headings[0];
}

// "By A. Writer", "Par A. Writer le …", "Von A. Writer am …", "Por A. Writer el …": a credit line's opening.
const BYLINE_OPENING = /^(?:[Bb]y|[Pp]ar|[Vv]on|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Pp]rzez)\s+\p{Lu}/u;

// A paragraph that opens on a numeric date before its first word, as press releases date their lead.
const NUMERIC_DATE_OPENING = /^(\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\s/;

// A dash or bar between spaces: where a lead's date line ends and its text begins.
const LEAD_SEPARATOR = /\s[–—|-]\s/;

// A lead that opens on a bracketed date, after a place or not ("Berlin, (12.11.2021). The city…", "(21 November
// 2022) Consumers…"), as press offices and newsletters date their text.
const BRACKETED_OPENING = /^[^()]{0,40}\([^()]{6,40}\)/;
// A lead that opens on its date closed by a full stop ("31. Oktober 2023. The festival…", "March 3, 2021. The
// city…"), as columns and press releases date their text: the opening up to the year, before a capital.
const DATED_SENTENCE_OPENING = /^(.{0,40}?(?:19|20)\d{2})\.\s+(?=\p{Lu})/u;

/**
 * The openings of a long block that may be its date line: the part before its first dash or bar, when short
 * enough, and a bracketed date at its start.
 */
function leadOpenings(text: string): string[] {
  const openings: string[] = [];
  const bracketed = BRACKETED_OPENING.exec(text);
  if (bracketed) openings.push(bracketed[0]);
  const match = LEAD_SEPARATOR.exec(text);
  if (match && match.index <= SHORT_DATE_LINE) openings.push(text.slice(0, match.index));
  const dated = DATED_SENTENCE_OPENING.exec(text);
  if (dated?.[1]) openings.push(dated[1]);
  return openings;
}

/** The first day among a long block's openings. */
function dayInOpenings(text: string, language: string | null, today: string): string | null {
  for (const opening of leadOpenings(text)) {
    const day = dayInText(opening, language, today);
    if (day) return day;
  }
  return null;
}

/**
 * The last resort of a page with no stated, named or placed date: the first short line of the article's text
 * (after the main heading when there is one) that is a full date, as htmldate's search of a page's text does.
 * Navigation, footers, comments, sidebars and copyright lines are left out.
 */
export function findFirstDate(
  blocks: readonly CleanBlock[],
  nodes: readonly PageNode[],
  language: string | null,
  today: string,
): DateLine | null {
  const heading = mainHeading(blocks);
  // A page's own footer states when the site, not the article, was made or last changed.
  const accepts = (b: CleanBlock) => b.hints.region !== "footer" && !inOtherDates(b, nodes);
  const from = heading?.index ?? 0;
  // Without a heading to read from, a date bar in the page header outside the article shows the day the page
  // was fetched: it is read only when nothing else on the page gives a date.
  const dateBar = (b: CleanBlock) => !heading && b.role !== "content" && b.hints.region === "header";
  const shortLine = (b: CleanBlock) => b.text.length <= SHORT_DATE_LINE && accepts(b) && !dateBar(b);
  const shortDay = (b: CleanBlock) => dayInText(b.text, language, today);
  const editLabelled = labelledByPrevious(blocks);
  const shortLines = blocks.filter((b) => b.index >= from && YEAR_DIGITS.test(b.text) && shortLine(b));
  return (
    // A credit line that dates the article ("By A. Writer, 3 May 2020") before any other: the first short date
    // line of a page with no heading is as often an edition's or a date bar's.
    firstDay(
      shortLines.filter((b) => BYLINE_OPENING.test(b.text)),
      shortDay,
      editLabelled,
    ) ??
    firstDay(shortLines, shortDay, editLabelled) ??
    // The article's lead that opens on its date ("27.1.2022 – The city…", "01.02.2022 “The market…"), however
    // far below the heading.
    firstDay(
      blocks.filter((b) => b.index >= from && b.role === "content" && YEAR_DIGITS.test(b.text) && accepts(b)),
      (b) => {
        const numeric = NUMERIC_DATE_OPENING.exec(b.text)?.[1];
        return (
          dayInOpenings(b.text, language, today) ?? (numeric ? dayInText(numeric, language, today) : null)
        );
      },
    ) ??
    firstDay(
      blocks.filter((b) => b.index < from && YEAR_DIGITS.test(b.text) && shortLine(b)),
      shortDay,
      editLabelled,
    ) ??
    firstDay(
      blocks.filter((b) => dateBar(b) && YEAR_DIGITS.test(b.text) && b.text.length <= SHORT_DATE_LINE),
      shortDay,
      editLabelled,
    )
  );
}

/**
 * The very last resort of an HTML page: a copyright notice that gives a full day rather than a year ("Copyright ©
 * 19.12.2019 - 12:14 h by Example GmbH"), as some CMSs stamp each page they generate. A year alone says nothing.
 */
export function findNoticeDate(
  blocks: readonly CleanBlock[],
  language: string | null,
  today: string,
): DateLine | null {
  for (const block of blocks) {
    if (block.text.length > MAX_DATE_TEXT || !COPYRIGHT.test(block.text) || !YEAR_DIGITS.test(block.text))
      continue;
    const day = dayInText(block.text.replace(COPYRIGHT, " "), language, today);
    if (day) return { day, block: block.index, edited: false };
  }
  return null;
}

/**
 * The resort of a page that shows no date where a date line stands: the one day its text names, wherever (a
 * podcast's credits in a sidebar, a "posted on …" note beside the article). A page that names two days or more
 * says nothing of which is its own. Copyright notices are left to findNoticeDate.
 */
export function findOnlyDate(
  blocks: readonly CleanBlock[],
  language: string | null,
  today: string,
): DateLine | null {
  let only: DateLine | null = null;
  for (const block of blocks) {
    if (!YEAR_DIGITS.test(block.text) || COPYRIGHT.test(block.text)) continue;
    const day = dayInText(block.text, language, today);
    if (!day) continue;
    if (only && only.day !== day) return null;
    only ??= { day, block: block.index, edited: false };
  }
  return only;
}

/**
 * The date line of a text scrape that prints no timestamp line of its own: the nearest short line to the
 * article's start (`candidates`, nearest first) with a full date among other words, as bylines carry it
 * ("By A. Writer 2019-11-18T20:51:19Z Science", "Posted on Oktober 27, 2015 by Admin"), in any common language.
 * Like the timestamp line, it is looked for all the way up the text above the article, nearest first: a
 * headline with its date line under it can stand well above the article's first paragraph, past a standfirst,
 * a picture's credits, a table of contents or share buttons.
 */
export function dateLineNear(candidates: readonly CleanBlock[], today: string): DateLine | null {
  const nearest = candidates.filter(
    (b) => b.cleanText.length <= SHORT_DATE_LINE && YEAR_DIGITS.test(b.cleanText),
  );
  return firstDay(nearest, (b) => dayInText(b.cleanText, null, today));
}
