/**
 * compromise's bulkMatch (src/1-one/sweep/methods/sweep in compromise 14.17, MIT), the step of its post-tagger
 * that picks, for each clause, the few of its 570 tag patterns worth trying. compromise finds them by asking every
 * one of the 730 words and tags its patterns are hooked on whether the clause holds it, then concatenates the
 * hits' lists: for the short clauses the post-tagger reads (a sentence split at its commas), that scan is most
 * of the step and a sixth of all compromise's time here. This version looks up the clause's own words and tags
 * (a dozen) in a map of patterns anchored on one of their needs (see HookIndex), tests those, and puts them in
 * the hooks' own order, so it tries the same patterns in the same order and tags every word the same; the tests
 * (needs, wants, ifNo, minimum words) and running the matches are compromise's code unchanged.
 */

import { mayMatch, openingRegs, type PatternReg, type PatternTerm } from "./opening-terms.js";

export interface SweepMatch {
  match: string;
  regs: PatternReg[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

export interface SweepNet {
  hooks: Record<string, SweepMatch[]>;
  always: SweepMatch[];
}

interface MatchResult {
  ptrs: number[][];
}

export interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(document: unknown[][], match: SweepMatch): MatchResult;
  };
}

interface SweepOptions {
  matchOne?: boolean;
}

type Found = SweepMatch & { pointer: number[] };

const openings = new WeakMap<SweepMatch, PatternReg[]>();

/** The pattern's opening regs (see opening-terms.ts), read once per pattern. */
function openingOf(m: SweepMatch): PatternReg[] {
  let opening = openings.get(m);
  if (!opening) {
    opening = openingRegs(m.regs);
    openings.set(m, opening);
  }
  return opening;
}

/**
 * The hooks indexed for the sweep. compromise concatenates the patterns of every hook a clause holds, in the
 * hooks' own order (Object.keys(net.hooks)), keeps each pattern's first place, then drops those whose needs,
 * wants and ifNo the clause does not meet. A pattern that is kept holds all its needs, and one with no needs
 * holds at least one of its wants (minWant is at least one when there are wants), and a pattern is hooked on
 * every need and want it has: so the patterns kept are exactly those that pass the test among the ones hooked
 * on one chosen need (on every want, for a pattern with no needs), in the order of their first place among the
 * hooks the clause holds. Anchoring each pattern on one need rather than on every need and want leaves a clause a
 * few dozen patterns to test instead of several hundred.
 */
interface HookIndex {
  /** Every pattern once, by number. */
  entries: Anchored[];
  /** The patterns anchored on each hook key (a word, #Tag or %switch%). */
  anchored: Map<string, Anchored[]>;
  /** The clause that last took each pattern number, so that a pattern is tested once per clause. */
  takenBy: Int32Array;
  clause: number;
  /** How many of the clauses swept so far held each key, until the anchors are chosen again by it. */
  held: Map<string, number> | null;
}

interface Anchored {
  id: number;
  match: SweepMatch;
  /** Every hook the pattern sits on, with its place in compromise's concatenation, earliest first. */
  places: { key: string; at: number; match: SweepMatch }[];
}

const hookIndexes = new WeakMap<SweepNet["hooks"], HookIndex>();

/**
 * The need to anchor a pattern on: the one fewest clauses hold. Before any clause is counted, words stand for
 * rare and #Tags for common, and a tag hooking fewer patterns for the rarer. Which need is chosen changes only
 * how many patterns are tested, never which pass.
 */
function anchorOf(
  needs: readonly string[],
  hooks: SweepNet["hooks"],
  held: Map<string, number> | null,
): string {
  let best = needs[0] ?? "";
  let bestScore = Number.POSITIVE_INFINITY;
  for (const need of needs) {
    const score = held
      ? (held.get(need) ?? 0)
      : (need.startsWith("#") ? 1_000_000 : 0) + (hooks[need]?.length ?? 0);
    if (score < bestScore) {
      best = need;
      bestScore = score;
    }
  }
  return best;
}

