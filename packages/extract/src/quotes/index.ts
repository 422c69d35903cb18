import type { Quote, TimeBudget } from "@clippings/core";
import { type Attribution, attributionAfter, attributionBefore } from "./attribution.js";
import { quoteKind } from "./kind.js";
import { type Discourse, resolveMention } from "./mentions.js";
import { PersonIndex } from "./names.js";
import { findSpans, type Span, usesSingleQuoteStyle } from "./spans.js";

export interface QuoteInput {
  /** The article's body paragraphs in order, page furniture already removed. */
  paragraphs: string[];
  /** Other article text (headline, captions) that may name people in full; never a source of quotes. */
  context: string[];
  budget?: TimeBudget;
}

const MASK = "\u2592";
// A short quoted term with no one it is attributed to is a scare quote, a title or a nickname, not a quote.
const MIN_UNATTRIBUTED_WORDS = 5;
// "A and B agreed": a sentence that opens with two named parties. Tried on each sentence's opening only.
const GROUP_SUBJECT =
  /^((?:[\p{Lu}][\p{L}'’-]*\s+)*[\p{Lu}][\p{L}'’-]*\s+and\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*?)\s+(?:also\s+|have\s+|had\s+)?\p{Ll}+ed\b/u;
const SUBJECT_WINDOW = 200;
const MAX_SPANS = 2_000;
// How far before and after a quote its attribution is looked for.
const BEFORE_WINDOW = 600;
const AFTER_WINDOW = 200;

/** The paragraph with every quoted text blanked out, so cues inside quotes are never read as attributions. */
function masked(paragraph: string, spans: readonly Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(paragraph.slice(at, s.start), MASK.repeat(s.end - s.start));
    at = s.end;
  }
  parts.push(paragraph.slice(at));
  return parts.join("");
}

function sentenceBefore(text: string, at: number): string {
  const upTo = text.slice(Math.max(0, at - BEFORE_WINDOW), at);
  let start = 0;
  for (const m of upTo.matchAll(/[.!?]["\u201D\u2019]?\s+(?=[\p{Lu}"\u201C\u2018])/gu))
    start = (m.index ?? 0) + m[0].length;
  return upTo.slice(start);
}

function groupsIn(paragraph: string, discourse: Discourse): void {
  for (const sentence of paragraph.split(/(?<=[.!?])\s+/)) {
    const group = GROUP_SUBJECT.exec(sentence.slice(0, SUBJECT_WINDOW))?.[1]?.trim();
    if (!group) continue;
    const resolved = resolveMention({ text: group, kind: "people" }, discourse).speaker;
    if (resolved) discourse.lastGroup = resolved;
  }
}

/** Direct quotes of an article with kind, speaker, mention, cue and the chain that led to the speaker. */
export function extractQuotes(input: QuoteInput): Quote[] {
  const { paragraphs } = input;
  // No article quotes thousands of times; past that the marks are a list or an attack, so the rest are not read.
  const spans = findSpans(paragraphs, usesSingleQuoteStyle(paragraphs)).slice(0, MAX_SPANS);
  // Finding the article's people is the costly step; a text with no quoted span needs none of it.
  if (spans.length === 0) return [];
  const discourse: Discourse = {
    people: new PersonIndex([...input.context, ...paragraphs]),
    article: [...input.context, ...paragraphs].join("\n"),
    lastGroup: null,
    lastPerson: null,
  };
  const quotes: Quote[] = [];
  const byParagraph = new Map<number, Span[]>();
  for (const span of spans) {
    const list = byParagraph.get(span.paragraph);
    if (list) list.push(span);
    else byParagraph.set(span.paragraph, [span]);
  }
  paragraphs.forEach((paragraph, p) => {
    const here = byParagraph.get(p) ?? [];
    const hidden = masked(paragraph, here);
    for (const span of here) {
      input.budget?.check("extract");
      const text = [paragraph.slice(span.start, span.end), ...span.continuation].join(" ").trim();
      if (text === "") continue;
      const before = sentenceBefore(hidden, span.open);
      const afterStart = span.close === null ? span.end : span.close + 1;
      const after = hidden.slice(afterStart, afterStart + AFTER_WINDOW);
      const handsOver = /[,?!]$/.test(text);
      const attribution: Attribution | null = handsOver
        ? (attributionAfter(after) ?? attributionBefore(before))
        : (attributionBefore(before) ?? attributionAfter(after));
      const words = text.split(/\s+/).length;
      if (!attribution && words < MIN_UNATTRIBUTED_WORDS) continue;
      const resolved = attribution
        ? resolveMention(attribution.mention, discourse)
        : { speaker: null, steps: ["no cue in the sentence"] };
      const introducedAsSentence = before.trim() === "" || /([,:]|\bthat)\s*$/u.test(before.trim());
      const chain = attribution
        ? [
            `cue "${attribution.cue}" ${attribution.side} the quote`,
            `mention "${attribution.mention.text}" (${attribution.mention.kind})`,
            ...resolved.steps,
          ]
        : resolved.steps;
      quotes.push({
        id: `q${quotes.length + 1}`,
        text,
        speaker: resolved.speaker,
        speakerMention: attribution?.mention.text ?? null,
        cue: attribution?.cue ?? null,
        kind: quoteKind(text, introducedAsSentence),
        paragraph: p,
        start: span.start,
        end: span.end,
        confidence: !attribution
          ? 0.3
          : attribution.mention.kind === "pronoun" || attribution.mention.kind === "role"
            ? 0.7
            : 0.85,
        chain,
      });
      if (resolved.speaker && / and /.test(resolved.speaker)) discourse.lastGroup = resolved.speaker;
      else if (resolved.speaker && attribution?.mention.kind === "person")
        discourse.lastPerson = resolved.speaker;
    }
    groupsIn(paragraph, discourse);
  });
  return quotes;
}
