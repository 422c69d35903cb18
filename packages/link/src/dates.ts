export const DAY_MS = 86_400_000;
// The link stage compares dates of every candidate pair: each distinct day is parsed once. A corpus spans a few
// thousand days at most, so the cache stays small.
const parsed = new Map<string, number>();

/** The day as milliseconds since 1970, NaN when it is no ISO day. */
export function dayMs(day: string): number {
  let ms = parsed.get(day);
  if (ms === undefined) {
    ms = Date.parse(`${day}T00:00:00Z`);
    parsed.set(day, ms);
  }
  return ms;
}

/** Days between two ISO days, or null when either is unknown. */
export function daysApart(a: string | null, b: string | null): number | null {
  if (a === null || b === null) return null;
  return Math.abs(dayMs(a) - dayMs(b)) / DAY_MS;
}
