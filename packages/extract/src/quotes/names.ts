import { appositions } from "./apposition.js";
import { peopleIn, taggerSentences, tagText } from "./tagger.js";

// Titles, ranks and roles that stand before a name and are not part of it.
const TITLE =
  /^(mr|mrs|ms|mx|dr|prof|professor|president|vice|prime|minister|secretary|general|secretary-general|chancellor|governor|gov|senator|sen|rep|representative|congressman|congresswoman|mayor|chairman|chairwoman|chair|chairperson|ceo|director|administrator|adviser|advisor|spokesperson|spokesman|spokeswoman|ambassador|king|queen|prince|princess|pope|judge|justice|lt|col|sgt|officer|official|commissioner|chief|leader|speaker|premier|deputy|foreign|defense|defence|finance|interior|trade|health|economy|envoy|coach|captain|founder|executive|sir|dame|lord|lady|rev|reverend|father|sheikh|emir|sultan|colonel|lieutenant|major|admiral|commander|sergeant|inspector|superintendent|attorney|councillor|councilor|mp|senior|former|acting|interim|host|analyst|counsel|correspondent|editor-in-chief|editor|negotiator|star|singer|actor|actress|state)\.?$/i;

export const ORG_WORD =
  /\b(ministry|department|agency|office|government|council|committee|commission|organi[sz]ation|union|party|bank|court|police|army|navy|university|institute|association|company|corporation|corp|inc|ltd|group|foundation|federation|authority|administration|parliament|congress|senate|cabinet|embassy|forces|service|board|bureau|league|alliance|network|cent(er|re)|club|fund|trust|secretariat|assembly|productions|records|white house|kremlin|pentagon)\b/i;

// Capitalised words that open sentences and clauses without being names ("But Kent said", "As Holmes would say").
const FUNCTION_WORD =
  /^(the|a|an|and|but|or|nor|so|yet|as|if|when|while|after|before|since|until|because|although|though|in|on|at|for|of|to|from|with|by|during|about|against|among|between|through|under|over|without|within|despite|unlike|like|per|via|then|also|however|meanwhile|still|even|just|only|not|no|this|that|these|those|his|her|their|its|our|my|your|he|she|they|it|we|i|there|here|what|who|whom|whose|why|how|where|which|earlier|later|last|next|now|today|yesterday|tonight|all|both|each|every|some|many|most|more|other|such|according|asked|said|says|told)$/i;

// Generational suffixes end a name without being its surname ("Al B. Kent Jr.").
const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;

