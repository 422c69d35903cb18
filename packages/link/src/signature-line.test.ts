import { fixtureArticle, fixtureField, fixtureQuote } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { articleSignature } from "./signature.js";
import { signatureFromLine, signatureToLine } from "./signature-line.js";

const article = fixtureArticle({
  id: "a1",
  date: fixtureField("2024-05-02"),
  outlet: fixtureField("Harbour Post"),
  headline: fixtureField("Bridge closes for repairs"),
  body: [
    "Harbour City council voted on Tuesday to close the Old Mill Bridge after engineers found cracks in its supports.",
    "Mayor Ann Lee said repairs would take at least six months.",
  ].map((text, block) => ({ block, text })),
  quotes: [
    fixtureQuote({ id: "a1-q1", text: "We will reopen it as soon as it is safe", speaker: "Ann Lee" }),
  ],
});

describe("signature lines", () => {
  it("give back the signature they were written from, hash arrays included", () => {
    const signature = articleSignature(article);
    const line = signatureToLine(signature);
    expect(line).not.toContain("\n");
    const back = signatureFromLine(line);
    expect(back).toEqual(signature);
    expect(back.body).toBeInstanceOf(Uint32Array);
    expect([...back.names]).toEqual([...signature.names]);
  });

  it("keep a signature without a date, outlet, headline or quotes", () => {
    const bare = { ...articleSignature(article), date: null, outlet: null, headline: null, quotes: [] };
    expect(signatureFromLine(signatureToLine(bare))).toEqual(bare);
  });

  it("reject a line that is not a signature, and a hash list cut mid-hash", () => {
    expect(() => signatureFromLine('{"id":"a1"}')).toThrow();
    const line = JSON.parse(signatureToLine(articleSignature(article)));
    expect(() =>
      signatureFromLine(JSON.stringify({ ...line, names: Buffer.from([1, 2, 3]).toString("base64") })),
    ).toThrow(/not whole 32-bit hashes/);
  });

  it("read without copying, give the same hashes", () => {
    const signature = articleSignature(article);
    const back = signatureFromLine(signatureToLine(signature), { copyHashes: false });
    expect([back.body, back.names, back.words]).toEqual([signature.body, signature.names, signature.words]);
  });
});
