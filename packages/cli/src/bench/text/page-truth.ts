/**
 * What an HTML page says about itself in its metadata: the publication day, the headline and the site name,
 * read with htmlparser2 from JSON-LD, Open Graph / article meta tags, itemprop attributes and <title>. The text
 * benchmark uses these as the truth for fields that the article-extraction-benchmark does not annotate.
 */
import { normalizeForCompare, sharedTokenCount, wordTokens } from "@clippings/core";
import { Parser } from "htmlparser2";

export interface PageTruth {
  /** Publication day YYYY-MM-DD, or null when the metadata gives none in a form that names the day. */
  date: string | null;
  /** The metadata timestamp as written, for comparisons that need its time and zone. */
  dateTime: string | null;
  dateFrom: string | null;
  headline: string | null;
  headlineFrom: string | null;
  /** True when a trailing " | Site" was removed because the page's own site name names that site. */
  headlineTrimmed: boolean;
  /** True when the headline is the page's visible heading that agrees with the metadata headline (see visibleHeadline). */
  headlineVisible: boolean;
  outlet: string | null;
  outletFrom: string | null;
}

interface RawMeta {
  meta: Map<string, string>;
  itemprop: Map<string, string>;
  title: string | null;
  jsonLd: unknown[];
  /** The text of every <h1> and every element marked itemprop="headline", in page order. */
  headings: string[];
}

// Meta names that carry the publication time, in the order they are trusted.
const DATE_META = [
  "article:published_time",
  "og:published_time",
  "og:article:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
  "dc.date.issued",
  "dc.date",
  "dcterms.created",
  "sailthru.date",
  "parsely-pub-date",
];

function readMeta(html: string): RawMeta {
  const raw: RawMeta = { meta: new Map(), itemprop: new Map(), title: null, jsonLd: [], headings: [] };
  let inTitle = false;
  let title = "";
  let script: string | null = null;
  // The heading being read: its text and how deep inside it the parser is; scripts and styles are not text.
  let heading: { text: string; depth: number } | null = null;
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "meta") {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").toLowerCase().trim();
          const content = attrs.content?.trim();
          if (key && content && !raw.meta.has(key)) raw.meta.set(key, content);
        }
        const itemprop = attrs.itemprop?.toLowerCase();
        const value = attrs.content ?? attrs.datetime;
        if (itemprop && value && !raw.itemprop.has(itemprop)) raw.itemprop.set(itemprop, value.trim());
        if (name === "title" && raw.title === null) inTitle = true;
        if (name === "script" && (attrs.type ?? "").toLowerCase().includes("ld+json")) script = "";
        if (name === "script" || name === "style" || name === "noscript") hidden += 1;
        if (heading) heading.depth += 1;
        else if (name === "h1" || (itemprop === "headline" && name !== "meta"))
          heading = { text: "", depth: 1 };
      },
      ontext(text) {
        if (inTitle) title += text;
        if (script !== null) script += text;
        if (heading && hidden === 0) heading.text += text;
      },
      onclosetag(name) {
        if (name === "script" || name === "style" || name === "noscript") hidden = Math.max(0, hidden - 1);
        if (heading) {
          heading.depth -= 1;
          if (heading.depth === 0) {
            const text = heading.text.replace(/\s+/g, " ").trim();
            if (text) raw.headings.push(text);
            heading = null;
          }
        }
        if (name === "title" && inTitle) {
          inTitle = false;
          raw.title = title.replace(/\s+/g, " ").trim() || null;
        }
        if (name === "script" && script !== null) {
          try {
            raw.jsonLd.push(JSON.parse(script));
          } catch {
            // A page's broken JSON-LD is simply no metadata.
          }
          script = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return raw;
}

type LdObject = Record<string, unknown>;

function isObject(value: unknown): value is LdObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every JSON-LD object of the page, @graph members and arrays flattened. */
function ldObjects(values: unknown[]): LdObject[] {
  const out: LdObject[] = [];
  const stack = [...values];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (isObject(value)) {
      out.push(value);
      if (Array.isArray(value["@graph"])) stack.push(...value["@graph"]);
    }
  }
  return out.reverse();
}

function types(obj: LdObject): string[] {
  const t = obj["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

const isArticleType = (obj: LdObject) =>
  types(obj).some((t) => /article|posting|report|newsarticle|webpage/i.test(t));

function text(value: unknown): string | null {
  if (typeof value === "string") return value.replace(/\s+/g, " ").trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value.name);
  return null;
}

/** The calendar day a metadata timestamp names, as written (its own zone), when it starts with one. */
export function dayOf(value: string): string | null {
  const match = /^(\d{4})[-/](\d{2})[-/](\d{2})/.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const month = Number(m);
  const day = Number(d);
  // Placeholder dates such as 0001-01-01 are no publication day.
  const plausible = Number(y) >= 1990 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  return plausible ? `${y}-${m}-${d}` : null;
}

const HOUR = 3_600_000;

/**
 * Whether a day printed on the page can be the metadata's day: the same day, or, when the metadata gives
 * the time in UTC (Z, +00:00) or with no zone, the calendar day of that instant somewhere between UTC-12 and
 * UTC+14, since a page prints its own zone's day ("Nov 19, 10:31 pm CST" is 2019-11-20 in UTC).
 */
export function dayAgrees(got: string, truthDay: string, truthTime: string | null): boolean {
  if (got === truthDay) return true;
  // "2019-11-19 02:24:00" (a space for the T) is the same timestamp.
  const time = truthTime?.trim().replace(/^(\d{4}-\d{2}-\d{2}) (?=\d{2}:)/, "$1T") ?? null;
  if (!time || !/T\d{2}:\d{2}/.test(time)) return false;
  if (!/(Z|[+-]00:?00)$/.test(time) && /[+-]\d{2}:?\d{2}$/.test(time)) return false;
  const instant = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(time) ? time : `${time}Z`);
  if (Number.isNaN(instant)) return false;
  const earliest = new Date(instant - 12 * HOUR).toISOString().slice(0, 10);
  const latest = new Date(instant + 14 * HOUR).toISOString().slice(0, 10);
  return got === earliest || got === latest;
}

