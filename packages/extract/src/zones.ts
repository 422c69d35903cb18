import { isProse } from "@clippings/clean";
import type { CleanBlock, CleanDoc } from "@clippings/core";
import { isBylineBlock } from "./byline.js";

export interface Zones {
  /** Content (and repeated) blocks before the first body paragraph: headline, byline, timestamp candidates. */
  header: CleanBlock[];
  /** Content blocks from the first to the last prose paragraph of the article's run of prose. */
  body: CleanBlock[];
  /**
   * On an HTML page, subheadings inside the article's element just above its first paragraph (a subtitle under
   * the headline, the first section's heading): the story's text, though they stay header candidates too.
   */
  subheadings: CleanBlock[];
  /** Every block that repeats an earlier one, by the index of the earlier block. */
  repeatCounts: Map<number, number>;
  /** Blocks (by the index of their first copy) printed again after the article: page furniture, not its headline. */
  repeatedBelow: Set<number>;
}

/** A run of prose paragraphs: first and last prose block, the prose characters and prose blocks in it. */
export interface ProseRun {
  first: number;
  last: number;
  chars: number;
  paragraphs: number;
  /** The run comes after a comments heading. */
  afterComments: boolean;
}

// Non-prose blocks in a row that end a run of prose: an article's subheadings, captions, embeds and ad
// labels come a few at a time; a menu, a link list or a footer is longer.
const MAX_GAP = 10;
// After a list or section heading ("Related", "Comments"), this many non-prose blocks end the run: a
// "Read more" link inside an article is one or two lines, a comment thread or link list is more.
const HEADING_GAP = 3;
const SECTION_BREAKS = new Set(["list-heading", "comment-counter"]);
// A comment thread follows the article; its prose can outweigh the article's but is never the article.
const COMMENTS_HEADING = /\b(comments?|replies|responses|discussion|conversation)\b/i;
const AFTER_COMMENTS_WEIGHT = 0.25;
// A thread follows an article: a comments line above all prose heads no thread (a menu's "Comments"), and one
// that counts them ("New, 15 comments") above every run of this many paragraphs is the counter beside the
// headline, with the article under it; a cookie notice or a teaser may come first.
const ARTICLE_BEFORE_COMMENTS = 3;
const COUNTED = /\d/;

function headsThread(
  text: string,
  current: ProseRun | null,
  articleSeen: boolean,
  proseSeen: boolean,
): boolean {
  if (!COMMENTS_HEADING.test(text)) return false;
  if (!COUNTED.test(text)) return proseSeen || current !== null;
  return articleSeen || (current?.paragraphs ?? 0) >= ARTICLE_BEFORE_COMMENTS;
}

/**
 * The page's runs of prose, split at long stretches of furniture and at section headings followed by
 * furniture. Pages carry prose outside the article too (cookie notices, comment threads, teasers of other
 * stories); the article is the run with the most prose, not everything between the first and last sentence.
 */
export function proseRuns(blocks: readonly CleanBlock[]): ProseRun[] {
  const runs: ProseRun[] = [];
  let current: ProseRun | null = null;
  let gap = 0;
  let sectionBreak = false;
  let afterComments = false;
  let articleSeen = false;
  for (const block of blocks) {
    const prose = block.role === "content" && isProse(block.cleanText);
    if (!prose) {
      gap += 1;
      if (block.reason !== null && SECTION_BREAKS.has(block.reason)) {
        sectionBreak = true;
        if (headsThread(block.text, current, articleSeen, runs.length > 0)) afterComments = true;
      }
      continue;
    }
    if (current && (gap >= MAX_GAP || (sectionBreak && gap >= HEADING_GAP))) {
      articleSeen ||= current.paragraphs >= ARTICLE_BEFORE_COMMENTS;
      runs.push(current);
      current = null;
    }
    if (current) {
      current.last = block.index;
      current.chars += block.cleanText.length;
      current.paragraphs += 1;
    } else
      current = {
        first: block.index,
        last: block.index,
        chars: block.cleanText.length,
        paragraphs: 1,
        afterComments,
      };
    gap = 0;
    sectionBreak = false;
  }
  if (current) runs.push(current);
  return runs;
}

