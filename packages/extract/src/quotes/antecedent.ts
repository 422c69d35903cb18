import { detachedString } from "@clippings/core";
import { capitalisedRuns, isPossessive, nameTokens, ORG_WORD, type PersonIndex } from "./names.js";
import { sentences } from "./sentences.js";

// How far back a pronoun or role noun looks for the one it stands for; bounds the work on hostile text.
const LOOK_BACK_CHARS = 3000;
const LOOK_BACK_PARAGRAPHS = 4;
// A sentence opening with "he" or "she" as its subject (after an optional introductory word and comma).
const PRONOUN_SUBJECT = /^\s*(?:[\p{Lu}\p{Ll}]+,\s+)?(?:he|she)\b/iu;
const DOCUMENT =
  /\b(statement|announcement|report|communiqu[eé]|declaration|letter|release|memo|filing|ruling|post)\b/i;

/** Where a quote sits: its paragraph and the offset of its sentence, in the article's masked paragraphs. */
export interface Position {
  paragraph: number;
  offset: number;
}

/** The sentences before a position, nearest first, within the look-back bound. */
function* sentencesBefore(paragraphs: readonly string[], at: Position): Generator<string> {
  let budget = LOOK_BACK_CHARS;
  for (let p = at.paragraph; p >= 0 && p > at.paragraph - LOOK_BACK_PARAGRAPHS && budget > 0; p -= 1) {
    const full = paragraphs[p] ?? "";
    const text = p === at.paragraph ? full.slice(0, at.offset) : full;
    const window = text.slice(Math.max(0, text.length - budget));
    budget -= window.length;
    const list = sentences(window);
    for (let i = list.length - 1; i >= 0; i -= 1) yield list[i] ?? "";
  }
}

// How many sentences' names are remembered; past that the memory starts afresh.
const REMEMBERED_SENTENCES = 2_048;
const namesBySentence = new Map<string, readonly (readonly string[])[]>();

/**
 * The names of a sentence's capitalised runs (titles and function words dropped), leaving out runs that end in
 * a possessive. Remembered by the sentence's text: every quote with a pronoun or a role reads the sentences
 * before it, so an article's sentences are read again for each of its quotes.
 */
function sentenceNames(sentence: string): readonly (readonly string[])[] {
  const known = namesBySentence.get(sentence);
  if (known) return known;
  const names = capitalisedRuns(sentence)
    .filter((run) => !isPossessive(run[run.length - 1] ?? ""))
    .map(nameTokens);
  if (namesBySentence.size >= REMEMBERED_SENTENCES) namesBySentence.clear();
  // The sentence may be a slice of its whole page: kept as it is, it would keep the page alive.
  namesBySentence.set(detachedString(sentence), names);
  return names;
}

/** The first person a sentence names (not in a possessive), as the fullest form in the article. */
export function firstPersonIn(sentence: string, people: PersonIndex): string | null {
  for (const tokens of sentenceNames(sentence)) {
    if (tokens.length === 0) continue;
    const name = people.fullest(tokens.join(" "));
    if (name) return name;
  }
  return null;
}

/** The first organisation-like name of a sentence: several capitalised words or an organisation word, no person. */
function firstOrganisationIn(sentence: string, people: PersonIndex): string | null {
  for (const tokens of sentenceNames(sentence)) {
    const name = tokens.join(" ");
    if (tokens.length === 0 || people.fullest(name)) continue;
    if (tokens.length >= 2 || ORG_WORD.test(name)) return name;
  }
  return null;
}

/** The nearest person named before a position: the one a "he", "she" or "the minister" most likely means. */
export function nearestPerson(
  paragraphs: readonly string[],
  at: Position,
  people: PersonIndex,
): string | null {
  for (const sentence of sentencesBefore(paragraphs, at)) {
    // A sentence whose subject is itself "he" or "she" points further back; its other names are objects.
    if (PRONOUN_SUBJECT.test(sentence)) continue;
    const person = firstPersonIn(sentence, people);
    if (person) return person;
  }
  return null;
}

/** The nearest organisation named before a position, for "they" and "the company". */
export function nearestOrganisation(
  paragraphs: readonly string[],
  at: Position,
  people: PersonIndex,
): string | null {
  for (const sentence of sentencesBefore(paragraphs, at)) {
    const org = firstOrganisationIn(sentence, people);
    if (org) return org;
  }
  return null;
}

/** A document named in the sentence just before a position, for "it says". */
export function nearestDocument(paragraphs: readonly string[], at: Position): string | null {
  for (const sentence of sentencesBefore(paragraphs, at)) {
    if (sentence.trim() === "") continue;
    const doc = DOCUMENT.exec(sentence);
    return doc?.[1]?.toLowerCase() ?? null;
  }
  return null;
}
