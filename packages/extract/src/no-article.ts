import type { CleanDoc } from "@clippings/core";

/**
 * Why a page yields no article, for errors.csv (issue 6): a reader fixing the input needs to know whether the
 * page showed no text at all (an empty shell that its scripts fill in a browser, which no HTML reader can see)
 * or showed text that was all page furniture (menus, link lists, notices) or too short to be a paragraph.
 */
export function noArticleReason(doc: CleanDoc): string {
  const shown = doc.blocks.filter((b) => b.cleanText.trim().length > 0);
  if (shown.length === 0) {
    return doc.format === "html"
      ? "the page shows no text: an empty page, or an app shell whose scripts draw the content in a browser"
      : "the document holds no text";
  }
  const content = shown.filter((b) => b.role === "content");
  if (content.length === 0) {
    return `no paragraph of article text found: all ${shown.length} text blocks are page furniture (menus, link lists, notices, repeats)`;
  }
  return `no paragraph of article text found: none of the ${content.length} text blocks left after cleaning reads as prose`;
}
