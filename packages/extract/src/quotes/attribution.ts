import { firstCue, lastCue } from "./cues.js";
import { type Mention, mentionFrom } from "./mentions.js";
import { firstClause } from "./sentences.js";

export interface Attribution {
  mention: Mention;
  cue: string;
  /** "after" when the cue follows the quote, "before" when it precedes it. */
  side: "after" | "before";
}

const AFTER_LIMIT = 200;
// Subjects of cues are short; a longer stretch before a cue is cut so name matching stays linear.
const SUBJECT_CHARS = 160;
const MAX_SUBJECT_WORDS = 8;
const ACCORDING_TO =
  /[Aa]ccording to\s+((?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*)(?:\s+(?:(?:of|for|and|de|the)\s+)?[\p{Lu}][\p{L}'’.-]*)*|the\s+\p{Ll}+(?:\s+\p{Ll}+)?)/u;
// "according to a 2018 survey by A B": the author of the work.
const ACCORDING_TO_WORK =
  /[Aa]ccording to (?:an?|the) [\p{L}\d\s-]{0,40}? by ((?:[\p{Lu}][\p{L}'’.-]*\s?){1,4})/u;
// A stretch that is only a name or title ("Harbour Minister Jane Roe", "Al Bee").
const NAME_ONLY =
  /^(?:(?:[\p{Lu}][\p{L}'’.-]*|of|for|and|de|al|van|von|der|la|le)\s+)*[\p{Lu}][\p{L}'’.-]*$/u;
// Words a writer puts between commas without changing the subject: "Roe, however, said".
const ASIDE = /^(?:however|though|meanwhile|also|too|in turn|for (?:his|her|its|their) part|\p{Ll}+ly)$/u;
// Clause openers before the subject: "In his announcement, X said", "But X said".
const INTRODUCTION =
  /^(?:(?:in|on|at|during|after|before|since|while|when|with|as|last|earlier|later|meanwhile|however|then|now|speaking|asked|for|according to)\b[^,]{0,80},\s*|(?:but|and|yet|so|still)\s+)/i;
const LEADING_NAME = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:of|for|and|de|the)\s+)?[\p{Lu}][\p{L}'’.-]*)*/u;
const LEADING_PRONOUN = /^(he|she|they|it|we)\b/i;

// The text before a cue ends with a closed quote: `“…,” said` or `“…” , said`.
const CLOSES_QUOTE = /[\u2592"”’'][.,!?]?["”’]?\s*,?\s*$/u;
const isName = (s: string) => NAME_ONLY.test(s.trim());
const named = (m: Mention) => m.kind !== "none";

function accept(mention: Mention, cue: string, side: Attribution["side"]): Attribution | null {
  if (!named(mention)) return null;
  // "A sign read ...": only a document is read out as a quote's source.
  if (/^read$/i.test(cue) && mention.kind !== "document") return null;
  return { mention, cue: cue.toLowerCase(), side };
}

/**
 * The subject of a cue from the text before it: the words after the last comma, else (when those are empty or an
 * aside such as "however") an earlier comma-separated stretch that is only a name ("his predecessor, Al Bee,
 * had dubbed").
 */
function subjectBefore(upTo: string): Mention {
  const segments = upTo.slice(-SUBJECT_CHARS * 2).split(/[,\u2592"“”(]/u);
  const last = segments[segments.length - 1] ?? "";
  const mention = mentionFrom(last.slice(-SUBJECT_CHARS));
  if (named(mention) || segments.length < 2) return mention;
  for (let i = segments.length - 2, seen = 0; i >= 0 && seen < 3; i -= 1, seen += 1) {
    const segment = (segments[i] ?? "").trim();
    if (segment === "" || ASIDE.test(segment)) continue;
    return isName(segment) ? mentionFrom(segment) : { text: "", kind: "none" };
  }
  return { text: "", kind: "none" };
}

/** The subject a sentence opens with, for cues whose own subject is elided ("X gave a talk, telling them ..."). */
export function sentenceSubject(sentence: string): Mention {
  let s = sentence.trimStart();
  for (let i = 0; i < 2; i += 1) s = s.replace(INTRODUCTION, "");
  const pronoun = LEADING_PRONOUN.exec(s);
  if (pronoun?.[1]) return { text: pronoun[1], kind: "pronoun" };
  // "The victim's mother testified, ...": the words before the sentence's first cue, up to a comma.
  const cue = firstCue(s);
  const head = (cue ? s.slice(0, cue.index) : s).split(",")[0] ?? "";
  if (/^(the|a|an)\s/i.test(head) && head.split(/\s+/).length <= MAX_SUBJECT_WORDS) return mentionFrom(head);
  const name = LEADING_NAME.exec(s)?.[0];
  return name ? mentionFrom(name) : { text: "", kind: "none" };
}

/** Attribution after the quote: `"…," X said`, `"…," X, the minister, said` or `"…," said X`, in one sentence. */
export function attributionAfter(after: string): Attribution | null {
  const stretch = after.slice(0, AFTER_LIMIT).split(/[\u2592"“”«»„]/u)[0] ?? "";
  const clause = firstClause(stretch);
  const lead = /^[\s,\u2014\u2013-]*/u.exec(clause)?.[0].length ?? 0;
  const body = clause.slice(lead);
  const cue = firstCue(body);
  if (!cue) return null;
  if (cue.index === 0) {
    // Inverted: "said X" — the speaker follows the cue up to the next comma.
    const rest = (body.slice(cue.cue.length).split(",")[0] ?? "").trim();
    // "comments Kent in a statement": the name the cue opens with.
    const name = LEADING_NAME.exec(rest)?.[0];
    return accept(mentionFrom(name ?? rest), cue.cue, "after");
  }
  const segments = body.slice(0, cue.index).split(",");
  const first = segments[0] ?? "";
  const lastSegment = segments[segments.length - 1] ?? "";
  // "X, the president of Y, said": the name before the apposition; otherwise the words next to the cue.
  const subject = segments.length > 1 && isName(first) ? first : lastSegment;
  if (subject.split(/\s+/).filter(Boolean).length > MAX_SUBJECT_WORDS) return null;
  return accept(mentionFrom(subject), cue.cue, "after");
}

/**
 * Attribution before the quote in its sentence: "according to X" first, else the subject of the last cue
 * (searching earlier cues when a clause such as `and warned that` has no subject of its own), else the speaker
 * a cue names after itself (`"…," said X, the chief economist. "…"`), else the sentence's own subject when it
 * holds a cue whose subject is elided.
 */
export function attributionBefore(before: string): Attribution | null {
  const by = ACCORDING_TO_WORK.exec(before);
  if (by?.[1]) {
    const found = accept(mentionFrom(by[1]), "according to", "before");
    if (found) return found;
  }
  const according = ACCORDING_TO.exec(before);
  if (according?.[1]) {
    const found = accept(mentionFrom(according[1]), "according to", "before");
    if (found) return found;
  }
  let text = before;
  let firstCueSeen: string | null = null;
  for (let guard = 0; guard < 6; guard += 1) {
    const cue = lastCue(text);
    if (!cue) break;
    firstCueSeen ??= cue.cue;
    const upTo = text.slice(0, cue.index);
    const found = accept(subjectBefore(upTo), cue.cue, "before");
    if (found) return found;
    const following = (text.slice(cue.index + cue.cue.length).split(/[,;:\u2592"“”]/u)[0] ?? "").trim();
    // Inverted after a quote ("…," said X, the chief economist): never the object of a cue ("called Omar a").
    const leading = CLOSES_QUOTE.test(upTo) ? LEADING_NAME.exec(following)?.[0] : undefined;
    if (leading) {
      const inverted = accept(mentionFrom(leading), cue.cue, "before");
      if (inverted) return inverted;
    }
    text = upTo;
  }
  return firstCueSeen ? accept(sentenceSubject(before), firstCueSeen, "before") : null;
}
