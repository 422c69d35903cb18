/**
 * Publication keys that sites write into script data other than JSON-LD (page-state objects such as
 * `window.__STATE__ = {…}`, `__NEXT_DATA__`, a shop's product JSON), where some pages give their only
 * machine-readable date. Only a short excerpt from each key on is kept: the key and the value after it.
 */
const PUBLICATION_KEY =
  /\\?["']?\b(?:date_?published|publish(?:ed)?_?(?:date|at|time)|first_?published(?:_?at)?|publication_?date|pub_?date)\\?["']?\s*[:=]/gi;
const HOLDS_PUB = /pub/i;
// Enough for `"published_at":"2019-03-02T06:22:28+01:00"` with some escaping, not the object around it.
const EXCERPT_CHARS = 80;
/** How much of one script is searched: bounds the time and memory a megabyte-scale inlined bundle costs. */
export const MAX_SCRIPT_CHARS = 1_000_000;
/** A page holds few such keys of its own; a list of related items holds many, which a cap keeps small. */
export const MAX_SCRIPT_DATE_EXCERPTS = 24;

/** Excerpts of a script's text, each from a publication key to just past its value, at most `limit`. */
export function publicationExcerpts(script: string, limit: number): string[] {
  const excerpts: string[] = [];
  // Every key above spells "pub": most scripts (bundles, trackers) do not, and finding that is a plain scan,
  // where the key's pattern, with no fixed text to start from, is tried at every character.
  if (limit <= 0 || !HOLDS_PUB.test(script)) return excerpts;
  for (const match of script.matchAll(PUBLICATION_KEY)) {
    excerpts.push(script.slice(match.index, match.index + EXCERPT_CHARS));
    if (excerpts.length >= limit) break;
  }
  return excerpts;
}
