import { cleanDocument } from "@clippings/clean";
import { docFromLines, type OutletRegistry, type ParsedDoc } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article.js";
import { RegistryIndex } from "./registry-index.js";

// An invented agency: "exw" stands for any registered agency's wire tag.
const registry = new RegistryIndex({
  outlets: [
    {
      name: "Example Wire",
      kind: "agency",
      aliases: [],
      domains: [],
      wireTags: ["exw"],
      signatures: [],
    },
  ],
} satisfies OutletRegistry);
const PARAGRAPHS = [1, 2, 3].map(
  (n) =>
    `Paragraph ${n} of the story, in which the council said on Monday that the new road, the bridge and the school would be finished next year, at a cost well above the first estimate.`,
);

/** An HTML page: a headline over three paragraphs inside one <article>, the last one closing with a credit. */
function page(credit: string): ParsedDoc {
  const lines = ["Council approves the new road", ...PARAGRAPHS.slice(0, 2), `${PARAGRAPHS[2]} ${credit}`];
  const base = docFromLines(lines, { id: "page" });
  const nodes = [
    { tag: "body", parent: null, names: "" },
    { tag: "article", parent: 0, names: "article-body" },
    ...lines.map((_, at) => ({ tag: at === 0 ? "h1" : "p", parent: 1, names: "" })),
  ];
  const blocks = base.blocks.map((block, at) => ({
    ...block,
    hints: { node: at + 2, ...(at === 0 ? { heading: 1 } : {}) },
  }));
  return { ...base, source: "page.html", format: "html", blocks, nodes };
}

const authorsOf = (doc: ParsedDoc) =>
  extractArticle(cleanDocument(doc, { signatures: [] }), { registry, today: "2026-11-23" }).authors.value;

describe("an unsigned wire story on an HTML page", () => {
  it("is credited to the agency's wire credit closing its last paragraph", () => {
    expect(authorsOf(page("(DP mit exw)"))).toEqual(["DP mit exw"]);
    expect(authorsOf(page("(EXW)"))).toEqual(["EXW"]);
  });

  it("is not credited to a word that only spells the tag in other capitals, nor to other brackets", () => {
    expect(authorsOf(page("(Exw)"))).toEqual([]);
    expect(authorsOf(page("(Harbour town)"))).toEqual([]);
  });
});
