import { parseHtml } from "@clippings/parse";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "./clean-document.js";

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the release, in which the institute said on Monday that the new model, the data and the code would be published next year, at no cost to other researchers.</p>`;

const clean = (tail: string) => {
  const raw = `<html><body><h1>Institute releases a new climate model</h1><div class="article-body">${paragraph(1)}${paragraph(2)}${paragraph(3)}${tail}</div></body></html>`;
  return cleanDocument(parseHtml({ id: "c", source: "c.html", raw }), { signatures: [] });
};
const roleOf = (doc: ReturnType<typeof clean>, start: string) =>
  doc.blocks.find((b) => b.text.startsWith(start))?.role;

describe("a contact or sources section after the story", () => {
  it.each([
    "Contact:",
    "Press contact",
    "Kontakt:",
    "Weitere Informationen:",
    "Contacto:",
    "Plus d'informations :",
  ])("drops the label %j and the short lines under it", (label) => {
    const doc = clean(
      `<p>${label}</p><p>Dr. Jane Example<br>Example Institute<br>E-Mail: jane@example.org</p>`,
    );
    expect(roleOf(doc, label)).toBe("boilerplate");
    expect(roleOf(doc, "Dr. Jane Example")).toBe("boilerplate");
    expect(roleOf(doc, "E-Mail")).toBe("boilerplate");
    expect(roleOf(doc, "Paragraph 3")).toBe("content");
  });

  it("ends the section at the next paragraph of prose", () => {
    const doc = clean(`<p>Sources:</p><p>Example Survey 2020</p>${paragraph(4)}`);
    expect(roleOf(doc, "Example Survey")).toBe("boilerplate");
    expect(roleOf(doc, "Paragraph 4")).toBe("content");
  });

  it("keeps a page that is only a contact card, with no story before the label", () => {
    const raw = `<html><body><h1>Contact us</h1><div class="article-body"><p>Contact:</p><p>Example Institute<br>Main Street 1<br>E-Mail: info@example.org</p></div></body></html>`;
    const doc = cleanDocument(parseHtml({ id: "k", source: "k.html", raw }), { signatures: [] });
    expect(roleOf(doc, "Example Institute")).toBe("content");
  });

  it("keeps a line that only starts like a label", () => {
    const doc = clean("<p>Contact with the team was lost on Monday.</p>");
    expect(roleOf(doc, "Contact with the team")).toBe("content");
  });
});

describe("the end of a contact section", () => {
  it("is the end of the element that holds its label", () => {
    const raw = `<html><body><h1>Institute releases a new climate model</h1><div class="article-body">${paragraph(1)}${paragraph(2)}${paragraph(3)}
<div class="more"><p>More information</p><ul><li><a href="/a">The model's page</a></li></ul></div>
<p>The Example Institute works on the climate of the past and of the future</p></div></body></html>`;
    const doc = cleanDocument(parseHtml({ id: "e", source: "e.html", raw }), { signatures: [] });
    expect(roleOf(doc, "More information")).toBe("boilerplate");
    const about = doc.blocks.find((b) => b.text.startsWith("The Example Institute"));
    expect(about?.reason).not.toBe("outside-article");
    expect(about?.role).toBe("content");
  });
});
