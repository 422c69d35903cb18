import {
  type CleanBlock,
  detachedString,
  type Field,
  fromBlock,
  fromKey,
  type PageNode,
  wordTokens,
} from "@clippings/core";
import { ancestorsOf } from "./page-ancestors.js";
import type { MetaValue, TextTransform } from "./page-metadata.js";

// Separators sites put between a headline and their name in <title> and og:title.
// Guillemets separate only with spaces round them: unspaced, they quote the headline ("»We will not give up«").
const SEPARATOR = /\s+(?:\||-|–|—|·|•|::|»|«|~|:|\/\/)\s+|\s*\|\s*/;
const MAX_HEADING_WORDS = 40;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A text's letters and digits, lower-cased, with the offset in the text each came from, so that a match
 * between squashed texts maps back to the text as written.
 */
function squashWithOffsets(text: string): { squashed: string; offsets: number[] } {
  let squashed = "";
  const offsets: number[] = [];
  let at = 0;
  for (const char of text) {
    for (const lower of char.toLowerCase()) {
      if (LETTER_OR_DIGIT.test(lower)) {
        squashed += lower;
        offsets.push(at);
      }
    }
    at += char.length;
  }
  return { squashed, offsets };
}

function squash(text: string): string {
  return squashWithOffsets(text).squashed;
}

/** The domain's own name, squashed: its last-but-one label ("examplenews" for www.example-news.com). */
function domainName(host: string | null): string {
  if (!host) return "";
  const labels = host
    .toLowerCase()
    .replace(/^www\d?\./, "")
    .split(".");
  return squash(labels.length > 1 ? (labels[labels.length - 2] ?? "") : (labels[0] ?? ""));
}

// A segment that names the site says little else: a name with a word or three around it ("Home - Example
// News", "Example News Online"), not a headline that mentions the site ("Example News wins an award").
const MAX_WORDS_AROUND_NAME = 3;
const MAX_DOMAIN_SEGMENT_WORDS = 4;

/**
 * Whether a text names the site: its name in the metadata, or the domain's own name, with a few words round it.
 * A segment cut from a title between separators is a label, so the name may sit anywhere in it ("EFC Example
 * News Berlin"); a whole heading or title names only the site when the name begins or ends it.
 */
function namesSite(
  segment: string,
  siteNames: readonly string[],
  host: string | null,
  placed: "anywhere" | "at-edge" = "anywhere",
): boolean {
  const holds = placed === "anywhere" ? (s: string, n: string) => s.includes(n) : atEdge;
  const s = squash(segment);
  if (s === "") return true;
  // The segment's words are counted only once it is known to hold a name: most segments hold none.
  let counted: number | undefined;
  const words = () => {
    counted ??= wordTokens(segment).length;
    return counted;
  };
  for (const name of siteNames) {
    const n = squash(name);
    if (!n) continue;
    if (s === n || (s.length >= 3 && n.includes(s))) return true;
    if (n.length >= 3 && holds(s, n) && words() <= wordTokens(name).length + MAX_WORDS_AROUND_NAME)
      return true;
  }
  const main = domainName(host);
  return main.length >= 3 && (main.includes(s) || (holds(s, main) && words() <= MAX_DOMAIN_SEGMENT_WORDS));
}

/**
 * Whether a squashed segment begins or ends with a squashed name. The words round a site's name lead into it or
 * follow it ("Welcome to Example News", "Example News Online"); a name set inside a segment is a word of a
 * headline ("Dead bumblebees under the lime trees" on a site named "Bumblebees").
 */
function atEdge(segment: string, name: string): boolean {
  return segment.startsWith(name) || segment.endsWith(name);
}

interface Segment {
  text: string;
  start: number;
  end: number;
}

/** A title's segments between separators, with where each sits in the title; empty segments are dropped. */
function segmentsOf(title: string): Segment[] {
  const separators = new RegExp(SEPARATOR.source, "g");
  const segments: Segment[] = [];
  let from = 0;
  for (const match of title.matchAll(separators)) {
    segments.push({ text: title.slice(from, match.index), start: from, end: match.index });
    from = match.index + match[0].length;
  }
  segments.push({ text: title.slice(from), start: from, end: title.length });
  // A separator at either end ("»Quoted headline«") leaves an empty segment, which names nothing.
  return segments.filter((seg) => squash(seg.text) !== "");
}

// Bound on the segments whose runs are tried: a title of more is a list of keywords, not a headline and its labels.
const MAX_RUN_SEGMENTS = 8;

/**
 * Every run of a title's consecutive segments, as written: a headline may hold a separator itself ("Patch 4.2 -
 * Winter build" in "Forum - Patch 4.2 - Winter build"), so a run of segments may be the headline, not one alone.
 */
function segmentRuns(title: string): string[] {
  const segments = segmentsOf(title).slice(0, MAX_RUN_SEGMENTS);
  const runs: string[] = [];
  for (let from = 0; from < segments.length; from += 1)
    for (let to = from; to < segments.length; to += 1)
      runs.push(title.slice(segments[from]?.start ?? 0, segments[to]?.end ?? title.length));
  return runs;
}

type SiteTest = (segment: string) => boolean;

