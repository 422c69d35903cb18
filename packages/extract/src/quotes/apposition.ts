/**
 * "Zippy Duvall, the president of ...": a two-word capitalised name, a comma and an article, then up to three
 * words of the role. Group 1 is the name, group 2 the role.
 */
export const APPOSITION =
  /(\p{Lu}[\p{L}'’-]*\s\p{Lu}[\p{L}'’-]*),\s(?:the|a|an)\s((?:[\p{L}-]+\s){0,2}[\p{L}-]+)/gu;

// What every apposition holds after its name: found by a plain scan for the comma, many times faster than
// trying APPOSITION's Unicode classes at every character of a page's text.
const HINGE = /,\s(?:the|a|an)\s/g;
// A character a name's words are made of; a surrogate may be half of a letter outside the BMP.
const NAME_CHAR = /[\p{L}'’-]|[\uD800-\uDFFF]/u;

/** The earliest place a name ending just before the comma at `comma` can start: two words and a space back. */
function earliestNameStart(text: string, comma: number): number {
  let at = comma;
  while (at > 0 && NAME_CHAR.test(text[at - 1] ?? "")) at -= 1;
  if (at > 0 && /\s/.test(text[at - 1] ?? "")) at -= 1;
  while (at > 0 && NAME_CHAR.test(text[at - 1] ?? "")) at -= 1;
  return at;
}

/**
 * The matches of APPOSITION in the text, the same and in the same order as text.matchAll(APPOSITION) gives.
 * A match's name holds no comma and ends at one of the hinge's commas, so no match starts before the earliest
 * name start of the first hinge after where the last match ended: the search jumps there.
 */
export function* appositions(text: string): Generator<RegExpExecArray> {
  const pattern = new RegExp(APPOSITION.source, APPOSITION.flags);
  const hinge = new RegExp(HINGE.source, HINGE.flags);
  let from = 0;
  while (from <= text.length) {
    hinge.lastIndex = from;
    const next = hinge.exec(text);
    if (!next) return;
    pattern.lastIndex = Math.max(from, earliestNameStart(text, next.index));
    const match = pattern.exec(text);
    if (!match) return;
    yield match;
    from = pattern.lastIndex;
  }
}
