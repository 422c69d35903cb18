import { type BlockRule, boilerplate } from "./types.js";

const LEGAL_HEADING =
  /^(legal\s+)?(disclaimer|notice|terms( of (use|service))?|privacy( policy)?|copyright)\s*:?$/i;
const COPYRIGHT_LINE = /^(copyright\b|©|\(c\)\s*\d{4})/i;
const LEGAL_TERMS = [
  /\bwithout warranty\b/i,
  /\bliabilit(y|ies)\b/i,
  /\ball rights reserved\b/i,
  /\bcopyright\b/i,
  /\bterms (of|and) (use|service|conditions)\b/i,
  /\bprivacy policy\b/i,
  /\bmay not be (published|reproduced|broadcast|rewritten|redistributed)\b/i,
  /\bas is\b/i,
  /\bdisclaim(s|er)?\b/i,
  /\bresponsibility\b/i,
];

const ANY_LEGAL_TERM = new RegExp(LEGAL_TERMS.map((term) => term.source).join("|"), "i");

/** Disclaimers and copyright notices: a legal heading, a copyright line, or prose dense in legal terms. */
export const legalRule: BlockRule = (block) => {
  const text = block.text;
  if (LEGAL_HEADING.test(text)) return boilerplate("legal");
  if (COPYRIGHT_LINE.test(text) && text.length < 300) return boilerplate("legal");
  // Most blocks hold none of the terms: one pass of their union tells so before each term is counted.
  if (!ANY_LEGAL_TERM.test(text)) return null;
  const hits = LEGAL_TERMS.filter((term) => term.test(text)).length;
  return hits >= 3 ? boilerplate("legal") : null;
};
