import { cleanDocument } from "@clippings/clean";
import { docFromLines } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { noArticleReason } from "./no-article.js";

const clean = (lines: string[], format: "html" | "text" = "text") =>
  cleanDocument({ ...docFromLines(lines), format }, { signatures: [] });

describe("noArticleReason", () => {
  it("says that an HTML page shows no text at all, as an app shell drawn by scripts does", () => {
    expect(noArticleReason(clean([], "html"))).toMatch(/shows no text.*scripts/);
    expect(noArticleReason(clean([]))).toBe("the document holds no text");
  });

  it("tells text that is only page furniture from text that is too short to be a paragraph", () => {
    const furniture = clean(["Home", "Home", "Home"]);
    furniture.blocks.forEach((b) => {
      b.role = "boilerplate";
    });
    expect(noArticleReason(furniture)).toMatch(/all 3 text blocks are page furniture/);
    expect(noArticleReason(clean(["Menu", "Contact"]))).toMatch(
      /none of the [12] text blocks .* reads as prose/,
    );
  });
});
