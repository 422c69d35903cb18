import { type CleanBlock, type Field, fromBlock, fromKey, wordTokens } from "@clippings/core";
import type { MetaValue } from "./page-metadata.js";

// Separators sites put between a headline and their name in <title> and og:title.
const SEPARATOR = /\s+(?:\||-|–|—|·|::|»|«|~|:|\/\/)\s+|\s*[|»«]\s*/;
const MAX_HEADING_WORDS = 40;

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Whether a title segment names the site: its name in the metadata, or the domain's own name. */
function namesSite(segment: string, siteNames: readonly string[], host: string | null): boolean {
  const s = squash(segment);
  if (s === "") return true;
  for (const name of siteNames) {
    const n = squash(name);
    if (n && (s === n || (n.length >= 3 && s.includes(n)) || (s.length >= 3 && n.includes(s)))) return true;
  }
  if (host) {
    const labels = host
      .toLowerCase()
      .replace(/^www\d?\./, "")
      .split(".");
    const main = squash(labels.length > 1 ? (labels[labels.length - 2] ?? "") : (labels[0] ?? ""));
    if (main.length >= 3 && (s.includes(main) || main.includes(s))) return true;
  }
  return false;
}

/** A title without the site name sites add before or after the headline ("Headline | Site"). */
export function trimSiteName(title: string, siteNames: readonly string[], host: string | null): string {
  const segments = title.split(SEPARATOR);
  if (segments.length < 2) return title.trim();
  while (segments.length > 1 && namesSite(segments[segments.length - 1] ?? "", siteNames, host))
    segments.pop();
  while (segments.length > 1 && namesSite(segments[0] ?? "", siteNames, host)) segments.shift();
  // Rebuild from the original text so the headline's own separators and spacing survive.
  const first = segments[0] ?? "";
  const last = segments[segments.length - 1] ?? "";
  const start = title.indexOf(first);
  const end = title.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : segments.join(" - ").trim();
}

function agreement(a: string, b: string): number {
  const ta = wordTokens(a);
  const tb = new Set(wordTokens(b));
  if (ta.length === 0 || tb.size === 0) return 0;
  const shared = ta.filter((t) => tb.has(t)).length;
  return (2 * shared) / (ta.length + tb.size);
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
}

const MAX_HEADLINE_LEVEL = 3;
const AGREEMENT = 0.5;

/** A whole stated title that is only the site's name (a home-page title on an inner page). */
function isOnlySiteName(title: string, siteNames: readonly string[], host: string | null): boolean {
  if (namesSite(title, siteNames, null)) return true;
  return wordTokens(title).length <= 4 && namesSite(title, [], host);
}

/**
 * The headline as a reader sees it on the page: a heading that agrees with what the metadata states (the most
 * trusted statement first, each title segment apart so that a logo heading naming the site does not agree with
 * "Headline | Site"), else the stated headline without the site's name, else the main heading, else the text
 * path's choice.
 */
export function extractPageHeadline(input: PageHeadlineInput): Field<string> {
  const stated = input.stated
    .map((s) => ({ ...s, value: trimSiteName(s.value, input.siteNames, input.host) }))
    .filter((s) => s.value !== "" && !isOnlySiteName(s.value, input.siteNames, input.host));
  const headings = input.headings
    .filter((b) => {
      const words = wordTokens(b.cleanText).length;
      return (
        (b.hints.heading ?? 9) <= MAX_HEADLINE_LEVEL &&
        words >= 1 &&
        words <= MAX_HEADING_WORDS &&
        !isOnlySiteName(b.cleanText, input.siteNames, input.host)
      );
    })
    .sort((a, b) => (a.hints.heading ?? 9) - (b.hints.heading ?? 9) || a.index - b.index);
  for (const statement of stated) {
    const segments = statement.value.split(SEPARATOR).filter((seg) => wordTokens(seg).length > 0);
    for (const heading of headings) {
      const agrees =
        agreement(heading.cleanText, statement.value) >= AGREEMENT &&
        (segments.length < 2 || segments.some((seg) => agreement(heading.cleanText, seg) >= AGREEMENT));
      if (agrees) {
        return {
          value: heading.cleanText,
          confidence: 0.95,
          from: fromBlock(heading.index),
          rule: `heading of the page, confirmed by the page's ${statement.key}`,
        };
      }
    }
  }
  const best = stated[0];
  if (best) {
    return {
      value: best.value,
      confidence: 0.8,
      from: fromKey(best.key),
      rule: `headline the page states (${best.key}), without the site name`,
    };
  }
  const heading = headings.find((h) => h.hints.heading === 1 && h.role === "content");
  if (heading) {
    return {
      value: heading.cleanText,
      confidence: 0.7,
      from: fromBlock(heading.index),
      rule: "main heading",
    };
  }
  return input.fromText;
}
