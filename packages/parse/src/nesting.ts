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

/**
 * Refuses pages nested deeper than the limit, found by a linear scan of the tags, before they reach the HTML
 * parser: its element stack costs time in proportion to the depth at every tag, so 100,000 levels would stall a run.
 */
export function assertNestingWithinLimit(raw: string, source: string, limit = MAX_HTML_DEPTH): void {
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
