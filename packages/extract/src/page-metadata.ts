import { collapseWhiteSpace } from "@clippings/core";
import { decodeHTML } from "entities";
import { z } from "zod";
import { namesInByline } from "./byline.js";

/** A value the page states about itself, with the metadata key that states it (the field's evidence). */
export interface MetaValue {
  value: string;
  key: string;
}

/** What a page's own metadata says: JSON-LD first, then OpenGraph and other meta tags, then microdata. */
export interface PageMetadata {
  headlines: MetaValue[];
  /** Publication dates as written (ISO strings mostly), the most trusted first. */
  published: MetaValue[];
  modified: MetaValue[];
  authors: { names: string[]; key: string }[];
  siteNames: MetaValue[];
  /** The publisher's own statement of the article text, when it gives one. */
  articleBody: string | null;
  /** The text-transform the page's CSS gives a heading, by block index, where the HTML reader could prove one. */
  textTransforms: Map<number, TextTransform>;
}

export type TextTransform = "uppercase" | "lowercase" | "capitalize";
const TEXT_TRANSFORMS = new Set<string>(["uppercase", "lowercase", "capitalize"]);

/** The reader's `text-transform:<block>` notes as a map from block index to the transform. */
function textTransformsOf(meta: Readonly<Record<string, string>>): Map<number, TextTransform> {
  const transforms = new Map<number, TextTransform>();
  for (const [key, value] of Object.entries(meta)) {
    const block = /^text-transform:(\d+)$/.exec(key)?.[1];
    if (block !== undefined && TEXT_TRANSFORMS.has(value))
      transforms.set(Number(block), value as TextTransform);
  }
  return transforms;
}

const ARTICLE_TYPES = new Set([
  "article",
  "newsarticle",
  "reportagenewsarticle",
  "analysisnewsarticle",
  "opinionnewsarticle",
  "reviewnewsarticle",
  "backgroundnewsarticle",
  "askpublicnewsarticle",
  "satiricalarticle",
  "blogposting",
  "liveblogposting",
  "socialmediaposting",
  "techarticle",
  "scholarlyarticle",
  "report",
  "videoobject",
  "webpage",
  "itempage",
  "creativework",
]);

// JSON-LD is whatever a site wrote: only the fields read here are checked, loosely, and the rest ignored.
const TextSchema = z.union([z.string(), z.number()]).transform(String);
const LinkedNodeSchema = z.looseObject({
  "@type": z.union([z.string(), z.array(z.string())]).optional(),
  "@id": z.unknown().optional(),
  headline: z.unknown().optional(),
  name: z.unknown().optional(),
  datePublished: z.unknown().optional(),
  uploadDate: z.unknown().optional(),
  dateCreated: z.unknown().optional(),
  dateModified: z.unknown().optional(),
  author: z.unknown().optional(),
  creator: z.unknown().optional(),
  publisher: z.unknown().optional(),
  articleBody: z.unknown().optional(),
  "@graph": z.unknown().optional(),
  mainEntity: z.unknown().optional(),
});
type LinkedNode = z.infer<typeof LinkedNodeSchema>;

const MAX_NODES = 200;

function textOf(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  const parsed = TextSchema.safeParse(first);
  const text = parsed.success ? collapseWhiteSpace(parsed.data).trim() : "";
  return text === "" ? null : text;
}

/**
 * A JSON-LD text a reader is shown, entity-decoded: script text is not decoded by the HTML reader, and CMSs paste
 * HTML-escaped titles and names into it ("Rates &#8211; and prices", "Caf&eacute; news").
 */
function shownTextOf(value: unknown): string | null {
  const text = textOf(value);
  return text === null ? null : textOf(decodeHTML(text));
}

function typesOf(node: LinkedNode): string[] {
  const type = node["@type"];
  return (Array.isArray(type) ? type : type ? [type] : []).map((t) => t.toLowerCase());
}

/** Every object in a JSON-LD document, through arrays, @graph and mainEntity, bounded against huge graphs. */
function linkedNodes(value: unknown, out: LinkedNode[] = [], depth = 0): LinkedNode[] {
  if (out.length >= MAX_NODES || depth > 6) return out;
  if (Array.isArray(value)) {
    for (const item of value) linkedNodes(item, out, depth + 1);
    return out;
  }
  const parsed = LinkedNodeSchema.safeParse(value);
  if (!parsed.success) return out;
  out.push(parsed.data);
  if (parsed.data["@graph"] !== undefined) linkedNodes(parsed.data["@graph"], out, depth + 1);
  if (parsed.data.mainEntity !== undefined) linkedNodes(parsed.data.mainEntity, out, depth + 1);
  return out;
}

// One regular-expression pass: appending character by character rebuilt large scripts (an articleBody) slowly.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const CONTROL_CHARACTER = /[\u0000-\u001f]/g;

function withoutControlCharacters(raw: string): string {
  return raw.replace(CONTROL_CHARACTER, " ");
}

