import { type CleanBlock, detachedString, type PageNode } from "@clippings/core";
import { isProse, readsLikeProse, wordCount } from "./line-shape.js";

/**
 * The article's element on an HTML page, chosen by weighing containers rather than lines: every paragraph
 * credits the elements that hold it (most to its own element, less to each one further out), elements named
 * like page furniture lose weight, and link-heavy ones are discounted. The best element, with the siblings that
 * score nearly as well, holds the article; blocks elsewhere are page furniture.
 *
 * The weighing follows the approach of Arc90's Readability (paragraph credit shared with ancestors, class and id
 * names as evidence), adapted to the flat blocks and node table that the parse stage produces.
 */

// Names of elements that hold page furniture on sites of every kind, and of the boxes that CMSs and their
// plugins put inside an article's element: calls to action ("cta", a page builder's "vc_cta3"), affiliate and
// editorial disclosures, tables of contents ("toc", "ez-toc-container"), readers' comments in German
// ("kommentare"; not "kommentar", which names an opinion piece), cookie walls in front of an embed
// ("borlabscookie", "content-blocker"), boxes of other stories ("recirculation"), promotions and author cards.
// Not an embedded social post ("twitter-tweet"): stories quote them as their text.
const FURNITURE_NAMES =
  /(^|[\s_-])(comment|comments|kommentare|kommentarbereich|disqus|sidebar|side-bar|aside|footer|foot|related\w*|similar\w*|recommend\w*|recirculation\w*|more-from|trending|popular|most-read|share|sharing|social|promo|promotion\w*|newsletter|news-letter|subscribe|subscription|signup|sign-up|register\w*|registration|login\w*|log-in|breadcrumbs?|menu|nav|navbar|navigation|advert\w*|ads?|ad-\w+|sponsor\w*|\w*cookie\w*|content-blocker|consent|banner|popup|modal|masthead|outbrain|taboola|tags|tag-list|author-bio|bio|author-box|authorbox|about-author|author-description|author-card|saboxplugin-wrap|abh_box|rail|toolbar|pagination|pager|skip|cta\d*|\w*disclosure|\w*disclaimer|affiliate\w*|toc)($|[\s_-])/;
// Widgets that hold short prose which can outweigh a story told in short steps (a recipe, a product page):
// sliders and carousels (the class names of the common libraries: Swiper, Slick, Owl Carousel, Webflow's
// w-slider), readers' reviews, testimonials, flyouts (contact and chat panels) and next-post strips. Read only in
// presentational classes: a "js-" class is a script's hook ("js-slider-toggle" on an article's section).
const WIDGET_NAMES =
  /(^|[\s_-])(slider|carousel|swiper|slick|testimonials?|reviews|\w*flyout|next-posts?)($|[\s_-])/;
const SCRIPT_HOOKS = /(^|\s)js-\S*/g;

// How many class lists' answers are remembered; past that the memory starts afresh (a page has a few hundred).
const REMEMBERED_NAMES = 4_096;
const furnitureAnswers = new Map<string, boolean>();

/**
 * Whether a class list (or one class) names page furniture. Remembered by the list: the article finder asks it
 * of every element above every block, and of the same few class lists ("row", "col-md-8") over and over.
 */
function furnitureNamed(names: string): boolean {
  const known = furnitureAnswers.get(names);
  if (known !== undefined) return known;
  const answer = FURNITURE_NAMES.test(names) || WIDGET_NAMES.test(names.replace(SCRIPT_HOOKS, " "));
  if (furnitureAnswers.size >= REMEMBERED_NAMES) furnitureAnswers.clear();
  // A class list is a slice of its page: kept as it is, it would keep the page alive.
  furnitureAnswers.set(detachedString(names), answer);
  return answer;
}
const COMMENT_NAMES =
  /(^|[\s_-])(comment|comments|commentlist|comment-list|kommentare|kommentarbereich|disqus|respond|replies|discussion)($|[\s_-])/;
// Names of elements that hold an article's text.
const ARTICLE_NAMES =
  /(^|[\s_-])(article|articlebody|article-body|article-content|article-text|story|story-body|storybody|story-text|post|post-body|post-content|entry|entry-content|content|main|body|body-text|prose|rich-text|richtext|blog|hentry)($|[\s_-])/;
