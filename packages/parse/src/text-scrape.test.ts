import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTextScrape } from "./text-scrape.js";

const parse = (raw: string) => parseTextScrape({ id: "a", source: "a.txt", raw });

describe("parseTextScrape", () => {
  it("reads a crawl header with an HTTP status and leaves it out of the blocks", () => {
    const doc = parse(" date 2025-04-09 403\nHeadline\nBody line.");
    expect(doc.crawlDate).toBe("2025-04-09");
    expect(doc.crawlStatus).toBe("403");
    expect(doc.blocks.map((b) => b.text)).toEqual(["Headline", "Body line."]);
  });

  it("reads a crawl header with a word status, and none when the first line is text", () => {
    expect(parse(" date 2024-01-02 Trending\nX").crawlStatus).toBe("Trending");
    const plain = parse("Headline\n date 2024-01-02 200\n");
    expect(plain.crawlDate).toBeNull();
    expect(plain.blocks).toHaveLength(2);
  });

  it("strips a BOM, folds CRLF, keeps quote marks, and records indents and blank lines", () => {
    const doc = parse("\uFEFFTitle\r\n\r\n   \u201CQuoted,\u201D she said.\r\n");
    expect(doc.blocks.map((b) => b.text)).toEqual(["Title", "\u201CQuoted,\u201D she said."]);
    expect(doc.blocks[1]?.hints).toEqual({ indent: 3, blankBefore: 1 });
  });

  it("keeps block offsets pointing at the block text, for any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (raw) => {
        const doc = parse(raw);
        return doc.blocks.every((b) => doc.text.slice(b.start, b.end) === b.text);
      }),
      { numRuns: 300 },
    );
  });
});
