import { type CleanBlock, type Field, fromBlock } from "@clippings/core";

// By-words of bylines in the languages the pipeline meets: "By", "Von" (de), "Par" (fr), "Por" (es, pt),
// "Door" (nl), "Di" (it), "Av" (sv, no), "Af" (da), and labelled credits ("Text:", "Autor:").
// Before the by-word a credit may name what is credited ("Text von", "Ein Gastbeitrag von", "Written by:",
// "Blog post by"): nouns of authored pieces and verbs of writing only, so that "Die Rückkehr von Jane Roe" or
// "Foto von Jane Roe" credit nobody. Dashes and rules before it are decoration ("---- by Jane Roe").
const PIECE =
  "blog|gast|guest|text|texte|post|story|article|artikel|beitrag|blogbeitrag|gastbeitrag|essay|kommentar|kolumne|column|interview";
const WRITTEN =
  "written|words|reporting|posted|published|created|erstellt|geschrieben|verfasst|eingestellt|veröffentlicht|publié|écrit|escrito|publicado|scritto|pubblicato";
const ARTICLE_WORD = "ein|eine|a|an|the|un|une|el|la|il";
const BY_WORD = "by|von|par|por|door|di|da|av|af";
const LABEL =
  "text|texte|texto|testo|autor|autorin|autoren|author|authors|auteur|autore|tekst|verfasser|verfasserin";
// A label may credit the pictures too ("Text & Fotos:", "Text und Bilder:"): the writer took them.
const WITH_PICTURES = "(?:\\s*(?:&|\\+|/|und|and|et|y)\\s*(?:fotos?|photos?|bilder?|illustrations?))?";
const BYLINE = new RegExp(
  `^[-–—_~*\\s]*(?:(?:(?:${ARTICLE_WORD})\\s+)?(?:(?:${PIECE})[\\s-]+)*(?:(?:${PIECE}|${WRITTEN})\\s+)?(?:${BY_WORD})\\s*:?\\s+|(?:${LABEL})${WITH_PICTURES}\\s*:\\s*)(.+)$`,
  "iu",
);
// Credits of other work that follow the writer's ("Text von A Illustration von B", "By A, photos by B"). The
// separator before them is checked by a look-behind of one character, so that a run of separators is not
// rescanned from each of its characters.
const OTHER_CREDIT =
  /(?<=[\s,;|])(?:illustrations?|illustriert|fotos?|photos?|photography|bilder?|grafiken?|graphics?|videos?|kamera|camera|edited|redigiert|übersetz\w*|translat\w*)\b.*$/iu;
// What follows the names on a byline: its date ("on May 3", "am 3. Mai", "| 3 March 2020") or section.
// The outlet a writer wrote for ("By Jane Roe for The Example Times", title-cased "For") is no name either.
const AFTER_NAMES =
  /\s+(?:am|on|um|at|le|el|il)\s+.*\d.*$|,?\s*\d.*$|\s[-–—|·•@]\s.*$|\s[-–—|·•]$|\s*\(.*$|\s+(?:for|For)\s.*$/u;
const NOT_A_PERSON =
  /\b(staff|correspondent|reporter|editor|desk|team|agency|news|wire|writer|contributor|bureau)\b/i;
const NAME = /^[\p{Lu}][\p{L}'’.-]*(\s+([\p{Lu}][\p{L}'’.-]*|van|von|de|da|der|del|la|le|bin|al|ibn)){1,4}$/u;

const SOFT_HYPHEN = /\u00AD/g;

// "Ein Interview von Jane Roe mit Ola Kent", "An interview by Jane Roe with Ola Kent": who is interviewed
// follows the interviewer's name, and is no author.
const INTERVIEW = /^[-–—_~*\s]*(?:(?:ein|an|un|une)\s+)?interview\b/iu;
const INTERVIEWEE = /\s+(?:mit|with|avec|con)\s.*$/iu;

/** Names in a byline line: "By A and B", "By A, B & C"; roles, outlets and handles are left out. */
export function namesInByline(text: string): string[] | null {
  // Soft hyphens that hyphenate a long name ("Mat\u00ADthi\u00ADas") are invisible: the name is read without them.
  const match = BYLINE.exec(text.replace(SOFT_HYPHEN, "").trim());
  if (!match?.[1]) return null;
  const credited = INTERVIEW.test(text) ? match[1].replace(INTERVIEWEE, "") : match[1];
  const names = credited
    .replace(OTHER_CREDIT, "")
    .replace(AFTER_NAMES, "")
    // Title-cased bylines capitalise the conjunction too ("By Jane Roe And Ola Kent").
    .split(/\s*(?:,|&|\||\/)\s*|\s+(?:and|And|und|Und|et|y|e|en|och|og)\s+/)
    .map((s) => s.trim().replace(/[.;:]+$/, ""))
    .filter((s) => NAME.test(s) && !NOT_A_PERSON.test(s));
  return names.length > 0 ? names : null;
}

export function extractAuthors(header: CleanBlock[]): Field<string[]> {
  for (const block of header) {
    if (block.cleanText.length > 120) continue;
    const names = namesInByline(block.cleanText);
    if (names)
      return {
        value: names,
        confidence: 0.9,
        from: fromBlock(block.index),
        rule: "byline line above the article",
      };
  }
  return { value: [], confidence: 0.5, from: null, rule: "no byline" };
}

export function isBylineBlock(block: CleanBlock): boolean {
  return block.cleanText.length <= 120 && namesInByline(block.cleanText) !== null;
}
