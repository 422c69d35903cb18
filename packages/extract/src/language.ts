import { type Field, fromKey } from "@clippings/core";
import { francAll } from "franc-min";
// The code table alone: the package's index also loads its full list of languages with their names (0.8 MB of
// source, kept in memory by every thread that imports it), which nothing here reads.
import { iso6393To1 } from "iso-639-3/iso6393-to-1.js";

// franc names some languages by an individual ISO 639-3 code (Mandarin, Standard Arabic, Iranian Persian) that has
// no ISO 639-1 code of its own; a reader expects the code of the macrolanguage it belongs to (zh, ar, fa). From
// SIL's ISO 639-3 macrolanguage mappings, for the individual languages franc-min can return.
const MACROLANGUAGE_CODES: Readonly<Record<string, string>> = {
  arb: "ar",
  azj: "az",
  ckb: "ku",
  cmn: "zh",
  fuv: "ff",
  koi: "kv",
  npi: "ne",
  pbu: "ps",
  pes: "fa",
  plt: "mg",
  qug: "qu",
  swh: "sw",
  uzn: "uz",
  zlm: "ms",
  zyb: "za",
};

// ISO 639's codes for no language in particular: undetermined, several, no linguistic content, not yet coded.
const SPECIAL_CODES = new Set(["und", "mul", "zxx", "mis"]);

/**
 * The language of a language tag or code (`en-GB`, `pt_BR`, `deu`, `cmn`) as its ISO 639-1 code where it has one,
 * else as the ISO 639-3 code; null when the tag does not start with a language code or names none in particular
 * (`und`). The first two letters alone
 * would read Filipino (`fil`) as Finnish and Spanish (`spa`) as `sp`.
 */
export function languageCode(tag: string): string | null {
  const primary = /^\s*([a-z]{2,3})(?![a-z])/i.exec(tag)?.[1]?.toLowerCase();
  if (!primary || SPECIAL_CODES.has(primary)) return null;
  if (primary.length === 2) return primary;
  return iso6393To1[primary] ?? MACROLANGUAGE_CODES[primary] ?? primary;
}

// franc's cost grows with the text it weighs, and most texts name their language plainly in their first 500
// characters. Over the 3,700 benchmark texts longer than that, their first 500 characters named another language
// than their first 1,500 only when the runner-up trailed the winner by less than 0.034 (franc's scores run from 0
// to 1); when it trails by 0.06 or more the short reading stands. That is 88% of texts, at half the cost.
const FIRST_LOOK_CHARS = 500;
const PLAIN_LEAD = 0.06;
const FULL_LOOK_CHARS = 1500;
const MIN_CHARS = 40;

type Ranking = ReturnType<typeof francAll>;

/** Whether franc's ranking names its winner plainly enough to stand without reading more of the text. */
export function readsPlainly(ranking: Ranking): boolean {
  const [best, runnerUp] = ranking;
  // A script with one language (Thai, Greek) ranks it alone: the script of a longer text may differ.
  if (!best || !runnerUp || best[0] === "und") return false;
  return best[1] - runnerUp[1] >= PLAIN_LEAD;
}

function rankLanguages(body: string): Ranking {
  if (body.length > FIRST_LOOK_CHARS) {
    const firstLook = francAll(body.slice(0, FIRST_LOOK_CHARS), { minLength: MIN_CHARS });
    if (readsPlainly(firstLook)) return firstLook;
  }
  return francAll(body.slice(0, FULL_LOOK_CHARS), { minLength: MIN_CHARS });
}

/** ISO 639-1 code of the body's language, from the page's declared language or detected from the text. */
export function extractLanguage(body: string, declared: string | undefined): Field<string> {
  const declaredCode = declared ? languageCode(declared) : null;
  if (declaredCode) {
    return {
      value: declaredCode,
      confidence: 0.9,
      from: fromKey("lang"),
      rule: "language declared by the page",
    };
  }
  const [best] = rankLanguages(body);
  if (!best || best[0] === "und")
    return { value: null, confidence: 0, from: null, rule: "too little text to tell the language" };
  return {
    value: languageCode(best[0]) ?? best[0],
    confidence: Math.min(0.95, best[1]),
    from: null,
    rule: "detected from the body text (franc)",
  };
}
