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

/** Each hook key's place in Object.keys(net.hooks), the order compromise concatenates their patterns in. */
const hookOrder = new WeakMap<SweepNet["hooks"], { keys: string[]; at: Map<string, number> }>();

function orderOf(hooks: SweepNet["hooks"]): { keys: string[]; at: Map<string, number> } {
  let order = hookOrder.get(hooks);
  if (!order) {
    const keys = Object.keys(hooks);
    order = { keys, at: new Map(keys.map((key, i) => [key, i])) };
    hookOrder.set(hooks, order);
  }
  return order;
}

/** The patterns hooked on what a clause holds, in compromise's order, each once (compromise's getHooks). */
function hookedPatterns(holds: Set<string>, hooks: SweepNet["hooks"]): SweepMatch[] {
  const { keys, at } = orderOf(hooks);
  const hits: number[] = [];
  for (const item of holds) {
    const i = at.get(item);
    if (i !== undefined) hits.push(i);
  }
  hits.sort((a, b) => a - b);
  const seen = new Set<string>();
  const maybe: SweepMatch[] = [];
  for (const i of hits) {
    for (const m of hooks[keys[i] as string] ?? []) {
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      maybe.push(m);
    }
  }
  return maybe;
}

/** compromise's trimDown: the patterns whose stated needs, wants and ifNo the clause meets. */
function worthTrying(m: SweepMatch, holds: Set<string>): boolean {
  if (!m.needs.every((need) => holds.has(need))) return false;
  if (m.ifNo?.some((no) => holds.has(no))) return false;
  return m.wants.length === 0 || m.wants.filter((want) => holds.has(want)).length >= m.minWant;
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
    const maybe = hookedPatterns(holds, net.hooks)
      .filter((m) => worthTrying(m, holds))
      .concat(net.always)
      .filter((m) => terms.length >= m.minWords);
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