// The last word of a class names the thing: "article-header", "post_teaser" and "entry-meta" are parts of an
// article or a teaser of one, not its text, so the article word before them does not vouch for the element.
const PART_HEADS =
  /^(header|head|heading|title|teaser|teasers|meta|info|footer|thumbnail|thumbnails|thumb|thumbs|tags|byline|author|date|image|img|media|photo|gallery|video|list|share|nav)$/;

/** Whether a class of the list names the article's text (and not a part of the article or a widget). */
function articleNamed(names: string): boolean {
  return names.split(/\s+/).some((name) => {
    if (!ARTICLE_NAMES.test(name) || furnitureNamed(name)) return false;
    const words = name.split(/[_-]+/).filter((word) => word.length > 0);
    return !PART_HEADS.test(words[words.length - 1] ?? "");
  });
}

// Names that CMSs give to an article's lead paragraph (teaser, intro, excerpt, chapô, perex, Vorspann, sommario,
// entradilla): the story's first paragraph, often set apart from the body's element above it. Deks, standfirsts
// and subtitles are not here: they are a second headline, not the story's text.
const LEAD_NAMES =
  /(^|[\s_-])(lead|leadtext|lede|intro|introduction|teaser|teaser-text|teasertext|excerpt|abstract|chapo|chapeau|perex|sapo|documentdescription|vorspann|preface|sommario|entradilla)($|[\s_-])/;
