import { DocumentError } from "@clippings/core";

/** Real pages nest a few dozen elements deep; past this a page is hostile or broken. */
export const MAX_HTML_DEPTH = 5_000;

// Elements that never nest: void elements, and those the HTML parser closes implicitly when a sibling opens.
const NOT_NESTING = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
  "p",
  "li",
  "dt",
  "dd",
  "td",
  "th",
  "tr",
  "option",
  "optgroup",
  "rb",
  "rt",
  "rp",
  "thead",
  "tbody",
  "tfoot",
]);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/** Whether the text holds at most `limit` "<" characters. */
function openingsAtMost(raw: string, limit: number): boolean {
  let count = 0;
  for (let at = raw.indexOf("<"); at >= 0; at = raw.indexOf("<", at + 1)) {
    count += 1;
    if (count > limit) return false;
  }
  return true;
}

/**
 * Refuses pages nested deeper than the limit, found by a linear scan of the tags, before they reach the HTML
 * parser: its element stack costs time in proportion to the depth at every tag, so 100,000 levels would stall a run.
 */
export function assertNestingWithinLimit(raw: string, source: string, limit = MAX_HTML_DEPTH): void {
  // Every level of nesting opens with a "<" of its own: a page with no more of them than the limit cannot pass
  // it, and counting them is far cheaper than matching every tag.
  if (openingsAtMost(raw, limit)) return;
  let depth = 0;
  let deepest = 0;
  for (const m of raw.matchAll(TAG)) {
    const name = (m[2] ?? "").toLowerCase();
    if (NOT_NESTING.has(name) || m[3] === "/") continue;
    depth = m[1] === "/" ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) {
      throw new DocumentError(
        "too-deep",
        `${source}: HTML nested more than ${limit} elements deep; not a page clippings can read`,
        "parse",
      );
    }
  }
}