/** Cuts the segments that name the site off a title; the rest is kept as written, separators and all. */
function withoutSiteSegments(title: string, isSite: SiteTest): string {
  let segments = segmentsOf(title);
  if (segments.length < 2) return title.trim();
  const firstNamed = segments.findIndex((seg) => isSite(seg.text));
  if (firstNamed < 0) return title.trim();
  if (firstNamed > 0) segments = segments.slice(0, firstNamed);
  while (segments.length > 1 && isSite(segments[segments.length - 1]?.text ?? "")) segments.pop();
  while (segments.length > 1 && isSite(segments[0]?.text ?? "")) segments.shift();
  const start = segments[0]?.start ?? 0;
  const end = segments[segments.length - 1]?.end ?? title.length;
  return title.slice(start, end).trim();
}

/**
 * A title without the site name sites add before or after the headline ("Headline | Site"). After the
 * headline, the site's name ends what is worth keeping: a slogan or a list of topics may follow it
 * ("Headline | Site | Your magazine for ...").
 */
export function trimSiteName(title: string, siteNames: readonly string[], host: string | null): string {
  return withoutSiteSegments(title, (segment) => namesSite(segment, siteNames, host));
}

/**
 * A visible heading without a segment that is exactly the site's name ("Headline | Site" set in the <h1>).
 * Stricter than for a <title>: a heading's segment that merely contains the name is part of the headline.
 */
function trimExactSiteName(heading: string, siteNames: readonly string[], host: string | null): string {
  const names = new Set([...siteNames.map(squash), domainName(host)].filter((n) => n.length >= 3));
  return withoutSiteSegments(heading, (segment) => names.has(squash(segment)));
}

/** Where each of a heading's parts sits in its text, or null when cleaning changed the text under the cuts. */
function partSpans(text: string, parts: readonly string[]): { start: number; end: number }[] | null {
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (const part of parts) {
    const start = text.indexOf(part, from);
    if (start < 0) return null;
    spans.push({ start, end: start + part.length });
    from = start + part.length;
  }
  return spans;
}

// Marks left at the edge of a run of parts once its neighbours are cut away (": Headline").
const EDGE_MARKS = /^[\s:;,|/·•–—-]+|[\s:;,|/·•–—-]+$/gu;

/**
 * The run of a heading's parts that the page's stated title spells out, when the heading holds more than that:
 * a kicker over the headline or a subtitle under it, set in their own elements inside the same <h1>. The
 * stated title (or one of its segments) is the evidence of where the headline begins and ends.
 */
function statedRun(text: string, parts: readonly string[], statements: readonly string[][]): string | null {
  const spans = partSpans(text, parts);
  if (!spans) return null;
  const squashed = parts.map(squash);
  // The most trusted statement that marks a run decides; within it, a segment may name the kicker alone
  // ("Kicker - Headline"), so its longest run wins.
  for (const statement of statements) {
    const targets = new Set(statement.map(squash).filter((t) => t !== ""));
    let best: { from: number; to: number; length: number } | null = null;
    for (let from = 0; from < parts.length; from += 1) {
      for (let to = from + 1; to <= parts.length; to += 1) {
        if (from === 0 && to === parts.length) continue;
        const run = squashed.slice(from, to).join("");
        if (targets.has(run) && (!best || run.length > best.length)) best = { from, to, length: run.length };
      }
    }
    if (best) {
      const start = spans[best.from]?.start ?? 0;
      const end = spans[best.to - 1]?.end ?? text.length;
      return text.slice(start, end).replace(EDGE_MARKS, "");
    }
  }
  return null;
}

