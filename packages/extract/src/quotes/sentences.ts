// Words a period follows without ending the sentence: titles, initials, "U.S", months, "Inc".
const ABBREVIATION =
  /^(?:\p{L}|mr|mrs|ms|dr|prof|gen|sen|rep|gov|lt|col|sgt|capt|maj|adm|cmdr|jr|sr|st|mt|no|inc|corp|co|ltd|vs|etc|jan|feb|mar|apr|aug|sept|sep|oct|nov|dec|\p{L}(?:\.\p{L})+)$/iu;

// A sentence end: final punctuation, any closing marks or masked quote text, space, then a capital or a mark.
const END = /[.!?…][)"'”’\u2592]*\s+(?=[\p{Lu}\d"“‘«„(\u2592])/gu;

function endsSentence(text: string, at: number): boolean {
  if (text[at] !== ".") return true;
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0] ?? "";
  return !ABBREVIATION.test(word);
}

/** Offsets where sentences begin in a text (0 first), skipping periods of abbreviations and initials. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(END)) {
    const at = m.index ?? 0;
    if (endsSentence(text, at)) starts.push(at + m[0].length);
  }
  return starts;
}

/** The text split into sentences (each with its trailing space). */
export function sentences(text: string): string[] {
  const starts = sentenceStarts(text);
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
}

/** The first sentence of a text: up to its first sentence end (or a semicolon), abbreviations skipped. */
export function firstClause(text: string): string {
  for (const m of text.matchAll(/[.!?…;]/gu)) {
    const at = m.index ?? 0;
    if (text[at] === "." && (/\p{L}/u.test(text[at + 1] ?? "") || !endsSentence(text, at))) continue;
    return text.slice(0, at);
  }
  return text;
}
