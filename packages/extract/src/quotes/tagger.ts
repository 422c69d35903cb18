import { createRequire } from "node:module";
import type Compromise from "compromise";
import { bulkMatch, type SweepMethods } from "./fast-sweep.js";

type Nlp = typeof Compromise;

let loaded: Nlp | null = null;

/**
 * compromise, loaded on the first call rather than at import. Every thread that imports this package (the
 * command's main thread only for the outlet registry) would otherwise hold its lexicon and models, about 45 MB,
 * without ever tagging a word. It is loaded as the package's single-file CommonJS build, the same version and
 * code as its ES module sources, which take more memory (about 30 MB against 45) and longer to load.
 *
 * Its full build ends every parse with the chunker, which groups tagged words into noun and verb phrases.
 * Nothing here reads those chunks: people() and the tag patterns of quote kinds read only the part-of-speech
 * tags, which are final before the chunker runs. Leaving the chunker out of the parse hooks changes no tag and no
 * match and saves some 10% of compromise's time. compromise is used by this package alone, so changing its hook
 * list here affects no other caller.
 *
 * Its bulkMatch, which picks the tag patterns worth trying on each clause, is replaced by one that picks the
 * same patterns in the same order with far less work (see fast-sweep.ts); it is checked against compromise's own
 * in tagger.test.ts.
 */
function compromise(): Nlp {
  if (loaded) return loaded;
  const nlp = createRequire(import.meta.url)("compromise") as Nlp;
  const hooks = nlp.hooks();
  const chunker = hooks.indexOf("chunks");
  if (chunker >= 0) hooks.splice(chunker, 1);
  (nlp.methods() as SweepMethods & { one: { bulkMatch: typeof bulkMatch } }).one.bulkMatch = bulkMatch;
  loaded = nlp;
  return nlp;
}

const parsedMatches = new Map<string, object[]>();

/**
 * A tag pattern parsed once for compromise's match, has and friends: given a string, compromise parses it again
 * at every call, which for a few patterns asked of every quote costs a twentieth of tagging it.
 */
export function parsedMatch(pattern: string): object[] {
  let parsed = parsedMatches.get(pattern);
  if (!parsed) {
    parsed = compromise().parseMatch(pattern) as object[];
    parsedMatches.set(pattern, parsed);
  }
  return parsed;
}

/** A compromise document of a text, tagged. */
export function tagText(text: string): ReturnType<Nlp> {
  return compromise()(text);
}

type Tagged = ReturnType<Nlp>;

/**
 * The people compromise finds in a tagged document, as its people().out("array") gives them. Every one of them
 * holds a word tagged #Person (people() matches "#Honorific+? #Person+"), so a document with no such word has
 * none, and half the texts asked have none: they are answered without people()'s splits and matches.
 */
export function peopleIn(doc: Tagged): string[] {
  if (!doc.docs.some((terms) => terms.some((term) => term.tags?.has("Person") === true))) return [];
  return doc.people().out("array") as string[];
}

interface SentenceSplitter {
  splitSentences(text: string, world: unknown): string[];
}

/**
 * The sentences compromise itself would cut a text into, without tokenising or tagging them. compromise tags
 * each sentence on its own, so tagging these one by one finds the same people, in the same order, as tagging
 * the whole text, and a caller can tag only the sentences it needs.
 */
export function taggerSentences(text: string): string[] {
  const nlp = compromise();
  const { tokenize } = (nlp.methods() as { one: { tokenize: SentenceSplitter } }).one;
  return tokenize.splitSentences(text, nlp.world());
}
