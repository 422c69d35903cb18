import * as chrono from "chrono-node";

export interface Dateline {
  /** Place as printed, e.g. "TOKYO" or "Washington". */
  place: string | null;
  /** Agency tag in parentheses, e.g. "AP" in "WASHINGTON (AP) --". */
  tag: string | null;
  /** The month-and-day part, e.g. "April 9". */
  dateText: string | null;
  /** A syndication tag before the dateline, e.g. "(Publisher- Agency Name (TAG))". */
  syndication: string | null;
  /** Where the story text starts after the dateline. */
  bodyStart: number;
}

// An optional syndication tag in parentheses (one nesting level), then the dateline proper up to a dash.
const SYNDICATION = /^\(((?:[^()]|\([^()]*\))*)\)\s*/;
const DATELINE = /^([\p{Lu}][^\n]{0,90}?)\s*(?:--|—|–|\s-\s)\s*/u;
const TAG = /\(([^()]{1,40})\)\s*$/;

function isPlace(segment: string): boolean {
  const words = segment.split(/\s+/);
  return (
    words.length <= 4 && words.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w) || /^(of|de|la|el|al)$/.test(w))
  );
}

/** Reads a wire-style dateline ("CITY, Month D (TAG) --") at the start of the first paragraph. */
export function parseDateline(paragraph: string): Dateline | null {
  let rest = paragraph;
  let offset = 0;
  let syndication: string | null = null;
  const synd = SYNDICATION.exec(rest);
  if (synd?.[1] && /-/.test(synd[1])) {
    syndication = synd[1].trim();
    offset = synd[0].length;
    rest = rest.slice(offset);
  }
  const match = DATELINE.exec(rest);
  if (!match?.[1]) return null;
  let head = match[1].trim();
  const tagMatch = TAG.exec(head);
  const tag = tagMatch?.[1]?.trim() ?? null;
  if (tagMatch) head = head.slice(0, tagMatch.index).trim();
  let place: string | null = null;
  let dateText: string | null = null;
  for (const segment of head
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const parsed = chrono.parse(segment)[0];
    if (parsed && parsed.text.trim().length >= segment.length - 1 && parsed.start.isCertain("day")) {
      dateText = segment;
    } else if (place === null && dateText === null && isPlace(segment)) {
      place = segment;
    } else if (!isPlace(segment)) {
      return null;
    }
  }
  // A dash after ordinary words is punctuation, not a dateline: require a tag, a date or an upper-case place.
  const upperPlace = place !== null && place === place.toUpperCase();
  if (tag === null && dateText === null && !upperPlace) return null;
  if (place === null && tag === null) return null;
  return { place, tag, dateText, syndication, bodyStart: offset + match[0].length };
}

/** "TOKYO" → "Tokyo", "NEW YORK" → "New York"; mixed-case names stay as printed. */
export function displayPlace(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
