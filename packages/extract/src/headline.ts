import { capitalisedShare, wordCount } from "@clippings/clean";
import { type CleanBlock, type Field, fromBlock, wordTokens } from "@clippings/core";

export interface HeadlineInput {
  header: CleanBlock[];
  /** How many later blocks repeat each block: pages often print the headline twice. */
  repeatCounts: Map<number, number>;
  /** Blocks that are timestamps or bylines, never headlines. */
  excluded: Set<number>;
  lead: string;
}

// A headline names several of the lead's words; a section label such as "Sports" or a show's name shares
// one or two. Agreement counts in full only from this many shared words on.
const FULL_AGREEMENT = 4;

/** Share of the candidate's content words (four letters or more) that the lead uses, scaled down when few. */
function overlap(candidate: string, lead: string): number {
  const words = new Set(wordTokens(lead));
  const tokens = wordTokens(candidate).filter((t) => t.length > 2);
  if (tokens.length === 0) return 0;
  const shared = tokens.filter((t) => words.has(t)).length;
  return (shared / tokens.length) * Math.min(1, shared / FULL_AGREEMENT);
}

// A headline sits just above the article, under at most a few lines of byline, date, share bar and image
// credits; lines further up are menus and teasers, so only the nearest candidates are weighed.
const NEAREST = 20;
// Bylines and timestamps sit just under the headline (and a standfirst): a line this close above one is likely it.
const ABOVE_BYLINE = 3;

function aboveExcluded(block: CleanBlock, excluded: Set<number>): boolean {
  for (let i = 1; i <= ABOVE_BYLINE; i += 1) if (excluded.has(block.index + i)) return true;
  return false;
}

/**
 * Scores a line as a headline by its shape, its distance above the article (0 = the nearest candidate),
 * its place above a byline or timestamp, repetition and, above all, agreement with the article's lead: a
 * headline names what the lead is about, while share bars, section names and teasers of other stories do not.
 */
function score(block: CleanBlock, position: number, input: HeadlineInput): number {
  const text = block.cleanText;
  const count = wordCount(text);
  if (count < 3 || count > 30) return Number.NEGATIVE_INFINITY;
  const titleCase = capitalisedShare(text);
  const endsAsSentence = /[.!?]["'\u201D]?$/.test(text) && titleCase < 0.6;
  const repeated = (input.repeatCounts.get(block.index) ?? 0) > 0 || block.repeatOf !== null;
  return (
    (endsAsSentence ? 0 : 0.2) +
    titleCase * 0.15 +
    (repeated ? 0.15 : 0) +
    (aboveExcluded(block, input.excluded) ? 0.15 : 0) +
    overlap(text, input.lead) * 1.0 -
    position * 0.02
  );
}

export function extractHeadline(input: HeadlineInput): Field<string> {
  const scored = input.header
    .filter((b) => !input.excluded.has(b.index))
    .slice(-NEAREST)
    .reverse()
    .map((block, position) => ({ block, score: score(block, position, input) }))
    .filter((c) => c.score > Number.NEGATIVE_INFINITY);
  const chosen = scored.reduce<(typeof scored)[number] | null>(
    (best, c) => (!best || c.score > best.score ? c : best),
    null,
  );
  if (!chosen)
    return { value: null, confidence: 0, from: null, rule: "no headline-shaped line above the article" };
  return {
    value: chosen.block.cleanText,
    confidence: Math.max(0.3, Math.min(0.95, chosen.score)),
    from: fromBlock(chosen.block.index),
    rule: "best headline-shaped line above the article (shape, position, repetition, agreement with the lead)",
  };
}
