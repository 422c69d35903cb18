// Short words a title keeps in lower case ("Walkin’ On the Harbour Wall", "More Ferries for the Island").
const TITLE_SMALL_WORD = /^(a|an|the|and|or|nor|but|of|on|in|to|for|at|by|with|from|as|vs)$/i;
const MAX_TITLE_WORDS = 10;
// A heading's number and marks around its quoted words ("12. “…”").
const HEADING_PREFIX_CHARS = 8;
// The noun or verb that presents the quoted words as words, not as what someone said.
const AS_WORDS =
  /\b(term|terms|word|words|phrase|label|slogan|hashtag|nickname|motto|so-called|titled|entitled|headlined|named|dubbed the)\s*$/i;

/** Every word capitalised except short function words: the title of a work, a slogan or a name ("Bad Blood"). */
export function isTitleCase(text: string): boolean {
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ""))
    .filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > MAX_TITLE_WORDS) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL_WORD.test(w)));
}

/** A single token that is an acronym, a handle or a camel-cased name ("DWTS", "factcheckUK", "@user"). */
export function isHandle(text: string): boolean {
  const t = text.trim().replace(/[.,!?]+$/, "");
  if (/\s/.test(t) || t === "") return false;
  return (
    /^[@#]/.test(t) || (t.length > 1 && t === t.toUpperCase() && /\p{L}/u.test(t)) || /\p{Ll}\p{Lu}/u.test(t)
  );
}

/** Whether the words before a quote present it as a term, a title or a name ("the term "three amigos""). */
export function presentedAsWords(before: string): boolean {
  return AS_WORDS.test(before.slice(-40));
}

/** A paragraph that is only a quoted phrase without final punctuation is a heading ("3. "Not some channel""). */
export function isHeading(paragraph: string, text: string): boolean {
  // Only a paragraph barely longer than the quote can be one; checked first so long paragraphs cost nothing.
  if (paragraph.length > text.length + HEADING_PREFIX_CHARS) return false;
  const rest = paragraph
    .replace(/^\s*(?:\d+[.)]\s*)?/, "")
    .trim()
    .replace(/^["“«„‘']|["”»“’']$/gu, "");
  return rest.trim() === text.trim() && !/[.!?,…]$/u.test(text.trim());
}