function anchor(entries: readonly Anchored[], hooks: SweepNet["hooks"], held: Map<string, number> | null) {
  const anchored = new Map<string, Anchored[]>();
  const add = (key: string, entry: Anchored) => {
    const list = anchored.get(key);
    if (list) list.push(entry);
    else anchored.set(key, [entry]);
  };
  for (const entry of entries) {
    const { needs, wants } = entry.match;
    if (needs.length > 0) add(anchorOf(needs, hooks, held), entry);
    else for (const want of new Set(wants)) add(want, entry);
  }
  return anchored;
}

// Clauses counted before the anchors are chosen again by how often clauses hold each need.
const CLAUSES_COUNTED = 500;

function indexOf(hooks: SweepNet["hooks"]): HookIndex {
  let index = hookIndexes.get(hooks);
  if (index) return index;
  const byMatch = new Map<string, Anchored>();
  let at = 0;
  for (const key of Object.keys(hooks)) {
    for (const match of hooks[key] ?? []) {
      let entry = byMatch.get(match.match);
      if (!entry) {
        entry = { id: byMatch.size, match, places: [] };
        byMatch.set(match.match, entry);
      }
      entry.places.push({ key, at, match });
      at += 1;
    }
  }
  const entries = [...byMatch.values()];
  index = {
    entries,
    anchored: anchor(entries, hooks, null),
    takenBy: new Int32Array(entries.length),
    clause: 0,
    held: new Map(),
  };
  hookIndexes.set(hooks, index);
  return index;
}

/** compromise's trimDown: the patterns whose stated needs, wants and ifNo the clause meets. */
function worthTrying(m: SweepMatch, holds: Set<string>): boolean {
  for (const need of m.needs) if (!holds.has(need)) return false;
  if (m.ifNo) for (const no of m.ifNo) if (holds.has(no)) return false;
  if (m.wants.length === 0) return true;
  let wanted = 0;
  for (const want of m.wants) if (holds.has(want)) wanted += 1;
  return wanted >= m.minWant;
}

/**
 * The patterns worth trying on a clause (compromise's getHooks, trimDown and tooSmall), in compromise's order:
 * each by the first place it has among the hooks the clause holds.
 */
function patternsFor(holds: Set<string>, words: number, hooks: SweepNet["hooks"]): SweepMatch[] {
  const index = indexOf(hooks);
  if (index.held) {
    for (const item of holds) index.held.set(item, (index.held.get(item) ?? 0) + 1);
    if (index.clause >= CLAUSES_COUNTED) {
      index.anchored = anchor(index.entries, hooks, index.held);
      index.held = null;
    }
  }
  index.clause += 1;
  if (index.clause === 0x7fffffff) {
    index.takenBy.fill(0);
    index.clause = 1;
  }
  const kept: { at: number; match: SweepMatch }[] = [];
  for (const item of holds) {
    const list = index.anchored.get(item);
    if (!list) continue;
    for (const entry of list) {
      if (index.takenBy[entry.id] === index.clause) continue;
      index.takenBy[entry.id] = index.clause;
      // The pattern object compromise would keep is the one of its first place, as in compromise's getHooks.
      const first = entry.places.find((place) => holds.has(place.key));
      if (first && words >= first.match.minWords && worthTrying(first.match, holds))
        kept.push({ at: first.at, match: first.match });
    }
  }
  kept.sort((a, b) => a.at - b.at);
  return kept.map((k) => k.match);
}

/** A drop-in for compromise's methods.one.bulkMatch: the same matches, found with less work (see above). */
export function bulkMatch(
  document: unknown[][],
  net: SweepNet,
  methods: SweepMethods,
  opts: SweepOptions = {},
): Found[] {
  const docCache = methods.one.cacheDoc(document);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n += 1) {
    const holds = docCache[n] as Set<string>;
    const terms = document[n] as unknown[];
    const maybe = patternsFor(holds, terms.length, net.hooks);
    for (const m of net.always) if (terms.length >= m.minWords) maybe.push(m);
    for (const m of maybe) {
      // A pattern no word of the clause can open finds nothing: compromise would try it from every word.
      if (!mayMatch(terms as PatternTerm[], m.regs, openingOf(m))) continue;
      const res = methods.one.match([terms], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo: Found = Object.assign({}, m, { pointer: ptr });
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0] as Found];
    }
  }
  return results;
}
