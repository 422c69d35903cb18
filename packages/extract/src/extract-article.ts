import {
  type Article,
  ArticleSchema,
  type BodyParagraph,
  type CleanBlock,
  type CleanDoc,
  DocumentError,
  type Field,
  fromBlock,
  letterOrNumberRuns,
  type RemovedBlock,
  type TimeBudget,
} from "@clippings/core";
import { extractBody } from "./body.js";
import { extractAuthors, isBylineBlock } from "./byline.js";
import { extractDate } from "./date.js";
import { displayPlace, parseDateline } from "./dateline.js";
import { extractHeadline } from "./headline.js";
import { extractLanguage, languageCode } from "./language.js";
import { noArticleReason } from "./no-article.js";
import { extractOutlet } from "./outlet.js";
import { extractPageAuthors, pageCredits } from "./page-authors.js";
import { extractPageDate } from "./page-date.js";
import { extractPageHeadline, pageHeadings } from "./page-headline.js";
import { readPageMetadata } from "./page-metadata.js";
import { extractQuotes } from "./quotes/index.js";
import type { RegistryIndex } from "./registry-index.js";
import { isStampLine } from "./stamp-line.js";
import { findTimestamp } from "./timestamps.js";
import { findZones } from "./zones.js";

const LEAD_CHARS = 1500;
// The article's first blocks, read for a stamp printed under its standfirst or picture.
const OPENING_BLOCKS = 6;

