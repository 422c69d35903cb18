import { capitalisedShare, isBylineShaped, isProse, wordCount } from "@clippings/clean";
import { type CleanBlock, type Field, fromBlock, wordTokens } from "@clippings/core";
import { fold } from "./fold.js";

export interface HeadlineInput {
  header: CleanBlock[];
  /** How many later blocks repeat each block: pages often print the headline twice. */
  repeatCounts: Map<number, number>;
  /** Blocks (by their first copy) that the page prints again below the article, as it does its furniture. */
  repeatedBelow?: ReadonlySet<number>;
  /** Blocks that are timestamps or bylines, never headlines. */
  excluded: Set<number>;
  lead: string;
  /**
   * The document is a plain-text scrape: the whole page's text, menus, link lists and captions included, with
   * no markup to say which line is the heading. Turns on the text-scrape terms of the score; HTML leaves it unset.
   */
  textScrape?: boolean;
  /** A text scrape's opening line: crawlers often start the text with the page's <title>, "Headline | Site". */
  titleLine?: string;
}

// A headline names several of the lead's words; a section label such as "Sports" or a show's name shares
// one or two. Agreement counts in full only from this many shared words on.
const FULL_AGREEMENT = 4;

/** The lead's words, read on first use: every candidate of a page is weighed against the same lead. */
type LeadWords = () => ReadonlySet<string>;

function leadWordsOf(lead: string): LeadWords {
  let words: Set<string> | undefined;
  return () => {
    words ??= new Set(wordTokens(lead));
    return words;
  };
}

/** Share of the candidate's content words (four letters or more) that the lead uses, scaled down when few. */
function overlap(candidate: string, leadWords: LeadWords): number {
  const tokens = wordTokens(candidate).filter((t) => t.length > 2);
  if (tokens.length === 0) return 0;
  const words = leadWords();
  const shared = tokens.filter((t) => words.has(t)).length;
  return (shared / tokens.length) * Math.min(1, shared / FULL_AGREEMENT);
}

// A headline sits just above the article, under at most a few lines of byline, date, share bar and image
// credits; lines further up are menus and teasers, so only the nearest candidates are weighed.
const NEAREST = 20;
// Bylines and timestamps sit just under the headline (and a standfirst): a line this close above one is likely it.
const ABOVE_BYLINE = 3;

// In a text scrape, a line a link list swallowed ("Most Popular", "See also" run on to the next prose line) is
// mostly a teaser of another story; it stays a candidate, as the list may have swallowed the headline too.
const LIST_ITEM_PENALTY = 0.3;
// In a text scrape the byline or timestamp under the headline is the one structure every site keeps.
const TEXT_ABOVE_BYLINE_BONUS = 0.2;

// In a text scrape a prose line in the header is a standfirst (or a teaser); the headline sits right above
// a standfirst, so a headline-shaped line there is likely it.
const TEXT_ABOVE_STANDFIRST_BONUS = 0.25;

function aboveStandfirstLine(block: CleanBlock, proseLines: ReadonlySet<number>): boolean {
  return !isSentence(block.cleanText) && proseLines.has(block.index + 1);
}

// A scrape glues a label to its value where the page set them side by side ("BiographyJane Doe",
// "Author:Jane DoePublish date:…", "18.11.2019Get short URL"): a long lowercase run, a colon or a year running
// straight into a capitalised word. Brand names ("PlayStation", "LinkedIn") join shorter parts.
const GLUED_ELEMENTS = /\p{Ll}{6,}\p{Lu}\p{Ll}|\p{L}:\p{Lu}|\b\d{4}\p{Lu}\p{Ll}/u;
const TEXT_GLUED_PENALTY = 0.4;

// A line the scrape repeats below the article ("Continue reading the main story", a section name) is furniture
// the page prints around its content; a headline is printed above the article, once or twice.
const TEXT_REPEATED_BELOW_PENALTY = 0.3;

// The screen-reader note a link carries ("Share on X (opens in new window)"): the line is a link's label.
const LINK_LABEL = /\(\s*opens? in (?:a )?new (?:window|tab)\s*\)\s*$/i;
// The label a breadcrumb trail opens with ("You are here: Home › News").
const BREADCRUMB = /^\s*you are here\b/i;