function parseJson(raw: string): unknown {
  try {
    // Sites paste raw newlines and tabs inside JSON strings; a browser's JSON-LD reader tolerates them.
    return JSON.parse(withoutControlCharacters(raw));
  } catch {
    return null;
  }
}

/** The names of a JSON-LD document's nodes by their @id, for values that point at a node ({"@id": …}). */
function namesById(nodes: readonly LinkedNode[]): Map<string, string> {
  const byId = new Map<string, string>();
  for (const node of nodes) {
    const id = textOf(node["@id"]);
    const name = textOf(node.name);
    if (id && name && !byId.has(id)) byId.set(id, name);
  }
  return byId;
}

/**
 * Names of people or organisations in a JSON-LD author value: a string, {name}, a reference {"@id"} to a node
 * of the same document (Yoast's @graph names its Person once), or an array of them. Script text is not
 * entity-decoded by the HTML reader, and CMSs paste HTML-escaped names into it ("Jos&eacute; Roe").
 */
function namesOf(value: unknown, byId: ReadonlyMap<string, string> = new Map()): string[] {
  const items = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of items) {
    if (typeof item === "string") names.push(item);
    else {
      const parsed = LinkedNodeSchema.safeParse(item);
      const id = parsed.success ? textOf(parsed.data["@id"]) : null;
      const name = parsed.success ? (textOf(parsed.data.name) ?? (id ? byId.get(id) : null)) : null;
      if (name) names.push(name);
    }
  }
  return names.map((n) => decodeHTML(n).replace(/\s+/g, " ").trim()).filter(Boolean);
}

// Meta tags for each field, the most specific first. Keys are lower-cased by the HTML reader.
const PUBLISHED_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "article:published",
  "itemprop:datepublished",
  "datepublished",
  "parsely-pub-date",
  "sailthru.date",
  "publish-date",
  "publishdate",
  "pubdate",
  "publication_date",
  "date.available",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "dcterms.date",
  "dc.date.created",
  "dcterms.created",
  "citation_publication_date",
  "citation_date",
  "og:published_time",
  "article.published",
  "article_date_original",
  "originalpublicationdate",
  "date",
  // Keys of common CMS and sharing plugins, and the colon spellings of Dublin Core, as htmldate also reads them.
  "dc:date",
  "dcterms:created",
  "prism.publicationdate",
  "bepress_citation_date",
  "shareaholic:article_published_time",
  "cxenseparse:publishtime",
  "published_time",
  "pub_date",
  "itemprop:datecreated",
  "itemprop:uploaddate",
];
const MODIFIED_KEYS = ["article:modified_time", "og:updated_time", "itemprop:datemodified", "dateModified"];
const HEADLINE_KEYS = ["og:title", "twitter:title", "sailthru.title", "parsely-title", "dc.title", "title"];
const AUTHOR_KEYS = [
  "author",
  "article:author",
  "parsely-author",
  "sailthru.author",
  "byl",
  "dc.creator",
  "dcterms.creator",
  "citation_author",
];
const TWITTER_ROWS = 4;
const DESCRIPTION_KEYS = ["og:description", "description", "twitter:description"];
const MAX_BYLINE_CHARS = 120;
const WRITTEN_BY_LABEL =
  /^(?:written by|author|verfasst von|geschrieben von|autor|autorin|écrit par|auteur|escrito por|scritto da)$/i;
const SITE_KEYS = ["og:site_name", "application-name", "twitter:site"];

function fromKeys(meta: Readonly<Record<string, string>>, keys: readonly string[]): MetaValue[] {
  const values: MetaValue[] = [];
  for (const key of keys) {
    const value = meta[key.toLowerCase()]?.replace(/\s+/g, " ").trim();
    if (value) values.push({ value, key });
  }
  return values;
}

// Where a description's opening byline ends: a dash or bar before the next part, a sentence's end, a new line.
const DESCRIPTION_PART_END = /\s[-–—|·•]\s|\.\s|\n/;
// Words a byline holds besides its names: the by-word, a verb of writing, the conjunctions between names.
const BYLINE_WORD =
  /^(?:posted|written|published|words|reporting|geschrieben|verfasst|by|von|par|por|door|di|da|av|af|and|und|et|y|e)$/;

/**
 * The names of a byline that opens a page's description and is the whole of its first part ("Posted by Jane
 * Roe and Ola Kent - Example team …"); not when the sentence runs on from the names ("by Jane Roe Example and
 * Sample oppose …"), where the name's end cannot be told.
 */
function descriptionByline(description: string): string[] | null {
  const opening = description.trim().split(DESCRIPTION_PART_END)[0] ?? "";
  const names = opening.length <= MAX_BYLINE_CHARS ? namesInByline(opening) : null;
  if (!names) return null;
  const named = new Set(names.join(" ").toLowerCase().split(" "));
  const words = opening
    .toLowerCase()
    .split(/[\s,;&]+/)
    .filter(Boolean);
  return words.every((w) => named.has(w) || BYLINE_WORD.test(w)) ? names : null;
}

