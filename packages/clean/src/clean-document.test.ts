import { docFromLines } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "./clean-document.js";

const PARAGRAPH_A =
  "The city council voted on Monday to expand the bus network, adding four routes that will link the eastern suburbs to the harbour.";
const PARAGRAPH_B =
  "Officials said the new routes would open in the spring and cost about 12 million dollars a year to run, paid from the transport levy.";

function roles(lines: string[], signatures: string[] = []) {
  const doc = cleanDocument(docFromLines(lines), { signatures });
  return doc.blocks.map((b) => [b.text, b.role, b.reason]);
}

describe("cleanDocument", () => {
  it("marks error-page text, breadcrumbs and text-size widgets", () => {
    const result = roles([
      "Oops!",
      "The page you requested could not be found.",
      "Home » Local » Transport",
      "Font size",
      "small",
      "large",
      "Council Expands Bus Network",
      PARAGRAPH_A,
      PARAGRAPH_B,
    ]);
    expect(result.slice(0, 6).map((r) => r[2])).toEqual([
      "error-page",
      "error-page",
      "breadcrumb",
      "widget",
      "widget",
      "widget",
    ]);
    expect(result[6]?.[1]).toBe("content");
    expect(result[7]?.[1]).toBe("content");
  });

  it("keeps captions as captions, not body", () => {
    const result = roles([
      "Council Expands Bus Network",
      "A new electric bus waits at the depot on Monday. (AP Photo/Jane Roe)",
      "The mayor (left) greets drivers at the depot.",
      "The first bus of the new line leaves the depot after its fitting in early November. (credit: City Transit/Jane Roe)",
      PARAGRAPH_A,
      "Drivers said the new line would need more staff. Their union gave credit: the council listened.",
    ]);
    expect(result[1]?.[1]).toBe("caption");
    expect(result[2]?.[1]).toBe("caption");
    expect(result[3]?.[1]).toBe("caption");
    expect(result[4]?.[1]).toBe("content");
    // Only a parenthesised credit marks a caption, not the word in prose.
    expect(result[5]?.[1]).toBe("content");
  });

  it("takes short lines that start with a credit label, in several languages, for captions", () => {
    const result = roles([
      PARAGRAPH_A,
      "Titelbild: Jane Roe/Example Agency",
      "Crédits photos : Example Agency",
      "Foto: Jane Roe",
      PARAGRAPH_B,
      "Bild: Der neue Bus steht im Depot, sagte die Sprecherin der Stadt am Montag, und er fährt ab Mai auf der neuen Linie durch die östlichen Vororte bis zum Hafen, wo die Fähre wartet.",
      "Fotos zeigen den Bus.",
    ]);
    expect(result.slice(1, 4).map((r) => r[1])).toEqual(["caption", "caption", "caption"]);
    expect(result[4]?.[1]).toBe("content");
    // A long line is prose that starts with the word, and a word without a colon is no label.
    expect(result[5]?.[1]).toBe("content");
    expect(result[6]?.[1]).not.toBe("caption");
  });

  it("marks paywall prompts, legal text and comment counters", () => {
    const result = roles([
      PARAGRAPH_A,
      PARAGRAPH_B,
      "Subscribe now to continue reading this story.",
      "Copyright 2024 Example Media. All rights reserved.",
      "12 Comments",
    ]);
    expect(result.slice(2).map((r) => r[2])).toEqual(["paywall", "legal", "comment-counter"]);
  });

  it("marks a related-articles list with all its items, and stops at prose", () => {
    const result = roles([
      PARAGRAPH_A,
      "Most Read",
      "-",
      "Storm Closes Schools Across the Region",
      "Local Team Wins Cup After Penalty Shootout",
      PARAGRAPH_B,
    ]);
    expect(result.slice(1, 5).map((r) => r[2])).toEqual([
      "list-heading",
      "separator",
      "list-item",
      "list-item",
    ]);
    expect(result[5]?.[1]).toBe("content");
  });

  it("ends a link list at the headline over a byline, past the share bar between them", () => {
    const result = roles([
      "Most Popular",
      "Storm Closes Schools Across the Region",
      "Bus Network To Grow By Four Routes",
      "Share this:",
      "By Jane Roe | Special to the Herald",
      PARAGRAPH_A,
    ]);
    expect(result.map((r) => r[2])).toEqual(["list-heading", "list-item", null, "widget", null, null]);
  });

  it("marks repeated paragraphs as repeats of the first copy, ignoring quote style", () => {
    const quoted = `"We are pleased," the mayor said, adding that more routes could follow next year if demand holds.`;
    const curly =
      "\u201CWe are pleased,\u201D the mayor said, adding that more routes could follow next year if demand holds.";
    const doc = cleanDocument(docFromLines([PARAGRAPH_A, quoted, PARAGRAPH_A, curly]), { signatures: [] });
    expect(doc.blocks.map((b) => b.repeatOf)).toEqual([null, null, 0, 1]);
  });

  it("trims a wire sign-off, marks editor initials and ends the article there", () => {
    const doc = cleanDocument(docFromLines([PARAGRAPH_A, `${PARAGRAPH_B} (end)`, "jd", "World", "Sports"]), {
      signatures: [],
    });
    expect(doc.blocks[1]?.cleanText).toBe(PARAGRAPH_B);
    expect(doc.blocks[2]?.reason).toBe("sign-off");
    expect(doc.blocks.slice(3).map((b) => b.reason)).toEqual(["navigation", "navigation"]);
  });

  it("marks registry signature lines only when they stand as short lines", () => {
    const doc = cleanDocument(docFromLines(["EXAMPLE DAILY MORNING EDITION", PARAGRAPH_A]), {
      signatures: ["EXAMPLE DAILY"],
    });
    expect(doc.blocks[0]?.reason).toBe("signature");
    const inProse = cleanDocument(docFromLines([`EXAMPLE DAILY ${PARAGRAPH_A}`]), {
      signatures: ["EXAMPLE DAILY"],
    });
    expect(inProse.blocks[0]?.role).toBe("content");
  });

  it("never deletes a block", () => {
    const lines = [
      "Menu",
      "Headline Here",
      PARAGRAPH_A,
      "Share",
      "Related Stories",
      "Another Story Title Here",
    ];
    const doc = cleanDocument(docFromLines(lines), { signatures: [] });
    expect(doc.blocks.map((b) => b.text)).toEqual(lines);
  });

  it("refuses a reader's out-of-range hint at the hand-off to extract, naming the document and the block", () => {
    const doc = docFromLines([PARAGRAPH_A, PARAGRAPH_B], { id: "bus" });
    const second = doc.blocks[1];
    if (second) second.hints.linkDensity = 1.5;
    expect(() => cleanDocument(doc, { signatures: [] })).toThrow(
      "bus.txt: clean produced a bad blocks.1: hints.linkDensity is not a share 0..1",
    );
  });
});
