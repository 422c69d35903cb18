import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuoteGroups, QUOTE_WINDOW_DAYS, sameQuotation } from "./quote-groups.js";
import type { ArticleSignature } from "./signature.js";
import { SignatureStore } from "./signature-store.js";
import { SortedCorpus } from "./sorted-corpus.js";
import { UnionFind } from "./union-find.js";

const STATEMENT =
  "we will rebuild the harbour wall in stone before the winter storms reach the town and every ferry keeps running";
const WORDS = STATEMENT.split(" ");

function signature(id: string, date: string | null, texts: readonly string[]): ArticleSignature {
  return {
    id,
    date,
    outlet: `outlet ${id}`,
    headline: null,
    body: new Uint32Array(),
    names: new Uint32Array(),
    words: new Uint32Array(),
    quotes: texts.map((text, k) => ({ quoteId: `q${k + 1}`, text, speaker: null, kind: "full" as const })),
  };
}

function corpusOf(signatures: readonly ArticleSignature[]): SortedCorpus {
  return new SortedCorpus(SignatureStore.from(signatures));
}

/** The groups as pairing every two listed quotes would make them: the definition the fast paths must meet. */
function groupsByEveryPair(corpus: SortedCorpus): number[][] {
  const { store, quotes, quoteArticle } = corpus;
  const sets = new UnionFind(quotes.length);
  for (let i = 0; i < quotes.length; i += 1)
    for (let j = i + 1; j < quotes.length; j += 1) {
      const a = quoteArticle[i] ?? 0;
      const b = quoteArticle[j] ?? 0;
      if (a === b) continue;
      const days = corpus.daysApart(a, b);
      if (days !== null && days > QUOTE_WINDOW_DAYS) continue;
      if (sameQuotation(store, store.shape(quotes[i] ?? 0), store.shape(quotes[j] ?? 0))) sets.union(i, j);
    }
  const byRoot = new Map<number, number[]>();
  quotes.forEach((_, i) => {
    const root = sets.find(i);
    byRoot.set(root, [...(byRoot.get(root) ?? []), i]);
  });
  return [...byRoot.values()].filter((members) =>
    members.some((m) => quoteArticle[m] !== quoteArticle[members[0] ?? 0]),
  );
}

// Texts drawn from one statement: whole, as fragments, lightly reworded, or unrelated short runs of its words.
const quoteText = fc.oneof(
  fc.constantFrom(STATEMENT, WORDS.slice(0, 9).join(" "), WORDS.slice(4).join(" ")),
  fc
    .tuple(fc.integer({ min: 0, max: WORDS.length - 2 }), fc.integer({ min: 1, max: WORDS.length }))
    .map(([from, length]) => WORDS.slice(from, from + length).join(" ")),
  fc.integer({ min: 0, max: WORDS.length - 1 }).map((drop) => WORDS.filter((_, k) => k !== drop).join(" ")),
);
const day = fc.option(
  fc.constantFrom("2024-05-01", "2024-05-04", "2024-05-08", "2024-05-09", "2024-05-15", "2024-06-30"),
  {
    nil: null,
  },
);

describe("findQuoteGroups", () => {
  it("groups the quotes that pairing every two of them would group", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.array(quoteText, { maxLength: 3 })), { maxLength: 25 }),
        (articles) => {
          const corpus = corpusOf(articles.map(([date, texts], k) => signature(`a${k}`, date, texts)));
          expect(findQuoteGroups(corpus).map((g) => g.members)).toEqual(groupsByEveryPair(corpus));
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it("groups a quotation every outlet carried, however many carried it", () => {
    const carriers = Array.from({ length: 1_200 }, (_, k) =>
      signature(`a${String(k).padStart(4, "0")}`, k % 2 === 0 ? "2024-05-01" : "2024-05-02", [STATEMENT]),
    );
    const groups = findQuoteGroups(corpusOf(carriers));
    expect(groups).toHaveLength(1);
    expect(groups[0]?.members).toHaveLength(1_200);
  });

  it("keeps one text in two groups when its carriers are further apart than the window", () => {
    const groups = findQuoteGroups(
      corpusOf([
        signature("a", "2024-05-01", [STATEMENT]),
        signature("b", "2024-05-08", [STATEMENT]),
        signature("c", "2024-05-16", [STATEMENT]),
        signature("d", "2024-05-17", [STATEMENT]),
      ]),
    );
    expect(groups.map((g) => g.members)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
});