// Elements that are a paragraph themselves: their text credits the element that holds them.
const PARAGRAPH_TAGS = new Set([
  "p",
  "li",
  "blockquote",
  "pre",
  "dd",
  "dt",
  "td",
  "th",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);

// Paragraph-like elements that pages also use as boxes of lines: a layout table's cell, a list item or a
// quotation holding a whole text broken by <br>s.
const LINE_CONTAINERS = new Set(["td", "th", "dd", "li", "blockquote"]);
const MIN_CONTAINER_LINES = 3;

const MIN_PARAGRAPH_CHARS = 25;
const ANCESTOR_LEVELS = 6;
// Deeper chains than this exist only in hostile pages; totals stop there to keep the work linear.
const MAX_CHAIN = 120;
const SIBLING_SHARE = 0.2;
const MIN_SIBLING_SCORE = 10;
const MIN_SIBLING_PARAGRAPH = 2;
// An element inside furniture (a related-posts list in a sidebar) counts for this share of its score.
const FURNITURE_DISCOUNT = 0.5;
const FURNITURE_LOOKUP_LEVELS = 5;

/**
 * How much an element's name and tag move its score: a share of what its paragraphs earned plus a little, so
 * that a name tips the balance between containers of similar text but never makes a caption outrank the story.
 */
function nameWeight(node: PageNode, earned: number): number {
  let sign = 0;
  if (furnitureNamed(node.names)) sign -= 1;
  if (articleNamed(node.names)) sign += 1;
  if (node.tag === "article" || node.tag === "main") sign += 1;
  if (node.tag === "nav" || node.tag === "footer" || node.tag === "aside" || node.tag === "form") sign -= 2;
  return sign * (3 + 0.25 * earned);
}

function paragraphCredit(block: CleanBlock): number {
  const text = block.text;
  if (text.length < MIN_PARAGRAPH_CHARS) return 0;
  if ((block.hints.linkDensity ?? 0) > 0.33) return 0;
  if (block.hints.caption) return 0;
  if (block.hints.region && block.hints.region !== "header") return 0;
  return 1 + clauseCommas(text) + Math.min(3, Math.floor(text.length / 100));
}

// A clause of prose before a comma: three words, or (in scripts written without spaces) six letters.
const MIN_CLAUSE_WORDS = 3;
const MIN_CLAUSE_CHARS_UNSPACED = 6;
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const SENTENCE_END = /[.!?…。！？।؟]/;
const MAX_UNSTOPPED_COMMAS = 4;

/**
 * Commas that close a clause of prose. Reference lists ("Smith J, Lee K (2019) …"), keyword lists and
 * ingredient or spec lists are dense with commas between one- or two-word items; crediting every comma made
 * such lists outscore the story, so only commas after a clause-length stretch of text count.
 */
export function clauseCommas(text: string): number {
  const segments = text.split(/[,，、]/);
  // Many commas and not one sentence's end: a list of keywords or search terms, however long its items.
  if (segments.length > MAX_UNSTOPPED_COMMAS && !SENTENCE_END.test(text)) return 0;
  let count = 0;
  for (const segment of segments.slice(0, -1)) {
    const words = segment
      .trim()
      .split(/\s+/)
      .filter((word) => /\p{L}/u.test(word));
    if (
      words.length >= MIN_CLAUSE_WORDS ||
      (UNSPACED_SCRIPT.test(segment) && segment.trim().length >= MIN_CLAUSE_CHARS_UNSPACED)
    )
      count += 1;
    // Two words may be a short clause or a name ("Jane Doe, spokeswoman"), or one item of a list: half a comma.
    else if (words.length === 2) count += 0.5;
  }
  return count;
}

// Each page's chains by element. The article finder, then the rules that mark blocks inside and outside the
// article, walk the chain above every block several times a page.
const pageChains = new WeakMap<readonly PageNode[], (readonly number[] | undefined)[]>();
const NO_CHAIN: readonly number[] = [];

/** The element and its ancestors, innermost first. */
function chainOf(node: number | undefined, nodes: readonly PageNode[]): readonly number[] {
  if (node === undefined) return NO_CHAIN;
  let chains = pageChains.get(nodes);
  if (!chains) {
    chains = new Array<readonly number[] | undefined>(nodes.length);
    pageChains.set(nodes, chains);
  }
  let chain = chains[node];
  if (!chain) {
    chain = walkUp(node, nodes);
    chains[node] = chain;
  }
  return chain;
}

function walkUp(node: number, nodes: readonly PageNode[]): number[] {
  const chain: number[] = [];
  let at: number | null | undefined = node;
  while (at !== null && at !== undefined && chain.length < MAX_CHAIN) {
    chain.push(at);
    at = nodes[at]?.parent;
  }
  return chain;
}

/** The page's element table with, for each block by position, its chain of elements and its paragraph credit. */
interface BlockPlaces {
  nodes: readonly PageNode[];
  chains: readonly (readonly number[])[];
  credits: Float64Array;
}

export interface MainContent {
  /** Nodes whose subtrees hold the article. */
  roots: Set<number>;
  /** Score of the best node, for confidence. */
  score: number;
}

/** Picks the element (and its strong siblings) that holds the article, or null when no paragraph is found. */
export function findMainContent(
  blocks: readonly CleanBlock[],
  nodes: readonly PageNode[],
): MainContent | null {
  const score = new Float64Array(nodes.length);
  const chars = new Float64Array(nodes.length);
  const linkChars = new Float64Array(nodes.length);
  const credited = new Uint8Array(nodes.length);
  // Credit of a paragraph element's own text, for paragraphs that sit beside the article's element.
  const ownCredit = new Float64Array(nodes.length);
  // Paragraph text in each element's subtree that is not behind a furniture-named element.
  const goodText = new Float64Array(nodes.length);
  // Paragraphs and link lines (teaser titles, menus) in each element's subtree, not behind furniture.
  const paragraphCount = new Float64Array(nodes.length);
  const linkLines = new Float64Array(nodes.length);
  // Blocks whose own element each element is: a cell or item holding several (text between <br>s) is a
  // container of lines, not one paragraph.
  const ownBlocks = new Uint32Array(nodes.length);
  for (const block of blocks) {
    const own = block.hints.node;
    if (own !== undefined && own < nodes.length) ownBlocks[own] = (ownBlocks[own] ?? 0) + 1;
  }
  // Each block's chain and credit, worked out once: the lead and question finders below read them again.
  const chains: (readonly number[])[] = [];
  const credits = new Float64Array(blocks.length);
  for (const [position, block] of blocks.entries()) {
    const chain = chainOf(block.hints.node, nodes);
    chains.push(chain);
    const length = block.text.length;
    const links = length * (block.hints.linkDensity ?? 0);
    for (const at of chain) {
      chars[at] = (chars[at] ?? 0) + length;
      linkChars[at] = (linkChars[at] ?? 0) + links;
    }
    const credit = paragraphCredit(block);
    credits[position] = credit;
    // A table cell of links (a product or results table) is data, not a teaser's linked title.
    const inTable = TABLE_CELLS.has(nodes[chain[0] ?? -1]?.tag ?? "");
    const linkLine = (block.hints.linkDensity ?? 0) > LINK_LINE_DENSITY && !inTable;
    for (const at of chain) {
      const node = nodes[at];
      if (node && isFurniture(node)) break;
      if (credit > 0) {
        goodText[at] = (goodText[at] ?? 0) + length;
        paragraphCount[at] = (paragraphCount[at] ?? 0) + 1;
      } else if (linkLine) linkLines[at] = (linkLines[at] ?? 0) + 1;
    }
    if (credit === 0) continue;
    const own = chain[0] === undefined ? undefined : nodes[chain[0]];
    const isParagraphElement =
      own !== undefined &&
      PARAGRAPH_TAGS.has(own.tag) &&
      (!LINE_CONTAINERS.has(own.tag) || (ownBlocks[chain[0] ?? -1] ?? 0) < MIN_CONTAINER_LINES);
    if (isParagraphElement && chain[0] !== undefined)
      ownCredit[chain[0]] = (ownCredit[chain[0]] ?? 0) + credit;
    const holders = isParagraphElement ? chain.slice(1) : chain;
    holders.slice(0, ANCESTOR_LEVELS).forEach((at, level) => {
      const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3);
      score[at] = (score[at] ?? 0) + credit * share;
      credited[at] = 1;
    });
  }
  const final = (at: number): number => {
    const node = nodes[at];
    if (!node) return 0;
    const density = (chars[at] ?? 0) > 0 ? (linkChars[at] ?? 0) / (chars[at] ?? 1) : 0;
    const earned = score[at] ?? 0;
    const discount =
      !ARTICLE_NAMES.test(node.names) && hasFurnitureAncestor(at, nodes) ? FURNITURE_DISCOUNT : 1;
    return (earned + nameWeight(node, earned)) * (1 - density) * discount;
  };
  // Parents precede children in the table, so one pass finds the elements inside a comment section: readers'
  // comments are the one kind of furniture written in paragraphs, and can outweigh a short story.
  const inComments = new Uint8Array(nodes.length);
  nodes.forEach((node, at) => {
    const parent = node.parent;
    if (parent !== null && (inComments[parent] || COMMENT_NAMES.test(nodes[parent]?.names ?? "")))
      inComments[at] = 1;
  });
  // A list of teasers with summaries (next posts, similar threads) or a paywall's list of offers can outscore a
  // short story or a preview: an element named as such a box, or inside one, is the article only when no other
  // element earned anything.
  let top = -1;
  let best = Number.NEGATIVE_INFINITY;
  let furnitureTop = -1;
  let furnitureBest = Number.NEGATIVE_INFINITY;
  for (let at = 0; at < nodes.length; at += 1) {
    if (!credited[at] || inComments[at]) continue;
    const value = final(at);
    if (inOtherStories(at, nodes)) {
      if (value > furnitureBest) {
        furnitureBest = value;
        furnitureTop = at;
      }
    } else if (value > best) {
      best = value;
      top = at;
    }
  }
  if (top < 0 || best <= 0) {
    top = furnitureTop;
    best = furnitureBest;
  }
  if (top < 0) return null;
  // Text added to the story's element, a wider one or a sibling, must not be a list of teasers.
  const notTeasers = (links: number, paragraphs: number) => links <= paragraphs * TEASER_LINK_SHARE;
  top = widen(
    top,
    nodes,
    goodText,
    (at, from) =>
      final(at) > 0 &&
      notTeasers(
        (linkLines[at] ?? 0) - (linkLines[from] ?? 0),
        (paragraphCount[at] ?? 0) - (paragraphCount[from] ?? 0),
      ),
  );
  const roots = new Set([top]);
  for (const lead of leadElements(top, blocks, { nodes, chains, credits }, inComments)) roots.add(lead);
  const parent = nodes[top]?.parent ?? null;
  if (parent !== null) {
    const threshold = Math.max(MIN_SIBLING_SCORE, best * SIBLING_SHARE);
    for (let at = 0; at < nodes.length; at += 1) {
      if (at === top || nodes[at]?.parent !== parent) continue;
      if (!notTeasers(linkLines[at] ?? 0, paragraphCount[at] ?? 0)) continue;
      if ((credited[at] && final(at) >= threshold) || (ownCredit[at] ?? 0) >= MIN_SIBLING_PARAGRAPH)
        roots.add(at);
    }
  }
  // The story's element, its wrapper or the wrapper's wrapper, or a strong sibling, repeated beside it: the
  // other chunks of the story.
  const grandparent = nodes[nodes[top]?.parent ?? -1]?.parent ?? null;
  const chunks = [top, nodes[top]?.parent ?? null, grandparent, ...[...roots].filter((at) => at !== top)];
  for (const chunk of chunks) {
    if (chunk === null) continue;
    const node = nodes[chunk];
    if (!node || node.tag === "body" || node.tag === "html") continue;
    for (let at = 0; at < nodes.length; at += 1) {
      if (at === chunk || nodes[at]?.parent !== nodes[chunk]?.parent || !sameKind(nodes[at], nodes[chunk]))
        continue;
      if ((paragraphCount[at] ?? 0) > 0 && notTeasers(linkLines[at] ?? 0, paragraphCount[at] ?? 0))
        roots.add(at);
    }
  }
  const postOk = (at: number) =>
    !inComments[at] &&
    (paragraphCount[at] ?? 0) > 0 &&
    notTeasers(linkLines[at] ?? 0, paragraphCount[at] ?? 0);
  for (const post of threadPosts(top, nodes, postOk)) roots.add(post);
  for (const text of questionTexts(top, blocks, { nodes, chains, credits }, postOk)) roots.add(text);
  return { roots, score: best };
}