export interface ExtractOptions {
  registry: RegistryIndex;
  /** Today's date (YYYY-MM-DD): the last resort for the year of an undated page. */
  today: string;
  budget?: TimeBudget;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/**
 * In a text scrape, lines that are only a registered outlet's or agency's name ("The Associated Press" over the
 * timestamp): they credit the story as a byline does, so they are never its headline and the headline sits above.
 */
function creditLines(header: readonly CleanBlock[], registry: RegistryIndex): number[] {
  return header.filter((b) => registry.named(b.cleanText) !== null).map((b) => b.index);
}

/** In a text scrape, the header's lines that are never its headline: credits and stamp lines the date reader skips. */
function textNonHeadlines(header: readonly CleanBlock[], registry: RegistryIndex): number[] {
  const stamps = header.filter((b) => isStampLine(b.cleanText)).map((b) => b.index);
  return [...creditLines(header, registry), ...stamps];
}

/**
 * Whether a tag is a registered agency's wire tag or name, printed in its capitals or in upper case ("dpa",
 * "DPA"): a lower-case word that happens to spell a tag ("ap") is no credit.
 */
function isAgencyTag(tag: string, registry: RegistryIndex): boolean {
  const agency = registry.wireTag(tag);
  if (agency?.kind !== "agency") return false;
  const printed = [agency.name, ...agency.aliases, ...agency.wireTags];
  return tag === tag.toUpperCase() || printed.includes(tag);
}

function isTimestampBlock(block: CleanBlock): boolean {
  const text = block.cleanText;
  if (text.length > 80) return false;
  const stamp = findTimestamp(text);
  return stamp !== null && stamp.covered >= text.replace(/\s/g, "").length * 0.5;
}

function removedBlocks(doc: CleanDoc, kept: Set<number>): RemovedBlock[] {
  return doc.blocks
    .filter((b) => !kept.has(b.index))
    .map((b) => ({
      block: b.index,
      role: b.role === "content" ? "outside-body" : b.role,
      reason: b.reason,
      text: b.text,
    }));
}

// A subheading whose words are mostly the headline's is the headline again (or a shorter version of it).
const HEADLINE_ECHO_SHARE = 0.6;

// A subtitle says something; a heading of a word or two above the text is a topic label or a kicker.
const MIN_SUBHEADING_WORDS = 4;

function wordsOf(text: string): string[] {
  return letterOrNumberRuns(text.toLowerCase());
}

/** Subheadings above the first paragraph that open the body: neither a byline, a timestamp nor the headline. */
function subheadingParagraphs(
  subheadings: readonly CleanBlock[],
  skip: ReadonlySet<number>,
  headline: string | null,
): BodyParagraph[] {
  const headlineWords = new Set(wordsOf(headline ?? ""));
  return subheadings
    .filter((block) => {
      if (skip.has(block.index)) return false;
      const words = wordsOf(block.cleanText);
      const shared = words.filter((word) => headlineWords.has(word)).length;
      return words.length >= MIN_SUBHEADING_WORDS && shared < words.length * HEADLINE_ECHO_SHARE;
    })
    .map((block) => ({ block: block.index, text: block.cleanText.trim() }));
}

/** Turns a cleaned document into an Article whose every field carries its evidence. */
export function extractArticle(doc: CleanDoc, options: ExtractOptions): Article {
  const zones = findZones(doc);
  const first = zones.body[0];
  if (!first) {
    throw new DocumentError("no-article", `${doc.source}: ${noArticleReason(doc)}`, "extract");
  }
  const dateline = parseDateline(first.cleanText);
  const skip = new Set(
    [...zones.header, ...zones.body]
      .filter((b) => isTimestampBlock(b) || isBylineBlock(b))
      .map((b) => b.index),
  );
  options.budget?.check("extract");
  const body = extractBody(zones.body, dateline, skip);
  if (body.length === 0) {
    throw new DocumentError(
      "no-article",
      `${doc.source}: no article text once the dateline and byline are set aside`,
      "extract",
    );
  }
  // The lead names the weekday and echoes the headline; its opening is enough, and bounds the work.
  const lead = body
    .slice(0, 2)
    .map((p) => p.text)
    .join("\n")
    .slice(0, LEAD_CHARS);
  const textHeadline = extractHeadline({
    header: zones.header,
    repeatCounts: zones.repeatCounts,
    repeatedBelow: zones.repeatedBelow,
    excluded:
      doc.format === "html" ? skip : new Set([...skip, ...textNonHeadlines(zones.header, options.registry)]),
    lead,
    textScrape: doc.format !== "html",
    titleLine: doc.format === "html" ? undefined : doc.blocks[0]?.cleanText,
  });
  const dateInput = {
    header: zones.header,
    opening: zones.body.slice(0, OPENING_BLOCKS),
    firstParagraph: first,
    dateline,
    lead,
    pageText: doc.text,
    crawlDate: doc.crawlDate,
    today: options.today,
  };
  const textAuthors = extractAuthors(zones.header);
  // An HTML page states its headline, date, authors and site in its metadata; text scrapes have only their text.
  const page = doc.format === "html" ? readPageMetadata(doc.meta) : null;
  const host = hostOf(doc.url);
  const siteNames = page?.siteNames ?? [];
  const headline = page
    ? extractPageHeadline({
        fromText: textHeadline,
        headings: pageHeadings(doc.blocks, doc.nodes ?? []),
        stated: page.headlines,
        siteNames: siteNames.map((s) => s.value),
        host,
        nodes: doc.nodes ?? [],
        transforms: page.textTransforms,
      })
    : textHeadline;
  const { date, datetime } = page
    ? extractPageDate(dateInput, {
        metadata: page,
        meta: doc.meta,
        url: doc.url,
        blocks: doc.blocks,
        nodes: doc.nodes ?? [],
        language: doc.meta.lang ? languageCode(doc.meta.lang) : null,
      })
    : extractDate(dateInput);
  const authors = page
    ? extractPageAuthors({
        fromText: textAuthors,
        stated: page.authors,
        siteNames: siteNames.map((s) => s.value),
        blocks: doc.blocks,
        nodes: doc.nodes ?? [],
        credits: pageCredits(doc.meta),
        lastBylineBlock: (body[body.length - 1]?.block ?? first.index) + 3,
        lastBodyBlock: body[body.length - 1]?.block ?? first.index,
        wire: {
          datelineTag: dateline?.tag ?? null,
          first: { text: first.cleanText, block: first.index },
          closing: body.map((p) => ({ text: p.text, block: p.block })),
          isAgencyTag: (tag) => isAgencyTag(tag, options.registry),
        },
      })
    : textAuthors;
  const { outlet, agency } = extractOutlet(doc, dateline, first.index, options.registry, siteNames);
  const datelineField: Field<string> = dateline?.place
    ? {
        value: displayPlace(dateline.place),
        confidence: 0.9,
        from: fromBlock(first.index, 0, dateline.bodyStart),
        rule: "wire-style dateline",
      }
    : { value: null, confidence: 0.6, from: null, rule: "no dateline place" };
  body.unshift(...subheadingParagraphs(zones.subheadings, skip, headline.value));
  const captions = doc.blocks.filter((b) => b.role === "caption").map((b) => b.cleanText);
  const quotes = extractQuotes({
    paragraphs: body.map((p) => p.text),
    context: [headline.value ?? "", ...captions].filter(Boolean),
    budget: options.budget,
  });
  const bodyText = body.map((p) => p.text).join("\n\n");
  const kept = new Set(body.map((p) => p.block));
  if (headline.from?.block != null) kept.add(headline.from.block);
  return ArticleSchema.parse({
    id: doc.id,
    source: doc.source,
    url: doc.url,
    outlet,
    agency,
    date,
    datetime,
    headline,
    authors,
    dateline: datelineField,
    language: extractLanguage(bodyText, doc.meta.lang),
    body,
    quotes,
    story: null,
    removed: removedBlocks(doc, kept),
  });
}
