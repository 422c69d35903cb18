import { capitalisedShare, isProse, wordCount } from "./line-shape.js";

// Headings of link lists that sites put beside or after an article.
const LIST_HEADING =
  /\b(popular|related|ranking|headlines|most (read|viewed|popular|shared|commented)|trending|recommended|more (from|stories|news|on|in)|read (more|next|also)|also read|you (may|might) (also )?like|latest( news| stories)?|top (stories|news)|editor'?s? picks|in case you missed|see also|tags|topics|more coverage|comments|replies|responses|discussion|join the conversation|leave a (comment|reply))\b/i;

// The same headings in the other languages of the European web (German, French, Spanish, Portuguese, Italian,
// Dutch, Polish): "read also", "see also", "related articles", "you may also like". Letters outside ASCII bound
// no \b, so the words are bounded by lookarounds.
const LIST_HEADING_INTL =
  /(?<!\p{L})(lesen sie (auch|mehr)|auch interessant|(das )?(könnte|dürfte) (sie|dich) (auch )?interessieren|(zum )?weiterlesen|mehr zum thema|(ähnliche|verwandte|weitere) (artikel|beiträge|themen|meldungen)|(à )?lire aussi|voir aussi|sur le même sujet|articles similaires|le(a|e) también|(también )?te puede interesar|(noticias|artículos) relacionad[oa]s|puedes ver|veja também|leia também|leia mais|leggi anche|potrebbe interessarti|lees ook|czytaj (też|także|również)|zobacz (też|także|również)|explore further|further reading)(?!\p{L})/iu;

export function isListHeading(text: string): boolean {
  // Cheapest first: the word count is one pass over the line, the other languages' headings a lookbehind at
  // every character, and prose a remembered answer looked up by the whole line.
  return (
    text.length <= 70 &&
    wordCount(text) <= 8 &&
    (LIST_HEADING.test(text) || LIST_HEADING_INTL.test(text)) &&
    !isProse(text)
  );
}

/** An item of a link list: a headline-shaped line, a short label, or anything that is not sentence-case prose. */
export function isListItem(text: string): boolean {
  if (!isProse(text)) return true;
  return capitalisedShare(text) >= 0.6 && wordCount(text) <= 30;
}

// A byline: "By" and a capitalised name, a line of its own.
const BYLINE_SHAPE = /^[Bb][Yy]\s+\p{Lu}/u;
const BYLINE_MAX_WORDS = 12;

/** A line shaped like a byline ("By Jane Roe | Special to the Herald"): articles, not link lists, carry them. */
export function isBylineShaped(text: string): boolean {
  return BYLINE_SHAPE.test(text) && wordCount(text) <= BYLINE_MAX_WORDS;
}
