// A run of white space as one space. A lone plain space already is one: matching only longer runs and other white
// space leaves most of a text's spaces alone, which makes collapsing a page's text several times cheaper than
// replacing every `\s+`, for the same result.
const WHITESPACE_RUN = /\s\s+|[^\S ]/g;

/** The text with each run of white space made one plain space. */
export function singleSpaced(text: string): string {
  return text.replace(WHITESPACE_RUN, " ");
}

/** Text as lines are compared: compatibility forms unified (NFKC), lower case, white space collapsed, trimmed. */
export function fold(text: string): string {
  return singleSpaced(text.normalize("NFKC").toLowerCase()).trim();
}
