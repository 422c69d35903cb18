/**
 * compromise's bulkMatch (src/1-one/sweep/methods/sweep in compromise 14.17, MIT), the step of its post-tagger
 * that picks, for each clause, the few of its 570 tag patterns worth trying. compromise finds them by asking every
 * one of the 730 words and tags its patterns are hooked on whether the clause holds it, then concatenates the
 * hits' lists: for the short clauses the post-tagger reads (a sentence split at its commas), that scan is most
 * of the step and a sixth of all compromise's time here. This version looks up the clause's own words and tags
 * (a dozen) in a map of patterns anchored on one of their needs (see HookIndex), tests those, and puts them in
 * the hooks' own order, so it tries the same patterns in the same order and tags every word the same; the tests
 * (needs, wants, ifNo, minimum words) are compromise's, and the matches are run by compromise's own match, but
 * only for patterns some word of the clause can open (see opening-terms.ts): most can open none.
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
 *
 * Every key a pattern hooks on or tests (a word, #Tag or %switch%) has a number, and a clause marks the numbers
 * of the keys it holds in an array, so each test is an array read rather than a string lookup in compromise's
 * per-clause set of keys (cacheDoc), which this reads the same fields of each word to build.
 */
interface HookIndex {
  /** The number of each key. A key no pattern hooks on or tests can never change which patterns are tried. */
  keyIds: Map<string, number>;
  /** The number of each tag's key ("Noun" → the number of "#Noun"), -1 for a tag no pattern reads. */
  tagIds: Map<string, number>;
  /** The same for a switch ("Noun|Verb" → "%Noun|Verb%"). */
  switchIds: Map<string, number>;
  /** Every pattern once, by number. */
  entries: Anchored[];
  /** The patterns anchored on each key, by key number. */
  anchored: (Anchored[] | undefined)[];
  /** The clause that last took each pattern number, so that a pattern is tested once per clause. */
  takenBy: Int32Array;
  /** The clause that last held each key number. */
  heldBy: Int32Array;
  clause: number;
  /** How many of the clauses swept so far held each key, until the anchors are chosen again by it. */
  held: Int32Array | null;
}

/** A pattern's needs, wants and ifNo as key numbers, for compromise's trimDown. */
interface KeyTest {
  needs: Int32Array;
  wants: Int32Array;
  minWant: number;
  ifNo: Int32Array;
}

interface Place {
  key: number;
  /** The place in compromise's concatenation of the hooks' lists. */
  at: number;
  match: SweepMatch;
  test: KeyTest;
}

interface Anchored {
  id: number;
  match: SweepMatch;
  /** Every hook the pattern sits on, earliest first. */
  places: Place[];
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
  keyIds: ReadonlyMap<string, number>,
  held: Int32Array | null,
): string {
  let best = needs[0] ?? "";
  let bestScore = Number.POSITIVE_INFINITY;
  for (const need of needs) {
    const score = held
      ? (held[keyIds.get(need) ?? -1] ?? 0)
      : (need.startsWith("#") ? 1_000_000 : 0) + (hooks[need]?.length ?? 0);
    if (score < bestScore) {
      best = need;
      bestScore = score;
    }
  }
  return best;
}

function anchor(
  entries: readonly Anchored[],
  hooks: SweepNet["hooks"],
  keyIds: ReadonlyMap<string, number>,
  held: Int32Array | null,
): (Anchored[] | undefined)[] {
  const anchored: (Anchored[] | undefined)[] = new Array(keyIds.size).fill(undefined);
  const add = (key: string, entry: Anchored) => {
    const id = keyIds.get(key) ?? -1;
    const list = anchored[id];
    if (list) list.push(entry);
    else anchored[id] = [entry];
  };
  for (const entry of entries) {
    const { needs, wants } = entry.match;
    if (needs.length > 0) add(anchorOf(needs, hooks, keyIds, held), entry);
    else for (const want of new Set(wants)) add(want, entry);
  }
  return anchored;
}

// Clauses counted before the anchors are chosen again by how often clauses hold each need.
const CLAUSES_COUNTED = 500;

function keyTest(m: SweepMatch, keyIds: ReadonlyMap<string, number>): KeyTest {
  const ids = (keys: readonly string[] | undefined) =>
    Int32Array.from(keys ?? [], (k) => keyIds.get(k) ?? -1);
  return { needs: ids(m.needs), wants: ids(m.wants), minWant: m.minWant, ifNo: ids(m.ifNo) };
}