// How far up from a paragraph its text's named element may be: the paragraph's own element, or the one
// holding it.
const TEXT_HOLDER_LEVELS = 2;

/** Tag and class words (without instance numbers) of an element, or null for an element without names. */
function kindKey(node: PageNode | undefined): string | null {
  if (!node) return null;
  const words = [...kindWords(node.names)].sort();
  return words.length === 0 ? null : `${node.tag}.${words.join(".")}`;
}

/**
 * A Q&A page sets its question and its answers in different boxes ("question" beside "answers"), so the
 * element that holds the answers is the article and the question is left beside it. The answers' texts are
 * elements of one kind, two or more of them; an element of that same kind in a sibling of the article's element
 * is another post's text, the question's.
 */
function questionTexts(
  top: number,
  blocks: readonly CleanBlock[],
  { nodes, chains, credits }: BlockPlaces,
  postOk: (at: number) => boolean,
): number[] {
  const parent = nodes[top]?.parent ?? null;
  if (parent === null) return [];
  const holdersByKind = new Map<string, Set<number>>();
  const besideByKind = new Map<string, Set<number>>();
  for (const [position, block] of blocks.entries()) {
    // Prose only: the posts' signatures ("answered on …") are elements of one kind too.
    if (credits[position] === 0 || !isProse(block.text)) continue;
    const chain = chains[position] ?? [];
    const topAt = chain.indexOf(top);
    const besideAt = chain.findIndex((at) => at !== top && nodes[at]?.parent === parent);
    if (topAt < 0 && besideAt < 0) continue;
    // Below the article's element, or up to the sibling itself.
    const limit =
      topAt >= 0 ? Math.min(TEXT_HOLDER_LEVELS, topAt) : Math.min(TEXT_HOLDER_LEVELS, besideAt + 1);
    // A container of paragraphs, not a paragraph: a story's paragraphs share a class of their own.
    const holder = chain
      .slice(0, limit)
      .find((at) => !PARAGRAPH_TAGS.has(nodes[at]?.tag ?? "") && kindKey(nodes[at]) !== null);
    const key = holder === undefined ? null : kindKey(nodes[holder]);
    if (holder === undefined || key === null) continue;
    const byKind = topAt >= 0 ? holdersByKind : besideByKind;
    const set = byKind.get(key) ?? new Set<number>();
    set.add(holder);
    byKind.set(key, set);
  }
  const texts: number[] = [];
  for (const [key, beside] of besideByKind) {
    if ((holdersByKind.get(key)?.size ?? 0) < MIN_THREAD_POSTS - 1) continue;
    for (const at of beside) if (postOk(at)) texts.push(at);
  }
  return texts;
}

