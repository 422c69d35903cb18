import { type CleanBlock, type Field, fromBlock, fromKey, type PageNode } from "@clippings/core";
import { namesInByline } from "./byline.js";

// Words that make a credit a role or a desk rather than a person.
const NOT_A_PERSON =
  /\b(staff|team|desk|editors?|editorial|newsroom|reporters?|correspondents?|contributors?|admin|administrator|webmaster|guest|anonymous|redaktion|rédaction|redacción|redazione)\b/i;
const MAX_NAME_WORDS = 6;
const MAX_NAME_CHARS = 60;
const BYLINE_NAMES =
  /(^|[\s_-])(byline|by-line|author|authors|author-name|writer|contributor|credit)($|[\s_-])/;
// Comment sections and forms also name authors: their readers' names and "Name *" labels are not bylines.
const NOT_BYLINE_NAMES = /comment|respond|reply|form|field|input|label|review/;
// A name as a byline prints it: capitalised words, with the particles some surnames carry.
const PRINTED_NAME =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|de|der|den|da|del|della|di|du|la|le|bin|al|ibn|y|e)){0,4}$/u;
// "Post author By Jane Roe", "Text: Jane Roe": the name after a credit word.
const CREDITED = /(?:^|\s)(?:by|von|par|por|di|door|text|texte|autor|author|auteur)\s*:?\s+(.+)$/i;

/** A credit as a name, or null when it is a URL, a handle, a role, a date or an outlet. */
export function personName(credit: string, siteNames: readonly string[]): string | null {
  const name = credit
    .replace(/^\s*(?:by|von|par|por|di|door|av|af)\s+/i, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[,;:|]+$/, "");
  if (name.length < 3 || name.length > MAX_NAME_CHARS) return null;
  if (/https?:|www\.|\.\w{2,4}\/|@|\d/.test(name)) return null;
  if (!/^\p{L}/u.test(name) || name.split(" ").length > MAX_NAME_WORDS) return null;
  if (NOT_A_PERSON.test(name)) return null;
  const squashed = name.toLowerCase();
  if (siteNames.some((s) => s.toLowerCase() === squashed)) return null;
  return name;
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function bylineNamed(block: CleanBlock, nodes: readonly PageNode[]): boolean {
  let at = block.hints.node;
  let named = false;
  for (let steps = 0; at !== undefined && steps < 8; steps += 1) {
    const node = nodes[at];
    if (!node) break;
    if (NOT_BYLINE_NAMES.test(node.names) || node.tag === "form") return false;
    if (steps < 4 && BYLINE_NAMES.test(node.names)) named = true;
    at = node.parent ?? undefined;
  }
  return named;
}

function inCommentOrForm(block: CleanBlock, nodes: readonly PageNode[]): boolean {
  let at = block.hints.node;
  for (let steps = 0; at !== undefined && steps < 12; steps += 1) {
    const node = nodes[at];
    if (!node) return false;
    if (NOT_BYLINE_NAMES.test(node.names) || node.tag === "form") return true;
    at = node.parent ?? undefined;
  }
  return false;
}

/** The names a byline element's text credits, or none when it does not read as a byline. */
function creditedNames(text: string, siteNames: readonly string[]): string[] {
  const credited = namesInByline(text) ?? [CREDITED.exec(text)?.[1] ?? text];
  return credited
    .flatMap((n) => n.split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\|)\s*/))
    .map((n) => personName(n, siteNames))
    .filter((n): n is string => n !== null && PRINTED_NAME.test(n));
}

export interface PageAuthorsInput {
  fromText: Field<string[]>;
  stated: readonly { names: string[]; key: string }[];
  siteNames: readonly string[];
  blocks: readonly CleanBlock[];
  nodes: readonly PageNode[];
  /** The last block where a byline may stand: a little into the article's text. */
  lastBylineBlock: number;
}

/**
 * Authors of a page: the people its metadata credits (JSON-LD author, meta author), else a byline line above
 * the article, else the text of an element named as the byline. Roles, handles, URLs and outlets are dropped.
 */
export function extractPageAuthors(input: PageAuthorsInput): Field<string[]> {
  for (const credit of input.stated) {
    const names = unique(
      credit.names.map((n) => personName(n, input.siteNames)).filter((n): n is string => n !== null),
    );
    if (names.length > 0)
      return {
        value: names,
        confidence: 0.9,
        from: fromKey(credit.key),
        rule: `authors the page states (${credit.key})`,
      };
  }
  if ((input.fromText.value ?? []).length > 0) return input.fromText;
  for (const block of input.blocks) {
    // A byline sits above the article, in it or just after it; names further down belong to teasers.
    if (block.index > input.lastBylineBlock) break;
    if (block.cleanText.length > 120) continue;
    // A "By …" line counts wherever it stands; other text only inside an element named as the byline.
    const byLine = namesInByline(block.cleanText) !== null;
    if (!byLine && !bylineNamed(block, input.nodes)) continue;
    if (byLine && inCommentOrForm(block, input.nodes)) continue;
    const names = unique(creditedNames(block.cleanText, input.siteNames));
    if (names.length > 0)
      return {
        value: names,
        confidence: 0.7,
        from: fromBlock(block.index),
        rule: byLine ? "'By' line on the page" : "element named as the byline",
      };
  }
  return input.fromText;
}
