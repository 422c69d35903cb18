import { type Field, fromKey } from "@clippings/core";
import { type DateInput, type DateResult, extractDate } from "./date.js";
import { dateInUrl, firstStatedDate, type StatedDate } from "./metadata-date.js";
import type { MetaValue, PageMetadata } from "./page-metadata.js";
import { isoDateTime } from "./timestamps.js";

export interface PageDateInput {
  metadata: PageMetadata;
  meta: Readonly<Record<string, string>>;
  url: string | null;
}

function fromStated(stated: StatedDate, confidence: number, rule: string): DateResult {
  const from = fromKey(stated.key);
  const datetime: Field<string> = stated.time
    ? { value: isoDateTime(stated.day, stated.time, stated.offset), confidence, from, rule }
    : { value: null, confidence: 0, from: null, rule: "no time stated" };
  return { date: { value: stated.day, confidence, from, rule }, datetime };
}

function timeElements(meta: Readonly<Record<string, string>>): MetaValue[] {
  return Object.keys(meta)
    .filter((k) => k.startsWith("time:"))
    .sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)))
    .map((key) => ({ key, value: meta[key] ?? "" }));
}

/**
 * The publication day of a page: what its metadata states beats what its text shows (a JSON-LD datePublished
 * is the publisher's own record; a date in the text may be a sidebar's); then a timestamp line above the
 * article; then a <time> element, the date in the URL, the dateline; a modification date only as a last resort.
 */
export function extractPageDate(input: DateInput, page: PageDateInput): DateResult {
  const published = firstStatedDate(page.metadata.published, input.today);
  if (published) return fromStated(published, 0.95, `publication date the page states (${published.key})`);
  const fromText = extractDate(input);
  if (fromText.date.confidence >= 0.9) return fromText;
  const time = firstStatedDate(timeElements(page.meta), input.today);
  if (time) return fromStated(time, 0.8, "first <time datetime> on the page");
  const inUrl = dateInUrl(page.url, input.today);
  if (inUrl) return fromStated(inUrl, 0.8, "date in the page's URL");
  if (fromText.date.value && fromText.date.confidence > 0.3) return fromText;
  const modified = firstStatedDate(page.metadata.modified, input.today);
  if (modified) return fromStated(modified, 0.5, `modification date the page states (${modified.key})`);
  return fromText;
}