const THREAD_LEVELS = 8;
const MIN_THREAD_POSTS = 3;

/**
 * A forum thread or a Q&A page is several posts of one kind in a row, and the best-scoring element is the text
 * of one of them. Up the tree from it, an element with two or more siblings of its own kind (the same class
 * words but for instance numbers) that hold paragraphs is one post of a thread: the element in each sibling
 * found by the same path of tags and class words down as the story's element holds that post's text, so the
 * posters' names, counters and menus beside it stay out.
 */
function threadPosts(top: number, nodes: readonly PageNode[], postOk: (at: number) => boolean): number[] {
  const path: number[] = [top];
  let post = nodes[top]?.parent ?? null;
  let children: number[][] | undefined;
  for (let level = 0; post !== null && level < THREAD_LEVELS; level += 1) {
    const node = nodes[post];
    if (!node || node.tag === "body" || node.tag === "html" || isFurniture(node)) return [];
    const parent = node.parent;
    if (parent === null) return [];
    // A sibling post passes on the whole or by its text element: a forum post holds the poster's name, rank
    // and links beside its text, which can make the whole post look like a list of teasers.
    let posts = 1;
    const texts: number[] = [];
    for (let at = 0; at < nodes.length; at += 1) {
      if (at === post || nodes[at]?.parent !== parent || !sameKind(nodes[at], node)) continue;
      children ??= childrenOf(nodes);
      const found = followPath(at, path, nodes, children);
      if (!postOk(at) && (found === null || !postOk(found))) continue;
      posts += 1;
      if (found !== null) texts.push(found);
    }
    if (posts >= MIN_THREAD_POSTS) return texts;
    path.unshift(post);
    post = parent;
  }
  return [];
}