// A period belongs to a word only inside it ("U.S") or after an initial ("W."), so sentences do not join names.
const TAGGER_CHARS = 8_000;
// Two capitalised words in a row, the least a full name needs.
const TWO_CAPITALISED = /\p{Lu}[\p{L}'’.-]*\s+\p{Lu}/u;

/** The sentences of a text that hold two capitalised words in a row, joined; a rough split is enough here. */
function sentencesWithNames(text: string): string {
  return text
    .split(/(?<=[.!?])\s+|\n+/u)
    .filter((sentence) => TWO_CAPITALISED.test(sentence))
    .join(" ");
}
const TOKEN = /\p{Lu}\.(?=\s+\p{Lu})|[\p{L}](?:[\p{L}'’-]|\.(?=\p{L}))*|[^\s\p{L}]/gu;
const CAPITALISED = /^[\p{Lu}][\p{L}'’.-]*$/u;
const MAX_NAME_TOKENS = 4;

export const stripPossessive = (w: string) => w.replace(/['’]s$/u, "");
export const isPossessive = (w: string) => /['’]s$/u.test(w);
const isAcronym = (w: string) => w.length > 1 && w === w.toUpperCase() && !/\.$/.test(w);

/** Drops the titles and roles before a name: "Japanese Prime Minister A B" → "A B". */
export function stripTitles(tokens: readonly string[]): string[] {
  let last = -1;
  tokens.forEach((t, i) => {
    if (t.split("-").some((part) => TITLE.test(part)) || TITLE.test(t)) last = i;
  });
  return tokens.slice(last + 1);
}

/** Drops capitalised function words that open a run ("But Kent" → "Kent"). */
export function stripLeadingFunctionWords(tokens: readonly string[]): string[] {
  let i = 0;
  while (i < tokens.length && FUNCTION_WORD.test(tokens[i] ?? "")) i += 1;
  return tokens.slice(i);
}

/** Runs of capitalised words, split at punctuation and lower-case words; a possessive ends its run. */
export function capitalisedRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  // A line break ends a run: separate lines (a headline, a caption) never continue each other's names.
  for (const token of text.replace(/\n/g, " | ").match(TOKEN) ?? []) {
    if (CAPITALISED.test(token)) {
      run.push(token);
      if (isPossessive(token)) {
        runs.push(run);
        run = [];
      }
    } else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The name a run stands for: function words, titles and possessive endings removed. */
export function nameTokens(run: readonly string[]): string[] {
  return stripTitles(stripLeadingFunctionWords(run)).map(stripPossessive);
}

function personShaped(tokens: readonly string[]): boolean {
  return (
    tokens.length >= 2 &&
    tokens.length <= MAX_NAME_TOKENS &&
    tokens.every((t) => !isAcronym(stripPossessive(t)) && !FUNCTION_WORD.test(t)) &&
    !ORG_WORD.test(tokens.join(" "))
  );
}

// Long runs are checked with the tagger one by one; past this many an article is not prose, so the rest are not.
const MAX_TAGGED_RUNS = 60;
const MAX_INTRODUCED = 200;
// Ranks of names the tagger finds: after every other name, by sentence and then by place in the sentence.
const TAGGED_RANK = 1_000_000;
const TAGGED_RANK_STEP = 1_000;

/** The first person compromise tags in a text, memoised per article: a name's run recurs in every paragraph. */
function firstTaggedPerson(text: string, memo: Map<string, string | undefined>): string | undefined {
  if (memo.has(text)) return memo.get(text);
  const person = peopleIn(tagText(text))[0];
  memo.set(text, person);
  return person;
}

/** The part of a long capitalised run that compromise tags as a person, from that person's first word on. */
function taggedTail(run: readonly string[], memo: Map<string, string | undefined>): string[] | null {
  const person = firstTaggedPerson(run.join(" "), memo);
  const first = person?.split(/\s+/)[0]?.replace(/[.,;:]+$/, "");
  if (!first) return null;
  const at = run.indexOf(first);
  return at >= 0 && run.length - at >= 2 ? run.slice(at) : null;
}

/** People the article introduces with a role in apposition, which the tagger and the surname test can miss. */
function introducedPeople(text: string): string[][] {
  const found: string[][] = [];
  // A two-word name in apposition with a role is a person.
  for (const m of appositions(text)) {
    if (found.length >= MAX_INTRODUCED) break;
    const role = (m[2] ?? "").split(/\s+/);
    if (!role.some((w) => TITLE.test(w))) continue;
    const tokens = nameTokens((m[1] ?? "").split(/\s+/));
    if (personShaped(tokens) && !tagText(tokens.join(" ")).has("#Place")) found.push(tokens);
  }
  return found;
}

const endsWith = (name: readonly string[], tail: readonly string[]) =>
  tail.length > 0 &&
  tail.length <= name.length &&
  tail.every((t, i) => t === name[name.length - tail.length + i]);

/** The tokens of a name without a generational suffix, so that its surname is last. */
const core = (tokens: readonly string[]) =>
  tokens.length > 1 && SUFFIX.test(tokens[tokens.length - 1] ?? "") ? tokens.slice(0, -1) : [...tokens];

/**
 * The people an article names in full, found two ways: capitalised names of two to four words (titles stripped)
 * whose surname part the article also uses on its own, which catches the many non-Western names taggers miss;
 * and, only when that finds no one for a mention, compromise's person tagger, run once per article because it
 * is the costly step.
 */
export class PersonIndex {
  private readonly counts = new Map<string, number>();
  /** Where a name was first seen; ties between names used as often and as long go to the first seen. */
  private readonly rank = new Map<string, number>();
  private readonly found = new Map<string, string | null>();
  private tagged = false;
  /** The tagger's sentences not read yet, by their position in its text (see tagSentencesFor). */
  private readonly untagged = new Map<number, string>();

  /** Whether the names found without the tagger have been read from the texts yet (see readNames). */
  private read = false;

  constructor(private readonly texts: readonly string[]) {}

  /**
   * Reads the names the article gives in full, on the first lookup rather than when the index is made: most
   * articles with quote marks never ask for a person (their quotes have no cue naming one), and this reading
   * tags long capitalised runs with compromise. It depends on the texts alone, so when it runs changes nothing.
   */
  private readNames(): void {
    if (this.read) return;
    this.read = true;
    const all = this.texts.join("\n");
    const runs = capitalisedRuns(all).map(nameTokens);
    const standalone = new Set(runs.filter((r) => r.length <= 3).map((r) => r.join(" ")));
    let taggedRuns = 0;
    const memo = new Map<string, string | undefined>();
    for (const run of runs) {
      if (!personShaped(run)) continue;
      // A long run may carry words before the name ("Harbourtown Ola Kent"): the tagger says where it starts.
      const trimmed = run.length >= 3 && taggedRuns < MAX_TAGGED_RUNS ? taggedTail(run, memo) : null;
      if (run.length >= 3) taggedRuns += 1;
      const tokens = trimmed ?? run;
      // Confirmed when the tagger finds it, or when a shorter tail ("Van Der Roe", "Kent") stands alone.
      const surname = core(tokens);
      let confirmed = trimmed !== null;
      for (let k = 1; k < surname.length && !confirmed; k += 1)
        confirmed = standalone.has(surname.slice(k).join(" "));
      if (confirmed) this.add(tokens.join(" "), this.rank.size);
    }
    for (const tokens of introducedPeople(all)) this.add(tokens.join(" "), this.rank.size);
  }

  private add(name: string, rank: number): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.rank.set(name, Math.min(rank, this.rank.get(name) ?? rank));
  }

  /** From now on the people compromise tags count as well; their sentences are read as lookups need them. */
  private startTagging(): void {
    this.tagged = true;
    // compromise's cost grows with the text it reads: only sentences with a run of capitalised words can name
    // someone, and only the opening of a long text is read, since names recur early.
    const text = sentencesWithNames(this.texts.join("\n")).slice(0, TAGGER_CHARS);
    taggerSentences(text).forEach((sentence, i) => {
      this.untagged.set(i, sentence);
    });
  }

  /**
   * Tags the sentences that can hold a name the mention's lookup would use. Every such name holds the mention's
   * last word or the last word of its core (see lookup), and all its uses are in sentences holding that word,
   * so these sentences give the same answer as tagging the whole text, at a fraction of compromise's cost.
   */
  private tagSentencesFor(mention: string): void {
    if (this.untagged.size === 0) return;
    const tokens = nameTokens(mention.split(/\s+/).filter(Boolean));
    if (tokens.length === 0) return;
    const keys = [tokens[tokens.length - 1] ?? "", core(tokens).at(-1) ?? ""];
    for (const [i, sentence] of this.untagged) {
      if (!keys.some((key) => sentence.includes(key))) continue;
      this.untagged.delete(i);
      const people = peopleIn(tagText(sentence));
      people.forEach((person, j) => {
        const name = nameTokens(person.replace(/[.,;:]+$/, "").split(/\s+/));
        // After every name found without the tagger, in the order the whole text would give.
        if (personShaped(name)) this.add(name.join(" "), TAGGED_RANK + i * TAGGED_RANK_STEP + j);
      });
    }
  }

  /** Whether a name or surname belongs to a person the article names in full. */
  isPerson(mention: string): boolean {
    return this.fullest(mention) !== null;
  }

  /** The fullest known name for a name or surname, or null when the article never gives one. */
  fullest(mention: string): string | null {
    this.readNames();
    const known = this.found.get(mention);
    if (known !== undefined) return known;
    if (this.tagged) this.tagSentencesFor(mention);
    let result = this.lookup(mention);
    if (result === null && !this.tagged) {
      this.startTagging();
      // The tagger may add names that change earlier answers, so they are asked again.
      this.found.clear();
      this.tagSentencesFor(mention);
      result = this.lookup(mention);
    }
    this.found.set(mention, result);
    return result;
  }

  private lookup(mention: string): string | null {
    const tokens = nameTokens(mention.split(/\s+/).filter(Boolean));
    if (tokens.length === 0) return null;
    const joined = tokens.join(" ");
    const names = [...this.counts.keys()].map((n) => ({ name: n, tokens: n.split(" ") }));
    // The fullest form: a longer name the mention ends ("Okafor" → "Ngozi Okafor", "Silva Roe" → "Ana Silva Roe").
    const longer = names.filter(
      (n) =>
        n.tokens.length > tokens.length &&
        (endsWith(core(n.tokens), core(tokens)) || endsWith(n.tokens, tokens)),
    );
    if (longer.length > 0) return this.best(longer.map((n) => n.name));
    if (this.counts.has(joined)) return this.runTogether(joined, names) ?? joined;
    // A known name after words that are not part of it ("Harbourtown Li Wei" → "Li Wei").
    const inside = names.filter((n) => endsWith(tokens, n.tokens));
    if (inside.length > 0) return this.best(inside.map((n) => n.name));
    // A given name or a family name written first ("Liu" → "Liu Xiaming") when only one person has it.
    if (tokens.length === 1) {
      const first = names.filter((n) => n.tokens[0] === tokens[0]);
      if (first.length === 1 && first[0]) return first[0].name;
    }
    return null;
  }

  /**
   * A long name whose surname belongs to a name the article uses more often is two names run
   * together by the page ("Minister Ana Silva Okafor said" where the article quotes Tom Okafor often): the repeated name is meant.
   */
  private runTogether(name: string, names: readonly { name: string; tokens: string[] }[]): string | null {
    const tokens = name.split(" ");
    const seen = this.counts.get(name) ?? 0;
    if (tokens.length < 3) return null;
    const surname = core(tokens).slice(-1);
    const repeated = names.filter(
      (n) => n.name !== name && endsWith(core(n.tokens), surname) && (this.counts.get(n.name) ?? 0) > seen,
    );
    return repeated.length > 0 ? this.best(repeated.map((n) => n.name)) : null;
  }

  /** The name the article uses most, then the longest: a scrape that runs two names together is outvoted. */
  private best(names: string[]): string {
    return (
      [...names].sort(
        (a, b) =>
          (this.counts.get(b) ?? 0) - (this.counts.get(a) ?? 0) ||
          b.length - a.length ||
          (this.rank.get(a) ?? 0) - (this.rank.get(b) ?? 0),
      )[0] ?? ""
    );
  }
}
