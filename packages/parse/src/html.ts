import { type Block, type BlockHints, detachedString, type PageNode, type ParsedDoc } from "@clippings/core";
import { type Handler, Parser } from "htmlparser2";
import { assertNestingWithinLimit } from "./nesting.js";
import { MAX_SCRIPT_CHARS, MAX_SCRIPT_DATE_EXCERPTS, publicationExcerpts } from "./script-dates.js";
import {
  computedTransform,
  MAX_CSS_CHARS,
  type StyledElement,
  type TransformRule,
  transformOf,
  transformRules,
} from "./text-transform.js";

const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "head",
  "button",
  "select",
  "textarea",
  // A ruby annotation's reading (the kana over a kanji) and its fallback parentheses: a pronunciation guide
  // set over the text, not words of it; kept, it would double every annotated word.
  "rt",
  "rp",
]);
// Elements a browser does not show are not part of what a reader sees.
function isHidden(attrs: Record<string, string>): boolean {
  return (
    attrs.hidden !== undefined ||
    attrs["aria-hidden"] === "true" ||
    (attrs.style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.style))
  );
}
const VOID = new Set(["br", "hr"]);
// The elements a document's <head> holds. Any other element opened directly in the head ends it, as a browser's
// parser ends it (HTML5 "in head" insertion mode): a page that never closes its head still shows its body.
const HEAD_CONTENT = new Set(["title", "meta", "link", "style", "script", "noscript", "base", "template"]);
const HEADING = /^h[1-6]$/;
// A heading cut into more pieces than this is styled word by word, not a kicker and a headline.
const MAX_HEADING_PARTS = 8;
const NAMES_LIMIT = 160;
const MAX_AUTHOR_LINKS = 5;
// Elements the page names as its credit line (hCard/hAtom `.author .fn`, WordPress `.byline`, itemprop=author…).
// Their text is kept with the block it lands in, so that extraction can weigh where the credit stands.
const CREDIT_NAMES = /author|byline|by-line|autor|auteur|verfasser/;
// The same names in any case: tried on each attribute as it stands, it turns away the many elements that name no
// credit before their names are joined and lower-cased (no upper-case letter lower-cases to one of these letters
// other than its own ASCII capital).
const ANY_CASE_CREDIT_NAMES = new RegExp(CREDIT_NAMES.source, "i");
const NOT_CREDIT_NAMES = /comment|avatar|photo|image|img|bio|description|about|social|share|follow/;
const MAX_CREDITS = 40;
const CREDIT_CHARS = 200;
// Microdata and RDFa dates on any element (<time itemprop="datePublished" datetime="…">, <span itemprop content>).
const ITEMPROP_DATES = new Set(["datepublished", "datecreated", "datemodified", "uploaddate"]);
// How much of such an element's text is kept as its value: a date, not the paragraph around it.
const ITEMPROP_TEXT_CHARS = 120;
const BLOCK = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "blockquote",
  "td",
  "th",
  "figcaption",
  "div",
  "pre",
  "dt",
  "dd",
  "section",
  "article",
  "header",
  "footer",
  "nav",
  "aside",
  "figure",
  "main",
  "ul",
  "ol",
  "table",
  "tr",
  "br",
  "hr",
  "form",
  "address",
]);
const REGIONS = new Set(["nav", "header", "footer", "aside", "figure"]);
// The element a page marks with schema.org's itemprop="articleBody" is the story's text wherever the page's
// layout puts it (some CMSs wrap the whole story column in an <aside>): it ends the regions around it.
const ARTICLE_TEXT = "article-text";
const ROLE_REGIONS: Record<string, string> = {
  navigation: "nav",
  contentinfo: "footer",
  complementary: "aside",
  banner: "header",
};

export interface HtmlInput {
  id: string;
  source: string;
  raw: string;
  url?: string | null;
  crawlDate?: string | null;
}

/** Whether one attribute, as it stands, spells a credit name (an absent or empty one is not run through the pattern). */
const namesCredit = (value: string | undefined) =>
  value !== undefined && value !== "" && ANY_CASE_CREDIT_NAMES.test(value);