const fold = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\.(com|co\.uk|org|net|news)$/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");

/** Outlet names compared as a reader would: case, spacing, punctuation, a leading "The" and ".com" aside. */
export function sameOutletName(a: string, b: string): boolean {
  const fa = fold(a);
  return fa.length > 0 && fa === fold(b);
}

const TITLE_SEPARATOR = /\s+[|\-–—:·•»]{1,2}\s+/g;

/** A title without its trailing (or leading) site name, removed only when it names the page's own site. */
export function trimSiteName(title: string, site: string | null): { headline: string; trimmed: boolean } {
  if (!site) return { headline: title, trimmed: false };
  const separators = [...title.matchAll(TITLE_SEPARATOR)];
  const last = separators[separators.length - 1];
  if (last?.index !== undefined && sameOutletName(title.slice(last.index + last[0].length), site)) {
    return { headline: title.slice(0, last.index).trim(), trimmed: true };
  }
  const first = separators[0];
  if (first?.index !== undefined && sameOutletName(title.slice(0, first.index), site)) {
    return { headline: title.slice(first.index + first[0].length).trim(), trimmed: true };
  }
  return { headline: title, trimmed: false };
}

// A heading is the page's version of the metadata headline when it says at least half of what the metadata
// headline says and its own words are not mostly other text (a site logo or a section name shares a word or two).
const META_WORDS_SAID = 0.5;
const OWN_WORDS_SHARED = 1 / 3;

/**
 * The headline as a reader of the page sees it: the page's main heading (an <h1>, or an element marked
 * itemprop="headline") that tells the same story as the metadata headline, which is often a variant written
 * for search and social cards ("Opinion | …", "… - Section", shortened or re-worded). Of several such
 * headings the one closest to the metadata wins; when none agrees (a logo in the <h1>, no heading at all)
 * the metadata headline stands.
 */
export function visibleHeadline(metaHeadline: string, headings: readonly string[]): string | null {
  const meta = wordTokens(metaHeadline);
  if (meta.length === 0) return null;
  let best: { text: string; f1: number } | null = null;
  for (const text of headings) {
    const own = wordTokens(text);
    if (own.length === 0) continue;
    const shared = sharedTokenCount(meta, own);
    const recall = shared / meta.length;
    const precision = shared / own.length;
    if (recall < META_WORDS_SAID || precision < OWN_WORDS_SHARED) continue;
    const f1 = (2 * precision * recall) / (precision + recall);
    if (!best || f1 > best.f1) best = { text, f1 };
  }
  return best?.text ?? null;
}

export function pageTruth(html: string): PageTruth {
  const raw = readMeta(html);
  const objects = ldObjects(raw.jsonLd);
  const article = objects.find((o) => isArticleType(o) && (o.headline || o.datePublished)) ?? null;

  let date: string | null = null;
  let dateTime: string | null = null;
  let dateFrom: string | null = null;
  const ldDate = article ? text(article.datePublished) : null;
  if (ldDate && dayOf(ldDate)) {
    date = dayOf(ldDate);
    dateTime = ldDate;
    dateFrom = "JSON-LD datePublished";
  }
  for (const key of DATE_META) {
    if (date) break;
    const value = raw.meta.get(key) ?? (key === "datepublished" ? raw.itemprop.get(key) : undefined);
    const day = value ? dayOf(value) : null;
    if (day && value) {
      date = day;
      dateTime = value;
      dateFrom = `meta ${key}`;
    }
  }

  const publisher = article ? text(article.publisher) : null;
  const siteName = raw.meta.get("og:site_name") ?? null;
  const outlet = siteName ?? publisher;
  const outletFrom = siteName ? "og:site_name" : publisher ? "JSON-LD publisher" : null;

  const candidates: [string | null, string][] = [
    [raw.meta.get("og:title") ?? null, "og:title"],
    [article ? text(article.headline) : null, "JSON-LD headline"],
    [raw.title, "<title>"],
  ];
  const found = candidates.find(([value]) => value);
  let headline: string | null = null;
  let headlineTrimmed = false;
  let headlineVisible = false;
  if (found?.[0]) {
    const siteNames = [siteName, publisher].filter((s): s is string => s !== null);
    headline = found[0];
    for (const site of siteNames) {
      const t = trimSiteName(headline, site);
      if (t.trimmed) {
        headline = t.headline;
        headlineTrimmed = true;
        break;
      }
    }
    const visible = visibleHeadline(headline, raw.headings);
    if (visible !== null && normalizeForCompare(visible) !== normalizeForCompare(headline)) {
      headline = visible;
      headlineVisible = true;
    }
  }
  return {
    date,
    dateTime,
    dateFrom,
    headline,
    headlineFrom: found?.[1] ?? null,
    headlineTrimmed,
    headlineVisible,
    outlet,
    outletFrom,
  };
}