/**
 * Prose weighed by how densely it fills its run: an article's paragraphs follow each other, while a list of
 * teasers puts a title, a name and a date between every paragraph.
 */
export function runWeight(run: ProseRun): number {
  const density = run.paragraphs / (run.last - run.first + 1);
  return run.chars * density * (run.afterComments ? AFTER_COMMENTS_WEIGHT : 1);
}

/** The run with the most (dense) prose; the earlier one on a tie, as articles come before what follows them. */
export function articleRun(runs: readonly ProseRun[]): ProseRun | null {
  let best: ProseRun | null = null;
  for (const run of runs) if (!best || runWeight(run) > runWeight(best)) best = run;
  return best;
}

/**
 * Blocks above the article that may hold its headline, byline or timestamp: content, copies of earlier
 * lines, and lines a link list swallowed (a list heading far above runs on until the first prose line).
 */
function isHeaderCandidate(block: CleanBlock): boolean {
  return block.role === "content" || block.role === "repeat" || block.reason === "list-item";
}

// A question or exclamation of headline length that opens the run is a headline that reads like prose
// ("What is the value of drugs that come to the border?"); a lead paragraph ends in a full stop.
const HEADLINE_QUESTION = /[?!]["'\u201D\u2019]?$/u;
const HEADLINE_MAX_WORDS = 25;

function opensWithHeadline(body: readonly CleanBlock[]): boolean {
  const first = body[0];
  if (!first || body.length < 2) return false;
  const text = first.cleanText;
  return HEADLINE_QUESTION.test(text) && text.split(/\s+/).length <= HEADLINE_MAX_WORDS;
}

/** Splits a cleaned document into the part above the article text and the article text itself. */
// On an HTML page cleaning has already kept only the article's element, so a paragraph there need not read
// as full prose (short paragraphs, picture stories, lists of steps): any text block that is not a heading counts.
const MIN_HTML_PARAGRAPH_CHARS = 25;

function isHtmlParagraph(block: CleanBlock): boolean {
  if (block.role !== "content") return false;
  if (isProse(block.cleanText)) return true;
  return block.hints.heading === undefined && block.cleanText.length >= MIN_HTML_PARAGRAPH_CHARS;
}

/** First and last paragraph of the article: the article's element on an HTML page, the densest prose run else. */
function articleBounds(doc: CleanDoc): { first: number; last: number } {
  if (doc.nodes !== undefined && doc.nodes.length > 0) {
    const paragraphs = doc.blocks.filter(isHtmlParagraph);
    return {
      first: paragraphs[0]?.index ?? Number.POSITIVE_INFINITY,
      last: paragraphs[paragraphs.length - 1]?.index ?? -1,
    };
  }
  const runs = proseRuns(doc.blocks);
  const best = articleRun(runs);
  const run = best ? withInterruptedStart(runs, best) : null;
  return {
    first: run ? articleStart(doc.blocks, run) : Number.POSITIVE_INFINITY,
    last: run?.last ?? -1,
  };
}

// A "More from …" or "Related" list set into an article is a heading and a handful of links; a page's
// related-stories block or menu between two stories is longer. The article's opening above such a list is a
// real run of paragraphs, not a teaser: several paragraphs and a fair share of the article's prose.
const MAX_INSET_GAP = 12;
const MIN_OPENING_PARAGRAPHS = 3;
const MIN_OPENING_SHARE = 0.2;

/**
 * The article run, extended back over the runs that a short list set into the article cut off from it: the
 * list's heading ends a run of prose, so without this the article would start below the inset and the
 * paragraphs (and the headline) above it would be read as the header.
 */
export function withInterruptedStart(runs: readonly ProseRun[], best: ProseRun): ProseRun {
  let merged = best;
  for (let i = runs.indexOf(best) - 1; i >= 0; i -= 1) {
    const before = runs[i] as ProseRun;
    const gap = merged.first - before.last - 1;
    if (
      before.afterComments ||
      gap > MAX_INSET_GAP ||
      before.paragraphs < MIN_OPENING_PARAGRAPHS ||
      before.chars < MIN_OPENING_SHARE * best.chars
    )
      break;
    merged = {
      first: before.first,
      last: merged.last,
      chars: before.chars + merged.chars,
      paragraphs: before.paragraphs + merged.paragraphs,
      afterComments: false,
    };
  }
  return merged;
}

// An article's paragraphs follow each other with at most a picture, caption or subheading between; a prose
// line this many blocks before the next one is a promotion, teaser or standfirst above the headline and byline.
const LONE_LEAD_GAP = 4;

/**
 * Where the article's text starts in its run: past any lone prose lines at the top of the run (an ebook
 * advert over the headline, a standfirst over the byline), so that the headline below them is in the header.
 */
export function articleStart(blocks: readonly CleanBlock[], run: ProseRun): number {
  const prose = blocks
    .filter((b) => b.index >= run.first && b.index <= run.last)
    .filter((b) => b.role === "content" && isProse(b.cleanText))
    .map((b) => b.index);
  let start = 0;
  while (start + 1 < prose.length && (prose[start + 1] as number) - (prose[start] as number) > LONE_LEAD_GAP)
    start += 1;
  // The byline sits between the headline (and standfirst) and the article's text: prose lines above it are header.
  for (let i = start; i < Math.min(start + BYLINE_REACH, prose.length - 1); i += 1) {
    const between = blocks.slice((prose[i] as number) + 1, prose[i + 1] as number);
    if (between.some((b) => b.role === "content" && isBylineBlock(b))) start = i + 1;
  }
  return prose[start] ?? run.first;
}

// A headline and a standfirst are the most prose lines a run opens with above the article's byline.
const BYLINE_REACH = 2;

// More headings than this in a row above the first paragraph are a list of sections or teasers, not a subtitle.
const MAX_SUBHEADINGS = 3;

/**
 * Headings (below the page's main heading) that cleaning kept inside the article's element and that directly
 * precede its first paragraph, past furniture between them. A main heading, or any other kept line, ends them:
 * what lies above is the headline, the byline and the date.
 */
function subheadingsAbove(blocks: readonly CleanBlock[], first: number): CleanBlock[] {
  const found: CleanBlock[] = [];
  for (let at = Math.min(first, blocks.length) - 1; at >= 0; at -= 1) {
    const block = blocks[at];
    if (!block || block.role === "boilerplate" || block.role === "caption") continue;
    const level = block.hints.heading;
    if (block.role !== "content" || level === undefined || level < 2) break;
    found.unshift(block);
  }
  return found.length <= MAX_SUBHEADINGS ? found : [];
}

// Share of a line's text in links above which removed furniture is a link list (related stories, more links).
const LINK_LIST_DENSITY = 0.5;

/**
 * A heading inside the article whose next kept block comes only after removed link lines ("Read also", "More
 * on this topic", "Further links") heads that link list, not a section of the story.
 */
function headsLinkList(blocks: readonly CleanBlock[], heading: CleanBlock): boolean {
  for (let at = heading.index + 1; at < blocks.length; at += 1) {
    const block = blocks[at];
    if (!block) break;
    if (block.role === "content" || block.role === "caption") return false;
    if (block.role === "boilerplate" && (block.hints.linkDensity ?? 0) > LINK_LIST_DENSITY) return true;
  }
  return false;
}

export function findZones(doc: CleanDoc): Zones {
  const { first, last } = articleBounds(doc);
  const repeatCounts = new Map<number, number>();
  const repeatedBelow = new Set<number>();
  for (const block of doc.blocks) {
    if (block.repeatOf !== null)
      repeatCounts.set(block.repeatOf, (repeatCounts.get(block.repeatOf) ?? 0) + 1);
    if (block.repeatOf !== null && block.index > last) repeatedBelow.add(block.repeatOf);
  }
  const header = doc.blocks.filter((b) => b.index < first && isHeaderCandidate(b));
  const html = doc.nodes !== undefined && doc.nodes.length > 0;
  const body = doc.blocks.filter(
    (b) =>
      b.role === "content" &&
      b.index >= first &&
      b.index <= last &&
      !(html && b.hints.heading !== undefined && headsLinkList(doc.blocks, b)),
  );
  if (opensWithHeadline(body)) header.push(body.shift() as CleanBlock);
  const subheadings = html && body[0] ? subheadingsAbove(doc.blocks, body[0].index) : [];
  return { header, body, subheadings, repeatCounts, repeatedBelow };
}
