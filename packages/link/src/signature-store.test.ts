import { fixtureArticle, fixtureField, fixtureQuote } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { articleSignature } from "./signature.js";
import { HashPool, SignatureStore } from "./signature-store.js";

const QUOTE = "We will reopen the bridge when it is safe";
const signatureOf = (id: string, quotes: string[], headline: string | null = `Headline ${id}`) =>
  articleSignature(
    fixtureArticle({
      id,
      date: fixtureField("2024-05-02"),
      outlet: fixtureField("Harbour Post"),
      headline: fixtureField(headline),
      body: [
        { block: 0, text: `Council members of district ${id} met on Monday to vote on the new budget.` },
      ],
      quotes: quotes.map((text, i) => fixtureQuote({ id: `q${i + 1}`, text, speaker: "Ann Lee" })),
    }),
  );

describe("SignatureStore", () => {
  it("gives back each article's fields and hash lists, and each quote's", () => {
    const signatures = [
      signatureOf("a1", [QUOTE, "Trams stop"]),
      signatureOf("a2", []),
      signatureOf("a3", [QUOTE]),
    ];
    const store = SignatureStore.from(signatures);
    expect(store.size).toBe(3);
    signatures.forEach((sig, i) => {
      expect([store.id(i), store.date(i), store.outlet(i), store.headline(i)]).toEqual([
        sig.id,
        sig.date,
        sig.outlet,
        sig.headline,
      ]);
      expect([store.body(i), store.names(i), store.words(i)]).toEqual([sig.body, sig.names, sig.words]);
    });
    expect([store.quoteStart(0), store.quoteStart(1), store.quoteStart(2), store.quoteStart(3)]).toEqual([
      0, 2, 2, 3,
    ]);
    expect([store.quoteId(1), store.quoteText(1), store.speaker(1), store.tokenCount(1)]).toEqual([
      "q2",
      "Trams stop",
      "Ann Lee",
      2,
    ]);
  });

  it("hashes a text's tokens and trigrams once, shared by every quote carrying it", () => {
    const store = SignatureStore.from([signatureOf("a1", [QUOTE]), signatureOf("a2", [QUOTE, "Trams stop"])]);
    expect(store.shapeCount).toBe(2);
    expect(store.shape(0)).toBe(store.shape(1));
    expect(store.tokenCount(0)).toBe(9);
    // Sorted with repeats kept (a multiset), trigrams sorted and each once.
    const tokens = [...store.tokens(0)];
    expect(tokens).toEqual([...tokens].sort((a, b) => a - b));
    expect(tokens).toHaveLength(9);
    expect(store.trigrams(0)).toHaveLength(7);
  });

  it("grows past the room it was sized for", () => {
    const store = new SignatureStore({ bodies: 1, names: 1, words: 1 });
    const signatures = Array.from({ length: 40 }, (_, i) => signatureOf(`a${i}`, []));
    for (const sig of signatures) store.add(sig);
    expect(store.body(39)).toEqual(signatures[39]?.body);
    expect(store.words(0)).toEqual(signatures[0]?.words);
  });

  it("keeps only the labels and the named quote texts once linked, and takes no more signatures", () => {
    const store = SignatureStore.from([signatureOf("a1", [QUOTE, "Trams stop"])]);
    store.finishLinking([1]);
    expect([store.id(0), store.outlet(0), store.quoteId(0), store.speaker(0)]).toEqual([
      "a1",
      "Harbour Post",
      "q1",
      "Ann Lee",
    ]);
    expect([store.quoteText(0), store.quoteText(1)]).toEqual(["", "Trams stop"]);
    expect(store.body(0)).toHaveLength(0);
    expect(() => store.add(signatureOf("a2", []))).toThrow(/already linked/);
  });
});

describe("HashPool", () => {
  it("tells entries that hold the same hashes from those that differ in a hash or in length", () => {
    const pool = new HashPool(4);
    for (const entry of [[1, 2, 3], [1, 2, 3], [1, 2, 4], [1, 2], []]) pool.push(Uint32Array.from(entry));
    expect(pool.sameEntries(0, 1)).toBe(true);
    expect(pool.sameEntries(0, 2)).toBe(false);
    expect(pool.sameEntries(0, 3)).toBe(false);
    expect(pool.sameEntries(3, 0)).toBe(false);
    expect(pool.sameEntries(4, 4)).toBe(true);
  });
});