function indexOf(hooks: SweepNet["hooks"]): HookIndex {
  let index = hookIndexes.get(hooks);
  if (index) return index;
  const keyIds = new Map<string, number>();
  const number = (key: string) => {
    if (!keyIds.has(key)) keyIds.set(key, keyIds.size);
  };
  for (const key of Object.keys(hooks)) {
    number(key);
    for (const match of hooks[key] ?? [])
      for (const key of [...match.needs, ...match.wants, ...(match.ifNo ?? [])]) number(key);
  }
  const byMatch = new Map<string, Anchored>();
  let at = 0;
  for (const key of Object.keys(hooks)) {
    for (const match of hooks[key] ?? []) {
      let entry = byMatch.get(match.match);
      if (!entry) {
        entry = { id: byMatch.size, match, places: [] };
        byMatch.set(match.match, entry);
      }
      entry.places.push({ key: keyIds.get(key) ?? -1, at, match, test: keyTest(match, keyIds) });
      at += 1;
    }
  }
  const entries = [...byMatch.values()];
  index = {
    keyIds,
    tagIds: new Map(),
    switchIds: new Map(),
    entries,
    anchored: anchor(entries, hooks, keyIds, null),
    takenBy: new Int32Array(entries.length),
    heldBy: new Int32Array(keyIds.size),
    clause: 0,
    held: new Int32Array(keyIds.size),
  };
  hookIndexes.set(hooks, index);
  return index;
}

/** The parts of a compromise term its cacheDoc reads. */
interface CachedTerm {
  normal?: string;
  switch?: string;
  implicit?: string;
  machine?: string | null;
  root?: string;
  alias?: string[];
  tags: Set<string>;
}

function keyIdOf(
  ids: Map<string, number>,
  keyIds: ReadonlyMap<string, number>,
  raw: string,
  key: string,
): number {
  let id = ids.get(raw);
  if (id === undefined) {
    id = keyIds.get(key) ?? -1;
    ids.set(raw, id);
  }
  return id;
}

/**
 * The numbers of the keys a clause holds, each once, marked in heldBy with the clause's number: the words,
 * switches, implicit, machine, root and alias forms and #Tags compromise's cacheDoc puts in a clause's set.
 */
function heldKeys(terms: readonly CachedTerm[], index: HookIndex): number[] {
  const { keyIds, heldBy, clause } = index;
  const held: number[] = [];
  const hold = (id: number | undefined) => {
    if (id === undefined || id < 0 || heldBy[id] === clause) return;
    heldBy[id] = clause;
    held.push(id);
  };
  for (const term of terms) {
    if (term.normal !== "" && term.normal !== undefined) hold(keyIds.get(term.normal));
    if (term.switch) hold(keyIdOf(index.switchIds, keyIds, term.switch, `%${term.switch}%`));
    if (term.implicit) hold(keyIds.get(term.implicit));
    if (term.machine) hold(keyIds.get(term.machine));
    if (term.root) hold(keyIds.get(term.root));
    if (term.alias) for (const alias of term.alias) hold(keyIds.get(alias));
    for (const tag of term.tags) hold(keyIdOf(index.tagIds, keyIds, tag, `#${tag}`));
  }
  return held;
}

/** compromise's trimDown: whether the clause meets the pattern's stated needs, wants and ifNo. */
function worthTrying(test: KeyTest, heldBy: Int32Array, clause: number): boolean {
  for (const need of test.needs) if (heldBy[need] !== clause) return false;
  for (const no of test.ifNo) if (heldBy[no] === clause) return false;
  if (test.wants.length === 0) return true;
  let wanted = 0;
  for (const want of test.wants) if (heldBy[want] === clause) wanted += 1;
  return wanted >= test.minWant;
}

/**
 * The patterns worth trying on a clause (compromise's getHooks, trimDown and tooSmall), in compromise's order:
 * each by the first place it has among the hooks the clause holds.
 */
function patternsFor(terms: readonly CachedTerm[], hooks: SweepNet["hooks"]): SweepMatch[] {
  const index = indexOf(hooks);
  index.clause += 1;
  if (index.clause === 0x7fffffff) {
    index.takenBy.fill(0);
    index.heldBy.fill(0);
    index.clause = 1;
  }
  const { clause, heldBy, takenBy } = index;
  const held = heldKeys(terms, index);
  if (index.held) {
    for (const id of held) index.held[id] = (index.held[id] ?? 0) + 1;
    if (index.clause > CLAUSES_COUNTED) {
      index.anchored = anchor(index.entries, hooks, index.keyIds, index.held);
      index.held = null;
    }
  }
  const kept: Place[] = [];
  for (const id of held) {
    const list = index.anchored[id];
    if (!list) continue;
    for (const entry of list) {
      if (takenBy[entry.id] === clause) continue;
      takenBy[entry.id] = clause;
      // The pattern object compromise would keep is the one of its first place, as in compromise's getHooks.
      let first: Place | undefined;
      for (const place of entry.places)
        if (heldBy[place.key] === clause) {
          first = place;
          break;
        }
      if (first && terms.length >= first.match.minWords && worthTrying(first.test, heldBy, clause))
        kept.push(first);
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
  const results: Found[] = [];
  for (let n = 0; n < document.length; n += 1) {
    const terms = document[n] as CachedTerm[];
    const maybe = patternsFor(terms, net.hooks);
    for (const m of net.always) if (terms.length >= m.minWords) maybe.push(m);
    for (const m of maybe) {
      // A pattern no word of the clause can open finds nothing: compromise would try it from every word.
      if (!mayMatch(terms as unknown as PatternTerm[], m.regs, openingOf(m))) continue;
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