const MAX_KICKER_WORDS = 5;
const MIN_HEADLINE_WORDS = 3;
// A headline begins as a sentence or a quotation does; a part starting in lower case continues the one before.
const HEADLINE_START = /^[\p{Lu}\p{Lt}\p{N}\p{Pi}\p{Ps}"'„“‚‘«»]/u;
// The stated title marks a kicker off with a colon, a dash or a bar ("Kicker: Headline"), then maybe a quote mark.
const KICKER_MARK = /(?::|\||\s[–—-])\s*[\p{Pi}\p{Ps}"'„“‚‘«»]*\s*$/u;

// A shortened headline in a title still names the headline by a few words of it ("Kicker - Rates rise").
const MIN_SHORTENED_HEADLINE_WORDS = 2;

/**
 * Whether a stated title sets the kicker apart as a segment of its own and goes on with the opening words of the
 * rest: a title that shortens the headline ("Kicker - Rates rise" over "Rates rise again in March") still marks
 * the kicker off.
 */
function opensWithKicker(statement: string, kicker: string, squashedRest: string): boolean {
  const segments = segmentsOf(statement);
  const second = segments[1];
  if (!second || squash(segments[0]?.text ?? "") !== squash(kicker)) return false;
  const after = statement.slice(second.start);
  return seenWords(after).length >= MIN_SHORTENED_HEADLINE_WORDS && squashedRest.startsWith(squash(after));
}

// A title that shortens the headline keeps its opening words, a few of them ("Rates rise again" over "Rates rise
// again in March"): fewer name no headline.
const MIN_OPENING_WORDS = 3;

/**
 * Whether a stated title is the opening words of the rest of a heading, without its first part: the title shortens
 * the headline and leaves the kicker out.
 */
function opensRest(statement: string, squashedRest: string): boolean {
  const squashed = squash(statement);
  return (
    seenWords(statement).length >= MIN_OPENING_WORDS &&
    squashed.length < squashedRest.length &&
    squashedRest.startsWith(squashed)
  );
}

/**
 * The heading without its kicker: a short first part in its own element (a topic over the headline, shown
 * smaller and apart), when a stated title ends with the rest and sets the kicker off with a colon or a dash.
 * A stated title that runs the first part into the rest ("Women in the service: ...") shows it is no kicker.
 */
function withoutKicker(
  text: string,
  parts: readonly string[],
  statements: readonly string[][],
): string | null {
  const kicker = parts[0] ?? "";
  const spans = partSpans(text, parts);
  const restStart = spans?.findIndex((_, at) => at > 0 && squash(parts[at] ?? "") !== "") ?? -1;
  if (!spans || restStart < 0) return null;
  if (wordTokens(kicker).length > MAX_KICKER_WORDS || /[.!?]$/.test(kicker)) return null;
  const rest = text.slice(spans[restStart]?.start ?? 0).replace(EDGE_MARKS, "");
  if (wordTokens(rest).length < MIN_HEADLINE_WORDS || !HEADLINE_START.test(rest)) return null;
  const target = squash(rest);
  for (const statement of statements.flat()) {
    if (opensWithKicker(statement, kicker, target) || opensRest(statement, target)) return rest;
    const { squashed, offsets } = squashWithOffsets(statement);
    if (squashed.length <= target.length || !squashed.endsWith(target)) continue;
    const restAt = offsets[squashed.length - target.length] ?? 0;
    if (KICKER_MARK.test(statement.slice(0, restAt))) return rest;
  }
  return null;
}

/** The part of a heading that is the headline, when the stated titles mark a kicker or a subtitle in it. */
function headlinePart(heading: CleanBlock, statements: readonly string[][]): string | null {
  const parts = heading.hints.parts;
  if (!parts || parts.length < 2) return null;
  const run = statedRun(heading.cleanText, parts, statements);
  const rest = withoutKicker(heading.cleanText, parts, statements);
  // A title segment that spells out the first part alone names the kicker, not the headline.
  return run && rest && squash(run) === squash(parts[0] ?? "") ? rest : (run ?? rest);
}

// Characters a reader never sees: soft hyphens (which break a long word only at a line's end), zero-width spaces,
// word joiners, byte-order marks. A heading hyphenated with them must still agree with the title that is not.
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/gu;

/** A text as a reader sees it, without invisible characters: a dataset's headline must match its spelling. */
function visible(text: string): string {
  return text.replace(INVISIBLE, "");
}

// How many texts' words are remembered; past that the memory starts afresh (a page asks about a few dozen).
const REMEMBERED_WORDS = 1_024;
// Longer texts are read as they come: headings and titles are short.
const MAX_REMEMBERED_CHARS = 300;
const wordsSeen = new Map<string, readonly string[]>();

/**
 * A text's words as a reader sees them, whatever invisible characters split them in the markup. Remembered by
 * text: a page's headings and titles are compared with one another pair by pair, each reading both anew.
 */
function seenWords(text: string): readonly string[] {
  const known = wordsSeen.get(text);
  if (known) return known;
  const words = wordTokens(visible(text));
  if (text.length <= MAX_REMEMBERED_CHARS) {
    if (wordsSeen.size >= REMEMBERED_WORDS) wordsSeen.clear();
    // The text is most often a slice of its page: kept as it is, it would keep the page alive.
    wordsSeen.set(detachedString(text), words);
  }
  return words;
}

function agreement(a: string, b: string): number {
  const ta = seenWords(a);
  const tb = new Set(seenWords(b));
  if (ta.length === 0 || tb.size === 0) return 0;
  const shared = ta.filter((t) => tb.has(t)).length;
  return (2 * shared) / (ta.length + tb.size);
}

const AGREEMENT = 0.5;
// The first segment of a stated title is, by the common "Headline - Section | Site" order, the headline: a heading
// that spells it out is confirmed even when the rest of a long title drags the whole agreement down.
const FIRST_SEGMENT_AGREEMENT = 0.9;

/**
 * How well a heading agrees with a stated title: with the whole title and, when it has several segments, with
 * one of them, so that a logo heading naming the site does not agree with "Headline | Site"; 0 when it does not.
 */
function confirmation(heading: string, title: string): number {
  const segments = title.split(SEPARATOR).filter((seg) => seenWords(seg).length > 0);
  const whole = agreement(heading, title);
  if (segments.length < 2) return whole >= AGREEMENT ? whole : 0;
  const bySegment = segments.map((seg) => agreement(heading, seg));
  const best = Math.max(...bySegment);
  if (whole >= AGREEMENT && best >= AGREEMENT) return Math.max(whole, best);
  const first = bySegment[0] ?? 0;
  return first >= FIRST_SEGMENT_AGREEMENT ? first : 0;
}

/**
 * The heading a stated title confirms: among those that agree with it, the highest level (an <h1> before an
 * <h2>), then the best agreement (of two lines of one heading, or a logo and a headline, the one the title
 * spells out), then the most shared words, then the first on the page.
 */
function confirmedHeading(headings: readonly CleanBlock[], title: string): CleanBlock | null {
  const titleWords = new Set(seenWords(title));
  let best: { heading: CleanBlock; score: number; shared: number } | null = null;
  for (const heading of headings) {
    const score = confirmation(heading.cleanText, title);
    if (score === 0) continue;
    if (best && (heading.hints.heading ?? 9) > (best.heading.hints.heading ?? 9)) break;
    const shared = seenWords(heading.cleanText).filter((t) => titleWords.has(t)).length;
    if (!best || score > best.score || (score === best.score && shared > best.shared))
      best = { heading, score, shared };
  }
  // A heading that spells the title out word for word beats a higher one that only agrees with it: a page may
  // set its headline in an <h2> under an <h1> that restates it at more length.
  if (best && squash(best.heading.cleanText) !== squash(title)) {
    const exact = headings.find((h) => h.role !== "boilerplate" && squash(h.cleanText) === squash(title));
    if (exact) return exact;
  }
  return best?.heading ?? null;
}

// A heading that shares this much with a stated title is about what the title says, though it does not confirm it.
const PARTIAL_AGREEMENT = 0.3;

/**
 * Whether a confirmed heading is one of the article's section headings under the page's main heading: a lower
 * heading after the <h1>, with a heading of its own level between them (the sections before it), while the <h1>
 * itself shares words with the stated title. A title written for search results may echo a section ("Pros and
 * cons of leasing") more closely than the headline does; the reader still sees the <h1> atop the article.
 */
function isSectionUnderMain(
  heading: CleanBlock,
  main: CleanBlock | undefined,
  headings: readonly CleanBlock[],
  title: string,
): boolean {
  const level = heading.hints.heading ?? 9;
  if (!main || level <= 1 || heading.index < main.index) return false;
  const sectionsBefore = headings.some(
    (h) => h.hints.heading === level && h.index > main.index && h.index < heading.index,
  );
  return sectionsBefore && agreement(main.cleanText, title) >= PARTIAL_AGREEMENT;
}

// How far up from a block its heading element may sit: a <div> inside the <h1>, or a <div> in a <div> inside it.
const ENCLOSING_HEADING_DEPTH = 3;

/** The <h1>…<h6> element that holds a block set in its own element inside it, by node index, with its level. */
function enclosingHeading(
  block: CleanBlock,
  nodes: readonly PageNode[],
): { at: number; level: number } | null {
  let at = nodes[block.hints.node ?? -1]?.parent ?? null;
  for (let depth = 0; depth < ENCLOSING_HEADING_DEPTH && at !== null; depth += 1) {
    const level = /^h([1-6])$/.exec(nodes[at]?.tag ?? "")?.[1];
    if (level) return { at, level: Number(level) };
    at = nodes[at]?.parent ?? null;
  }
  return null;
}

/** The blocks of one heading element as one heading, each block a part of it (a kicker and a headline). */
function joinedHeading(pieces: readonly CleanBlock[], level: number): CleanBlock | null {
  const first = pieces[0];
  if (!first) return null;
  const cleanTexts = pieces.map((piece) => piece.cleanText);
  const hints = { ...first.hints, heading: level, ...(pieces.length > 1 ? { parts: cleanTexts } : {}) };
  return {
    ...first,
    text: pieces.map((piece) => piece.text).join(" "),
    cleanText: cleanTexts.join(" "),
    end: pieces[pieces.length - 1]?.end ?? first.end,
    hints,
  };
}

/**
 * The page's headings in document order: blocks read as headings, and blocks a theme set in their own elements
 * inside a heading element (<h1><div class="kicker">…</div><div class="title">…</div></h1>), which the reader
 * reads as blocks of their own but a reader of the page sees as one heading, each element a part of it.
 */
export function pageHeadings(blocks: readonly CleanBlock[], nodes: readonly PageNode[]): CleanBlock[] {
  const headings: CleanBlock[] = [];
  let open = null as { at: number; level: number; pieces: CleanBlock[] } | null;
  const close = () => {
    const joined = open ? joinedHeading(open.pieces, open.level) : null;
    if (joined) headings.push(joined);
    open = null;
  };
  for (const block of blocks) {
    const enclosing = block.hints.heading === undefined ? enclosingHeading(block, nodes) : null;
    if (enclosing && open?.at === enclosing.at) {
      open.pieces.push(block);
      continue;
    }
    close();
    if (enclosing) open = { ...enclosing, pieces: [block] };
    else if (block.hints.heading !== undefined) headings.push(block);
  }
  close();
  return headings;
}

export interface PageHeadlineInput {
  /** What the text path chose from the lines above the article. */
  fromText: Field<string>;
  /** The page's headings (levels 1 to 3) in document order, whatever cleaning made of them. */
  headings: CleanBlock[];
  /** Headlines the metadata states, the most trusted first. */
  stated: readonly MetaValue[];
  siteNames: readonly string[];
  host: string | null;
  /** The page's block-level elements, which headings point into (HTML): their names mark the site's logo. */
  nodes?: readonly PageNode[];
  /** The text-transform the page's CSS gives a heading, by block index (HTML). */
  transforms?: ReadonlyMap<number, TextTransform>;
}

// Names that themes give the element holding the site's name (WordPress "site-title" and "site-branding",
// "logo", "masthead"): a heading there names the site on every page of it, not the article.
const SITE_LOGO_NAME = /^(?:(?:site|blog)[-_]?(?:title|name|logo|branding)|logo|branding|masthead)$/;
// How far up from a heading its logo container may sit (heading, link box, branding, header, wrapper).
const LOGO_DEPTH = 4;

/** Whether a heading sits in the element a theme names as the site's logo or header. */
function isSiteLogo(heading: CleanBlock, nodes: readonly PageNode[]): boolean {
  let at = heading.hints.node;
  for (let depth = 0; depth < LOGO_DEPTH && at !== undefined && at !== null; depth += 1) {
    const node = nodes[at];
    if (!node) return false;
    if (node.names.split(/\s+/).some((name) => SITE_LOGO_NAME.test(name))) return true;
    at = node.parent ?? undefined;
  }
  return false;
}

// Breadcrumb trails (class names "breadcrumb", "breadcrumbs", schema.org BreadcrumbList) print the current page's
// title as the trail's last step; some themes set that step in an <h1>.
const TRAIL_NAME = /breadcrumb/;
// How far up from a heading its trail may sit (heading, link, list item, list, trail, wrapper and a little more).
const TRAIL_DEPTH = 8;

/** Whether a heading sits in a navigation region or a breadcrumb trail. */
function isInTrail(heading: CleanBlock, nodes: readonly PageNode[]): boolean {
  if (heading.hints.region === "nav") return true;
  return ancestorsOf(heading, nodes, TRAIL_DEPTH).some((node) => TRAIL_NAME.test(node.names));
}

/**
 * Whether a heading in a menu or a breadcrumb trail is only the trail's label for the page: it is the headline
 * when a stated title spells it out word for word (the trail prints the page's title), and a label of the trail
 * otherwise, often the section before the headline ("Section / Headline") that the article's own heading sets
 * apart.
 */
function isTrailLabel(heading: CleanBlock, nodes: readonly PageNode[], stated: readonly string[]): boolean {
  if (!isInTrail(heading, nodes)) return false;
  const text = squash(heading.cleanText);
  return !stated.some((value) => squash(value) === text);
}

// A heading that says what another says nearly word for word restates it: the same headline, set twice.
const RESTATEMENT = 0.85;

/**
 * The article's own heading that restates a breadcrumb trail's heading further down the page, if any: a theme may
 * print the page's title as the trail's last step in an <h1>, and the headline a reader sees atop the article again
 * in its own element, with its kicker or its own wording. What the article sets is what the reader reads as the
 * headline; a trail step only labels the page.
 */
function restatedBelowTrail(
  heading: CleanBlock,
  headings: readonly CleanBlock[],
  nodes: readonly PageNode[],
): CleanBlock | null {
  if (!isInTrail(heading, nodes)) return null;
  const below = headings
    .filter((h) => h.index > heading.index && !isInTrail(h, nodes) && !isScreenReaderOnly(h, nodes))
    .sort((a, b) => a.index - b.index);
  return below.find((h) => agreement(heading.cleanText, h.cleanText) >= RESTATEMENT) ?? null;
}

// Names that themes give the short line over a headline ("kicker", "strapline", "overline", "eyebrow", the German
// "dachzeile", "supertitle"), also as the last word of a block's name ("article__kicker", "post-strapline").
const KICKER_NAME =
  /(?:^|[-_])(?:kicker|strapline|overline|eyebrow|dachzeile|roofline|supertitle|pretitle|overtitle)$/;

/** Whether a heading's own element is named as the kicker over the headline: a theme may set it in an <h1>. */
function isNamedKicker(heading: CleanBlock, nodes: readonly PageNode[]): boolean {
  const node = heading.hints.node === undefined ? undefined : nodes[heading.hints.node];
  return node?.names.split(/\s+/).some((name) => KICKER_NAME.test(name)) ?? false;
}

// Names that hAtom and microformats (entry-title), WordPress and Blogger themes (post-title) and schema.org
// (itemprop="headline") give the article's own headline element, whatever its level: Blogger sets it in an <h3>
// under an <h1> naming the blog.
const HEADLINE_NAME = /^(?:entry-title|post-title|article-title|article-headline|headline)$/;

/** Whether a heading's own element carries a name that marks it as the article's headline. */
function isNamedHeadline(heading: CleanBlock, nodes: readonly PageNode[]): boolean {
  const node = heading.hints.node === undefined ? undefined : nodes[heading.hints.node];
  return node?.names.split(/\s+/).some((name) => HEADLINE_NAME.test(name)) ?? false;
}

// A masthead sits at the very top of the page: the first blocks, before any menu or article.
const MASTHEAD_BLOCKS = 3;

/**
 * Whether a heading is a masthead naming the site: one of the page's first blocks, all of it a link (to the
 * home page, as blog themes set the site's name in an <h1>), exactly one segment of a stated title whose other
 * segments say more than it. The article's own headline is the longer part of "Headline | Site"; a heading named
 * as the headline (entry-title) is never a masthead.
 */
function isMasthead(heading: CleanBlock, nodes: readonly PageNode[], titles: readonly string[]): boolean {
  if (heading.index >= MASTHEAD_BLOCKS || (heading.hints.linkDensity ?? 0) < 1) return false;
  if (isNamedHeadline(heading, nodes)) return false;
  const name = squash(heading.cleanText);
  const nameWords = seenWords(heading.cleanText).length;
  return titles.some((title) => {
    const segments = segmentsOf(title);
    const at = segments.findIndex((seg) => squash(seg.text) === name);
    if (segments.length < 2 || at < 0) return false;
    const others = segments.filter((_, index) => index !== at).map((seg) => seg.text);
    return seenWords(others.join(" ")).length > nameWords;
  });
}

/** A heading named as the headline, weighed as the page's main heading (an <h1>) whatever level it is set in. */
function rankedAsMain(heading: CleanBlock): CleanBlock {
  return { ...heading, hints: { ...heading.hints, heading: 1 } };
}

const MAX_HEADLINE_LEVEL = 3;
// A one-word <h1> such as "Navigation" is often a landmark for screen readers rather than the page's headline;
// it outranks a stated title only when the title confirms it.
const MIN_UNCONFIRMED_MAIN_HEADING_WORDS = 2;

/**
 * Whether a one-word heading names the topic of the stated title, so it is no landmark such as "Navigation":
 * the title holds the word, or the word holds the title ("Choir history" over a title "History - Choir").
 */
function namesTopic(heading: CleanBlock, title: string | undefined): boolean {
  const word = squash(heading.cleanText);
  const stated = squash(title ?? "");
  return word.length >= 3 && stated.length >= 3 && (stated.includes(word) || word.includes(stated));
}

/**
 * Whether a heading is the page's own <h1> in the article's part of the page. A headline is often printed again
 * above it (in the menu or the breadcrumb trail, as the current page's link), so a heading cleaning marked as a
 * repeat of an earlier block still counts; one it marked as boilerplate does not, unless its element is named as
 * the headline.
 */
function isMainHeading(heading: CleanBlock, nodes: readonly PageNode[]): boolean {
  // A page's footer repeats the site's menu on every page: an <h1> there heads a link list ("About"), not the page.
  if (heading.hints.heading !== 1 || heading.hints.region === "footer") return false;
  return heading.role === "content" || heading.role === "repeat" || isOwnNamedHeadline(heading, nodes);
}

// A heading mostly of link text points to another page: an archive's or a teaser list's entry, not this page's own.
const MAX_OWN_HEADLINE_LINK_DENSITY = 0.5;

/**
 * Whether a heading's element is named as the headline (entry-title, itemprop headline) and is no link to another
 * page: the markup says it is the article's own headline, whatever cleaning made of the short block round it.
 */
function isOwnNamedHeadline(heading: CleanBlock, nodes: readonly PageNode[]): boolean {
  return isNamedHeadline(heading, nodes) && (heading.hints.linkDensity ?? 0) < MAX_OWN_HEADLINE_LINK_DENSITY;
}

// Marks a menu or a template sets before or after a headline ("> Headline", "» Headline", "Headline -"): arrows,
// bullets, bars, dashes, colons. A quotation mark or bracket stays when the headline closes (or opened) it.
const LEADING_MARKS = new Set([...">›»«<‹|•·~=:;,/\\–—-[("]);
const TRAILING_MARKS = new Set([..."<‹«»›>|•·~=:;,/\\–—-"]);
const PAIRED: Record<string, string> = { "»": "«", "«": "»", "›": "‹", "‹": "›", "[": "]", "(": ")" };

/** A headline without the marks a template set round it, keeping quotation marks and brackets it pairs. */
export function withoutStrayMarks(text: string): string {
  let start = 0;
  for (const char of text) {
    if (!LEADING_MARKS.has(char) && char.trim() !== "") break;
    // A hyphen before a digit is a minus sign ("-20 degrees tonight").
    if (char === "-" && /\d/.test(text[start + 1] ?? "")) break;
    const closer = PAIRED[char];
    if (closer && text.includes(closer, start + 1)) break;
    start += char.length;
  }
  let end = text.length;
  while (end > start) {
    const char = text[end - 1] ?? "";
    if (!TRAILING_MARKS.has(char) && char.trim() !== "") break;
    const opener = PAIRED[char];
    if (opener && text.slice(start, end - 1).includes(opener)) break;
    end -= 1;
  }
  const trimmed = text.slice(start, end);
  return trimmed === "" ? text.trim() : trimmed;
}

/** A headline as the page shows it: without invisible characters and the marks a template set round it. */
function asShown(text: string): string {
  return withoutStrayMarks(visible(text));
}

// Where CSS "capitalize" raises a letter: the first letter of a word, after any marks that open it ("(who", "„why").
const WORD_START = /(^|\s)([^\s\p{L}\p{N}]*)(\p{L})/gu;

/** A heading's text as the page's CSS shows it: a theme may set its headlines in capitals. */
export function transformed(text: string, transform: TextTransform | undefined): string {
  if (transform === "uppercase") return text.toUpperCase();
  if (transform === "lowercase") return text.toLowerCase();
  if (transform === "capitalize")
    return text.replace(
      WORD_START,
      (_, space: string, marks: string, letter: string) => space + marks + letter.toUpperCase(),
    );
  return text;
}

// Names that CSS frameworks and themes give text kept for screen readers only (Bootstrap "sr-only" and
// "visually-hidden", WordPress "screen-reader-text", "text-hide"): a heading there is a landmark no reader sees.
const SCREEN_READER_ONLY =
  /^(?:sr-only|visually-hidden|screen-reader-text|screen-reader-only|text-hide|hidden|hide|invisible)$/;

/** Whether a heading's element or its parent is named as text for screen readers only. */
function isScreenReaderOnly(heading: CleanBlock, nodes: readonly PageNode[]): boolean {
  let at = heading.hints.node;
  for (let depth = 0; depth < 2 && at !== undefined && at !== null; depth += 1) {
    const node = nodes[at];
    if (!node) return false;
    if (node.names.split(/\s+/).some((name) => SCREEN_READER_ONLY.test(name))) return true;
    at = node.parent ?? undefined;
  }
  return false;
}

/** An <h2> in the article's part of the page, of a headline's length, that readers see. */
function isLeadSubheading(heading: CleanBlock, nodes: readonly PageNode[]): boolean {
  return (
    heading.hints.heading === 2 &&
    heading.role === "content" &&
    wordTokens(heading.cleanText).length >= MIN_UNCONFIRMED_MAIN_HEADING_WORDS &&
    !isScreenReaderOnly(heading, nodes)
  );
}

// Where a title sets a kicker or a label off before the headline: a colon, a bar or a spaced dash, then a space.
const KICKER_END = /(?::|\s\||\s[–—-])\s+/gu;
const ENDS_WITH_KICKER_MARK = /(?::|\s\||\s[–—-])\s+$/u;

/**
 * The headline two stated titles agree on after different kickers ("Preview: Rates rise" and "Money?: Rates
 * rise"): each sets its own label before the same words, so the label is no part of the headline.
 */
function sharedTail(title: string, other: string): string | null {
  for (const mark of title.matchAll(KICKER_END)) {
    const tail = title.slice(mark.index + mark[0].length);
    if (seenWords(tail).length < MIN_SHORTENED_HEADLINE_WORDS || !other.endsWith(tail)) continue;
    const before = other.slice(0, other.length - tail.length);
    if (ENDS_WITH_KICKER_MARK.test(before)) return tail;
  }
  return null;
}

// A section label in a title is a word or two ("News", "Club Press"); a headline says more.
const MAX_LABEL_WORDS = 2;
const MIN_LABELLED_HEADLINE_WORDS = 4;

/**
 * The one segment of a title that says something among segments that are only labels ("Rates rise again in
 * March - Business - News"): sections and their subsections after the headline, once the site's name is cut.
 */
function amongLabels(title: string): string | null {
  const segments = segmentsOf(title);
  if (segments.length < 3) return null;
  const long = segments.filter((seg) => seenWords(seg.text).length >= MIN_LABELLED_HEADLINE_WORDS);
  const labels = segments.filter((seg) => seenWords(seg.text).length <= MAX_LABEL_WORDS);
  // A long last segment is more likely the site's full name ("News - Events | Example Swimming Club e.V.").
  const headline = long[0];
  if (long.length !== 1 || labels.length !== segments.length - 1 || headline === segments.at(-1)) return null;
  return headline?.text.trim() ?? null;
}

/** A whole stated title that is only the site's name (a home-page title on an inner page). */
function isOnlySiteName(title: string, siteNames: readonly string[], host: string | null): boolean {
  if (namesSite(title, siteNames, null, "at-edge")) return true;
  return wordTokens(title).length <= 4 && namesSite(title, [], host, "at-edge");
}

/**
 * Whether a stated site name is a copy of one of the page's titles: CMSs fill fields such as application-name with
 * the page's <title> or headline. Taken as the site's name, it would name every heading and title of the page as
 * the site's. It is a copy when the title it spells is "Headline - Site" in whole (a site's own name holds no
 * separator with a headline before or after it), or when another field names the site by another name that is no
 * part of it (og:site_name "Site", application-name "Headline"). A front page's title is the site's name, which
 * other fields may shorten ("The Example Blog", "Example") or repeat.
 */
function isCopiedTitle(name: string, titles: readonly string[], siteNames: readonly string[]): boolean {
  const squashed = squash(name);
  const spelled = titles.filter((title) => squash(title) === squashed);
  if (spelled.length === 0) return false;
  if (spelled.some((title) => segmentsOf(title).length >= 2)) return true;
  return siteNames.some((other) => {
    const otherName = squash(other);
    return otherName !== "" && !squashed.includes(otherName) && !otherName.includes(squashed);
  });
}

/**
 * The headline as a reader sees it on the page: a heading that agrees with what the metadata states (the most
 * trusted statement first, each title segment apart so that a logo heading naming the site does not agree with
 * "Headline | Site"), else the stated headline without the site's name, else the main heading, else the text
 * path's choice.
 */
export function extractPageHeadline(pageInput: PageHeadlineInput): Field<string> {
  // A heading in the site's logo names the site: it is no candidate. Its text is not taken as a site name to
  // trim titles by, as themes set a slogan or a screen reader's copy of the headline there too.
  const nodes = pageInput.nodes ?? [];
  const transforms = pageInput.transforms ?? new Map<number, TextTransform>();
  // A heading's text as shown: without the template's marks, and in the case the page's CSS sets it in.
  const shownIn = (heading: CleanBlock, text: string) =>
    transformed(asShown(text), transforms.get(heading.index));
  // A masthead heading names the site: it is no candidate, and its text is the site's name to trim titles by.
  const titles = pageInput.stated.map((s) => s.value);
  const mastheads = pageInput.headings.filter((h) => isMasthead(h, nodes, titles));
  const input = {
    ...pageInput,
    headings: pageInput.headings.filter(
      (h) => !isSiteLogo(h, nodes) && !mastheads.includes(h) && !isNamedKicker(h, nodes),
    ),
    siteNames: [
      ...pageInput.siteNames.filter((name) => !isCopiedTitle(name, titles, pageInput.siteNames)),
      ...mastheads.map((h) => h.cleanText),
    ],
  };
  const stated = input.stated
    .map((s) => ({ ...s, value: trimSiteName(s.value, input.siteNames, input.host) }))
    .filter((s) => s.value !== "" && !isOnlySiteName(s.value, input.siteNames, input.host));
  // What the metadata states, as written and without the site's name: a trail's heading must spell one of them out.
  const spelledOut = [...input.stated.map((s) => s.value), ...stated.map((s) => s.value)];
  const headings = input.headings
    .filter((b) => {
      const words = wordTokens(b.cleanText).length;
      return (
        (b.hints.heading ?? 9) <= MAX_HEADLINE_LEVEL &&
        words >= 1 &&
        words <= MAX_HEADING_WORDS &&
        !isOnlySiteName(b.cleanText, input.siteNames, input.host) &&
        !isTrailLabel(b, nodes, spelledOut)
      );
    })
    .map((h) => (isNamedHeadline(h, nodes) ? rankedAsMain(h) : h))
    .sort((a, b) => (a.hints.heading ?? 9) - (b.hints.heading ?? 9) || a.index - b.index);
  // Every stated title with its runs of segments: any of them may mark where the heading's headline begins and ends.
  const statements = stated.map((s) => [s.value, ...segmentRuns(s.value)]);
  const main = headings.find((h) => isMainHeading(h, nodes));
  for (const statement of stated) {
    const agreeing = confirmedHeading(headings, statement.value);
    const confirmed = agreeing ? (restatedBelowTrail(agreeing, headings, nodes) ?? agreeing) : null;
    const heading =
      confirmed && isSectionUnderMain(confirmed, main, headings, statement.value) ? main : confirmed;
    if (heading) {
      const run = headlinePart(heading, statements);
      const confirmation =
        heading !== confirmed
          ? `over a section heading under it that the page's ${statement.key} confirms`
          : confirmed !== agreeing
            ? `restating the breadcrumb step the page's ${statement.key} confirms`
            : `confirmed by the page's ${statement.key}`;
      return {
        value: shownIn(heading, run ?? trimExactSiteName(heading.cleanText, input.siteNames, input.host)),
        confidence: heading === confirmed ? 0.95 : 0.8,
        from: fromBlock(heading.index),
        rule: run
          ? `heading of the page without a kicker or subtitle, as the stated titles mark them (${confirmation})`
          : `heading of the page, ${confirmation}`,
      };
    }
  }
  // No heading agrees with what the metadata states: the metadata may carry an SEO title written for search
  // results, while the reader sees the article's own <h1>.
  if (
    main &&
    (wordTokens(main.cleanText).length >= MIN_UNCONFIRMED_MAIN_HEADING_WORDS ||
      namesTopic(main, stated[0]?.value))
  ) {
    // A title that does not agree with the whole heading may still mark off the kicker set in its own element.
    const run = headlinePart(main, statements);
    return {
      value: shownIn(main, run ?? trimExactSiteName(main.cleanText, input.siteNames, input.host)),
      confidence: 0.75,
      from: fromBlock(main.index),
      rule: run
        ? "main heading without a kicker or subtitle, as the stated titles mark them"
        : "main heading, which the stated title does not confirm",
    };
  }
  // A page without an <h1> of its own may set its headline in the first <h2> of the article's part: what the reader
  // sees there beats a stated title that no heading confirms (written for search results, or a section's name).
  const best = stated[0];
  const lead = best ? headings.find((h) => isLeadSubheading(h, nodes)) : undefined;
  if (lead) {
    return {
      value: shownIn(lead, trimExactSiteName(lead.cleanText, input.siteNames, input.host)),
      confidence: 0.7,
      from: fromBlock(lead.index),
      rule: "first <h2> of the article's part, on a page without a main heading",
    };
  }
  if (best) {
    const labelled = amongLabels(best.value);
    if (labelled) {
      return {
        value: asShown(labelled),
        confidence: 0.8,
        from: fromKey(best.key),
        rule: `headline the page states (${best.key}), without the site name and the section labels round it`,
      };
    }
    const shared = stated.find((other) => other.value !== best.value && sharedTail(best.value, other.value));
    if (shared) {
      return {
        value: asShown(sharedTail(best.value, shared.value) ?? best.value),
        confidence: 0.8,
        from: fromKey(best.key),
        rule: `headline the page states (${best.key}), without the kicker it and ${shared.key} set differently`,
      };
    }
    return {
      value: asShown(best.value),
      confidence: 0.8,
      from: fromKey(best.key),
      rule: `headline the page states (${best.key}), without the site name`,
    };
  }
  const heading = headings.find((h) => isMainHeading(h, nodes));
  if (heading) {
    return {
      value: shownIn(heading, heading.cleanText),
      confidence: 0.7,
      from: fromBlock(heading.index),
      rule: "main heading",
    };
  }
  // A page that states no title but the site's name (a section's front page, an about page) is named by it: the
  // name beats no headline at all.
  const named = pageInput.stated[0];
  if (input.fromText.value === null && named) {
    return {
      value: asShown(named.value),
      confidence: 0.5,
      from: fromKey(named.key),
      rule: `title the page states (${named.key}), which names only the site`,
    };
  }
  return input.fromText;
}