/** Whether an element's id, class, itemprop or rel names it as a credit of the page's author. */
function isCreditElement(attrs: Record<string, string>): boolean {
  // Most elements carry none of these: no list to build for them.
  if (!attrs.id && !attrs.class && !attrs.itemprop && !attrs.rel) return false;
  if (
    !namesCredit(attrs.id) &&
    !namesCredit(attrs.class) &&
    !namesCredit(attrs.itemprop) &&
    !namesCredit(attrs.rel)
  )
    return false;
  const names = [attrs.id, attrs.class, attrs.itemprop, attrs.rel].filter(Boolean).join(" ").toLowerCase();
  return CREDIT_NAMES.test(names) && !NOT_CREDIT_NAMES.test(names);
}

interface OpenCredit {
  key: number;
  /** Stack depth of the element: the credit ends when the stack closes below it. */
  depth: number;
  text: string;
}

interface Open {
  tag: string;
  /** The page region the element opens; ARTICLE_TEXT for the element schema.org marks as the article's text. */
  region: string | null;
  /** Index in `nodes` when the element is block-level. */
  node: number | null;
  /** The element's attributes, read again only when a heading inside it needs its computed text-transform. */
  attrs: Record<string, string>;
  /** What CSS selectors match the element by: built on first use, as only the chains of headings are styled. */
  styled: StyledElement | null;
}

function styledElement(tag: string, attrs: Record<string, string>): StyledElement {
  return {
    tag,
    id: (attrs.id ?? "").toLowerCase(),
    classes: (attrs.class ?? "").toLowerCase().split(/\s+/).filter(Boolean),
    inline: attrs.style ? (transformOf(attrs.style)?.value ?? null) : null,
  };
}

function styledOf(open: Open): StyledElement {
  open.styled ??= styledElement(open.tag, open.attrs);
  return open.styled;
}

const joinName = (names: string, value: string | undefined) =>
  !value ? names : names === "" ? value : `${names} ${value}`;

/** The element's id, class, itemprop and role, those it has, joined by spaces (no list built per element). */
function namesOf(attrs: Record<string, string>): string {
  const names = joinName(joinName(joinName(joinName("", attrs.id), attrs.class), attrs.itemprop), attrs.role);
  return names.toLowerCase().slice(0, NAMES_LIMIT);
}

// A space other than a lone U+0020: where text needs its spaces collapsed.
const UNCOLLAPSED = /\s\s|[^\S ]/;

/**
 * Text with each run of spaces made one space, trimmed. Most of a page's text runs are blank or already single-spaced:
 * they are trimmed and tested, not rewritten (collapsing the trimmed text gives the same string as trimming the
 * collapsed text). A text left as it is would be a slice of the whole page's source, keeping it alive for as long as
 * the block lives (peak RSS of two threads over 400 pages went from about 264 to 326 MB): it is copied instead.
 */
function collapseSpaces(text: string): string {
  const trimmed = text.trim();
  return UNCOLLAPSED.test(trimmed) ? trimmed.replace(/\s+/g, " ") : detachedString(trimmed);
}

/** A heading's text cut at the given offsets, each piece with its spaces collapsed, empty pieces dropped. */
function headingParts(buffer: string, cuts: readonly number[]): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const at of [...cuts, buffer.length]) {
    const part = buffer.slice(from, at).replace(/\s+/g, " ").trim();
    if (part) parts.push(part);
    from = at;
  }
  return parts;
}

// Scripts of these types are not run: client-side template engines (Underscore, Handlebars, Angular, Vue's
// x-template, blog platforms) keep HTML in them to render on the page, at times the post itself.
const TEMPLATE_SCRIPT =
  /^text\/(x-)?(template|html|handlebars-template|handlebars|ng-template|tmpl|mustache|jsrender|underscore-template)$/;
// A page's templates are read up to this much text, so that a hostile page cannot make the parse quadratic.
const MAX_TEMPLATE_CHARS = 500_000;
// Blocks this long are paragraphs: a page that shows more paragraph text than its templates hold has its own.
const MIN_PARAGRAPH_BLOCK_CHARS = 100;
const PARSER_OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

/**
 * An HTML page as text blocks (one per block-level element's own text) plus its metadata. A page that renders
 * its text from non-executable template scripts shows none of it to a parser: when the templates hold more
 * text than the page's own paragraphs, the page is read again with the templates' HTML read where they stand.
 */
export function parseHtml(input: HtmlInput): ParsedDoc {
  assertNestingWithinLimit(input.raw, input.source);
  const first = parsePage(input, false);
  if (first.templateChars <= first.paragraphChars) return first.doc;
  return parsePage(input, true).doc;
}

