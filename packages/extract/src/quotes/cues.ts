// Reporting verbs and phrases that attach a quote to its speaker, longest first so the fullest cue wins.
const CUE_PHRASES = [
  "was quoted as saying",
  "were quoted as saying",
  "is quoted as saying",
  "said in a joint statement",
  "said in a statement",
  "said in prepared remarks",
  "said in remarks",
  "said in an interview",
  "said in a post",
  "told reporters",
  "told the",
  "according to",
  "According to",
  "chimed in",
  "said in a speech",
  "said in an email",
  "said in the statement",
  "said in his opening statement",
  "said in her opening statement",
  "wrote in",
  "said on",
  "went on",
  "pointed out",
];
const CUE_VERBS = [
  "said",
  "says",
  "say",
  "told",
  "tells",
  "added",
  "adds",
  "stressed",
  "stresses",
  "noted",
  "notes",
  "stated",
  "states",
  "warned",
  "warns",
  "responded",
  "responds",
  "replied",
  "replies",
  "affirmed",
  "affirms",
  "expressed",
  "expresses",
  "emphasized",
  "emphasised",
  "emphasizes",
  "emphasises",
  "wrote",
  "writes",
  "explained",
  "explains",
  "declared",
  "declares",
  "insisted",
  "insists",
  "argued",
  "argues",
  "asked",
  "asks",
  "recalled",
  "acknowledged",
  "announced",
  "claimed",
  "claims",
  "continued",
  "urged",
  "urges",
  "confirmed",
  "confirms",
  "pledged",
  "vowed",
  "called",
  "calls",
  "described",
  "accused",
  "criticised",
  "criticized",
  "underlined",
  "underscored",
  "highlighted",
  "observed",
  "remarked",
  "commented",
  "conceded",
  "admitted",
  "predicted",
  "promised",
  "reiterated",
  "agreed",
  "condemned",
  "welcomed",
  "described",
  "tweeted",
  "posted",
  "recognized",
  "recognised",
  "recounted",
  "testified",
  "begged",
  "boasted",
  "joked",
  "quipped",
  "dubbed",
  "blasted",
  "ruled",
  "commented",
  "comments",
  "reported",
  "asserted",
  "asserts",
  "cautioned",
  "complained",
  "countered",
  "lamented",
  "answered",
  "demanded",
  "suggested",
  "announced",
  "read",
  "saying",
  "adding",
  "warning",
  "noting",
  "telling",
  "describing",
  "calling",
  "insisting",
  "arguing",
  "stressing",
  "urging",
  "accusing",
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternatives = [...new Set([...CUE_PHRASES, ...CUE_VERBS])]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");

/**
 * A cue as a whole word or phrase, anywhere in a text. Lower case only ("According to" is listed): a capitalised
 * "States" or "Read" is part of a name or a title, not a reporting verb.
 */
export const CUE = new RegExp(`\\b(${alternatives})\\b`, "g");

/** Cue words that introduce the speaker after them ("according to X") instead of before them. */
export const SPEAKER_FOLLOWS = /^according to$/i;

/** Cues that report speech through a participle ("..., adding that"); their subject is the clause's subject. */
export const PARTICIPLE_CUE = /ing$/;

export function lastCue(text: string): { cue: string; index: number } | null {
  let found: { cue: string; index: number } | null = null;
  for (const m of text.matchAll(CUE)) found = { cue: m[0], index: m.index ?? 0 };
  return found;
}

export function firstCue(text: string): { cue: string; index: number } | null {
  const m = new RegExp(CUE.source).exec(text);
  return m ? { cue: m[0], index: m.index } : null;
}
