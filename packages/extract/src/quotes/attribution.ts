import { firstCue, lastCue } from "./cues.js";
import { type Mention, mentionFrom } from "./mentions.js";

export interface Attribution {
  mention: Mention;
  cue: string;
  /** "after" when the cue follows the quote, "before" when it precedes it. */
  side: "after" | "before";
}

const AFTER_LIMIT = 120;
// Subjects of cues are short; a longer stretch before a cue is cut so name matching stays linear.
const SUBJECT_CHARS = 160;
const ACCORDING_TO =
  /[Aa]ccording to\s+((?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*)(?:\s+(?:(?:of|for|and|de|the)\s+)?[\p{Lu}][\p{L}'’.-]*)*|the\s+\p{Ll}+(?:\s+\p{Ll}+)?)/u;

/** Attribution after the quote: `"…," X said` or `"…," said X`, within the same sentence. */
export function attributionAfter(after: string): Attribution | null {
  const clause = after.slice(0, AFTER_LIMIT).split(/[.!?;\u2592"“”]/u)[0] ?? "";
  const lead = /^[\s,\u2014\u2013-]*/u.exec(clause)?.[0].length ?? 0;
  const body = clause.slice(lead);
  const cue = firstCue(body);
  if (!cue) return null;
  if (cue.index === 0) {
    // Inverted: "said X" — the speaker follows the cue up to the next comma.
    const rest = body.slice(cue.cue.length).split(",")[0] ?? "";
    const mention = mentionFrom(rest);
    return mention.kind === "none" ? null : { mention, cue: cue.cue.toLowerCase(), side: "after" };
  }
  const subject = body.slice(0, cue.index);
  if (subject.split(/\s+/).filter(Boolean).length > 10 || /,/.test(subject)) return null;
  const mention = mentionFrom(subject);
  return mention.kind === "none" ? null : { mention, cue: cue.cue.toLowerCase(), side: "after" };
}

/**
 * Attribution before the quote in its sentence: "according to X" first, else the subject of the last cue
 * (searching earlier cues when a clause such as `and warned that` has no subject of its own).
 */
export function attributionBefore(before: string): Attribution | null {
  const according = ACCORDING_TO.exec(before);
  if (according?.[1]) {
    const mention = mentionFrom(according[1]);
    if (mention.kind !== "none") return { mention, cue: "according to", side: "before" };
  }
  let text = before;
  for (let guard = 0; guard < 6; guard += 1) {
    const cue = lastCue(text);
    if (!cue) return null;
    const upTo = text.slice(0, cue.index);
    const boundary = Math.max(
      upTo.lastIndexOf(","),
      upTo.lastIndexOf("\u2592"),
      upTo.lastIndexOf("\u201D"),
      upTo.lastIndexOf('"'),
    );
    const mention = mentionFrom(upTo.slice(Math.max(boundary + 1, upTo.length - SUBJECT_CHARS)));
    if (mention.kind !== "none") return { mention, cue: cue.cue.toLowerCase(), side: "before" };
    text = upTo;
  }
  return null;
}
