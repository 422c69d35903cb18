/** A quoted span: the words strictly between an opening mark and its closing mark (or evident end). */
export interface Span {
  paragraph: number;
  /** Offsets of the quoted text inside the paragraph (marks excluded). */
  start: number;
  end: number;
  /** Where the opening and closing marks sit; `close` is null when the closing mark is missing. */
  open: number;
  close: number | null;
  /** Text of following paragraphs that continue the quote (a multi-paragraph quote). */
  continuation: string[];
}

// A quote longer than this without its closing mark is not one quote; bounds the search on hostile text.
const MAX_QUOTE_CHARS = 5000;

const PAIRS: Record<string, string> = {
  "\u201C": "\u201D",
  '"': '"',
  "\u00AB": "\u00BB",
  "\u201E": "\u201C",
  "\u300C": "\u300D",
  "\u300E": "\u300F",
};
const SINGLE_PAIRS: Record<string, string> = { "\u2018": "\u2019", "'": "'" };

/** Texts that quote with single marks only (British or headline style) use them as their quote marks. */
export function usesSingleQuoteStyle(paragraphs: readonly string[]): boolean {
  const joined = paragraphs.join("\n");
  if (/[\u201C\u201D"\u00AB\u00BB\u201E\u300C]/.test(joined)) return false;
  return /(^|[\s([])[\u2018'][^\u2018\u2019']{2,}[\u2019'](?=$|[\s.,;:!?)])/m.test(joined);
}

// A missing closing mark: the quote ends at the last sentence end before an attribution that precedes the next quote.
function evidentEnd(text: string, from: number, limit: number): number {
  const segment = text.slice(from, limit);
  let best = -1;
  for (const m of segment.matchAll(/[.!?…](?=\s+\p{Lu})/gu)) best = (m.index ?? 0) + 1;
  return best > 0 ? from + best : limit;
}

function isOpening(text: string, at: number, mark: string, single: boolean): boolean {
  if (!single) return mark !== '"' || at === 0 || /[\s([\u2014\u2013:-]/.test(text[at - 1] ?? " ");
  return (at === 0 || /[\s([\u2014\u2013:-]/.test(text[at - 1] ?? " ")) && /\S/.test(text[at + 1] ?? "");
}

function isClosing(text: string, at: number, single: boolean): boolean {
  // An apostrophe inside a word ("Russia’s") is not a closing mark.
  return !single || !/\p{L}/u.test(text[at + 1] ?? "");
}

/** Finds quoted spans in the paragraphs; an unclosed quote continues into a next paragraph that opens with a mark. */
export function findSpans(paragraphs: readonly string[], single: boolean): Span[] {
  const pairs = single ? SINGLE_PAIRS : PAIRS;
  const spans: Span[] = [];
  let carry: Span | null = null;
  paragraphs.forEach((text, p) => {
    let i = 0;
    if (carry) {
      const opener = text[0] ?? "";
      if (opener in pairs) {
        const closer = pairs[opener] ?? "";
        const close = text.indexOf(closer, 1);
        carry.continuation.push(close < 0 ? text.slice(1) : text.slice(1, close));
        if (close < 0) return;
        carry = null;
        i = close + 1;
      } else carry = null;
    }
    while (i < text.length) {
      const ch = text[i] ?? "";
      const closer = pairs[ch];
      if (closer === undefined || !isOpening(text, i, ch, single)) {
        i += 1;
        continue;
      }
      let close = -1;
      const limit = Math.min(text.length, i + MAX_QUOTE_CHARS);
      for (let j = i + 1; j < limit; j += 1) {
        const c = text[j] ?? "";
        if (c === closer && isClosing(text, j, single)) {
          close = j;
          break;
        }
        // Another opening mark of the same kind before any closing one: the first quote was never closed.
        if (c === ch && ch !== closer && isOpening(text, j, c, single)) break;
      }
      const found = close < 0 ? text.indexOf(ch, i + 1) : -1;
      const nextOpen = found > 0 && found < limit ? found : -1;
      if (close >= 0) {
        if (close > i + 1)
          spans.push({ paragraph: p, start: i + 1, end: close, open: i, close, continuation: [] });
        i = close + 1;
      } else if (nextOpen > 0) {
        const end = evidentEnd(text, i + 1, nextOpen);
        spans.push({ paragraph: p, start: i + 1, end, open: i, close: null, continuation: [] });
        i = nextOpen;
      } else if (limit < text.length) {
        i += 1;
      } else {
        const span: Span = {
          paragraph: p,
          start: i + 1,
          end: text.length,
          open: i,
          close: null,
          continuation: [],
        };
        spans.push(span);
        carry = span;
        i = text.length;
      }
    }
  });
  return spans;
}
