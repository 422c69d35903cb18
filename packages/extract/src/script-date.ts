import { readStatedDate, type StatedDate } from "./metadata-date.js";

// `"published_at":"2019-03-02T06:22:28+01:00"`, `publishDate: 1643182900`, `\"firstPublishedAt\":\"…\"`: the
// key the HTML reader kept, then its value, quoted (escaped or not) or an epoch number.
const KEYED_VALUE = /^\\?["']?([\w$]+)\\?["']?\s*[:=]\s*(?:\\?["']([^"'\\]{6,40})|(\d{10}(?:\d{3})?)(?!\d))/;

/** An epoch value in seconds or milliseconds as an ISO instant in UTC. */
function epochToIso(digits: string): string {
  const ms = digits.length === 13 ? Number(digits) : Number(digits) * 1000;
  return new Date(ms).toISOString();
}

/** The publication dates stated in the page's script data, as the HTML reader kept them (`script-date:<n>`). */
export function scriptDates(meta: Readonly<Record<string, string>>, today: string): StatedDate[] {
  const dates: StatedDate[] = [];
  for (const [key, excerpt] of Object.entries(meta)) {
    if (!key.startsWith("script-date:")) continue;
    const match = KEYED_VALUE.exec(excerpt);
    if (!match) continue;
    const value = match[2] ?? epochToIso(match[3] ?? "");
    const stated = readStatedDate({ value, key: `script:${match[1]}` }, today);
    if (stated) dates.push(stated);
  }
  return dates;
}

/**
 * The publication day the page's script data states, when it states only one: a page-state object gives the
 * article's own date once or repeats it, while a list of related items names several days, none of them
 * known to be the article's.
 */
export function scriptPublicationDate(
  meta: Readonly<Record<string, string>>,
  today: string,
): StatedDate | null {
  const dates = scriptDates(meta, today);
  const days = new Set(dates.map((d) => d.day));
  return days.size === 1 ? (dates[0] ?? null) : null;
}