function childrenOf(nodes: readonly PageNode[]): number[][] {
  const children: number[][] = nodes.map(() => []);
  nodes.forEach((node, at) => {
    if (node.parent !== null) children[node.parent]?.push(at);
  });
  return children;
}

/** Down from `from`, the element reached by matching each step of `path` (tags and class words, not numbers). */
function followPath(
  from: number,
  path: readonly number[],
  nodes: readonly PageNode[],
  children: readonly number[][],
): number | null {
  let at = from;
  for (const step of path) {
    const want = nodes[step];
    const next = (children[at] ?? []).find((child) => {
      const node = nodes[child];
      return node !== undefined && want !== undefined && node.tag === want.tag && sameNames(node, want);
    });
    if (next === undefined) return null;
    at = next;
  }
  return at;
}

function sameNames(a: PageNode, b: PageNode): boolean {
  const x = kindWords(a.names);
  const y = kindWords(b.names);
  if (x.size !== y.size) return false;
  for (const word of x) if (!y.has(word)) return false;
  return true;
}

/**
 * A sibling of the same tag and kind as the article's element is another chunk of the story (a CMS's "text
 * block" repeated between pictures and embeds), so a paragraph in it belongs to the story even when it scores
 * too little on its own to pass as a strong sibling. The kind is read from the class words a CMS shares
 * between such chunks: at least half of them in common, leaving out words with digits, which number each
 * instance ("c4127 frame", "vc_row tdi_27"), and a modifier on one chunk ("is-wide", "has-dropcap")
 * does not make it another kind. Grid columns ("col-md-8" beside "col-md-4") have no such words.
 */
function sameKind(node: PageNode | undefined, top: PageNode | undefined): boolean {
  if (!node || !top || top.names.trim() === "") return false;
  if (node.tag !== top.tag || isFurniture(node)) return false;
  if (node.names === top.names) return true;
  const a = kindWords(node.names);
  const b = kindWords(top.names);
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared) >= SAME_KIND_SHARE;
}

const SAME_KIND_SHARE = 0.5;

/** The class words of an element's names that say what kind of element it is (no instance numbers). */
function kindWords(names: string): Set<string> {
  return new Set(names.split(/\s+/).filter((word) => word !== "" && !/\d/.test(word)));
}

/**
 * Prose by its words, or a sentence of ten words or more: the element's name already says the text is the
 * story's lead, and in languages that capitalise nouns a short lead has few lower-case words to show.
 */
function leadShaped(text: string): boolean {
  if (readsLikeProse(text)) return true;
  return wordCount(text) >= MIN_LEAD_WORDS && /[.!?…]/.test(text);
}

const MIN_LEAD_WORDS = 10;
// Deks and standfirsts, the second headline under the first, run to a sentence of up to some 150 characters;
// a lead paragraph is longer.
const MIN_UNNAMED_LEAD_CHARS = 150;
// List items (key points), quotations (pull quotes) and cells are not the story's opening paragraph.
const NOT_LEAD_TAGS = new Set(["li", "blockquote", "td", "th", "dd", "dt", "pre", "figcaption"]);

