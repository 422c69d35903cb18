import { cleanDocument } from "@clippings/clean";
import { docFromLines, type ParsedDoc } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article.js";
import { RegistryIndex } from "./registry-index.js";

const registry = new RegistryIndex({ outlets: [] });
const PARAGRAPHS = [1, 2, 3].map(
  (n) =>
    `Paragraph ${n} of the story, in which the council said on Monday that the new road, the bridge and the school would be finished next year, at a cost well above the first estimate.`,
);

/** An HTML page's blocks: a headline and the given headings above three paragraphs, all inside one <article>. */
function page(headings: readonly { level: number; text: string }[]): ParsedDoc {
  const lines = ["Council approves the new road", ...headings.map((h) => h.text), ...PARAGRAPHS];
  const base = docFromLines(lines, { id: "page" });
  const tags = ["h1", ...headings.map((h) => `h${h.level}`), ...PARAGRAPHS.map(() => "p")];
  const nodes = [
    { tag: "body", parent: null, names: "" },
    { tag: "article", parent: 0, names: "article-body" },
    ...tags.map((tag) => ({ tag, parent: 1, names: "" })),
  ];
  const blocks = base.blocks.map((block, at) => {
    const level = /^h(\d)$/.exec(tags[at] ?? "")?.[1];
    return { ...block, hints: { node: at + 2, ...(level ? { heading: Number(level) } : {}) } };
  });
  return { ...base, source: "page.html", format: "html", blocks, nodes };
}

const bodyOf = (doc: ParsedDoc) =>
  extractArticle(cleanDocument(doc, { signatures: [] }), { registry, today: "2026-11-23" }).body.map(
    (p) => p.text,
  );

describe("subheadings above an HTML article's first paragraph", () => {
  it("open the body when they say something apart from the headline", () => {
    const body = bodyOf(
      page([{ level: 2, text: "The vote ends a year of debate over traffic in the old town" }]),
    );
    expect(body[0]).toBe("The vote ends a year of debate over traffic in the old town");
    expect(body).toHaveLength(4);
    expect(body).not.toContain("Council approves the new road");
  });

  it("leave out a heading that repeats the headline and a one- or two-word topic label", () => {
    expect(bodyOf(page([{ level: 2, text: "Council approves new road" }]))).toHaveLength(3);
    expect(bodyOf(page([{ level: 3, text: "Local politics" }]))).toHaveLength(3);
  });

  it("leave out a run of headings too long to be a subtitle", () => {
    const run = [1, 2, 3, 4].map((n) => ({ level: 3, text: `Section number ${n} of the long guide` }));
    expect(bodyOf(page(run))).toHaveLength(3);
  });
});

describe("a heading inside an HTML article over a removed link list", () => {
  // Blocks: h1, p1, h2, [link line], p2, p3. The link line is marked by cleaning as navigation (link-dense).
  function pageWithLinks(linkDensity: number): ParsedDoc {
    const lines = [
      "Council approves the new road",
      PARAGRAPHS[0] as string,
      "What the council decided next",
      "Road plans: the full timeline",
      PARAGRAPHS[1] as string,
      PARAGRAPHS[2] as string,
    ];
    const base = docFromLines(lines, { id: "links" });
    const tags = ["h1", "p", "h2", "li", "p", "p"];
    const nodes = [
      { tag: "body", parent: null, names: "" },
      { tag: "article", parent: 0, names: "article-body" },
      { tag: "ul", parent: 1, names: "" },
      ...tags.map((tag) => ({ tag, parent: tag === "li" ? 2 : 1, names: "" })),
    ];
    const blocks = base.blocks.map((block, at) => ({
      ...block,
      hints: {
        node: at + 3,
        ...(tags[at] === "h1" ? { heading: 1 } : tags[at] === "h2" ? { heading: 2 } : {}),
        ...(tags[at] === "li" ? { linkDensity } : {}),
      },
    }));
    return { ...base, source: "links.html", format: "html", blocks, nodes };
  }

  it("is left out with its links", () => {
    const body = bodyOf(pageWithLinks(1));
    expect(body).not.toContain("What the council decided next");
    expect(body).toHaveLength(3);
  });

  it("stays when what follows it is text, not links", () => {
    expect(bodyOf(pageWithLinks(0))).toContain("What the council decided next");
  });
});
