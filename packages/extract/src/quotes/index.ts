import type { Quote, TimeBudget } from "@clippings/core";
import { type Attribution, attributionAfter, attributionBefore } from "./attribution.js";
import { quoteKind } from "./kind.js";
import { type Discourse, resolveMention } from "./mentions.js";
import { PersonIndex } from "./names.js";
import { isHandle, isHeading, isTitleCase, presentedAsWords } from "./not-quotes.js";
import { sentenceStarts } from "./sentences.js";
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
// How much of the previous paragraph is read for the speaker of a paragraph that is only a quote.
const PREVIOUS_PARAGRAPH_CHARS = 600;

/**
 * The paragraph with every quoted text blanked out, so cues inside quotes are never read as attributions. The
 * quote's final punctuation stays, so that a quote ending a sentence still ends it.
 */
function masked(paragraph: string, spans: readonly Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    const text = paragraph.slice(s.start, s.end);
    const final = /[.!?…]+$/u.exec(text)?.[0] ?? "";
    parts.push(paragraph.slice(at, s.start), MASK.repeat(text.length - final.length), final);
    at = s.end;
  }
  parts.push(paragraph.slice(at));
  return parts.join("");
}

/** The sentence before a quote's opening mark, and where it starts in the paragraph. */
function sentenceBefore(text: string, at: number): { text: string; start: number } {
  const from = Math.max(0, at - BEFORE_WINDOW);
  // The opening mark itself is kept so that the sentence end just before it is seen.
  const upTo = text.slice(from, at + 1);
  const starts = sentenceStarts(upTo);
  const start = starts[starts.length - 1] ?? 0;
  const clipped = Math.min(start, at - from);
  return { text: upTo.slice(clipped, at - from), start: from + clipped };
}

function groupsIn(paragraph: string, discourse: Discourse): void {
  for (const sentence of paragraph.split(/(?<=[.!?])\s+/)) {
    const group = GROUP_SUBJECT.exec(sentence.slice(0, SUBJECT_WINDOW))?.[1]?.trim();
    if (!group) continue;
    const resolved = resolveMention({ text: group, kind: "people" }, discourse, {
      paragraph: 0,
      offset: 0,
    }).speaker;
    if (resolved) discourse.lastGroup = resolved;
  }
}

/** Whether a quoted span is page furniture or words mentioned as words rather than something said. */
function notAQuote(text: string, paragraph: string, before: string, attributed: boolean): boolean {
  if (isHandle(text) || isTitleCase(text) || presentedAsWords(before)) return true;
  return !attributed && isHeading(paragraph, text);
}

interface Inherited {
  speaker: string;
  step: string;
}

function reportedSpeaker(text: string, discourse: Discourse, at: { paragraph: number; offset: number }) {
  const attribution = attributionBefore(text.slice(-PREVIOUS_PARAGRAPH_CHARS));
  if (!attribution || !["person", "people", "organisation"].includes(attribution.mention.kind)) return null;
  return resolveMention(attribution.mention, discourse, at).speaker;
}

/**
 * The speaker of a quote with no cue of its own that opens a sentence: the speaker of an earlier quote in its
 * paragraph (the second half of an interrupted quote), else the speaker the text before it in the paragraph
 * reports; for a paragraph that opens with the quote, the speaker the paragraph before quoted or reported.
 */
function inheritedSpeaker(
  span: Span,
  before: string,
  hidden: readonly string[],
  lastInParagraph: ReadonlyMap<number, string>,
  discourse: Discourse,
): Inherited | null {
  if (before.trim() !== "") return null;
  const same = lastInParagraph.get(span.paragraph);
  if (same)
    return { speaker: same, step: `no cue of its own; continues "${same}", quoted earlier in the paragraph` };
  const earlier = (hidden[span.paragraph] ?? "").slice(
    Math.max(0, span.open - PREVIOUS_PARAGRAPH_CHARS),
    span.open,
  );
  if (earlier.trim() !== "") {
    const speaker = reportedSpeaker(earlier, discourse, { paragraph: span.paragraph, offset: span.open });
    return speaker
      ? { speaker, step: `no cue of its own; "${speaker}" is the speaker the sentence before reports` }
      : null;
  }
  if (span.paragraph === 0) return null;
  const previous = lastInParagraph.get(span.paragraph - 1);
  if (previous)
    return {
      speaker: previous,
      step: `a paragraph that is only a quote; continues "${previous}" of the paragraph before`,
    };
  const text = (hidden[span.paragraph - 1] ?? "").slice(-PREVIOUS_PARAGRAPH_CHARS);
  const speaker = reportedSpeaker(text, discourse, { paragraph: span.paragraph - 1, offset: text.length });
  return speaker
    ? {
        speaker,
        step: `a paragraph that is only a quote; "${speaker}" is the speaker the paragraph before reports`,
      }
    : null;
}

