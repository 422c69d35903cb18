import type { QuoteKind } from "@clippings/core";
import { parsedMatch, tagText } from "./tagger.js";

const OPENING_CHARS = 100;

/**
 * Full when the quote is a clause of the speaker's own (a subject and a finite verb) or a sentence standing as
 * what was said; partial when it is a fragment filling a slot in the reporter's sentence.
 */
export function quoteKind(text: string, introducedAsSentence: boolean): QuoteKind {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/).filter(Boolean).length;
  if (words <= 3 && !/[.!?]$/.test(trimmed)) return "partial";
  // The opening words decide the kind; tagging a whole long quote would only cost time.
  const doc = tagText(trimmed.slice(0, OPENING_CHARS));
  if (doc.has(parsedMatch("^#Adverb? #Verb")) && !doc.has(parsedMatch("^#Gerund"))) return "partial";
  if (doc.has(parsedMatch("#Noun+ #Adverb? #Verb"))) return "full";
  return introducedAsSentence && /^[\p{Lu}"'“‘]/u.test(trimmed) ? "full" : "partial";
}