/** Reads the page's own statements about itself from the metadata the HTML reader collected. */
export function readPageMetadata(meta: Readonly<Record<string, string>>): PageMetadata {
  const result: PageMetadata = {
    headlines: [],
    published: [],
    modified: [],
    authors: [],
    siteNames: [],
    articleBody: null,
    textTransforms: textTransformsOf(meta),
  };
  const media: { list: MetaValue[]; entry: MetaValue }[] = [];
  const stories = new Map<MetaValue[], number>();
  const jsonKeys = Object.keys(meta)
    .filter((k) => k.startsWith("jsonld:"))
    .sort((a, b) => Number(a.slice(7)) - Number(b.slice(7)));
  for (const key of jsonKeys) {
    const nodes = linkedNodes(parseJson(meta[key] ?? ""));
    const byId = namesById(nodes);
    for (const node of nodes) {
      const types = typesOf(node);
      if (!types.some((t) => ARTICLE_TYPES.has(t))) continue;
      // A WebPage describes the page, an Article the story: the story's statements go first.
      const isPage = types.every((t) => t === "webpage" || t === "itempage" || t === "creativework");
      // A video embedded in the story has its own upload date and title: they come after every statement
      // about the page itself, its meta tags included.
      const isMedia = types.every((t) => t === "videoobject");
      const add = (list: MetaValue[], value: string | null, field: string) => {
        if (!value) return;
        const entry = { value, key: `${key}.${field}` };
        if (isMedia) media.push({ list, entry });
        else if (isPage) list.push(entry);
        else {
          // Stories go before pages, in the order the page gives them: the first is the page's own article,
          // later ones are often teasers of other stories.
          const at = stories.get(list) ?? 0;
          list.splice(at, 0, entry);
          stories.set(list, at + 1);
        }
      };
      add(
        result.headlines,
        shownTextOf(node.headline) ?? (isPage ? null : shownTextOf(node.name)),
        "headline",
      );
      add(
        result.published,
        textOf(node.datePublished) ?? textOf(node.dateCreated) ?? textOf(node.uploadDate),
        "datePublished",
      );
      add(result.modified, textOf(node.dateModified), "dateModified");
      const authors = namesOf(node.author ?? node.creator, byId);
      if (authors.length > 0 && !isPage) result.authors.push({ names: authors, key: `${key}.author` });
      const publisher = LinkedNodeSchema.safeParse(node.publisher);
      const publisherName = publisher.success ? shownTextOf(publisher.data.name) : null;
      if (publisherName) result.siteNames.push({ value: publisherName, key: `${key}.publisher` });
      const body = textOf(node.articleBody);
      if (body && !isPage && !result.articleBody) result.articleBody = body;
    }
  }
  result.headlines.push(...fromKeys(meta, HEADLINE_KEYS));
  result.published.push(...fromKeys(meta, PUBLISHED_KEYS));
  result.modified.push(...fromKeys(meta, MODIFIED_KEYS));
  for (const { list, entry } of media) list.push(entry);
  for (const { value, key } of fromKeys(meta, AUTHOR_KEYS)) {
    // Decoded before the split on "&": a CMS that escapes twice leaves "Jos&eacute;" in the attribute.
    result.authors.push({
      names: decodeHTML(value)
        .split(/\s*(?:,|;|\band\b|&)\s*/)
        .filter(Boolean),
      key,
    });
  }
  // Yoast and other SEO plugins label their Twitter card rows: the row labelled "Written by" names the author.
  for (let row = 1; row <= TWITTER_ROWS; row += 1) {
    const label = meta[`twitter:label${row}`]?.trim() ?? "";
    const value = meta[`twitter:data${row}`]?.replace(/\s+/g, " ").trim();
    if (value && WRITTEN_BY_LABEL.test(label))
      result.authors.push({ names: [value], key: `twitter:data${row}` });
  }
  // <a rel="author"> links credit one author each; together they are the page's byline.
  const linked = Object.keys(meta)
    .filter((k) => k.startsWith("rel-author:"))
    .map((k) => meta[k] ?? "")
    .filter(Boolean);
  if (linked.length > 0) result.authors.push({ names: [...new Set(linked)], key: "rel-author" });
  // Blog engines build the description from the post's first text, which is often its byline ("Posted by Jane
  // Roe and Ola Kent - Example team …"), also where the page itself renders the byline from a script template.
  // The weakest statement: it counts only when nothing else names the authors.
  const description = fromKeys(meta, DESCRIPTION_KEYS)[0];
  const described = description ? descriptionByline(decodeHTML(description.value)) : null;
  if (description && described) result.authors.push({ names: described, key: `${description.key}:byline` });
  result.siteNames.unshift(...fromKeys(meta, SITE_KEYS).filter((s) => !s.value.startsWith("@")));
  return result;
}