/** A line that is page navigation by its own words: a link's screen-reader label or a breadcrumb trail. */
export function isNavigationLine(text: string): boolean {
  return LINK_LABEL.test(text) || BREADCRUMB.test(text);
}

// A line that is one part of the scrape's opening "Headline | Site" title line is the page naming its headline.
const TEXT_TITLE_PART_BONUS = 0.6;
// A line the title names, further up than the nearest candidates (under a long table or gallery), is weighed as if
// it sat halfway up them: the title vouches for it, the distance still counts against it.
const TITLED_FAR_POSITION = NEAREST / 2;
// The separators a <title> puts between the headline and the site's name.
const TITLE_SEPARATOR = /\s+[|\u2013\u2014:-]{1,2}\s+/;
// A title's opening part may be a two-word headline ("Classificação NASCAR"): the title vouches for its shape. The
// site's name, often two words, comes after the headline, so later parts need the usual three words.
const MIN_OPENING_PART_WORDS = 2;
const MIN_TITLE_PART_WORDS = 3;

// A <title> is a line or two long; a longer opening line is text, and the runs of its parts grow with its square.
const MAX_TITLE_LINE = 300;

/**
 * The headline-sized parts of a "Headline | Site" title line: every run of its separated parts short of the whole
 * line, as a headline may hold a separator itself ("Diet - lose 10 kilos | Site"); none when there is no separator.
 */
export function titleParts(titleLine: string | undefined): Set<string> {
  if (!titleLine || titleLine.length > MAX_TITLE_LINE) return new Set();
  // Split with the separators kept (odd indices), so that a run of parts keeps its own separators.
  const pieces = titleLine.split(new RegExp(`(${TITLE_SEPARATOR.source})`));
  const parts = pieces.length;
  const out = new Set<string>();
  for (let first = 0; first < parts; first += 2)
    for (let last = first; last < parts; last += 2) {
      if (first === 0 && last === parts - 1) continue;
      const run = pieces.slice(first, last + 1).join("");
      if (wordCount(run) >= (first === 0 ? MIN_OPENING_PART_WORDS : MIN_TITLE_PART_WORDS)) out.add(fold(run));
    }
  return out;
}

function repeatedBelow(block: CleanBlock, input: HeadlineInput): boolean {
  return input.repeatedBelow?.has(block.repeatOf ?? block.index) ?? false;
}

export function gluesElements(text: string): boolean {
  return GLUED_ELEMENTS.test(text);
}

function aboveExcluded(block: CleanBlock, excluded: Set<number>): boolean {
  for (let i = 1; i <= ABOVE_BYLINE; i += 1) if (excluded.has(block.index + i)) return true;
  return false;
}

/**
 * Scores a line as a headline by its shape, its distance above the article (0 = the nearest candidate),
 * its place above a byline or timestamp, repetition and, above all, agreement with the article's lead: a
 * headline names what the lead is about, while share bars, section names and teasers of other stories do not.
 */
function score(
  block: CleanBlock,
  position: number,
  input: HeadlineInput,
  proseLines: ReadonlySet<number>,
  titled: ReadonlySet<string>,
  leadWords: LeadWords,
): number {
  const text = block.cleanText;
  const count = wordCount(text);
  const inTitle = input.textScrape === true && block.index > 0 && titled.has(fold(text));
  if (count < (inTitle ? MIN_OPENING_PART_WORDS : 3) || count > 30) return Number.NEGATIVE_INFINITY;
  // A byline the byline reader does not know (an agency, a desk) is still not the headline.
  if (input.textScrape && (isBylineShaped(text) || isNavigationLine(text))) return Number.NEGATIVE_INFINITY;
  const endsAsSentence = isSentence(text);
  const titleCase = capitalisedShare(text);
  const repeated = (input.repeatCounts.get(block.index) ?? 0) > 0 || block.repeatOf !== null;
  const above = aboveExcluded(block, input.excluded);
  const textTerms = input.textScrape
    ? (block.reason === "list-item" ? -LIST_ITEM_PENALTY : 0) +
      (above ? TEXT_ABOVE_BYLINE_BONUS : 0) +
      (aboveStandfirstLine(block, proseLines) ? TEXT_ABOVE_STANDFIRST_BONUS : 0) +
      (inTitle ? TEXT_TITLE_PART_BONUS : 0) -
      (gluesElements(text) ? TEXT_GLUED_PENALTY : 0) -
      (repeatedBelow(block, input) ? TEXT_REPEATED_BELOW_PENALTY : 0)
    : 0;
  return (
    textTerms +
    (endsAsSentence ? 0 : 0.2) +
    titleCase * 0.15 +
    (repeated ? 0.15 : 0) +
    (above ? 0.15 : 0) +
    overlap(text, leadWords) * 1.0 -
    position * 0.02
  );
}

