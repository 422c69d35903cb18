import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DUPLICATE_SIMILARITY, findDuplicates } from "./duplicates.js";
import type { ArticleSignature } from "./signature.js";
import { SignatureStore } from "./signature-store.js";
import { SortedCorpus } from "./sorted-corpus.js";

const MINIMA = 64;
const ROWS = 4;

function signature(id: string, body: Uint32Array): ArticleSignature {
  const empty = new Uint32Array();
  return {
    id,
    date: "2024-05-01",
    outlet: null,
    headline: null,
    body,
    names: empty,
    words: empty,
    quotes: [],
  };
}

/**
 * What findDuplicates means, pair by pair: each article copies the earliest article that shares all four minima
 * of some band with it and agrees on at least 80% of its minima; a copy of a copy points at the original.
 */
function duplicatesByEveryPair(bodies: readonly Uint32Array[]): number[] {
  const agree = (a: Uint32Array, b: Uint32Array) => a.filter((m, k) => m === b[k]).length / a.length;
  const shareBand = (a: Uint32Array, b: Uint32Array) =>
    Array.from({ length: MINIMA / ROWS }, (_, band) => band * ROWS).some((from) =>
      a.subarray(from, from + ROWS).every((m, k) => m === b[from + k]),
    );
  const of = bodies.map((body, p) =>
    bodies.findIndex(
      (earlier, q) => q < p && shareBand(earlier, body) && agree(earlier, body) >= DUPLICATE_SIMILARITY,
    ),
  );
  return of.map((copied) => {
    let root = copied;
    while (root >= 0 && (of[root] ?? -1) >= 0) root = of[root] ?? -1;
    return root;
  });
}

// Bodies drawn as a few originals and copies of them with some minima changed, so that bands collide and
// similarities fall on both sides of the threshold.
const corpus = fc
  .array(fc.uint8Array({ minLength: MINIMA, maxLength: MINIMA, max: 3 }), { minLength: 1, maxLength: 4 })
  .chain((originals) =>
    fc
      .array(
        fc.tuple(
          fc.nat(originals.length - 1),
          fc.array(fc.tuple(fc.nat(MINIMA - 1), fc.nat(3)), { maxLength: 24 }),
        ),
        { maxLength: 30 },
      )
      .map((copies) =>
        copies.map(([from, changes]) => {
          const body = Uint32Array.from(originals[from] ?? []);
          for (const [at, value] of changes) body[at] = value;
          return body;
        }),
      ),
  );

describe("findDuplicates", () => {
  it("points each article at the earliest article it copies, as comparing every two would", () => {
    fc.assert(
      fc.property(corpus, (bodies) => {
        // Ids in input order, so positions are input order too.
        const sorted = new SortedCorpus(
          SignatureStore.from(bodies.map((body, k) => signature(`a${String(k).padStart(3, "0")}`, body))),
        );
        expect(Array.from(findDuplicates(sorted).of)).toEqual(duplicatesByEveryPair(bodies));
      }),
      { numRuns: 500 },
    );
  });

  it("links every copy of a widely carried report to it", () => {
    const body = Uint32Array.from({ length: MINIMA }, (_, k) => k * 7919);
    const copies = Array.from({ length: 1_000 }, (_, k) => signature(`a${String(k).padStart(4, "0")}`, body));
    const { of } = findDuplicates(new SortedCorpus(SignatureStore.from(copies)));
    expect(of[0]).toBe(-1);
    expect(of.subarray(1).every((copied) => copied === 0)).toBe(true);
  });
});