/**
 * A paragraph between the headline and the story's element that no name vouches for (a CMS that calls its
 * lead "einleitung" or nothing at all): whole sentences of prose, longer than a dek, and with no links, which
 * a teaser to another story would have.
 */
function unnamedLead(block: CleanBlock, own: PageNode | undefined): boolean {
  return (
    own !== undefined &&
    !NOT_LEAD_TAGS.has(own.tag) &&
    block.text.length >= MIN_UNNAMED_LEAD_CHARS &&
    (block.hints.linkDensity ?? 0) === 0 &&
    block.hints.heading === undefined &&
    isProse(block.text) &&
    /[.!?…。！？]["'\u201D\u2019)\]]*$/u.test(block.text.trim())
  );
}
// Page builders wrap the story's text in rows and columns below the article element that also holds the lead.
const LEAD_LEVELS = 5;
const LEAD_NAME_LEVELS = 3;

/**
 * Paragraphs in lead-named elements above the article's element in the same article (the chosen element and
 * the lead share an ancestor a few levels up): the story's first paragraph, set apart by the CMS.
 */
function leadElements(
  top: number,
  blocks: readonly CleanBlock[],
  { nodes, chains, credits }: BlockPlaces,
  inComments: Uint8Array,
): number[] {
  const near = new Map<number, number>();
  let ancestor = nodes[top]?.parent ?? null;
  for (let level = 0; ancestor !== null && level < LEAD_LEVELS; level += 1) {
    const node = nodes[ancestor];
    if (!node || node.tag === "body" || node.tag === "html") break;
    near.set(ancestor, level);
    ancestor = node.parent;
  }
  const leads: number[] = [];
  let afterHeadline = false;
  for (const [position, block] of blocks.entries()) {
    const chain = chains[position] ?? [];
    // Leads come before the story's element; the scan ends where the story begins.
    if (chain.includes(top)) break;
    if (block.hints.heading === 1) {
      afterHeadline = true;
      continue;
    }
    const own = chain[0];
    // The element's name vouches for the paragraph, so its ending need not: leads often end without a stop.
    if (own === undefined || inComments[own] || credits[position] === 0 || !leadShaped(block.text)) continue;
    const shared = chain.findIndex((at) => near.has(at));
    if (shared < 0) continue;
    const below = chain.slice(0, shared);
    if (
      below.some((at) => {
        const node = nodes[at];
        return node !== undefined && isFurniture(node);
      })
    )
      continue;
    const lead = below.slice(0, LEAD_NAME_LEVELS).find((at) => LEAD_NAMES.test(nodes[at]?.names ?? ""));
    // The paragraph's own element, not the lead-named one, which may also hold a byline or a date.
    if (
      lead !== undefined ||
      (afterHeadline && unnamedLead(block, nodes[own]) && !insideCaption(block, nodes))
    )
      leads.push(own);
  }
  return leads;
}

const LINK_LINE_DENSITY = 0.5;
const TABLE_CELLS = new Set(["td", "th"]);
// Text that comes with about one link line per paragraph is a list of teasers (linked title, then summary), not
// the rest of a story split between ads.
const TEASER_LINK_SHARE = 0.5;
const WIDEN_LEVELS = 12;
const WIDEN_GAIN = 1.5;

/**
 * Stories split into several sibling containers (one per chunk between ads) leave the best-scoring element
 * holding only a part: the element up the tree that holds clearly more paragraph text, none of it behind
 * furniture-named elements or links, holds the whole story. Page builders (WPBakery, Elementor, TYPO3 frames)
 * wrap each chunk in rows, columns and wrappers, so the common element can be many levels up.
 */
function widen(
  top: number,
  nodes: readonly PageNode[],
  goodText: Float64Array,
  acceptable: (at: number, from: number) => boolean,
): number {
  let chosen = top;
  let at = nodes[top]?.parent ?? null;
  for (let level = 0; at !== null && level < WIDEN_LEVELS; level += 1) {
    const node = nodes[at];
    if (!node || isFurniture(node) || node.tag === "body" || node.tag === "html") break;
    if ((goodText[at] ?? 0) >= (goodText[chosen] ?? 0) * WIDEN_GAIN && acceptable(at, chosen)) chosen = at;
    at = node.parent;
  }
  return chosen;
}

// Names of boxes that hold no story: lists of other stories (related, similar and recommended posts, next
// posts, most read) and the registration and login forms of a paywall, which list its offers in prose.
const OTHER_STORIES_NAMES =
  /(^|[\s_-])(related\w*|similar\w*|recommend\w*|more-from|trending|popular|most-read|next-posts?|outbrain|taboola|register\w*|registration|login\w*|log-in)($|[\s_-])/;

/**
 * Whether the element, or one a few levels up, is named as a list of other stories or a paywall's form. Only these furniture names
 * count: wrappers of a story's chunks carry other furniture words too ("content-aside", "body-ad").
 */
function inOtherStories(at: number, nodes: readonly PageNode[]): boolean {
  let node: number | null | undefined = at;
  for (let level = 0; node !== null && node !== undefined && level <= FURNITURE_LOOKUP_LEVELS; level += 1) {
    // A "js-" class is a script's hook on any element, the story's own wrapper too ("js-related-toggle").
    if (OTHER_STORIES_NAMES.test((nodes[node]?.names ?? "").replace(SCRIPT_HOOKS, " "))) return true;
    node = nodes[node]?.parent;
  }
  return false;
}

function hasFurnitureAncestor(at: number, nodes: readonly PageNode[]): boolean {
  let parent = nodes[at]?.parent ?? null;
  for (let level = 0; parent !== null && level < FURNITURE_LOOKUP_LEVELS; level += 1) {
    const node = nodes[parent];
    if (!node) return false;
    if (isFurniture(node)) return true;
    parent = node.parent;
  }
  return false;
}

/**
 * Named or tagged as page furniture. Names are read class by class: "article-body pagination-first" is the
 * article (another class says so), "newsletter-signup-article-text" is furniture (the same class says both).
 */
function isFurniture(node: PageNode): boolean {
  const known = furnitureNodes.get(node);
  if (known !== undefined) return known;
  const answer = furnitureByTagOrName(node);
  furnitureNodes.set(node, answer);
  return answer;
}

// Answers by element: every block asks about each element above it, so each element is asked many times a page.
const furnitureNodes = new WeakMap<PageNode, boolean>();

function furnitureByTagOrName(node: PageNode): boolean {
  if (node.tag === "nav" || node.tag === "aside" || node.tag === "footer") return true;
  if (!furnitureNamed(node.names)) return false;
  return !node.names.split(/\s+/).some((name) => ARTICLE_NAMES.test(name) && !furnitureNamed(name));
}

/** Whether a block sits inside one of the chosen elements. */
export function isInside(block: CleanBlock, roots: ReadonlySet<number>, nodes: readonly PageNode[]): boolean {
  return chainOf(block.hints.node, nodes).some((at) => roots.has(at));
}

// Names of picture captions and credits where a page does not use <figure>/<figcaption>.
// CMSs also run the words together ("imagecaption", "inlineimage-embedcaption"): a class word ending in
// "caption" names one.
// A picture's legend is its caption too ("legend", "image-legend", German "bildlegende"), but not every word
// that ends so: some CMSs make class names of a heading's words. A picture's description, metadata or annotation
// ("imagedescription", "img-metadata", "image-annotation") is its caption or credit.
const CAPTION_NAMES =
  /(^|[\s_-])([a-z]*caption|captions|wp-caption-text|credit|credits|image-credit|photo-credit|(bild|foto|photo|image|img|picture)?legende?|(image|img|photo|picture)-?(description|metadata|annotation))($|[\s_-])/;
const CAPTION_LEVELS = 3;

/** Whether the block sits in a caption-named element a few levels up. */
export function insideCaption(block: CleanBlock, nodes: readonly PageNode[]): boolean {
  return chainOf(block.hints.node, nodes)
    .slice(0, CAPTION_LEVELS)
    .some((at) => CAPTION_NAMES.test(nodes[at]?.names ?? ""));
}

/** Whether an element between the block and the article's element is named like page furniture. */
export function insideFurniture(
  block: CleanBlock,
  roots: ReadonlySet<number>,
  nodes: readonly PageNode[],
): boolean {
  for (const at of chainOf(block.hints.node, nodes)) {
    if (roots.has(at)) return false;
    const node = nodes[at];
    if (node && isFurniture(node)) return true;
  }
  return false;
}