function isSentence(text: string): boolean {
  return /[.!?]["'\u201D]?$/.test(text) && capitalisedShare(text) < 0.6;
}

/**
 * A standfirst (a one-sentence summary under the headline) agrees with the lead even better than the
 * headline does. When the best line is sentence-shaped and the line right above it is a headline-shaped line
 * about the same thing, that line is the headline.
 */
function aboveStandfirst<T extends { block: CleanBlock; score: number }>(
  chosen: T,
  scored: readonly T[],
  leadWords: LeadWords,
): T {
  if (!isSentence(chosen.block.cleanText)) return chosen;
  const above = scored.find((c) => c.block.index < chosen.block.index);
  if (!above || chosen.block.index - above.block.index > 2) return chosen;
  const text = above.block.cleanText;
  return !isSentence(text) && wordCount(text) >= 3 && overlap(text, leadWords) > 0 ? above : chosen;
}

// A headline of a text scrape names its subject in a few words; a line of one to four words above a longer one is a
// section label or a kicker, not a headline that a standfirst follows.
const MIN_HEADLINE_OVER_STANDFIRST_WORDS = 5;
// The headline above a standfirst shares at least two of its content words with the lead (half of four, say); a
// teaser of another story shares a word or none.
const HEADLINE_OVER_STANDFIRST_AGREEMENT = 0.2;
// A standfirst is written as a sentence, mostly lowercase, even where it has no closing full stop.
const STANDFIRST_MAX_CAPITALISED = 0.5;

/**
 * In a text scrape a standfirst without a full stop ("Harbour side completes late comeback to extend its run") reads like
 * a headline and agrees with the lead best. When the best line is such a sentence-case line and a shorter
 * headline-shaped line about the same thing sits within two lines above it, that line is the headline.
 */
function underHeadline<T extends { block: CleanBlock; score: number }>(
  chosen: T,
  scored: readonly T[],
  leadWords: LeadWords,
): T {
  const text = chosen.block.cleanText;
  if (isSentence(text) || capitalisedShare(text) >= STANDFIRST_MAX_CAPITALISED) return chosen;
  const above = nearby(chosen, scored, "above", (c) => {
    const words = wordCount(c.block.cleanText);
    return (
      !isSentence(c.block.cleanText) &&
      words >= MIN_HEADLINE_OVER_STANDFIRST_WORDS &&
      words < wordCount(text) &&
      overlap(c.block.cleanText, leadWords) >= HEADLINE_OVER_STANDFIRST_AGREEMENT
    );
  });
  return above ?? chosen;
}

// How far from the best line a headline it stands for may sit: a label or standfirst is its neighbour.
const NEARBY_LINES = 2;

/** The first scored line within NEARBY_LINES above or below the chosen one that `accepts` takes. */
function nearby<T extends { block: CleanBlock }>(
  chosen: T,
  scored: readonly T[],
  side: "above" | "below",
  accepts: (candidate: T) => boolean,
): T | undefined {
  const sign = side === "below" ? 1 : -1;
  return scored.find((c) => {
    const gap = (c.block.index - chosen.block.index) * sign;
    return gap > 0 && gap <= NEARBY_LINES && accepts(c);
  });
}

/** The line's words as one space-separated run, padded so that a phrase matches only whole words. */
const wordRun = (text: string) => ` ${wordTokens(text).join(" ")} `;

/**
 * A series', section's or topic's name printed above the headline that names it ("Harbour Diaries", then "Harbour Diaries
 * 3 / Ferry season"; "Harbour Festival", then "Storm cancels the Harbour Festival's last night"): when a line within
 * two lines below the best one holds the whole of it, that line is the headline and the best one its label.
 */
function extendedBelow<T extends { block: CleanBlock; score: number }>(chosen: T, scored: readonly T[]): T {
  const label = wordRun(chosen.block.cleanText);
  const below = nearby(chosen, scored, "below", (c) => {
    const text = wordRun(c.block.cleanText);
    return text.length > label.length && text.includes(label) && !isSentence(c.block.cleanText);
  });
  return below ?? chosen;
}

/**
 * The header's candidates, nearest first, each with its distance above the article. In a text scrape whose
 * header holds the article's own byline or timestamp line (page content, not an item of a link list), the
 * headline sits just above that line: distance counts from it, so that a video playlist, a "More stories" list
 * or a standfirst between the byline and the article text does not push the headline out of reach.
 */
function nearestCandidates(
  input: HeadlineInput,
  titled: ReadonlySet<string>,
): { block: CleanBlock; position: number }[] {
  const candidates = input.header.filter((b) => !input.excluded.has(b.index)).reverse();
  const anchor = input.textScrape ? articleAnchor(input, candidates) : undefined;
  const out: { block: CleanBlock; position: number }[] = [];
  let position = 0;
  let aboveAnchor = 0;
  for (const block of candidates) {
    const distance =
      anchor && block.index < anchor.index ? Math.min(position, ANCHOR_OFFSET + aboveAnchor++) : position;
    position += 1;
    // A line the title names is the headline's own wherever it sits: a long table or gallery may precede the text.
    if (distance < NEAREST) out.push({ block, position: distance });
    else if (titled.has(fold(block.cleanText))) out.push({ block, position: TITLED_FAR_POSITION });
  }
  return out;
}

// A line above the article's byline is counted this many lines from the article at most, as if the byline block
// sat right above the text; a byline further up than ANCHOR_REACH candidates belongs to something else (a menu's
// "Today", a teaser).
const ANCHOR_OFFSET = 5;
const ANCHOR_REACH = 40;

/** The article's own byline or timestamp line: the nearest one above the article that is page content. */
function articleAnchor(input: HeadlineInput, candidates: readonly CleanBlock[]): CleanBlock | undefined {
  const reach = candidates[ANCHOR_REACH - 1]?.index ?? -1;
  return input.header.findLast(
    (b) =>
      input.excluded.has(b.index) && b.role === "content" && b.index > reach && wordCount(b.cleanText) >= 2,
  );
}

export function extractHeadline(input: HeadlineInput): Field<string> {
  const proseLines = new Set(
    input.header.filter((b) => b.role === "content" && isProse(b.cleanText)).map((b) => b.index),
  );
  const titled = titleParts(input.titleLine);
  const leadWords = leadWordsOf(input.lead);
  const scored = nearestCandidates(input, titled)
    .map(({ block, position }) => ({
      block,
      score: score(block, position, input, proseLines, titled, leadWords),
    }))
    .filter((c) => c.score > Number.NEGATIVE_INFINITY);
  const best = scored.reduce<(typeof scored)[number] | null>(
    (top, c) => (!top || c.score > top.score ? c : top),
    null,
  );
  const chosen = best
    ? input.textScrape
      ? extendedBelow(underHeadline(aboveStandfirst(best, scored, leadWords), scored, leadWords), scored)
      : aboveStandfirst(best, scored, leadWords)
    : null;
  if (!chosen)
    return { value: null, confidence: 0, from: null, rule: "no headline-shaped line above the article" };
  return {
    value: chosen.block.cleanText,
    confidence: Math.max(0.3, Math.min(0.95, chosen.score)),
    from: fromBlock(chosen.block.index),
    rule: "best headline-shaped line above the article (shape, position, repetition, agreement with the lead)",
  };
}
