/**
 * Publication keys that sites write into script data other than JSON-LD (page-state objects such as
 * `window.__STATE__ = {…}`, `__NEXT_DATA__`, a shop's product JSON), where some pages give their only
 * machine-readable date. Only a short excerpt from each key on is kept: the key and the value after it.
 */
export const PUBLICATION_KEY =
  /\\?["']?\b(?:date_?published|publish(?:ed)?_?(?:date|at|time)|first_?published(?:_?at)?|publication_?date|pub_?date)\\?["']?\s*[:=]/gi;
// Every key above spells "pub", and a match starts at most this far before it: an escaping backslash, a quote, and
// "first_" (of "first_published").
const PUB = /pub/gi;
const MAX_LEAD = 8;
// The key's pattern tried at one position only.
const PUBLICATION_KEY_AT = new RegExp(PUBLICATION_KEY.source, "iy");
// Enough for `"published_at":"2019-03-02T06:22:28+01:00"` with some escaping, not the object around it.
const EXCERPT_CHARS = 80;
/** How much of one script is searched: bounds the time and memory a megabyte-scale inlined bundle costs. */
export const MAX_SCRIPT_CHARS = 1_000_000;
/** A page holds few such keys of its own; a list of related items holds many, which a cap keeps small. */
export const MAX_SCRIPT_DATE_EXCERPTS = 24;

/**
 * Excerpts of a script's text, each from a publication key to just past its value, at most `limit`: the matches
 * `script.matchAll(PUBLICATION_KEY)` gives, in order. The key's pattern has no fixed text to start from, so a search
 * tries it at every character of the script; here it is tried only at the few positions before each "pub" (found by
 * a plain scan) where a match could start, earliest first, each search going on from the end of the match before.
 */
export function publicationExcerpts(script: string, limit: number): string[] {
  const excerpts: string[] = [];
  if (limit <= 0) return excerpts;
  // Where the next match may start: past the end of the last one.
  let from = 0;
  PUB.lastIndex = 0;
  for (let pub = PUB.exec(script); pub !== null; pub = PUB.exec(script)) {
    for (let start = Math.max(from, pub.index - MAX_LEAD); start <= pub.index; start += 1) {
      PUBLICATION_KEY_AT.lastIndex = start;
      const key = PUBLICATION_KEY_AT.exec(script);
      if (key === null) continue;
      excerpts.push(script.slice(start, start + EXCERPT_CHARS));
      if (excerpts.length >= limit) return excerpts;
      from = start + key[0].length;
      break;
    }
  }
  return excerpts;
}
