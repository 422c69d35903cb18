import type { Quote } from "@clippings/core";
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
}

const MASK = "\u2592";
// A short quoted term with no one it is attributed to is a scare quote, a title or a nickname, not a quote.
const MIN_UNATTRIBUTED_WORDS = 5;
const GROUP_SUBJECT =
  /(?:^|[.!?]\s+)((?:[\p{Lu}][\p{L}'’-]*\s+)*[\p{Lu}][\p{L}'’-]*\s+and\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s*)+?)\s+(?:also\s+|have\s+|had\s+)?\p{Ll}+ed\b/gu;

function masked(paragraph: string, spans: readonly Span[]): string {
  let out = paragraph;
  for (const s of spans) out = out.slice(0, s.start) + MASK.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

function sentenceBefore(text: string, at: number): string {
  const upTo = text.slice(0, at);
  let start = 0;
  for (const m of upTo.matchAll(/[.!?]["\u201D\u2019]?\s+(?=[\p{Lu}"\u201C\u2018])/gu))
    start = (m.index ?? 0) + m[0].length;
  return upTo.slice(start);
}

function groupsIn(paragraph: string, discourse: Discourse): void {
  for (const m of paragraph.matchAll(GROUP_SUBJECT)) {
    const group = m[1]?.trim();
    if (!group) continue;
    const resolved = resolveMention({ text: group, kind: "people" }, discourse).speaker;
    if (resolved) discourse.lastGroup = resolved;
  }
}

/** Direct quotes of an article with kind, speaker, mention, cue and the chain that led to the speaker. */
export function extractQuotes(input: QuoteInput): Quote[] {
  const { paragraphs } = input;
  const spans = findSpans(paragraphs, usesSingleQuoteStyle(paragraphs));
  const discourse: Discourse = {
    people: new PersonIndex([...input.context, ...paragraphs]),
    article: [...input.context, ...paragraphs].join("\n"),
    lastGroup: null,
    lastPerson: null,
  };
  const quotes: Quote[] = [];
  paragraphs.forEach((paragraph, p) => {
    const here = spans.filter((s) => s.paragraph === p);
    const hidden = masked(paragraph, here);
    for (const span of here) {
      const text = [paragraph.slice(span.start, span.end), ...span.continuation].join(" ").trim();
      if (text === "") continue;
      const before = sentenceBefore(hidden, span.open);
      const after = hidden.slice(span.close === null ? span.end : span.close + 1);
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
