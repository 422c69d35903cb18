import type { CleanBlock, PageNode } from "@clippings/core";
import { copyrightHolder } from "./copyright.js";
import { hasAncestor, namesMatch } from "./page-ancestors.js";
import { peopleIn, tagText } from "./quotes/tagger.js";

// Places a page names its author when it has no byline: a labelled credit ("Autor" over the name), an author
// box (WordPress and theme vocabularies: `.author-bio`, `.author-box`, `.about-author`, `.td-author-name`), a
// signature line closing the article, a copyright line naming a person. Each is weaker than a byline, so they
// are read only when the page offers nothing better.

// A label that stands alone over the name it credits ("Autor", "About the author", "Von:"). By-words and
// "Text" label a name only with their colon: alone they end a phrase ("Proudly powered by").
const CREDIT_LABEL =
  /^(?:(?:autor|autorin|autoren|author|authors|auteur|auteurs|autore|verfasser|verfasserin|written by|geschrieben von|über den autor|über die autorin|über die autoren|zum autor|zur autorin|about the author|about the authors|à propos de l'auteur|sobre el autor)\s*:?|(?:von|by|par|por|text|texte)\s*:)$/i;
// A press release's contact is the person who speaks for it, the closest it has to an author; under such a
// label stand departments too ("Pressemeldungen Inland"), so the name must also read as a person's. A plain
// "Kontakt" or "Contact" labels a name only with its colon: alone it is a menu's link.
const CONTACT_LABEL =
  /^(?:(?:pressekontakt|press contact|media contact|medienkontakt|kontakt für die presse)\s*:?|(?:kontakt|contact|ansprechpartner|ansprechpartnerin)\s*:)$/i;
// A line that labels its own name explicitly ("Autor: Jane Roe", "Erstellt von Jane Roe"): unlike a bare
// "By Jane Roe", which teasers of other stories print too, it credits the page's author wherever it stands.
const LABELLED_LINE =
  /^(?:autor|autorin|autoren|author|authors|auteur|verfasser|verfasserin|text|texte|written by|geschrieben von|erstellt von|verfasst von|created by)\s*:?\s+\S/i;
const MAX_LINE_CHARS = 80;
// Class names of boxes that present the article's author, also as BEM writes them ("author__box"); guides and
// recipe sites present theirs as the expert who wrote or checked the piece ("expert-name", "expert-box").
const AUTHOR_BOX =
  /(?:^|[\s_-])(?:author|autor|auteur|expert)[-_]{0,2}(?:bio|box|info|about|details|profile|card|name|meta)(?:$|[\s_-])|about[-_]?(?:the[-_]?)?author|post[-_]author|entry[-_]author/;
// Class names of a teaser of another story ("o-teaser", "teaser-content"), how far up they are looked for. Not
// the sidebar: themes set the article's own author box in a sidebar of its meta.
const OTHER_STORY = /(?:^|[\s_-])teaser(?:$|[\s_-])/;
const TEASER_REACH = 10;
// Academic titles before a name, which the name model does not know.
const TITLES = /^(?:(?:dr|prof|mag|dipl|ing)\.\s*)+/i;
const CUT_AT_INITIAL = /\s\p{Lu}$/u;
// Class names of a page's copyright notice.
const COPYRIGHT_ELEMENT = /(?:^|[\s_-])copyrights?(?:$|[\s_-])/i;
const NOT_AUTHOR_BOX = /comment|respond|reply|(^|[\s_-])(form|review)s?($|[\s_-])/;
// How far a labelled credit's name may stand below its label, in blocks.
const LABEL_REACH = 2;
const MAX_NAME_CHARS = 60;
// A signature closes the article: the last blocks of the body or those just after it, under a paragraph of
// prose that ends a sentence.
const SIGNATURE_REACH = 2;
const CLOSING_PARAGRAPH = /[.!?…"“”»«')]$/u;
const MIN_PARAGRAPH_CHARS = 80;
// A date as a header line prints it: numeric ("11.12.2019", "2019-12-11", "12/11/2019") or with a month's name
// ("11. Dezember 2019", "December 11, 2019"), optionally with a time, also set apart by a bar ("| 13:10 Uhr").
const HEADER_DATE =
  "(?:\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?(?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s+\\p{L}{3,}\\.?\\s+\\d{4}|\\p{L}{3,}\\.?\\s+\\d{1,2},?\\s+\\d{4})(?:(?:,|\\s[|·•])?\\s+\\d{1,2}:\\d{2}(?:\\s*(?:uhr|am|pm|h))?)?";
// "11.12.2019 - Jane Roe", "Jane Roe | 3. Mai 2019": a date and a name joined by a dash or a bar, nothing else.
const DATED_CREDIT = new RegExp(
  `^(?:${HEADER_DATE}\\s+[-–—|·•]\\s+(?<after>[^\\d|]{3,60})|(?<before>[^\\d|]{3,60}?)\\s+[-–—|·•]\\s+${HEADER_DATE})$`,
  "iu",
);
// How far under the headline a dated credit line may stand, in non-empty blocks.
const DATED_CREDIT_REACH = 3;
// Endings of German and English common nouns and adjectives ("Nachrichten", "Aktuelle", "Meinung",
// "Wirtschaft"): capitalised words a name does not end in, which tell a noun phrase from a name where the
// name model does not know the first name.
const NOUN_OR_ADJECTIVE_ENDING =
  /(?:ung|ungen|heit|keit|schaft|tion|tionen|tät|ismus|nisse?|ment|ments|richten|lich|liche[nrs]?|isch|ische[nrs]?|ige[nrs]?|elle[nrs]?|ness|ity|ing|ies)$/i;

/** Names a fallback found and the block that shows them. */
export type Credit = { names: string[]; block: number };

// The element tests of these rules, a form also named "form" so that a pattern for forms catches an unnamed one.
const IN_COMMENT = namesMatch(NOT_AUTHOR_BOX, true);
const IN_OTHER_STORY = namesMatch(OTHER_STORY, true);
const IN_AUTHOR_BOX = namesMatch(AUTHOR_BOX, true);
const IN_COPYRIGHT_ELEMENT = namesMatch(COPYRIGHT_ELEMENT, true);

function inComment(block: CleanBlock, nodes: readonly PageNode[]): boolean {
  return hasAncestor(block, nodes, 12, IN_COMMENT);
}

/**
 * Whether a language model of English and common first names reads the text as a person's name: its first word
 * a known first name, or the whole text one person. Used where the layout alone does not tell a name from a
 * capitalised phrase ("Weitere Artikel"), which German writes like a name.
 */
export function readsAsPerson(name: string): boolean {
  const doc = tagText(name);
  if (doc.terms().first().has("#FirstName")) return true;
  const people = peopleIn(doc);
  return people.length === 1 && people[0]?.trim() === name.trim();
}

/** Names credited below a label that stands alone ("Autor" / "Jane Roe"), the first such credit of the page. */
export function labelledCredit(
  blocks: readonly CleanBlock[],
  nodes: readonly PageNode[],
  names: (text: string) => string[],
): Credit | null {
  for (const [at, block] of blocks.entries()) {
    const label = block.cleanText.trim();
    const contact = CONTACT_LABEL.test(label);
    if (!(contact || CREDIT_LABEL.test(label)) || inComment(block, nodes)) continue;
    for (const next of blocks.slice(at + 1, at + 1 + LABEL_REACH)) {
      if (next.cleanText.trim() === "") continue;
      if (next.cleanText.length > MAX_NAME_CHARS * 2) break;
      const found = names(next.cleanText).filter((n) => !contact || readsAsPerson(n.replace(TITLES, "")));
      if (found.length > 0) return { names: found, block: next.index };
      break;
    }
  }
  return null;
}

/** The names of the first block outside comments that a test accepts as a credit. */
function firstCredit(
  blocks: readonly CleanBlock[],
  nodes: readonly PageNode[],
  accepts: (block: CleanBlock, text: string) => boolean,
  names: (text: string) => string[],
): Credit | null {
  for (const block of blocks) {
    const text = block.cleanText.trim();
    if (!accepts(block, text) || inComment(block, nodes)) continue;
    const found = names(text);
    if (found.length > 0) return { names: found, block: block.index };
  }
  return null;
}

/** Names of the first line of the page that labels its own credit ("Autor: Jane Roe"), outside comments. */
export function labelledLine(
  blocks: readonly CleanBlock[],
  nodes: readonly PageNode[],
  names: (text: string) => string[],
): Credit | null {
  return firstCredit(
    blocks,
    nodes,
    (_, text) => text.length <= MAX_LINE_CHARS && LABELLED_LINE.test(text),
    names,
  );
}

/** The first name an author box of the page shows, outside comments. */
export function authorBoxName(
  blocks: readonly CleanBlock[],
  nodes: readonly PageNode[],
  names: (text: string) => string[],
): Credit | null {
  const inAuthorBox = (block: CleanBlock, text: string) => {
    if (text.length > MAX_NAME_CHARS || CREDIT_LABEL.test(text)) return false;
    // Teasers of other stories show their writers in the same author markup.
    if (hasAncestor(block, nodes, TEASER_REACH, IN_OTHER_STORY)) return false;
    return hasAncestor(block, nodes, 6, IN_AUTHOR_BOX) && !hasAncestor(block, nodes, 6, IN_COMMENT);
  };
  return firstCredit(blocks, nodes, inAuthorBox, names);
}

/** Whether a capitalised phrase reads as a person's name: known to the name model, or no word shaped like a noun's. */
function personShaped(name: string): boolean {
  if (readsAsPerson(name)) return true;
  const words = name.split(/\s+/);
  return words.length <= 3 && words.every((w) => !NOUN_OR_ADJECTIVE_ENDING.test(w));
}

/**
 * The name of a line that joins a date to a name ("11.12.2019 - Jane Roe") and stands just under the page's
 * headline, or as its kicker just above it: a header's credit line that carries no by-word.
 */
export function datedCreditLine(
  blocks: readonly CleanBlock[],
  lastBlock: number,
  names: (text: string) => string[],
): Credit | null {
  const headline = blocks.findIndex((b) => b.hints.heading === 1);
  const start = headline >= 0 ? headline : blocks.findIndex((b) => b.hints.heading !== undefined);
  if (start < 0) return null;
  const filled = (b: CleanBlock) => b.cleanText.trim() !== "";
  const kicker = blocks.slice(0, start).findLast(filled);
  const below = blocks
    .slice(start + 1)
    .filter(filled)
    .slice(0, DATED_CREDIT_REACH)
    .filter((b) => b.index <= lastBlock);
  for (const block of kicker ? [kicker, ...below] : below) {
    const match = DATED_CREDIT.exec(block.cleanText.trim());
    // The writer's role in brackets follows the name ("Jane Roe (Pressesprecherin)").
    const credit = (match?.groups?.after ?? match?.groups?.before)?.replace(/\s*\([^)]*\)$/, "").trim();
    if (!credit) continue;
    // A line the cleaner judged page furniture (a site-wide label and date) names the publisher as often as
    // a person: there only a name the name model knows as a person's counts.
    const found = names(credit).filter((n) =>
      block.role === "boilerplate" ? readsAsPerson(n) : personShaped(n),
    );
    if (found.length > 0) return { names: found, block: block.index };
  }
  return null;
}

// A post's list of facts under its headline (Elementor's `elementor-post-info`, themes' `entry-meta`,
// `post-meta`, `article-details`): its items are the section, the date and the author, each on its own.
const META_LIST = /(?:^|[\s_-])(?:post|entry|article|story)[-_]{0,2}(?:info|meta|metas|details)(?:$|[\s_-])/;
const IN_META_LIST = namesMatch(META_LIST, true);
// How far up from an item its list may stand: the item's element, the list, a wrapper.
const META_LIST_REACH = 3;

/**
 * A person's name that is one item of the post's list of facts near the article (an item the theme did not
 * mark as the author, such as Elementor's custom field): the list holds no other kind of name.
 */
export function metaListName(
  blocks: readonly CleanBlock[],
  nodes: readonly PageNode[],
  lastBlock: number,
  names: (text: string) => string[],
): Credit | null {
  for (const block of blocks) {
    if (block.index > lastBlock) break;
    const text = block.cleanText.trim();
    if (text.length > MAX_NAME_CHARS || inComment(block, nodes)) continue;
    if (!hasAncestor(block, nodes, META_LIST_REACH, IN_META_LIST)) continue;
    const found = names(text).filter((n) => n === text && readsAsPerson(n.replace(TITLES, "")));
    if (found.length > 0) return { names: found, block: block.index };
  }
  return null;
}

// "Jean DUPONT", "Anne-Marie DE LA TOUR": given names, then the surname in capitals.
const SURNAME_IN_CAPITALS = /^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}{2,}(?:[-']\p{Lu}{2,})*){1,3}$/u;

// A footnote's opening mark: "(1) ", "[2] ", "* ".
const FOOTNOTE = /^(?:\(\d{1,2}\)|\[\d{1,2}\]|\*{1,3})\s/u;

/** A line closing the article that is only a person's name ("Jane Roe" under the last paragraph). */
export function signatureName(
  blocks: readonly CleanBlock[],
  lastBodyBlock: number,
  isName: (text: string) => boolean,
): { name: string; block: number } | null {
  for (const [at, block] of blocks.entries()) {
    if (block.index > lastBodyBlock + SIGNATURE_REACH) break;
    // Above the article's notes ("(1) Figures from …") a signature closes the text wherever the page goes on.
    const notesBelow = FOOTNOTE.test(blocks[at + 1]?.cleanText.trim() ?? "");
    if (block.index <= lastBodyBlock - SIGNATURE_REACH && !notesBelow) continue;
    // Headings and list items that are a name are a topic or an entry, not who signed.
    if (block.hints.heading !== undefined || block.hints.listItem) continue;
    const above = blocks[at - 1]?.cleanText.trim() ?? "";
    const text = block.cleanText.trim();
    // A surname set in capitals ("Jean DUPONT") is how letters and statements sign: no phrase is written so,
    // which lets it close a short last sentence and a first name the name model does not know.
    const signs = SURNAME_IN_CAPITALS.test(text);
    if (!CLOSING_PARAGRAPH.test(above) || (above.length < MIN_PARAGRAPH_CHARS && !signs)) continue;
    if (text.length <= MAX_NAME_CHARS && isName(text) && (signs || readsAsPerson(text)))
      return { name: text, block: block.index };
  }
  return null;
}

// A licence notice credits the work's author: Creative Commons' own wording ("Example Blog by Jane Roe is licensed
// under a Creative Commons …", "… von Jane Roe steht unter einer Creative Commons …") and the years-and-by-word
// credit that stands for a copyright line without its mark ("(CC-Lizenz) 2011-2015 by Jane Roe"), which opens
// on the years: after a day and a month they are a byline's date ("am 3. Mai 2012 von Jane Roe").
const LICENCE_NAME =
  "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|von|van|de|der|da|del|di|du|la|le)){1,3})";
const LICENSED_BY = new RegExp(
  `(?:^|\\s)(?:by|von|par|por|de|di|door)\\s+${LICENCE_NAME}\\s+(?:is licensed|is available under|steht unter|est mise? à disposition|está (?:bajo|licenciad)|è distribuit|is gelicenseerd)`,
  "u",
);
const YEARS_BY = new RegExp(
  `^(?:\\([^)]*\\)\\s*)?(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)\\d\\d)?\\s+(?:by|von)\\s+${LICENCE_NAME}\\.?$`,
  "u",
);

/** The author a licence notice or a years-and-by-word credit names, or null. */
export function licenceHolder(line: string): string | null {
  if (line.length > 300) return null;
  const text = line.replace(/\s+/g, " ").trim();
  return LICENSED_BY.exec(text)?.[1] ?? YEARS_BY.exec(text)?.[1] ?? null;
}

/** The person a copyright line outside captions names ("© 2019 Jane Roe"), from the page's end up. */
export function copyrightPerson(
  blocks: readonly CleanBlock[],
  nodes: readonly PageNode[],
  isName: (text: string) => boolean,
): { name: string; block: number } | null {
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i];
    if (!block || block.hints.caption || block.hints.region === "figure") continue;
    // A teaser of another story credits its picture's photographer with the same mark.
    if (hasAncestor(block, nodes, TEASER_REACH, IN_OTHER_STORY)) continue;
    // The cleaner takes a "(c) Name" line for a photo credit; in an element the page names as its copyright
    // notice (`.copyright`, `.copyrights-text`) it is the site's.
    if (block.role === "caption" && !hasAncestor(block, nodes, 3, IN_COPYRIGHT_ELEMENT)) continue;
    // A footer bar sets the copyright among its links ("Impressum | Datenschutz | © Jane Roe"): each part is
    // read as a line of its own. The holder ends where a separator starts the line's other notes ("(c) Jane
    // Roe • Weitere Rechte").
    for (const part of block.cleanText.split(/\s[|•·]\s/u)) {
      const holder = (copyrightHolder(part) ?? licenceHolder(part))
        ?.replace(/^(?:by|von|par|por)\s+/i, "")
        .replace(/\s+[•·|–—]\s.*$/u, "");
      // A holder that ends on an initial was cut at the initial's full stop ("Jane P. Roe" read as "Jane P").
      if (holder && !CUT_AT_INITIAL.test(holder) && isName(holder) && readsAsPerson(holder))
        return { name: holder, block: block.index };
    }
  }
  return null;
}

// An unsigned wire story credits its agency with the agency's tag, alone or with the desk's initials or the
// paper's own ("(dpa/lno)", "(Paper mit dpa)", "AFP / jr"): parts joined by a slash, a comma or "with".
const WIRE_CREDIT_PARTS = /\s*(?:[/,;&+]|\s(?:mit|with|and|und|y|et|con|avec)\s)\s*/iu;
const MAX_WIRE_CREDIT_CHARS = 30;
// A part beside the agency's tag is a desk's or a paper's short tag, not a phrase.
const SHORT_TAG = /^[\p{L}.]{1,5}$/u;
// Where a paragraph prints its wire credit: a tag in brackets opening it ("(dpa) – …") or closing it ("… (dpa)"),
// a dash before the tag at its end ("… - AFP"), or a source line ("Quelle: dpa").
const OPENING_TAG = /^\(([^()]{1,30})\)\s*(?:[-–—:]|\.-)/u;
const CLOSING_TAG = /\(([^()]{1,30})\)\s*\.?$/u;
const CLOSING_DASH_TAG = /\s[-–—]\s*([\p{L}/ .]{2,30})\.?$/u;
const SOURCE_LINE = /^(?:quelle|quellen|source|sources|fuente|fuentes|fonte|fonti)\s*:\s*(.{2,30})$/iu;

/**
 * A wire credit as printed ("dpa/lno"), when one of its parts is a registered agency's tag and the others are
 * short tags; null for anything else in brackets (a place, an abbreviation's expansion, a remark).
 */
export function wireCredit(tag: string, isAgencyTag: (tag: string) => boolean): string | null {
  const text = tag.trim().replace(/\s+/g, " ");
  if (text.length > MAX_WIRE_CREDIT_CHARS) return null;
  const parts = text.split(WIRE_CREDIT_PARTS).filter(Boolean);
  if (!parts.some(isAgencyTag)) return null;
  return parts.every((p) => isAgencyTag(p) || SHORT_TAG.test(p)) ? text : null;
}

/** The paragraphs of an article that may carry its wire credit. */
export interface WireCreditPlaces {
  /** The dateline's tag ("dpa/lno" in "Hamburg (dpa/lno) –") and the block of the first paragraph. */
  datelineTag: string | null;
  first: { text: string; block: number } | null;
  /** The article's closing paragraphs, last one last. */
  closing: readonly { text: string; block: number }[];
}

// Short notes may follow the paragraph that carries the credit ("*Example is part of …", a picture credit): the
// credit stands in the article's last paragraph of prose or in the short lines under it, a few at most.
const CLOSING_NOTES = 3;

/**
 * The agency's credit an unsigned wire story prints in its dateline, its first paragraph or its last ones, never
 * elsewhere on the page, where lists of other stories carry their own.
 */
export function wireCreditOf(
  places: WireCreditPlaces,
  isAgencyTag: (tag: string) => boolean,
): { name: string; block: number } | null {
  const first = places.first;
  if (first) {
    const tags = [places.datelineTag, OPENING_TAG.exec(first.text.trim())?.[1]];
    for (const tag of tags) {
      const credit = tag ? wireCredit(tag, isAgencyTag) : null;
      if (credit) return { name: credit, block: first.block };
    }
  }
  const lastProse = places.closing.findLastIndex((p) => p.text.trim().length >= MIN_PARAGRAPH_CHARS);
  const closing = places.closing.slice(Math.max(lastProse, 0, places.closing.length - 1 - CLOSING_NOTES));
  for (const paragraph of closing.reverse()) {
    const text = paragraph.text.trim();
    for (const pattern of [CLOSING_TAG, CLOSING_DASH_TAG, SOURCE_LINE]) {
      const tag = pattern.exec(text)?.[1];
      const credit = tag ? wireCredit(tag, isAgencyTag) : null;
      if (credit) return { name: credit, block: paragraph.block };
    }
  }
  return null;
}
