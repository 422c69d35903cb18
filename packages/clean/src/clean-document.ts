import {
  type CleanBlock,
  type CleanDoc,
  checkCleanDoc,
  type ParsedDoc,
  type TimeBudget,
} from "@clippings/core";
import { markContactSections } from "./contact-section.js";
import { endsInAddress, isProse, repeatKey } from "./line-shape.js";
import { isBylineShaped, isListHeading, isListItem } from "./lists.js";
import { findMainContent, insideCaption, insideFurniture, isInside } from "./main-content.js";
import { findRepeats } from "./repeats.js";
import { photoCreditRule, positionCaptionRule } from "./rules/captions.js";
import { commentCounterRule } from "./rules/comments.js";
import { errorPageRule } from "./rules/error-page.js";
import { legalRule } from "./rules/legal.js";
import { breadcrumbRule, separatorRule, widgetRule } from "./rules/navigation.js";
import { paywallRule } from "./rules/paywall.js";
import { readerPromptRule } from "./rules/reader-prompt.js";
import { shareRule } from "./rules/share.js";
import { initialsRule, signOffOnlyRule, trimSignOff } from "./rules/sign-off.js";
import { signatureVerdict } from "./rules/signature.js";
import type { BlockRule, Verdict } from "./rules/types.js";

export interface CleanOptions {
  /** Signature lines of the outlet registry: short blocks that start with one are page furniture. */
  signatures: readonly string[];
  budget?: TimeBudget;
}

// Order matters only where two rules could both claim a block; the more specific reason comes first.
const BLOCK_RULES: readonly BlockRule[] = [
  separatorRule,
  errorPageRule,
  breadcrumbRule,
  commentCounterRule,
  signOffOnlyRule,
  initialsRule,
  widgetRule,
  shareRule,
  readerPromptRule,
  paywallRule,
  legalRule,
  photoCreditRule,
  positionCaptionRule,
];

// Written out field by field: a spread with added fields takes V8's slow generic copy, about 10 µs a block
// (a tenth of cleaning's time), where a literal of a fixed shape costs next to nothing.
function contentBlock(block: ParsedDoc["blocks"][number]): CleanBlock {
  return {
    index: block.index,
    text: block.text,
    start: block.start,
    end: block.end,
    hints: block.hints,
    role: "content",
    reason: null,
    repeatOf: null,
    cleanText: trimSignOff(block.text),
  };
}

function apply(block: CleanBlock, verdict: Verdict): void {
  block.role = verdict.role;
  block.reason = verdict.reason;
}

/** The next block still read as content after `from`, past share bars, captions and copies. */
function nextContent(blocks: readonly CleanBlock[], from: number): CleanBlock | undefined {
  for (let i = from + 1; i < blocks.length; i += 1) if (blocks[i]?.role === "content") return blocks[i];
  return undefined;
}

/**
 * A list heading far above the article ("Our picks", "Most popular") would run on until the first prose line
 * and swallow the article's headline and byline; the list ends at a line whose next content is a byline, as
 * that line is the headline the byline belongs to. Only in a text scrape: an HTML page's article element
 * already bounds the story. On an HTML page the items of a link list are links, so a line without one ends the
 * list: a menu's "Latest" tab or a "0 Comments" meta line must not swallow the story's unlinked paragraphs
 * that happen not to end in a full stop.
 */
function markLists(blocks: CleanBlock[], textScrape: boolean): void {
  let inList = false;
  for (const [position, block] of blocks.entries()) {
    if (block.role === "repeat") continue;
    if (isListHeading(block.text)) {
      inList = true;
      if (block.role === "content") apply(block, { role: "boilerplate", reason: "list-heading" });
      continue;
    }
    if (!inList) continue;
    const headsByline = textScrape && isBylineShaped(nextContent(blocks, position)?.text ?? "");
    const unlinked = !textScrape && (block.hints.linkDensity ?? 0) === 0;
    if (!isListItem(block.text) || headsByline || unlinked) {
      inList = false;
      continue;
    }
    if (block.role === "content") apply(block, { role: "boilerplate", reason: "list-item" });
  }
}

/**
 * After the article's last paragraph (or its sign-off), short lines are page furniture: section links,
 * footer headings, media tabs. Prose there would have moved the end, so only non-prose lines are marked.
 */
function markTail(blocks: CleanBlock[]): void {
  let end = -1;
  for (const block of blocks) {
    if (block.role !== "content") continue;
    if (isProse(block.cleanText)) end = block.index;
    if (block.cleanText !== block.text) break;
  }
  if (end < 0) return;
  for (const block of blocks) {
    if (block.index > end && block.role === "content") {
      apply(block, { role: "boilerplate", reason: "navigation" });
    }
  }
}

/**
 * On an HTML page, text outside the article's element is page furniture, and so are link lists and
 * furniture-named elements inside it (but not a link shown as its address: the writer cites it); figure captions inside it are captions, not the story's text. The page's
 * main heading stays: it is the headline's best witness.
 */
