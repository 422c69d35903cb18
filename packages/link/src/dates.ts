export const DAY_MS = 86_400_000;
// Every article's day is read as a number once (SortedCorpus), each distinct day parsed once. A corpus spans a few
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
