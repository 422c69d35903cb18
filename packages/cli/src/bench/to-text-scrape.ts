/**
 * An HTML page as a crawler's plain-text scrape: the visible text, one block a line, menus, footers and link
 * lists included, under the ` date YYYY-MM-DD <status>` header line that text scrapes carry. The conversion is
 * html-to-text's; only the layout is set here so that the result looks like the sample scrapes (no upper-cased
 * headings, no list bullets, no link targets, no wrapping).
 */
import { convert, type HtmlToTextOptions } from "html-to-text";

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({
  selector,
  options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 },
}));

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    ...HEADINGS,
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "ul", options: { itemPrefix: " " } },
    { selector: "ol", format: "unorderedList", options: { itemPrefix: " " } },
    { selector: "table", format: "block" },
    { selector: "tr", format: "block" },
    { selector: "td", format: "block" },
    { selector: "th", format: "block" },
  ],
};

export function toTextScrape(html: string, crawlDay: string, status = "200"): string {
  const text = convert(html, OPTIONS)
    .split("\n")
    .map((line) => line.trim())
    .filter((line, i, lines) => line !== "" || lines[i - 1] !== "")
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return ` date ${crawlDay} ${status}\n${text}\n`;
}
