import type { CleanBlock, PageNode } from "@clippings/core";
import { isProse } from "./line-shape.js";

// The label of a section that a press release or a report closes with: whom to contact, where to read more,
// which sources it drew on. In the languages of the web the pipeline reads most: English, German, Spanish, French.
const SECTION_LABEL =
  /^(contacts?|press contacts?|media contacts?|for (more|further) information|(more|further) information|sources?|kontakt|pressekontakt|medienkontakt|ansprechpartner(in)?|für rückfragen|weitere informationen|quellen|quellenangaben|contacto|contacto de prensa|más información|fuentes|pour plus d'informations|plus d'informations|contact presse)\s*:?$/i;

function holds(at: number, descendant: number | undefined, nodes: readonly PageNode[]): boolean {
  let node: number | null | undefined = descendant;
  for (let level = 0; node !== null && node !== undefined && level < nodes.length; level += 1) {
    if (node === at) return true;
    node = nodes[node]?.parent;
  }
  return false;
}

/**
 * A contact or sources section inside the article's element, after the story: its label and the short lines
 * under it (names, phone numbers, addresses, links) in the element that holds the label, up to the next
 * paragraph of prose. The label must follow some of the story's prose, so that a page that is only a contact
 * card keeps its text.
 */
export function markContactSections(blocks: CleanBlock[], nodes: readonly PageNode[]): void {
  let proseSeen = false;
  let section: number | null = null;
  for (const block of blocks) {
    if (block.role !== "content") continue;
    const text = block.cleanText.trim();
    const own = block.hints.node;
    if (proseSeen && SECTION_LABEL.test(text) && own !== undefined) {
      section = nodes[own]?.parent ?? null;
      block.role = "boilerplate";
      block.reason = "navigation";
      continue;
    }
    if (isProse(text) || section === null || !holds(section, own, nodes)) {
      proseSeen ||= isProse(text);
      section = null;
      continue;
    }
    block.role = "boilerplate";
    block.reason = "navigation";
  }
}
