/**
 * compromise's bulkMatch (src/1-one/sweep/methods/sweep in compromise 14.17, MIT), the step of its post-tagger
 * that picks, for each clause, the few of its 570 tag patterns worth trying. compromise finds them by asking every
 * one of the 730 words and tags its patterns are hooked on whether the clause holds it, then concatenates the
 * hits' lists: for the short clauses the post-tagger reads (a sentence split at its commas), that scan is most
 * of the step and a sixth of all compromise's time here. This version looks up the clause's own words and tags
 * (a dozen) in a map of the hooks instead, then takes the hits in the hooks' own order, so it tries the same
 * patterns in the same order and tags every word the same; the rest (needs, wants, ifNo, minimum words, running
 * the matches) is compromise's code unchanged.
 */

export interface SweepMatch {
  match: string;
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

/**
 * The hooks in the order compromise concatenates their patterns in (Object.keys(net.hooks)), each key's place in
 * it, and each hook's patterns numbered by their match text, so that a clause's patterns are told apart without
 * a set of strings per clause.
 */
interface HookIndex {
  at: Map<string, number>;
  patterns: { id: number; match: SweepMatch }[][];
  /** The clause that last took each pattern number (see hookedPatterns). */
  takenBy: Int32Array;
  clause: number;
}

const hookIndexes = new WeakMap<SweepNet["hooks"], HookIndex>();

function indexOf(hooks: SweepNet["hooks"]): HookIndex {
  let index = hookIndexes.get(hooks);
  if (!index) {
    const keys = Object.keys(hooks);
    const ids = new Map<string, number>();
    const patterns = keys.map((key) =>
      (hooks[key] ?? []).map((match) => {
        let id = ids.get(match.match);
        if (id === undefined) {
          id = ids.size;
          ids.set(match.match, id);
        }
        return { id, match };
      }),
    );
    index = {
      at: new Map(keys.map((key, i) => [key, i])),
      patterns,
      takenBy: new Int32Array(ids.size),
      clause: 0,
    };
    hookIndexes.set(hooks, index);
  }
  return index;
}

/** The patterns hooked on what a clause holds, in compromise's order, each once (compromise's getHooks). */
function hookedPatterns(holds: Set<string>, hooks: SweepNet["hooks"]): SweepMatch[] {
  const index = indexOf(hooks);
  const hits: number[] = [];
  for (const item of holds) {
    const i = index.at.get(item);
    if (i !== undefined) hits.push(i);
  }
  hits.sort((a, b) => a - b);
  // A new number for this clause: a pattern whose slot holds it was already taken.
  index.clause += 1;
  if (index.clause === 0x7fffffff) {
    index.takenBy.fill(0);
    index.clause = 1;
  }
  const maybe: SweepMatch[] = [];
  for (const i of hits) {
    for (const { id, match } of index.patterns[i] ?? []) {
      if (index.takenBy[id] === index.clause) continue;
      index.takenBy[id] = index.clause;
      maybe.push(match);
    }
  }
  return maybe;
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
    const maybe: SweepMatch[] = [];
    for (const m of hookedPatterns(holds, net.hooks))
      if (worthTrying(m, holds) && terms.length >= m.minWords) maybe.push(m);
    for (const m of net.always) if (terms.length >= m.minWords) maybe.push(m);
    for (const m of maybe) {
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
