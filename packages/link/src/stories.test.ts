import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDuplicates } from "./duplicates.js";
import type { ArticleSignature } from "./signature.js";
import { SignatureStore } from "./signature-store.js";
import { SortedCorpus } from "./sorted-corpus.js";
import { findStories } from "./stories.js";

const MINIMA = 64;

const hashes = (values: readonly number[]) => Uint32Array.from(new Set(values)).sort();

// Articles drawn as a few reports and their copies: some copied whole, some with names, words, minima or the day
// changed, so that copies that stand for their report and copies that do not both occur, and copies that link
// other coverage their report does not.
const article = fc.record({
  report: fc.nat(3),
  day: fc.constantFrom("2024-05-01", "2024-05-02", "2024-05-05", "2024-05-06", null),
  extraNames: fc.subarray([100, 101, 102, 103, 104]),
  extraWords: fc.subarray([200, 201, 202, 203, 204]),
  changedMinima: fc.nat(16),
});

type Drawn = typeof article extends fc.Arbitrary<infer T> ? T : never;

function corpusOf(drawn: readonly Drawn[]): SortedCorpus {
  const signatures = drawn.map((d, k): ArticleSignature => {
    const body = Uint32Array.from({ length: MINIMA }, (_, m) => d.report * 1_000 + m);
    for (let m = 0; m < d.changedMinima; m += 1) body[m] = 50_000 + k;
    return {
      id: `a${String(k).padStart(3, "0")}`,
      date: d.day,
      outlet: null,
      headline: null,
      body,
      // Reports 0 and 1 share most names (one cast of people and places), reports 2 and 3 others; no two reports
      // share their words, so that only the words copies add can link them.
      names: hashes([d.report < 2 ? 1 : 5, d.report < 2 ? 2 : 6, 10 + d.report, ...d.extraNames]),
      words: hashes([40 + d.report, 50 + d.report, 60 + d.report, ...d.extraWords]),
      quotes: [],
    };
  });
  return new SortedCorpus(SignatureStore.from(signatures));
}

describe("findStories", () => {
  it("links as comparing every copy in its own right would, when no name is too common to count", () => {
    fc.assert(
      fc.property(fc.array(article, { maxLength: 12 }), (drawn) => {
        const corpus = corpusOf(drawn);
        const copyOf = findDuplicates(corpus).of;
        const linked = new Uint32Array(
          Array.from(copyOf).flatMap((original, copy) => (original >= 0 ? [original, copy] : [])),
        );
        const noCopies = new Int32Array(corpus.size).fill(-1);
        expect(Array.from(findStories(corpus, { linked, copyOf }))).toEqual(
          Array.from(findStories(corpus, { linked, copyOf: noCopies })),
        );
      }),
      { numRuns: 1_000 },
    );
  });
});
