import { nearestDocument, nearestOrganisation, nearestPerson, type Position } from "./antecedent.js";
import { ORG_WORD, type PersonIndex, stripTitles } from "./names.js";

const DOCUMENT_NOUN =
  /\b((?:joint|final|official|written|separate|brief|annual|new|latest|formal)\s+)?(statement|announcement|report|communiqu[eé]|declaration|letter|document|release|memo|filing|ruling|study|survey|resolution|decree|post|tweet)\b/i;
// "In a Tumblr post she described": the document is where the words appeared, not who said them.
const IN_DOCUMENT = /\bin\s+(?:a|an|the|their|its|his|her)\s+(?:[\p{L}-]+\s+)?$/iu;
const ROLE_COMPLEMENT = /\s(?:to|of|for|at|from|in)\s+$/;
const POSSESSIVE_DESCRIPTION = /^[\p{Lu}][\p{L}.-]*['’]s(?:\s+\p{Ll}[\p{L}-]*){1,3}$/u;
// How many times a role is looked up in the article for the name that follows it.
const ROLE_OCCURRENCES = 20;
// How far back a document's last naming is looked for.
const DOCUMENT_LOOK_BACK = 20_000;
const PRONOUN = /\b(he|she|they|we|it)$/i;
const PLURAL_ROLE =
  /^(the|both)\s+(two\s+)?(sides|leaders|parties|countries|nations|governments|men|women|ministers|officials)$/i;
const TRAILING_FILLER =
  /\s+(\p{Ll}+ly|also|later|then|further|clearly|again|repeatedly|reportedly|recently|previously|once|firmly|strongly|had|has|have|was|were|is|would|will|jointly|separately|publicly|privately|still|even|however|though|too|now|who|which|that)$/iu;
const LEADING_FILLER = /^(and|but|while|as|when|after|before|then|yet|so|however)\s+/i;
// "The French foreign ministry", "Russia's foreign ministry": a named organisation whose noun is lower case.
const LOWER_CASE_ORGANISATION = /^(?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}$/u;

export type MentionKind = "person" | "people" | "organisation" | "document" | "pronoun" | "role" | "none";

export interface Mention {
  text: string;
  kind: MentionKind;
}

/** The words a cue attaches to, from the text just before the cue (or just after "according to"). */
export function mentionFrom(segment: string): Mention {
  let s = segment
    .replace(/[\s,;:\u2014\u2013-]+$/u, "")
    .replace(/^[\s,;:(\u2014\u2013-]+/u, "")
    .trim();
  for (let i = 0; i < 4; i += 1) s = s.replace(TRAILING_FILLER, "").replace(LEADING_FILLER, "").trim();
  if (s === "" || /^[^\p{L}]*$/u.test(s)) return { text: "", kind: "none" };
  const doc = DOCUMENT_NOUN.exec(s);
  if (doc && doc.index <= 20 && !IN_DOCUMENT.test(s.slice(0, doc.index))) {
    return { text: s.slice(0, doc.index + doc[0].length).trim(), kind: "document" };
  }
  // A pronoun right before the cue is its subject, whatever clause it closes ("the crowd cheered when he urged").
  const pronoun = PRONOUN.exec(s);
  if (pronoun?.[1] && pronoun.index === s.length - pronoun[1].length)
    return { text: pronoun[1], kind: "pronoun" };
  if (PLURAL_ROLE.test(s)) return { text: s, kind: "role" };
  const name = trailingName(s);
  // "China's ambassador to Britain": a single name after a preposition completes a role, it is not the subject.
  if (name && !name.text.includes(" ") && ROLE_COMPLEMENT.test(s.slice(0, s.length - name.text.length))) {
    const role = s.split(/,/).pop()?.trim() ?? s;
    if (role.split(/\s+/).length <= 6) return { text: role, kind: "role" };
  }
  if (name) return name;
  if (ORG_WORD.test(s) && LOWER_CASE_ORGANISATION.test(s) && s.split(/\s+/).length <= 5) {
    return { text: s.replace(/^the\s+/i, ""), kind: "organisation" };
  }
  // "Swift's rep": someone described through a named person or body.
  if (POSSESSIVE_DESCRIPTION.test(s)) return { text: s, kind: "role" };
  if (/^(?:[Tt]he|[Aa]n?)\s+[\p{Ll}\d]/u.test(s) && s.split(/\s+/).length <= 6)
    return { text: s, kind: "role" };
  return { text: "", kind: "none" };
}

// The capitalised phrase that ends a subject: "A B", "A and B", "Country's Ministry of Foreign Affairs".
const TRAILING_NAME = /((?:[\p{Lu}][\p{L}'’.-]*)(?:\s+(?:(?:of|for|and|de|the)\s+)?[\p{Lu}][\p{L}'’.-]*)*)$/u;

function trailingName(segment: string): Mention | null {
  const match = TRAILING_NAME.exec(segment.trim());
  return match?.[1] ? classify(match[1]) : null;
}

function classify(text: string): Mention {
  if (ORG_WORD.test(text) && !/\band\b/.test(text)) return { text, kind: "organisation" };
  if (/\s+and\s+/.test(text)) return { text, kind: "people" };
  return { text, kind: "person" };
}

/** A previous quote's speaker, for "it" and "they" that continue an organisation's or a document's words. */
export interface PreviousSpeaker {
  speaker: string;
  kind: MentionKind;
  paragraph: number;
}

export interface Discourse {
  people: PersonIndex;
  /** The whole article text, to find the fullest form of documents, organisations and roles. */
  article: string;
  /** The same in lower case, made once: roles are looked up without regard to case. */
  articleLower: string;
  /** Whether each role noun was brought in as someone unnamed, remembered so the article is searched once. */
  unnamedRoles: Map<string, boolean>;
  /** The article's paragraphs with quoted text masked, to look back for the one a pronoun means. */
  paragraphs: readonly string[];
  /** The latest subject naming two or more parties ("A and B agreed ..."), resolved. */
  lastGroup: string | null;
  /** The latest single person who spoke or was named as a subject. */
  lastPerson: string | null;
  /** The speaker of the latest attributed quote. */
  previous: PreviousSpeaker | null;
}

function resolveName(text: string, discourse: Discourse): string {
  const bare = text.replace(/^the\s+/i, "");
  const tokens = stripTitles(bare.split(/\s+/));
  const stripped = tokens.join(" ");
  // An office without a name ("United Nations High Commissioner for Human Rights") stays as written.
  if (stripped === "" || /^\p{Ll}/u.test(stripped)) return bare;
  if (!ORG_WORD.test(stripped)) {
    // "Ola Kent of Harbourtown": a person's name before where they come from.
    const name = stripped.split(/\s+(?:of|from)\s+/)[0] ?? stripped;
    const person = discourse.people.fullest(name);
    if (person) return person;
  }
  if (ORG_WORD.test(text)) return bare;
  return stripped;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A document as the article last named it before the quote ("a separate statement" is another statement). */
function documentName(text: string, discourse: Discourse, at: Position): string {
  const match = DOCUMENT_NOUN.exec(text);
  const noun = match?.[2]?.toLowerCase() ?? text;
  if (match?.[1]) return `${match[1].trim().toLowerCase()} ${noun}`;
  const form = new RegExp(
    `\\b((?:joint|final|official|written|separate)\\s+)?${escapeRegExp(noun)}\\b`,
    "gi",
  );
  const parts: string[] = [];
  let length = 0;
  for (let p = at.paragraph; p >= 0 && length < DOCUMENT_LOOK_BACK; p -= 1) {
    const text = (discourse.paragraphs[p] ?? "").slice(-DOCUMENT_LOOK_BACK);
    parts.unshift(text);
    length += text.length;
  }
  const before = parts.join("\n");
  let last: string | null = null;
  for (const m of before.matchAll(form)) last = m[0].toLowerCase();
  if (last) return last;
  const forms = [...discourse.article.slice(0, 100_000).matchAll(form)].map((m) => m[0].toLowerCase());
  return forms.sort((a, b) => b.length - a.length)[0] ?? noun;
}

function roleHolder(role: string, discourse: Discourse): string | null {
  const bare = role.replace(/^(the|a|an)\s+/i, "").toLowerCase();
  // The role is matched without regard to case; the name after it must be capitalised.
  let at = discourse.articleLower.indexOf(`${bare} `);
  for (let seen = 0; at >= 0 && seen < ROLE_OCCURRENCES; seen += 1) {
    const after = discourse.article.slice(at + bare.length + 1, at + bare.length + 80);
    const name = /^((?:[\p{Lu}][\p{L}'’-]*\s*){1,3})/u.exec(after)?.[1]?.trim();
    if (name) return discourse.people.fullest(name) ?? name;
    at = discourse.articleLower.indexOf(`${bare} `, at + 1);
  }
  return null;
}

/** Whether the article brought in this role as someone new and unnamed ("a spokesperson who did not wish ..."). */
function introducedUnnamed(role: string, discourse: Discourse): boolean {
  const noun = role.replace(/^(the|a|an)\s+/i, "").toLowerCase();
  const known = discourse.unnamedRoles.get(noun);
  if (known !== undefined) return known;
  const found = new RegExp(`\\b(a|an)\\s+${escapeRegExp(noun)}\\b`).test(discourse.articleLower);
  discourse.unnamedRoles.set(noun, found);
  return found;
}

type Resolved = { speaker: string | null; steps: string[] };

function resolvePronoun(mention: Mention, discourse: Discourse, at: Position): Resolved {
  const word = mention.text.toLowerCase();
  const prev = discourse.previous;
  const recent = prev !== null && prev.paragraph >= at.paragraph - 1 ? prev : null;
  if (word === "he" || word === "she") {
    const person = nearestPerson(discourse.paragraphs, at, discourse.people) ?? discourse.lastPerson;
    return {
      speaker: person,
      steps: [
        person
          ? `pronoun "${mention.text}" → nearest person named before the quote: "${person}"`
          : `pronoun "${mention.text}" with no antecedent`,
      ],
    };
  }
  if (word === "it") {
    if (recent && recent.kind !== "person" && recent.kind !== "people")
      return {
        speaker: recent.speaker,
        steps: [`pronoun "it" → the previous quote's speaker "${recent.speaker}"`],
      };
    const found =
      nearestDocument(discourse.paragraphs, at) ??
      nearestOrganisation(discourse.paragraphs, at, discourse.people);
    return {
      speaker: found,
      steps: [
        found
          ? `pronoun "it" → nearest document or organisation "${found}"`
          : `pronoun "it" with no antecedent`,
      ],
    };
  }
  if (discourse.lastGroup)
    return {
      speaker: discourse.lastGroup,
      steps: [`pronoun "${mention.text}" → latest group "${discourse.lastGroup}"`],
    };
  if (recent && recent.kind !== "person")
    return {
      speaker: recent.speaker,
      steps: [`pronoun "${mention.text}" → the previous quote's speaker "${recent.speaker}"`],
    };
  const org = nearestOrganisation(discourse.paragraphs, at, discourse.people);
  return {
    speaker: org,
    steps: [
      org
        ? `pronoun "${mention.text}" → nearest organisation "${org}"`
        : `pronoun "${mention.text}" with no antecedent`,
    ],
  };
}

function resolveRole(mention: Mention, discourse: Discourse, at: Position): Resolved {
  if (PLURAL_ROLE.test(mention.text)) {
    return {
      speaker: discourse.lastGroup,
      steps: [`"${mention.text}" → latest group named as a subject: "${discourse.lastGroup ?? "none"}"`],
    };
  }
  const holder = roleHolder(mention.text, discourse);
  if (holder)
    return { speaker: holder, steps: [`role "${mention.text}" → "${holder}", who holds it in the article`] };
  const description = mention.text.replace(/^(the|a|an)\s+/i, "");
  if (ORG_WORD.test(mention.text) && /^the\s/i.test(mention.text)) {
    const org = nearestOrganisation(discourse.paragraphs, at, discourse.people);
    if (org)
      return { speaker: org, steps: [`"${mention.text}" → nearest organisation named before: "${org}"`] };
  }
  // "the actor" means someone already in the story; "a senior official" or "the victim's mother" stays a description.
  // "the doctors": several people, never the one person named last.
  const plural = /[^s]s$/i.test(mention.text) && !/['’]s$/u.test(mention.text);
  const definite =
    /^the\s/i.test(mention.text) &&
    !plural &&
    !/['’]s\b/u.test(mention.text) &&
    !introducedUnnamed(mention.text, discourse);
  if (definite) {
    const person = nearestPerson(discourse.paragraphs, at, discourse.people);
    if (person)
      return {
        speaker: person,
        steps: [`role "${mention.text}" → nearest person named before: "${person}"`],
      };
  }
  return { speaker: description, steps: [`described speaker "${description}"`] };
}

/** The canonical speaker a mention stands for, with the steps that led there. */
export function resolveMention(mention: Mention, discourse: Discourse, at: Position): Resolved {
  switch (mention.kind) {
    case "person": {
      const speaker = resolveName(mention.text, discourse);
      return { speaker, steps: [`canonical "${speaker}": fullest form of the name in the article`] };
    }
    case "people": {
      const parts = mention.text.split(/\s+and\s+/).map((p) => resolveName(p, discourse));
      const speaker = parts.join(" and ");
      return { speaker, steps: [`several speakers, each by the fullest form in the article: "${speaker}"`] };
    }
    case "organisation": {
      const speaker = resolveName(mention.text, discourse);
      return { speaker, steps: [`organisation "${speaker}"`] };
    }
    case "document": {
      const speaker = documentName(mention.text, discourse, at);
      return {
        speaker,
        steps: [`document as the subject of the cue: "${speaker}" (as the article last named it)`],
      };
    }
    case "pronoun":
      return resolvePronoun(mention, discourse, at);
    case "role":
      return resolveRole(mention, discourse, at);
    default:
      return { speaker: null, steps: ["no speaker named"] };
  }
}
