import type { CleanBlock, PageNode } from "@clippings/core";

/**
 * The article's element on an HTML page, chosen by weighing containers rather than lines: every paragraph
 * credits the elements that hold it (most to its own element, less to each one further out), elements named
 * like page furniture lose weight, and link-heavy ones are discounted. The best element, with the siblings that
 * score nearly as well, holds the article; blocks elsewhere are page furniture.
 *
 * The weighing follows the approach of Arc90's Readability (paragraph credit shared with ancestors, class and id
 * names as evidence), adapted to the flat blocks and node table that the parse stage produces.
 */

// Names of elements that hold page furniture on sites of every kind.
const FURNITURE_NAMES =
  /(^|[\s_-])(comment|comments|disqus|sidebar|side-bar|aside|footer|foot|related|recommend\w*|more-from|trending|popular|most-read|share|sharing|social|promo|newsletter|subscribe|subscription|signup|sign-up|breadcrumbs?|menu|nav|navbar|navigation|widget|advert\w*|ads?|ad-\w+|sponsor\w*|cookie\w*|consent|banner|popup|modal|masthead|outbrain|taboola|tags|tag-list|author-bio|bio|rail|toolbar|pagination|pager|skip)($|[\s_-])/;
// Names of elements that hold an article's text.
const ARTICLE_NAMES =
  /(^|[\s_-])(article|articlebody|article-body|article-content|story|story-body|storybody|post|post-body|post-content|entry|entry-content|content|main|body|text|prose|rich-text|richtext|blog|hentry)($|[\s_-])/;

const MIN_PARAGRAPH_CHARS = 25;
const ANCESTOR_LEVELS = 6;
// Deeper chains than this exist only in hostile pages; totals stop there to keep the work linear.
const MAX_CHAIN = 120;
const SIBLING_SHARE = 0.2;
const MIN_SIBLING_SCORE = 10;

function nameWeight(node: PageNode): number {
  let weight = 0;
  if (FURNITURE_NAMES.test(node.names)) weight -= 25;
  if (ARTICLE_NAMES.test(node.names)) weight += 25;
  if (node.tag === "article" || node.tag === "main") weight += 15;
  if (node.tag === "nav" || node.tag === "footer" || node.tag === "aside" || node.tag === "form")
    weight -= 40;
  return weight;
}

function paragraphCredit(block: CleanBlock): number {
  const text = block.text;
  if (text.length < MIN_PARAGRAPH_CHARS) return 0;
  if ((block.hints.linkDensity ?? 0) > 0.33) return 0;
  if (block.hints.region && block.hints.region !== "figure" && block.hints.region !== "header") return 0;
  const commas = (text.match(/[,，、]/g) ?? []).length;
  return 1 + commas + Math.min(3, Math.floor(text.length / 100));
}

function chainOf(node: number | undefined, nodes: readonly PageNode[]): number[] {
  const chain: number[] = [];
  let at: number | null | undefined = node;
  while (at !== null && at !== undefined && chain.length < MAX_CHAIN) {
    chain.push(at);
    at = nodes[at]?.parent;
  }
  return chain;
}

export interface MainContent {
  /** Nodes whose subtrees hold the article. */
  roots: Set<number>;
  /** Score of the best node, for confidence. */
  score: number;
}

/** Picks the element (and its strong siblings) that holds the article, or null when no paragraph is found. */
export function findMainContent(
  blocks: readonly CleanBlock[],
  nodes: readonly PageNode[],
): MainContent | null {
  const score = new Float64Array(nodes.length);
  const chars = new Float64Array(nodes.length);
  const linkChars = new Float64Array(nodes.length);
  const credited = new Uint8Array(nodes.length);
  for (const block of blocks) {
    const chain = chainOf(block.hints.node, nodes);
    const length = block.text.length;
    const links = length * (block.hints.linkDensity ?? 0);
    for (const at of chain) {
      chars[at] = (chars[at] ?? 0) + length;
      linkChars[at] = (linkChars[at] ?? 0) + links;
    }
    const credit = paragraphCredit(block);
    if (credit === 0) continue;
    chain.slice(0, ANCESTOR_LEVELS).forEach((at, level) => {
      const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3);
      score[at] = (score[at] ?? 0) + credit * share;
      credited[at] = 1;
    });
  }
  const final = (at: number): number => {
    const node = nodes[at];
    if (!node) return 0;
    const density = (chars[at] ?? 0) > 0 ? (linkChars[at] ?? 0) / (chars[at] ?? 1) : 0;
    return ((score[at] ?? 0) + nameWeight(node)) * (1 - density);
  };
  let top = -1;
  let best = Number.NEGATIVE_INFINITY;
  for (let at = 0; at < nodes.length; at += 1) {
    if (!credited[at]) continue;
    const value = final(at);
    if (value > best) {
      best = value;
      top = at;
    }
  }
  if (top < 0) return null;
  const roots = new Set([top]);
  const parent = nodes[top]?.parent ?? null;
  if (parent !== null) {
    const threshold = Math.max(MIN_SIBLING_SCORE, best * SIBLING_SHARE);
    for (let at = 0; at < nodes.length; at += 1) {
      if (at === top || nodes[at]?.parent !== parent || !credited[at]) continue;
      if (final(at) >= threshold) roots.add(at);
    }
  }
  return { roots, score: best };
}

/** Whether a block sits inside one of the chosen elements. */
export function isInside(block: CleanBlock, roots: ReadonlySet<number>, nodes: readonly PageNode[]): boolean {
  return chainOf(block.hints.node, nodes).some((at) => roots.has(at));
}

/** Whether an element between the block and the article's element is named like page furniture. */
export function insideFurniture(
  block: CleanBlock,
  roots: ReadonlySet<number>,
  nodes: readonly PageNode[],
): boolean {
  for (const at of chainOf(block.hints.node, nodes)) {
    if (roots.has(at)) return false;
    const node = nodes[at];
    if (node && (FURNITURE_NAMES.test(node.names) || node.tag === "nav" || node.tag === "aside")) return true;
  }
  return false;
}