interface PageParse {
  doc: ParsedDoc;
  /** Visible text (tags dropped) in the page's template scripts. */
  templateChars: number;
  /** Text of the page's paragraph-sized blocks. */
  paragraphChars: number;
}

function parsePage(input: HtmlInput, expandTemplates: boolean): PageParse {
  const meta: Record<string, string> = {};
  const blocks: Block[] = [];
  const nodes: PageNode[] = [];
  const stack: Open[] = [];
  const innermostNode = (): number | null => {
    for (let at = stack.length - 1; at >= 0; at -= 1) {
      const node = stack[at]?.node;
      if (node !== null && node !== undefined) return node;
    }
    return null;
  };
  let skipDepth = 0;
  // The skip depth at which the open <head> sits (null outside it), and whether a body element ended it early.
  let headDepth: number | null = null;
  let headEndedEarly = false;
  let buffer = "";
  // Offsets in `buffer` where an inline element inside a heading opens or closes.
  let cuts: number[] = [];
  let linkChars = 0;
  let inLink = 0;
  let inTitle = false;
  let svgDepth = 0;
  let title = "";
  let jsonLd: string | null = null;
  // The text of any other inline <script>, read only for the publication keys of its page-state data.
  let script: string | null = null;
  let scriptDateCount = 0;
  // The HTML of the template script being read, and how much template text the page held.
  let template: string | null = null;
  let templateRead = 0;
  let templateChars = 0;
  // A template's HTML is counted, and on the second reading parsed in place through the page's own handlers:
  // its elements open inside the element that holds the script. A template inside a template stays unread.
  const readTemplate = (html: string, handlers: Partial<Handler>) => {
    template = null;
    templateRead += html.length;
    // Some pages keep JSON data in such scripts: only markup is read as markup.
    if (!/^\s*</.test(html)) return;
    templateChars += html
      .replace(/<[^>]*>/g, " ")
      .replace(/\s+/g, " ")
      .trim().length;
    if (!expandTemplates || skipDepth > 0) return;
    const inner = new Parser(handlers, PARSER_OPTIONS);
    inner.write(html);
    inner.end();
  };
  // The text of the <style> element being read, and the text-transform rules of those read so far.
  let style: string | null = null;
  let styleChars = 0;
  const transforms: TransformRule[] = [];
  let jsonLdCount = 0;
  // A microdata date property without a content or datetime attribute: its value is the element's text.
  let itempropText: { key: string; depth: number; text: string } | null = null;
  const closeItempropText = (depth: number) => {
    if (itempropText === null || itempropText.depth < depth) return;
    const value = itempropText.text.replace(/\s+/g, " ").trim();
    if (value && !(itempropText.key in meta)) meta[itempropText.key] = value;
    itempropText = null;
  };
  let timeCount = 0;
  // Text of <a rel="author"> links: the page's own credit of its author.
  let authorLink: string | null = null;
  let authorLinkCount = 0;
  const credits: OpenCredit[] = [];
  let creditCount = 0;
  let text = "";

  const flush = () => {
    const content = collapseSpaces(buffer);
    if (content) {
      // The innermost open block element and region, found walking down the stack (no copies of it).
      let tag = "body";
      let blockAt = -1;
      for (let at = stack.length - 1; at >= 0; at -= 1) {
        const open = stack[at] as Open;
        if (BLOCK.has(open.tag)) {
          tag = open.tag;
          blockAt = at;
          break;
        }
      }
      const hints: BlockHints = { linkDensity: Math.min(1, linkChars / Math.max(1, buffer.length)) };
      const heading = /^h([1-6])$/.exec(tag);
      if (heading?.[1]) {
        hints.heading = Number(heading[1]);
        const parts = headingParts(buffer, cuts);
        if (parts.length >= 2 && parts.length <= MAX_HEADING_PARTS) hints.parts = parts;
        // A heading the page's CSS sets in capitals reads in capitals: noted in the metadata by block index.
        const chain = stack.slice(0, blockAt + 1).map(styledOf);
        if (transforms.length > 0 || chain.some((element) => element.inline !== null)) {
          const transform = computedTransform(chain, transforms);
          if (transform.value === "uppercase" && transform.named)
            meta[`text-transform:${blocks.length}`] = transform.value;
        }
      }
      if (tag === "li") hints.listItem = true;
      if (stack.some((o) => o.tag === "figcaption" || o.tag === "figure")) hints.caption = true;
      let region: string | null = null;
      for (let at = stack.length - 1; at >= 0 && !region; at -= 1) region = (stack[at] as Open).region;
      if (region && region !== ARTICLE_TEXT) hints.region = region;
      const node = innermostNode();
      if (node !== null) hints.node = node;
      if (text.length > 0) text += "\n";
      const start = text.length;
      text += content;
      blocks.push({ index: blocks.length, text: content, start, end: text.length, hints });
    }
    buffer = "";
    if (cuts.length > 0) cuts = [];
    linkChars = 0;
  };
  // Open h1-h6 elements on the stack, counted as they open and close rather than searched for at every tag.
  let openHeadings = 0;
  const inHeading = () => openHeadings > 0;

  const closeCredits = (depth: number) => {
    // The length is tested before the last credit is read: reading past the end of an array is a slow path for V8,
    // and most elements close with no credit open.
    while (credits.length > 0 && (credits[credits.length - 1] as OpenCredit).depth >= depth) {
      const credit = credits.pop();
      const value = credit?.text.replace(/\s+/g, " ").trim();
      if (credit && value) meta[`credit:${credit.key}`] = value;
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "html" && attrs.lang) meta.lang = attrs.lang;
        if (name === "meta") {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").toLowerCase();
          if (key && attrs.content !== undefined && !(key in meta)) meta[key] = attrs.content;
          if (attrs.charset) meta.charset = attrs.charset;
        }
        if (name === "link" && attrs.rel?.toLowerCase() === "canonical" && attrs.href)
          meta.canonical = attrs.href;
        if (name === "time" && attrs.datetime) {
          // Where the element stands: its text lands in the block flushed next. Extraction tells a site's date
          // bar in the page header from the article's own <time> by it.
          if (skipDepth === 0) meta[`time-block:${timeCount}`] = String(blocks.length);
          meta[`time:${timeCount++}`] = attrs.datetime;
        }
        // RDFa names the same schema.org properties (`<span property="schema:dateCreated" content="…">`, as
        // Drupal's RDF module writes them).
        const itemprop = (attrs.itemprop ?? attrs.property?.replace(/^schema:/i, ""))?.toLowerCase();
        const itempropValue = attrs.datetime ?? attrs.content;
        if (itemprop && ITEMPROP_DATES.has(itemprop) && itempropValue && !(`itemprop:${itemprop}` in meta))
          meta[`itemprop:${itemprop}`] = itempropValue;
        else if (
          itemprop &&
          ITEMPROP_DATES.has(itemprop) &&
          itempropText === null &&
          skipDepth === 0 &&
          !SKIP.has(name) &&
          !isHidden(attrs) &&
          !VOID.has(name) &&
          !(`itemprop:${itemprop}` in meta)
        )
          itempropText = { key: `itemprop:${itemprop}`, depth: stack.length, text: "" };
        // An inline <svg> names its icons with <title> elements of its own: they are no part of the page's title.
        if (name === "svg") svgDepth += 1;
        if (name === "title" && svgDepth === 0) inTitle = true;
        if (name === "a" && /\bauthor\b/i.test(attrs.rel ?? "") && authorLinkCount < MAX_AUTHOR_LINKS)
          authorLink = "";
        const scriptType = name === "script" ? (attrs.type?.toLowerCase().trim() ?? "") : "";
        if (name === "script" && scriptType === "application/ld+json") jsonLd = "";
        else if (name === "script" && TEMPLATE_SCRIPT.test(scriptType)) template = "";
        else if (name === "script" && scriptDateCount < MAX_SCRIPT_DATE_EXCERPTS) script = "";
        if (name === "style" && styleChars < MAX_CSS_CHARS) style = "";
        if (headDepth !== null && skipDepth === headDepth && !HEAD_CONTENT.has(name)) {
          skipDepth -= 1;
          headDepth = null;
          headEndedEarly = true;
        }
        if (SKIP.has(name) || skipDepth > 0 || isHidden(attrs)) {
          if (name !== "title") skipDepth += 1;
          if (name === "head" && skipDepth === 1) headDepth = skipDepth;
          return;
        }
        if (BLOCK.has(name)) flush();
        else if (inHeading()) cuts.push(buffer.length);
        const role = attrs.role?.toLowerCase() ?? "";
        const articleText = attrs.itemprop !== undefined && /(^|\s)articlebody(\s|$)/i.test(attrs.itemprop);
        const region = articleText ? ARTICLE_TEXT : REGIONS.has(name) ? name : (ROLE_REGIONS[role] ?? null);
        let node: number | null = null;
        if (BLOCK.has(name) && !VOID.has(name)) {
          node = nodes.length;
          nodes.push({ tag: name, parent: innermostNode(), names: namesOf(attrs) });
        }
        if (creditCount < MAX_CREDITS && isCreditElement(attrs))
          credits.push({ key: creditCount++, depth: stack.length, text: "" });
        stack.push({ tag: name, region, node, attrs, styled: null });
        if (HEADING.test(name)) openHeadings += 1;
        if (name === "a") inLink += 1;
      },
      ontext(data) {
        if (jsonLd !== null) {
          jsonLd += data;
          return;
        }
        if (template !== null) {
          if (templateRead + template.length < MAX_TEMPLATE_CHARS) template += data;
          return;
        }
        if (script !== null) {
          if (script.length < MAX_SCRIPT_CHARS) script += data;
          return;
        }
        if (style !== null) style += data;
        if (inTitle) title += data;
        if (authorLink !== null) authorLink += data;
        if (skipDepth > 0) return;
        for (const credit of credits) {
          // The credit's text lands in the block flushed next: note that block when its first word arrives.
          if (credit.text.trim() === "" && data.trim() !== "")
            meta[`credit-block:${credit.key}`] = String(blocks.length);
          if (credit.text.length < CREDIT_CHARS) credit.text += data;
        }
        buffer += data;
        if (itempropText !== null && itempropText.text.length < ITEMPROP_TEXT_CHARS)
          itempropText.text += data;
        if (inLink > 0) linkChars += data.length;
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (name === "svg") svgDepth = Math.max(0, svgDepth - 1);
        if (name === "a" && authorLink !== null) {
          const credit = authorLink.replace(/\s+/g, " ").trim();
          if (credit) meta[`rel-author:${authorLinkCount++}`] = credit;
          authorLink = null;
        }
        if (name === "script" && jsonLd !== null) {
          meta[`jsonld:${jsonLdCount++}`] = jsonLd.trim();
          jsonLd = null;
        }
        if (name === "script" && script !== null) {
          for (const excerpt of publicationExcerpts(script, MAX_SCRIPT_DATE_EXCERPTS - scriptDateCount))
            meta[`script-date:${scriptDateCount++}`] = excerpt;
          script = null;
        }
        if (name === "style" && style !== null) {
          transforms.push(...transformRules(style.slice(0, MAX_CSS_CHARS - styleChars), transforms.length));
          styleChars += style.length;
          style = null;
        }
        // The </head> of a head that a body element already ended closes nothing.
        if (name === "head" && headEndedEarly) return;
        if (name === "head" && skipDepth === headDepth) headDepth = null;
        if (skipDepth > 0) {
          if (name !== "title") skipDepth -= 1;
          // The parser calls its handlers as methods of their object: `this` is that object.
          if (name === "script" && template !== null) readTemplate(template, this);
          return;
        }
        if (BLOCK.has(name)) flush();
        else if (inHeading()) cuts.push(buffer.length);
        if (name === "a") inLink = Math.max(0, inLink - 1);
        // Search from the top: a well-formed close is found at once, so deep nesting stays linear.
        for (let at = stack.length - 1; at >= 0; at -= 1) {
          if (stack[at]?.tag === name) {
            for (let inner = at; inner < stack.length; inner += 1)
              if (HEADING.test((stack[inner] as Open).tag)) openHeadings -= 1;
            stack.length = at;
            closeCredits(at);
            closeItempropText(at);
            break;
          }
        }
      },
    },
    PARSER_OPTIONS,
  );
  parser.write(input.raw);
  parser.end();
  closeCredits(0);
  closeItempropText(0);
  flush();
  if (title.trim()) meta.title = title.replace(/\s+/g, " ").trim();
  const url = input.url ?? meta.canonical ?? meta["og:url"] ?? null;
  const paragraphChars = blocks.reduce(
    (sum, block) => sum + (block.text.length >= MIN_PARAGRAPH_BLOCK_CHARS ? block.text.length : 0),
    0,
  );
  const doc: ParsedDoc = {
    id: input.id,
    source: input.source,
    format: "html",
    url,
    crawlDate: input.crawlDate ?? null,
    crawlStatus: null,
    text,
    blocks,
    meta,
    nodes,
  };
  return { doc, templateChars, paragraphChars };
}
