import {
  type Article,
  type BodyParagraph,
  type Quote,
  QuoteKindSchema,
  type RemovedBlock,
} from "./article.js";
import type { Field, Provenance } from "./evidence.js";
import { handOffError, isCount, isShare, isString } from "./hand-off-checks.js";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const QUOTE_KINDS: ReadonlySet<string> = new Set(QuoteKindSchema.options);

/** What is wrong and where; the path is built only on the way out of a failure, never for a good article. */
class ArticleProblem extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

function within(err: unknown, prefix: string): unknown {
  if (!(err instanceof ArticleProblem)) return err;
  return new ArticleProblem(err.path === "" ? prefix : `${prefix}.${err.path}`, err.problem);
}

function named<T>(name: string, make: () => T): T {
  try {
    return make();
  } catch (err) {
    throw within(err, name);
  }
}

const isCountOrNull = (value: unknown): boolean => value === null || isCount(value);
const isStringOrNull = (value: unknown): boolean => value === null || isString(value);
const isIsoDay = (value: unknown): boolean => isString(value) && ISO_DAY.test(value);
const isStrings = (value: unknown): boolean => Array.isArray(value) && value.every(isString);

/** Throws the problem at `key` unless `ok`: the key is a constant, so a good article builds no path. */
function need(ok: boolean, key: string, problem: string): void {
  if (!ok) throw new ArticleProblem(key, problem);
}

function provenance(from: Provenance): Provenance {
  need(typeof from === "object", "from", "not a provenance");
  need(isCountOrNull(from.block), "from.block", "neither a block index nor null");
  need(isCountOrNull(from.start), "from.start", "neither an offset nor null");
  need(isCountOrNull(from.end), "from.end", "neither an offset nor null");
  need(isStringOrNull(from.key), "from.key", "neither text nor null");
  return { block: from.block, start: from.start, end: from.end, key: from.key };
}

function field<T>(value: Field<T>, isValue: (v: unknown) => boolean, copy?: (v: T) => T): Field<T> {
  need(typeof value === "object" && value !== null, "", "not a field");
  need(value.value === null || isValue(value.value), "value", "of the wrong kind");
  need(isShare(value.confidence), "confidence", "not in 0..1");
  need(isString(value.rule), "rule", "not text");
  return {
    value: value.value === null || copy === undefined ? value.value : copy(value.value),
    confidence: value.confidence,
    from: value.from === null ? null : provenance(value.from),
    rule: value.rule,
  };
}

function bodyParagraph(paragraph: BodyParagraph): BodyParagraph {
  need(isCount(paragraph.block), "block", "not a block index");
  need(isString(paragraph.text), "text", "not text");
  return { block: paragraph.block, text: paragraph.text };
}

function quote(value: Quote): Quote {
  need(isString(value.id), "id", "not text");
  need(isString(value.text), "text", "not text");
  need(isStringOrNull(value.speaker), "speaker", "neither text nor null");
  need(isStringOrNull(value.speakerMention), "speakerMention", "neither text nor null");
  need(isStringOrNull(value.cue), "cue", "neither text nor null");
  need(QUOTE_KINDS.has(value.kind), "kind", "not a quote kind");
  need(isCount(value.paragraph), "paragraph", "not a paragraph index");
  need(isCount(value.start), "start", "not an offset");
  need(isCount(value.end), "end", "not an offset");
  need(isShare(value.confidence), "confidence", "not in 0..1");
  need(isStrings(value.chain), "chain", "not a list of text");
  return {
    id: value.id,
    text: value.text,
    speaker: value.speaker,
    speakerMention: value.speakerMention,
    cue: value.cue,
    kind: value.kind,
    paragraph: value.paragraph,
    start: value.start,
    end: value.end,
    confidence: value.confidence,
    chain: [...value.chain],
  };
}

function removedBlock(value: RemovedBlock): RemovedBlock {
  need(isCount(value.block), "block", "not a block index");
  need(isString(value.role), "role", "not text");
  need(isStringOrNull(value.reason), "reason", "neither text nor null");
  need(isString(value.text), "text", "not text");
  return { block: value.block, role: value.role, reason: value.reason, text: value.text };
}

function list<T>(values: readonly T[], each: (value: T) => T): T[] {
  if (!Array.isArray(values)) throw new ArticleProblem("", "not a list");
  const out: T[] = new Array(values.length);
  for (let at = 0; at < values.length; at += 1) {
    const value = values[at];
    if (typeof value !== "object" || value === null) throw new ArticleProblem(String(at), "not an object");
    try {
      out[at] = each(value);
    } catch (err) {
      throw within(err, String(at));
    }
  }
  return out;
}

/**
 * The Article as ArticleSchema.parse returns it, without the schema's generic machinery, at the end of
 * extraction. Extraction built the article with typed code in this thread: no boundary, so what the types cannot
 * say (whole numbers, ranges, the ISO day, the quote kinds) is checked here. Like the parse, it copies every
 * object with the schema's keys, in the schema's order, and nothing else, so the serialised article is the same
 * whatever key order or extra keys the stages' objects have (the tests hold the two to the same output and the
 * same verdicts). A failure is a document error naming the document and the field.
 */
export function checkedArticle(article: Article): Article {
  try {
    need(isString(article.id) && article.id.length > 0, "id", "empty or not text");
    need(isString(article.source), "source", "not text");
    need(isStringOrNull(article.url), "url", "neither text nor null");
    need(isStringOrNull(article.story), "story", "neither text nor null");
    return {
      id: article.id,
      source: article.source,
      url: article.url,
      outlet: named("outlet", () => field(article.outlet, isString)),
      agency: named("agency", () => field(article.agency, isString)),
      date: named("date", () => field(article.date, isIsoDay)),
      datetime: named("datetime", () => field(article.datetime, isString)),
      headline: named("headline", () => field(article.headline, isString)),
      authors: named("authors", () => field(article.authors, isStrings, (names) => [...names])),
      dateline: named("dateline", () => field(article.dateline, isString)),
      language: named("language", () => field(article.language, isString)),
      body: named("body", () => list(article.body, bodyParagraph)),
      quotes: named("quotes", () => list(article.quotes, quote)),
      story: article.story,
      removed: named("removed", () => list(article.removed, removedBlock)),
    };
  } catch (err) {
    if (!(err instanceof ArticleProblem)) throw err;
    throw handOffError(String(article.source), "extract", err.path, err.problem);
  }
}
