/**
 * The two extractors under test, each reduced to the same four fields. A page that fails (an error row, or
 * an exception) is an empty prediction with the reason kept, so the run goes on and the page is listed.
 */
import { extractFile } from "../extract-file.js";
import { readabilityExtract } from "../readability-peer.js";
import { isoDay } from "./dates.js";
import { readPageHtml } from "./decode-page.js";

export interface Prediction {
  body: string;
  headline: string | null;
  /** Ours: the author names; the peer: its byline string as Readability returns it. */
  authors: string[] | string | null;
  date: string | null;
  /** Why the extraction is empty, when it failed. */
  error: string | null;
}

const failed = (error: string): Prediction => ({
  body: "",
  headline: null,
  authors: null,
  date: null,
  error,
});

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** clippings: parse → clean → extract as `clippings run` does; the body's paragraphs joined by blank lines. */
export async function predictOurs(path: string, url: string): Promise<Prediction> {
  try {
    const outcome = await extractFile(path, url);
    if (!outcome.ok) return failed(`${outcome.row.error}: ${outcome.row.message}`);
    const a = outcome.article;
    return {
      body: a.body.map((p) => p.text).join("\n\n"),
      headline: a.headline.value,
      authors: a.authors.value,
      date: a.date.value,
      error: null,
    };
  } catch (err) {
    return failed(`exception: ${message(err)}`);
  }
}

/** Mozilla Readability on jsdom: title, byline, textContent and publishedTime (as its day). */
export async function predictPeer(path: string, url: string): Promise<Prediction> {
  try {
    const peer = readabilityExtract(await readPageHtml(path), url);
    return {
      body: peer.text,
      headline: peer.title,
      authors: peer.byline,
      date: isoDay(peer.publishedTime),
      error: null,
    };
  } catch (err) {
    return failed(`exception: ${message(err)}`);
  }
}
