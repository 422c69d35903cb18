import { type Field, fromKey } from "@clippings/core";
import { francAll } from "franc-min";
// The code table alone: the package's index also loads its full list of languages with their names (0.8 MB of
// source, kept in memory by every thread that imports it), which nothing here reads.
import { iso6393To1 } from "iso-639-3/iso6393-to-1.js";

/** ISO 639-1 code of the body's language, from the page's declared language or detected from the text. */
export function extractLanguage(body: string, declared: string | undefined): Field<string> {
  if (declared && /^[a-z]{2,3}\b/i.test(declared)) {
    return {
      value: declared.slice(0, 2).toLowerCase(),
      confidence: 0.9,
      from: fromKey("lang"),
      rule: "language declared by the page",
    };
  }
  const [best] = francAll(body.slice(0, 1500), { minLength: 40 });
  if (!best || best[0] === "und")
    return { value: null, confidence: 0, from: null, rule: "too little text to tell the language" };
  const code = iso6393To1[best[0]] ?? best[0];
  return {
    value: code,
    confidence: Math.min(0.95, best[1]),
    from: null,
    rule: "detected from the body text (franc)",
  };
}
