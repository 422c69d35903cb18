import { type BlockRule, boilerplate } from "./types.js";

const LEGAL_HEADING =
  /^(legal\s+)?(disclaimer|notice|terms( of (use|service))?|privacy( policy)?|copyright)\s*:?$/i;
const COPYRIGHT_LINE = /^(copyright\b|©|\(c\)\s*\d{4})/i;
// Words of legal notices, each a whole word or phrase.
const LEGAL_WORDS = [
  "without warranty",
  "liabilit(y|ies)",
  "all rights reserved",
  "copyright",
  "terms (of|and) (use|service|conditions)",
  "privacy policy",
  "may not be (published|reproduced|broadcast|rewritten|redistributed)",
  "as is",
  "disclaim(s|er)?",
  "responsibility",
];
const LEGAL_TERMS = LEGAL_WORDS.map((words) => new RegExp(`\\b(${words})\\b`, "i"));
// Most blocks hold none of the terms: one pass of their union tells so before each term is counted.
const ANY_LEGAL_TERM = new RegExp(`\\b(${LEGAL_WORDS.join("|")})\\b`, "i");

/** Disclaimers and copyright notices: a legal heading, a copyright line, or prose dense in legal terms. */
export const legalRule: BlockRule = (block) => {
  const text = block.text;
  if (LEGAL_HEADING.test(text)) return boilerplate("legal");
  if (COPYRIGHT_LINE.test(text) && text.length < 300) return boilerplate("legal");
  if (!ANY_LEGAL_TERM.test(text)) return null;
  const hits = LEGAL_TERMS.filter((term) => term.test(text)).length;
  return hits >= 3 ? boilerplate("legal") : null;
};
