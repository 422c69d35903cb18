import nlp from "compromise";

// Titles, ranks and roles that stand before a name and are not part of it.
const TITLE =
  /^(mr|mrs|ms|mx|dr|prof|professor|president|vice|prime|minister|secretary|general|secretary-general|chancellor|governor|gov|senator|sen|rep|representative|congressman|congresswoman|mayor|chairman|chairwoman|chair|chairperson|ceo|director|spokesperson|spokesman|spokeswoman|ambassador|king|queen|prince|princess|pope|judge|justice|lt|col|sgt|officer|commissioner|chief|leader|speaker|premier|deputy|foreign|defense|defence|finance|interior|trade|health|economy|envoy|coach|captain|founder|executive|sir|dame|lord|lady|rev|reverend|father|sheikh|emir|sultan|colonel|lieutenant|major|admiral|commander|sergeant|inspector|superintendent|attorney|councillor|councilor|mp|senior|former|acting|interim)\.?$/i;

export const ORG_WORD =
  /\b(ministry|department|agency|office|government|council|committee|commission|organi[sz]ation|union|party|bank|court|police|army|navy|university|institute|association|company|corporation|corp|inc|ltd|group|foundation|federation|authority|administration|parliament|congress|senate|cabinet|embassy|forces|service|board|bureau|league|alliance|network|cent(er|re)|club|fund|trust|secretariat|assembly|white house|kremlin|pentagon)\b/i;

// A period belongs to a word only inside it ("U.S"), never at its end, so sentences do not join names.
const TAGGER_CHARS = 20_000;
const TOKEN = /[\p{L}](?:[\p{L}'’-]|\.(?=\p{L}))*|[^\s\p{L}]/gu;
const CAPITALISED = /^[\p{Lu}][\p{L}'’.-]*$/u;

const stripPossessive = (w: string) => w.replace(/['’]s$/u, "");
const isAcronym = (w: string) => w.length > 1 && w === w.toUpperCase();

/** Drops the titles and roles before a name: "Japanese Prime Minister A B" → "A B". */
export function stripTitles(tokens: readonly string[]): string[] {
  let last = -1;
  tokens.forEach((t, i) => {
    if (t.split("-").some((part) => TITLE.test(part))) last = i;
  });
  return tokens.slice(last + 1);
}

/** Runs of capitalised words, split at punctuation and lower-case words. */
export function capitalisedRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  // A line break ends a run: separate lines (a headline, a caption) never continue each other's names.
  for (const token of text.replace(/\n/g, " | ").match(TOKEN) ?? []) {
    if (CAPITALISED.test(token)) {
      run.push(token);
      if (/['’]s$/u.test(token)) {
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

function personShaped(tokens: readonly string[]): boolean {
  return (
    tokens.length === 2 &&
    tokens.every((t) => !isAcronym(stripPossessive(t))) &&
    !ORG_WORD.test(tokens.join(" "))
  );
}

/**
 * The people an article names in full, found two ways: two-word capitalised names (titles stripped) whose surname
 * the article also uses on its own, which catches the many non-Western names taggers miss; and, only when that
 * finds no one for a mention, compromise's person tagger, run once per article because it is the costly step.
 */
export class PersonIndex {
  private readonly counts = new Map<string, number>();
  private tagged = false;

  constructor(private readonly texts: readonly string[]) {
    const all = texts.join("\n");
    const standalone = new Set<string>();
    for (const run of capitalisedRuns(all)) {
      const stripped = stripTitles(run).map(stripPossessive);
      if (stripped.length === 1 && stripped[0]) standalone.add(stripped[0]);
    }
    for (const run of capitalisedRuns(all)) {
      const stripped = stripTitles(run).map(stripPossessive);
      if (personShaped(stripped) && standalone.has(stripped[1] ?? "")) this.add(stripped.join(" "));
    }
  }

  private add(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  private addTaggedPeople(): void {
    if (this.tagged) return;
    this.tagged = true;
    // compromise tags the opening of long texts only: its cost grows fast, and names recur early.
    const text = this.texts.join("\n").slice(0, TAGGER_CHARS);
    for (const person of nlp(text).people().out("array") as string[]) {
      const tokens = stripTitles(person.replace(/[.,;:]+$/, "").split(/\s+/)).map(stripPossessive);
      if (personShaped(tokens)) this.add(tokens.join(" "));
    }
  }

  /** The fullest known name for a name or surname, or null when the article never gives one. */
  fullest(mention: string): string | null {
    const found = this.lookup(mention);
    if (found !== null) return found;
    this.addTaggedPeople();
    return this.lookup(mention);
  }

  private lookup(mention: string): string | null {
    const names = [...this.counts.keys()];
    const tokens = stripTitles(mention.split(/\s+/)).map(stripPossessive);
    const joined = tokens.join(" ");
    if (this.counts.has(joined)) return joined;
    const containing = names.filter((n) => joined.includes(n));
    if (containing.length > 0) return this.best(containing);
    const last = tokens[tokens.length - 1];
    const bySurname = names.filter((n) => n.split(" ").pop() === last);
    return bySurname.length > 0 ? this.best(bySurname) : null;
  }

  private best(names: string[]): string {
    return (
      [...names].sort(
        (a, b) => b.length - a.length || (this.counts.get(b) ?? 0) - (this.counts.get(a) ?? 0),
      )[0] ?? ""
    );
  }
}
