import { ORG_WORD, type PersonIndex, stripTitles } from "./names.js";

const DOCUMENT_NOUN =
  /\b((?:joint|final|official|written|separate|brief|annual|new|latest|formal)\s+)?(statement|announcement|report|communiqu[eé]|declaration|letter|document|release|memo|filing|ruling|study|survey|resolution|decree|post|tweet)\b/i;
const PRONOUN = /\b(he|she|they|we|it)$/i;
const PLURAL_ROLE =
  /^(the|both)\s+(two\s+)?(sides|leaders|parties|countries|nations|governments|men|women|ministers|officials)$/i;
const TRAILING_FILLER =
  /\s+(also|later|then|further|clearly|again|repeatedly|reportedly|recently|previously|once|firmly|strongly|had|has|have|was|were|is|would|will|jointly|separately|publicly|privately)$/i;
const LEADING_FILLER = /^(and|but|while|as|when|after|before|then)\s+/i;

export type MentionKind = "person" | "people" | "organisation" | "document" | "pronoun" | "role" | "none";

export interface Mention {
  text: string;
  kind: MentionKind;
}

/** The words a cue attaches to, from the text just before the cue (or just after "according to"). */
export function mentionFrom(segment: string): Mention {
  let s = segment
    .replace(/[\s,;:\u2014\u2013-]+$/u, "")
    .replace(/^[\s,;:\u2014\u2013-]+/u, "")
    .trim();
  for (let i = 0; i < 4; i += 1) s = s.replace(TRAILING_FILLER, "").replace(LEADING_FILLER, "").trim();
  if (s === "" || /^[^\p{L}]*$/u.test(s)) return { text: "", kind: "none" };
  const doc = DOCUMENT_NOUN.exec(s);
  if (doc && doc.index <= 20 && !/\bin\s+(a|an|the|their|its)\s+$/i.test(s.slice(0, doc.index))) {
    return { text: s.slice(0, doc.index + doc[0].length).trim(), kind: "document" };
  }
  const pronoun = PRONOUN.exec(s);
  if (pronoun?.[1] && pronoun.index === s.length - pronoun[1].length && s.split(/\s+/).length <= 2) {
    return { text: pronoun[1], kind: "pronoun" };
  }
  if (PLURAL_ROLE.test(s)) return { text: s, kind: "role" };
  const name = trailingName(s);
  if (name) return name;
  if (/^(the|a|an)\s+[\p{Ll}]/u.test(s) && s.split(/\s+/).length <= 6) return { text: s, kind: "role" };
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

export interface Discourse {
  people: PersonIndex;
  /** The whole article text, to find the fullest form of documents, organisations and roles. */
  article: string;
  /** The latest subject naming two or more parties ("A and B agreed ..."), resolved. */
  lastGroup: string | null;
  /** The latest single person who spoke or was named as a subject. */
  lastPerson: string | null;
}

function resolveName(text: string, discourse: Discourse): string {
  const tokens = stripTitles(text.split(/\s+/));
  const stripped = tokens.join(" ").replace(/^the\s+/i, "");
  if (ORG_WORD.test(text)) return text.replace(/^the\s+/i, "");
  return discourse.people.fullest(stripped) ?? stripped;
}

function fullestDocument(text: string, article: string): string {
  const noun = DOCUMENT_NOUN.exec(text)?.[2]?.toLowerCase() ?? text;
  const forms = [
    ...article.matchAll(new RegExp(`\\b((?:joint|final|official|written|separate)\\s+)?${noun}\\b`, "gi")),
  ].map((m) => m[0].toLowerCase());
  return forms.sort((a, b) => b.length - a.length)[0] ?? noun;
}

function roleHolder(role: string, discourse: Discourse): string | null {
  const bare = role.replace(/^(the|a|an)\s+/i, "").toLowerCase();
  // The role is matched without regard to case; the name after it must be capitalised.
  const at = discourse.article.toLowerCase().indexOf(`${bare} `);
  if (at < 0) return null;
  const after = discourse.article.slice(at + bare.length + 1);
  const name = /^((?:[\p{Lu}][\p{L}'’-]*\s*){1,3})/u.exec(after)?.[1]?.trim();
  return name ? (discourse.people.fullest(name) ?? name) : null;
}

/** The canonical speaker a mention stands for, with the steps that led there. */
export function resolveMention(
  mention: Mention,
  discourse: Discourse,
): { speaker: string | null; steps: string[] } {
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
      const speaker = fullestDocument(mention.text, discourse.article);
      return {
        speaker,
        steps: [`document as the subject of the cue: "${speaker}" (fullest form in the article)`],
      };
    }
    case "pronoun": {
      const plural = /^(they|we)$/i.test(mention.text);
      const speaker = plural ? discourse.lastGroup : discourse.lastPerson;
      return {
        speaker,
        steps: [
          speaker
            ? `pronoun "${mention.text}" → ${plural ? "latest group" : "latest person"} "${speaker}"`
            : `pronoun "${mention.text}" with no antecedent`,
        ],
      };
    }
    case "role": {
      if (PLURAL_ROLE.test(mention.text)) {
        return {
          speaker: discourse.lastGroup,
          steps: [`"${mention.text}" → latest group named as a subject: "${discourse.lastGroup ?? "none"}"`],
        };
      }
      const holder = roleHolder(mention.text, discourse);
      if (holder)
        return {
          speaker: holder,
          steps: [`role "${mention.text}" → "${holder}", who holds it in the article`],
        };
      const description = mention.text.replace(/^(the|a|an)\s+/i, "");
      return { speaker: description, steps: [`described speaker "${description}"`] };
    }
    default:
      return { speaker: null, steps: ["no speaker named"] };
  }
}
