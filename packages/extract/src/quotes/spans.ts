/** A quoted span: the words strictly between an opening mark and its closing mark (or evident end). */
export interface Span {
  paragraph: number;
  /** Offsets of the quoted text inside the paragraph (marks excluded). */
  start: number;
  end: number;
  /** Where the opening and closing marks sit; `close` is null when the closing mark is missing. */
  open: number;
  close: number | null;
  /** Where the text after the quote begins: after the closing mark (which may be two characters, `’’`). */
  resume: number;
  /** Text of following paragraphs that continue the quote (a multi-paragraph quote). */
  continuation: string[];
}

// A quote longer than this without its closing mark is not one quote; bounds the search on hostile text.
const MAX_QUOTE_CHARS = 5000;

// Each opening mark with the marks that close it. Scrapes and careless typing mix the double marks (`"…”`,
// `“…"`) and some house styles close with two single marks (`“…’’`), so any of them closes a double quote.
const DOUBLE_CLOSERS = ["\u201D", '"', "\u2019\u2019", "''"];
const PAIRS: Record<string, readonly string[]> = {
  "\u201C": DOUBLE_CLOSERS,
  '"': DOUBLE_CLOSERS,
  "\u00AB": ["\u00BB"],
  "\u201E": ["\u201C", "\u201D"],
  "\u300C": ["\u300D"],
  "\u300E": ["\u300F"],
};
const SINGLE_PAIRS: Record<string, readonly string[]> = { "\u2018": ["\u2019"], "'": ["'"] };

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

/** The closing mark of a quote opened with `opener`, searched from `from` up to `limit`; null when absent. */
function findClose(
  text: string,
  from: number,
  limit: number,
  opener: string,
  closers: readonly string[],
  single: boolean,
): { at: number; length: number } | "reopened" | null {
  for (let j = from; j < limit; j += 1) {
    const c = text[j] ?? "";
    for (const closer of closers) {
      if (c === closer[0] && text.startsWith(closer, j) && isClosing(text, j + closer.length - 1, single))
        return { at: j, length: closer.length };
    }
    // Another opening mark of the same kind before any closing one: the first quote was never closed.
    if (c === opener && isOpening(text, j, c, single)) return "reopened";
  }
  return null;
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
      const closers = pairs[opener];
      if (closers) {
        const close = findClose(text, 1, Math.min(text.length, MAX_QUOTE_CHARS), opener, closers, single);
        if (close === null || close === "reopened") {
          carry.continuation.push(text.slice(1));
          return;
        }
        carry.continuation.push(text.slice(1, close.at));
        carry = null;
        i = close.at + close.length;
      } else carry = null;
    }
    while (i < text.length) {
      const ch = text[i] ?? "";
      const closers = pairs[ch];
      if (closers === undefined || !isOpening(text, i, ch, single)) {
        i += 1;
        continue;
      }
      const limit = Math.min(text.length, i + MAX_QUOTE_CHARS);
      const close = findClose(text, i + 1, limit, ch, closers, single);
      const found = close === null || close === "reopened" ? text.indexOf(ch, i + 1) : -1;
      const nextOpen = found > 0 && found < limit ? found : -1;
      if (close !== null && close !== "reopened") {
        if (close.at > i + 1)
          spans.push({
            paragraph: p,
            start: i + 1,
            end: close.at,
            open: i,
            close: close.at,
            resume: close.at + close.length,
            continuation: [],
          });
        i = close.at + close.length;
      } else if (nextOpen > 0) {
        const end = evidentEnd(text, i + 1, nextOpen);
        spans.push({ paragraph: p, start: i + 1, end, open: i, close: null, resume: end, continuation: [] });
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
          resume: text.length,
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