/** Direct quotes of an article with kind, speaker, mention, cue and the chain that led to the speaker. */
export function extractQuotes(input: QuoteInput): Quote[] {
  const { paragraphs } = input;
  // No article quotes thousands of times; past that the marks are a list or an attack, so the rest are not read.
  const spans = findSpans(paragraphs, usesSingleQuoteStyle(paragraphs)).slice(0, MAX_SPANS);
  // Finding the article's people is the costly step; a text with no quoted span needs none of it.
  if (spans.length === 0) return [];
  const byParagraph = new Map<number, Span[]>();
  for (const span of spans) {
    const list = byParagraph.get(span.paragraph);
    if (list) list.push(span);
    else byParagraph.set(span.paragraph, [span]);
  }
  const hidden = paragraphs.map((paragraph, p) => masked(paragraph, byParagraph.get(p) ?? []));
  const discourse: Discourse = {
    people: new PersonIndex([...input.context, ...paragraphs]),
    article: [...input.context, ...paragraphs].join("\n"),
    articleLower: [...input.context, ...paragraphs].join("\n").toLowerCase(),
    unnamedRoles: new Map(),
    paragraphs: hidden,
    lastGroup: null,
    lastPerson: null,
    previous: null,
  };
  const quotes: Quote[] = [];
  const lastInParagraph = new Map<number, string>();
  paragraphs.forEach((paragraph, p) => {
    const here = byParagraph.get(p) ?? [];
    for (const span of here) {
      input.budget?.check("extract");
      const text = [paragraph.slice(span.start, span.end), ...span.continuation].join(" ").trim();
      if (text === "") continue;
      const sentence = sentenceBefore(hidden[p] ?? "", span.open);
      const before = sentence.text;
      const after = (hidden[p] ?? "").slice(span.resume, span.resume + AFTER_WINDOW);
      const handsOver = /[,?!]$/.test(text) || /^\s*,/.test(after);
      const attribution: Attribution | null = handsOver
        ? (attributionAfter(after) ?? attributionBefore(before))
        : (attributionBefore(before) ?? attributionAfter(after));
      if (notAQuote(text, paragraph, before, attribution !== null)) continue;
      const at = { paragraph: p, offset: sentence.start };
      const resolved = attribution
        ? resolveMention(attribution.mention, discourse, at)
        : { speaker: null, steps: ["no cue in the sentence"] };
      const inherited = attribution
        ? null
        : inheritedSpeaker(span, before, hidden, lastInParagraph, discourse);
      const words = text.split(/\s+/).length;
      if (!attribution && !inherited && words < MIN_UNATTRIBUTED_WORDS) continue;
      const speaker = resolved.speaker ?? inherited?.speaker ?? null;
      const introducedAsSentence = before.trim() === "" || /([,:]|\bthat)\s*$/u.test(before.trim());
      const chain = attribution
        ? [
            `cue "${attribution.cue}" ${attribution.side} the quote`,
            `mention "${attribution.mention.text}" (${attribution.mention.kind})`,
            ...resolved.steps,
          ]
        : inherited
          ? [inherited.step]
          : resolved.steps;
      quotes.push({
        id: `q${quotes.length + 1}`,
        text,
        speaker,
        speakerMention: attribution?.mention.text ?? null,
        cue: attribution?.cue ?? null,
        kind: quoteKind(text, introducedAsSentence),
        paragraph: p,
        start: span.start,
        end: span.end,
        confidence: !attribution
          ? inherited
            ? 0.5
            : 0.3
          : attribution.mention.kind === "pronoun" || attribution.mention.kind === "role"
            ? 0.7
            : 0.85,
        chain,
      });
      if (!speaker) continue;
      lastInParagraph.set(p + span.continuation.length, speaker);
      if (attribution) discourse.previous = { speaker, kind: attribution.mention.kind, paragraph: p };
      if (/ and /.test(speaker)) discourse.lastGroup = speaker;
      else if (attribution?.mention.kind === "person") discourse.lastPerson = speaker;
    }
    groupsIn(paragraph, discourse);
  });
  return quotes;
}
