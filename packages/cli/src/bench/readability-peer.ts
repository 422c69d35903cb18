/**
 * Mozilla Readability on a jsdom DOM: the in-ecosystem peer that the accuracy and speed benchmarks compare
 * clippings with, run on the same pages in the same process.
 */
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";

export interface PeerResult {
  title: string | null;
  byline: string | null;
  /** Body text, paragraphs separated by blank lines. */
  text: string;
  publishedTime: string | null;
}

// Pages' own console output and CSS errors are noise in a benchmark run.
const quiet = new VirtualConsole();

export function readabilityExtract(html: string, url: string): PeerResult {
  const dom = new JSDOM(html, { url, virtualConsole: quiet });
  try {
    const article = new Readability(dom.window.document).parse();
    return {
      title: article?.title ?? null,
      byline: article?.byline ?? null,
      text: (article?.textContent ?? "").replace(/\n\s*\n+/g, "\n\n").trim(),
      publishedTime: article?.publishedTime ?? null,
    };
  } finally {
    dom.window.close();
  }
}
