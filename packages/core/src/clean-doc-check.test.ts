import { describe, expect, it } from "vitest";
import { BlockHintsSchema, type CleanBlock, CleanBlockSchema } from "./blocks.js";
import { CHECKED_HINT_KEYS, checkCleanDoc } from "./clean-doc-check.js";
import { type CleanDoc, CleanDocSchema, PageNodeSchema } from "./documents.js";
import { DocumentError } from "./errors.js";

function block(index: number, overrides: Partial<CleanBlock> = {}): CleanBlock {
  return {
    index,
    text: "Council expands the bus network.",
    start: index * 40,
    end: index * 40 + 32,
    hints: { linkDensity: 0, heading: 2, node: 1, parts: ["Council", "expands"] },
    role: "content",
    reason: null,
    repeatOf: null,
    cleanText: "Council expands the bus network.",
    ...overrides,
  };
}

function doc(overrides: Partial<CleanDoc> = {}): CleanDoc {
  return {
    id: "bus",
    source: "pages/bus.html",
    format: "html",
    url: "https://example.org/bus",
    crawlDate: "2024-03-01",
    crawlStatus: "200",
    text: "Council expands the bus network.",
    blocks: [block(0), block(1, { role: "repeat", reason: "repeats block 0", repeatOf: 0 })],
    meta: { "og:title": "Council expands the bus network" },
    nodes: [
      { tag: "article", parent: null, names: "story" },
      { tag: "p", parent: 0, names: "" },
    ],
    ...overrides,
  };
}

/** A copy of the document with one value replaced at a dotted path. */
function withValue(path: string, value: unknown): CleanDoc {
  const copy = structuredClone(doc()) as unknown as Record<string, unknown>;
  const keys = path.split(".");
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys[keys.length - 1] as string] = value;
  return copy as unknown as CleanDoc;
}

describe("checkCleanDoc", () => {
  it("hands a valid document on as it is, without a copy", () => {
    const valid = doc();
    expect(CleanDocSchema.safeParse(valid).success).toBe(true);
    expect(checkCleanDoc(valid)).toBe(valid);
  });

  it("knows every field of a block, its hints and a page node (a new field must be taught to the loop)", () => {
    expect([...CHECKED_HINT_KEYS].sort()).toEqual(Object.keys(BlockHintsSchema.shape).sort());
    expect(Object.keys(CleanBlockSchema.shape).sort()).toEqual(
      ["index", "text", "start", "end", "hints", "role", "reason", "repeatOf", "cleanText"].sort(),
    );
    expect(Object.keys(PageNodeSchema.shape).sort()).toEqual(["names", "parent", "tag"]);
    expect(Object.keys(CleanDocSchema.shape).sort()).toEqual(
      ["id", "source", "format", "url", "crawlDate", "crawlStatus", "text", "blocks", "meta", "nodes"].sort(),
    );
  });

  const refused: [string, unknown][] = [
    ["id", ""],
    ["format", "pdf"],
    ["source", ""],
    ["url", 5],
    ["crawlDate", "1 March 2024"],
    ["crawlStatus", 200],
    ["text", null],
    ["meta.og:title", 3],
    ["blocks.1.index", -1],
    ["blocks.1.index", 1.5],
    ["blocks.1.start", Number.NaN],
    ["blocks.1.end", 2 ** 60],
    ["blocks.1.text", null],
    ["blocks.1.cleanText", undefined],
    ["blocks.1.role", "furniture"],
    ["blocks.1.reason", 4],
    ["blocks.1.repeatOf", -2],
    ["blocks.1.hints", null],
    ["blocks.1.hints.heading", 7],
    ["blocks.1.hints.heading", 0],
    ["blocks.1.hints.listItem", "yes"],
    ["blocks.1.hints.linkDensity", 1.01],
    ["blocks.1.hints.linkDensity", Number.POSITIVE_INFINITY],
    ["blocks.1.hints.caption", 1],
    ["blocks.1.hints.region", 5],
    ["blocks.1.hints.indent", -1],
    ["blocks.1.hints.blankBefore", 0.5],
    ["blocks.1.hints.node", "1"],
    ["blocks.1.hints.parts", ["a", "b", "c", "d", "e", "f", "g", "h", "i"]],
    ["blocks.1.hints.parts", ["a", 2]],
    ["blocks.1", null],
    ["nodes.1.parent", -1],
    ["nodes.1.tag", null],
    ["nodes.1.names", undefined],
  ];
  it.each(refused)("refuses %s = %j as the schema does, naming the document and the place", (path, value) => {
    const bad = withValue(path, value);
    expect(CleanDocSchema.safeParse(bad).success).toBe(false);
    expect(() => checkCleanDoc(bad)).toThrow(DocumentError);
    // The block or node by its position, or the document's own field.
    const place = path.includes(".") ? path.split(".").slice(0, 2).join(".") : `document: ${path}`;
    const source = path === "source" ? "" : "pages/bus.html";
    expect(() => checkCleanDoc(bad)).toThrow(`${source}: clean produced a bad ${place}`);
  });

  const accepted: [string, unknown][] = [
    ["url", null],
    ["crawlDate", null],
    ["crawlStatus", null],
    ["nodes", undefined],
    ["blocks.1.hints", {}],
    ["blocks.1.hints.heading", 1],
    ["blocks.1.hints.heading", 6],
    ["blocks.1.hints.linkDensity", 1],
    ["blocks.1.hints.parts", ["a", "b", "c", "d", "e", "f", "g", "h"]],
    ["blocks.1.hints.region", "aside"],
    ["blocks.1.role", "boilerplate"],
    ["blocks.1.reason", "navigation"],
    ["nodes.1.parent", null],
  ];
  it.each(accepted)("accepts %s = %j as the schema does", (path, value) => {
    const good = withValue(path, value);
    expect(CleanDocSchema.safeParse(good).success).toBe(true);
    expect(checkCleanDoc(good)).toBe(good);
  });
});