function markOutsideArticle(blocks: CleanBlock[], nodes: NonNullable<ParsedDoc["nodes"]>): void {
  const main = findMainContent(blocks, nodes);
  if (!main) return;
  keepRepeatsWithinArticle(blocks, main.roots, nodes);
  const isCaption = (block: CleanBlock) => block.hints.caption === true || insideCaption(block, nodes);
  const inside = blocks.filter((b) => b.role === "content" && isInside(b, main.roots, nodes));
  // A picture story (a slideshow) tells its story in captions: they are its text when nothing else is prose.
  const captionsAreText = !inside.some((b) => !isCaption(b) && isProse(b.cleanText));
  for (const block of blocks) {
    if (block.role !== "content") continue;
    if (!isInside(block, main.roots, nodes)) {
      if (block.hints.heading !== 1) apply(block, { role: "boilerplate", reason: "outside-article" });
    } else if (!captionsAreText && isCaption(block)) {
      apply(block, { role: "caption", reason: "caption" });
    } else if (insideFurniture(block, main.roots, nodes)) {
      apply(block, { role: "boilerplate", reason: "navigation" });
    } else if (
      (block.hints.linkDensity ?? 0) > 0.5 &&
      !isProse(block.cleanText) &&
      !endsInAddress(block.cleanText)
    ) {
      apply(block, { role: "boilerplate", reason: "navigation" });
    }
  }
}

/**
 * A line the article's element holds twice is the writer's own repetition (an interview's recurring question,
 * a meal plan's "Breakfast" heading under each day, a recipe's step title), not a page's second copy of its
 * text: a menu shown twice or a headline repeated in a social card leave one copy outside the article. So a
 * repeat whose first copy is also inside the article's element, and still content, is content again, unless
 * it follows a copy of itself: a line twice in a row is a page rendering it twice, not the writer's text.
 */
function keepRepeatsWithinArticle(
  blocks: CleanBlock[],
  roots: ReadonlySet<number>,
  nodes: NonNullable<ParsedDoc["nodes"]>,
): void {
  // Folding a line for comparison costs several passes over it: only the repeats' lines are folded.
  const repeatsPrevious = (position: number): boolean => {
    const previous = blocks[position - 1];
    const block = blocks[position];
    return (
      previous !== undefined && block !== undefined && repeatKey(previous.text) === repeatKey(block.text)
    );
  };
  for (const [position, block] of blocks.entries()) {
    if (block.role !== "repeat" || block.repeatOf === null || repeatsPrevious(position)) continue;
    const first = blocks[block.repeatOf];
    if (first?.role !== "content") continue;
    if (!isInside(block, roots, nodes) || !isInside(first, roots, nodes)) continue;
    block.role = "content";
    block.reason = null;
    block.repeatOf = null;
  }
}

const MIN_ARTICLE_PARAGRAPH_CHARS = 25;

function isArticleParagraph(block: CleanBlock): boolean {
  return (
    block.role === "content" &&
    block.hints.heading === undefined &&
    block.cleanText.length >= MIN_ARTICLE_PARAGRAPH_CHARS
  );
}

/**
 * A page whose whole text is a list (steps of a dance, a recipe's method, a wiki page of bullet points) has
 * every line marked as a list item by the text-shape rule and no paragraph left. Rather than report no
 * article, the list items inside the article's element are its text.
 */
function keepListArticle(blocks: CleanBlock[], nodes: NonNullable<ParsedDoc["nodes"]>): void {
  const items = blocks.filter((b) => b.reason === "list-item");
  if (items.length === 0) return;
  for (const block of items) {
    block.role = "content";
    block.reason = null;
  }
  markOutsideArticle(blocks, nodes);
}

/** Marks every block of a document as content, caption, boilerplate (with a reason) or a repeat. */
export function cleanDocument(doc: ParsedDoc, options: CleanOptions): CleanDoc {
  const blocks = doc.blocks.map(contentBlock);
  for (const block of blocks) {
    options.budget?.check("clean");
    const verdict = signatureVerdict(block, options.signatures) ?? firstVerdict(block);
    if (verdict) apply(block, verdict);
  }
  const repeats = findRepeats(blocks.map((b) => (b.role === "boilerplate" ? null : b.cleanText)));
  for (const [index, earlier] of repeats) {
    const block = blocks[index];
    if (!block) continue;
    block.role = "repeat";
    block.reason = `repeats block ${earlier}`;
    block.repeatOf = earlier;
  }
  const html = doc.nodes !== undefined && doc.nodes.length > 0;
  markLists(blocks, !html);
  // On an HTML page the article's element bounds the story; the tail rule is for text scrapes, which have none.
  if (doc.nodes && html) {
    markOutsideArticle(blocks, doc.nodes);
    if (!blocks.some(isArticleParagraph)) keepListArticle(blocks, doc.nodes);
    markContactSections(blocks, doc.nodes);
  } else markTail(blocks);
  // Built here by typed code, so no boundary: checkCleanDoc checks what the types cannot say, without a copy.
  return checkCleanDoc({ ...doc, blocks });
}

function firstVerdict(block: CleanBlock): Verdict | null {
  for (const rule of BLOCK_RULES) {
    const verdict = rule(block);
    if (verdict) return verdict;
  }
  return null;
}
