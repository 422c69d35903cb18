import { BlockRoleSchema, type CleanBlock } from "./blocks.js";
import { type CleanDoc, type PageNode, SourceFormatSchema } from "./documents.js";
import { handOffError, isCount, isShare, isString } from "./hand-off-checks.js";

const ROLES: ReadonlySet<string> = new Set(BlockRoleSchema.options);
const FORMATS: ReadonlySet<string> = new Set(SourceFormatSchema.options);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The hint keys blockProblem checks; a test holds them equal to BlockHintsSchema's, so a new hint is not missed. */
export const CHECKED_HINT_KEYS = [
  "heading",
  "listItem",
  "linkDensity",
  "caption",
  "region",
  "indent",
  "blankBefore",
  "node",
  "parts",
] as const;

const MAX_HEADING_PARTS = 8;

const optional = (value: unknown, check: (v: unknown) => boolean): boolean =>
  value === undefined || check(value);
const isBoolean = (value: unknown): boolean => typeof value === "boolean";
const isHeadingLevel = (value: unknown): boolean =>
  Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= 6;
const isParts = (value: unknown): boolean =>
  Array.isArray(value) && value.length <= MAX_HEADING_PARTS && value.every(isString);

const isStringOrNull = (value: unknown): boolean => value === null || isString(value);
const isText = (value: unknown): boolean => isString(value) && value.length > 0;

/** What CleanDocSchema would find wrong with the document's own fields, its head; null when nothing. */
function headProblem(doc: CleanDoc): string | null {
  if (!isText(doc.id)) return "id: empty or not text";
  if (!isText(doc.source)) return "source: empty or not text";
  if (!FORMATS.has(doc.format)) return `format: "${String(doc.format)}" is not a source format`;
  if (!isStringOrNull(doc.url)) return "url: neither text nor null";
  if (doc.crawlDate !== null && !(isString(doc.crawlDate) && ISO_DAY.test(doc.crawlDate)))
    return "crawlDate: neither a YYYY-MM-DD day nor null";
  if (!isStringOrNull(doc.crawlStatus)) return "crawlStatus: neither text nor null";
  if (!isString(doc.text)) return "text: not text";
  return null;
}

/** What CleanBlockSchema would find wrong with a block; null when nothing. */
function blockProblem(block: CleanBlock): string | null {
  if (typeof block !== "object" || block === null) return "not a block";
  if (!isCount(block.index)) return "index is not a count";
  if (!isString(block.text) || !isString(block.cleanText)) return "text is not a string";
  if (!isCount(block.start) || !isCount(block.end)) return "span is not a pair of offsets";
  if (!ROLES.has(block.role)) return `role "${String(block.role)}" is not a block role`;
  if (block.reason !== null && !isString(block.reason)) return "reason is neither text nor null";
  if (block.repeatOf !== null && !isCount(block.repeatOf))
    return "repeatOf is neither a block index nor null";
  const hints = block.hints;
  if (typeof hints !== "object" || hints === null) return "hints are missing";
  if (!optional(hints.heading, isHeadingLevel)) return "hints.heading is not a level 1-6";
  if (!optional(hints.listItem, isBoolean)) return "hints.listItem is not a boolean";
  if (!optional(hints.linkDensity, isShare)) return "hints.linkDensity is not a share 0..1";
  if (!optional(hints.caption, isBoolean)) return "hints.caption is not a boolean";
  if (!optional(hints.region, isString)) return "hints.region is not a string";
  if (!optional(hints.indent, isCount)) return "hints.indent is not a count";
  if (!optional(hints.blankBefore, isCount)) return "hints.blankBefore is not a count";
  if (!optional(hints.node, isCount)) return "hints.node is not a node index";
  if (!optional(hints.parts, isParts))
    return `hints.parts is not a list of up to ${MAX_HEADING_PARTS} strings`;
  return null;
}

/** What PageNodeSchema would find wrong with a page node; null when nothing. */
function nodeProblem(node: PageNode): string | null {
  if (typeof node !== "object" || node === null) return "not a page node";
  if (!isString(node.tag) || !isString(node.names)) return "tag or names is not a string";
  if (node.parent !== null && !isCount(node.parent)) return "parent is neither a node index nor null";
  return null;
}

/**
 * The clean → extract hand-off. Cleaning built the document and its blocks with typed code in this thread, from
 * the reader's typed output: no boundary, so what the types cannot say (whole numbers, ranges, the set of roles,
 * the crawl day's form) is checked without the copy a schema parse makes of every block: 0.44 ms an HTML page
 * (a tenth of cleaning's time) against 0.04. The document's fields, its metadata, blocks and page nodes (hundreds
 * a page) go through typed checks with the rules of CleanDocSchema, CleanBlockSchema and PageNodeSchema; the tests
 * hold them to the schemas' verdicts and keys. Returns the document itself.
 */
export function checkCleanDoc(doc: CleanDoc): CleanDoc {
  const head = headProblem(doc);
  if (head) throw handOffError(String(doc.source), "clean", "document", head);
  const { blocks, nodes, meta } = doc;
  // A page's metadata holds some forty keys: the schema's record parse copied them all to check they are text.
  if (typeof meta !== "object" || meta === null)
    throw handOffError(doc.source, "clean", "meta", "not a record");
  for (const key in meta)
    if (!isString(meta[key])) throw handOffError(doc.source, "clean", `meta.${key}`, "not text");
  if (!Array.isArray(blocks)) throw handOffError(doc.source, "clean", "blocks", "not a list");
  for (let at = 0; at < blocks.length; at += 1) {
    const problem = blockProblem(blocks[at] as CleanBlock);
    if (problem) throw handOffError(doc.source, "clean", `blocks.${at}`, problem);
  }
  if (nodes === undefined) return doc;
  if (!Array.isArray(nodes)) throw handOffError(doc.source, "clean", "nodes", "not a list");
  for (let at = 0; at < nodes.length; at += 1) {
    const problem = nodeProblem(nodes[at] as PageNode);
    if (problem) throw handOffError(doc.source, "clean", `nodes.${at}`, problem);
  }
  return doc;
}
