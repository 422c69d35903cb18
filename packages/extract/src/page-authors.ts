import { type CleanBlock, type Field, fromBlock, fromKey, type PageNode } from "@clippings/core";
import {
  authorBoxName,
  type Credit,
  copyrightPerson,
  datedCreditLine,
  labelledCredit,
  labelledLine,
  metaListName,
  readsAsPerson,
  signatureName,
  type WireCreditPlaces,
  wireCreditOf,
} from "./author-fallbacks.js";
import { namesInByline } from "./byline.js";
import { hasAncestor, type NodeTest, namesMatch } from "./page-ancestors.js";

/** Authors read from one block of the page. */
function blockField(names: string[], block: number, confidence: number, rule: string): Field<string[]> {
  return { value: names, confidence, from: fromBlock(block), rule };
}

// Words that make a credit a role or a desk rather than a person.
const NOT_A_PERSON =
  /\b(no author|unknown|staff|team|desk|editors?|editorial|newsroom|reporters?|correspondents?|contributors?|admin|administrator|webmaster|guest|anonymous|anonym|anonyme|anónimo|anonimo|publisher|herausgeber|agency|agencies|agentur|agenturen|redaktion|rédaction|redacción|redazione)\b/i;
const MAX_NAME_WORDS = 6;
const MAX_NAME_CHARS = 60;
const BYLINE_NAMES =
  /(^|[\s_-])(byline|by-line|author|authors|author-name|writer|contributor|credit)($|[\s_-])/;
// WordPress lists a post's author, categories and tags in its element's classes ("author-jane", "tag-slider",
// "has-post-thumbnail"): they say what the post is about, not what the element is.
const POST_CLASSES = /(?:^|\s)(?:hentry|type-post|status-publish)(?:$|\s)/;
// Comment sections and forms also name authors: their readers' names and "Name *" labels are not bylines; a
// breadcrumb trail set in the byline's element names the story's sections.
// Whole words only for the short ones: WordPress marks every post "format-standard", which is no form, and
// Drupal every value a "field" with a "field--label-hidden", which are no form fields.
const NOT_BYLINE_NAMES = /comment|respond|reply|breadcrumb|(^|[\s_-])(form|input|review)s?($|[\s_-])/;
// A name as a byline prints it: capitalised words, with the particles some surnames carry.
const PRINTED_NAME =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|de|der|den|da|del|della|di|du|la|le|bin|al|ibn|y|e)){0,4}$/u;
// Words that mark an organisation rather than a person (legal forms, kinds of publisher, of party and office).
const ORGANISATION =
  /\b(e\.\s?V\.|GmbH|AG|SE|Inc\.?|Ltd\.?|LLC|Co\.|KG|Verlag|Zeitung|Magazin|Magazine|Illustrierte|News|Online|Media|Medien|Press|Presse|Diario|Verband|Stiftung|Foundation|Institut|Institute|University|Universität)$|\b(Verlag|Zeitung|Magazin|Magazine|News|Media|Medien|Diario|Blog|Partei|Fraktion|Ministerium|Ministry|Departement|Department|Sekretariat|Secretariat)\b/;
// Labels that stand before a name in credit elements ("Von", "Artikel von", "Posted by", "Auteur"): alone they
// name nobody.
const CREDIT_WORDS =
  /^(?:by|von|par|por|di|da|door|av|af|de|written|posted|geschrieben|verfasst|veröffentlicht|eingestellt|erstellt|publié|publicado|author|authors|autor|autorin|autoren|auteur|auteurs|autore|artikel|article|text|texte|beitrag|rezept|recipe|interview|fotos?|photos?|zum|zur|to|the)$/i;
// "View all posts by Jane Roe", "Zeige alle Beiträge von Jane Roe →": the name after a link's phrase.
const AFTER_PHRASE = /^(.+?)\s(?:by|von|par|por|di|door|av|af|of)\s+(\p{Lu}.*)$/u;
// Days and months (en, de, fr, es): a credit element's date, not a name.
const DATE_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|published|publiziert|updated|aktualisiert)$/i;
const NAME_PARTICLES = /^(?:von|van|de|der|den|da|del|della|di|du|la|le|bin|al|ibn|y|e|zu|dos|das)$/;
// What follows a name on a credit line: its date ("am 3. Mai", "on May 3", "18.10.2019 16:06"), a separator
// before the date or the section, a handle.
const AFTER_NAME = /\s+(?:am|on|um|at)\s.*$|\s*\d.*$|\s[-–—|·•»]\s.*$|\s[-–—|·•»]$|\s@\S.*$/u;
// The word a date leaves behind once cut ("Jane Roe le 12 mars", "Jane Roe, el 3 de mayo").
const DANGLING = /[\s,]+(?:le|el|il|am|on|op|den|der|at|um|the)$/i;
// Link labels that follow a name inside a credit element ("Jane Roe Alle Artikel", "More Posts").
const LINK_LABEL =
  /(?:^|\s)(?:posts?|more|mehr|alle|all|view|show|afficher|voir|ver|mostrar|zeige|anzeigen|profile|profil|follow|tweet|weiter|weitere|archiv|archive|read|lesen|articles?|beiträge|contact|kontakt|share|teilen|send|senden|e-?mail)(?:\s|$).*$/i;
// "Interview: Jane Roe", "Text und Fotos: Jane Roe": a labelled credit.
const LABELLED = /^[\p{L} ]{2,30}:\s*(\S.*)$/u;
// "Post author By Jane Roe", "Text: Jane Roe": the name after a credit word.
const CREDITED = /(?:^|\s)(?:by|von|par|por|di|door|text|texte|autor|author|auteur)\s*:?\s+(.+)$/i;

// A profession or role printed before the name ("Rechtsanwalt Jane Roe", "FOCUS-Online-Experte Jane Roe").
const ROLE_BEFORE_NAME =
  /^(?:[\p{L}-]+-)?(?:experte|expertin|expert|rechtsanwalt|rechtsanwältin|anwalt|anwältin|redakteur|redakteurin|chefredakteur|chefredakteurin|autor|autorin|autoren|authors|gastautor|gastautorin|journalist|journalistin|reporter|reporterin|korrespondent|korrespondentin|fotograf|fotografin|moderator|moderatorin|columnist|kolumnist|kolumnistin)\s+(?=\p{Lu})/iu;

// The same roles printed after the name by author boxes ("Jane Roe Autorin").
const ROLE_AFTER_NAME =
  /\s+(?:experte|expertin|expert|rechtsanwalt|rechtsanwältin|redakteur|redakteurin|chefredakteur|chefredakteurin|autor|autorin|author|gastautor|gastautorin|journalist|journalistin|reporter|reporterin|korrespondent|korrespondentin|columnist|kolumnist|kolumnistin)$/iu;
// Compounds that end in a kind of organisation or publication ("Zeitschriftenverlag", "Sparkasse",
// "Volksblatt", "Finanzmagazin"): no person's surname.
const ORGANISATION_COMPOUND =
  /\p{Ll}(?:verlag|zeitung|blatt|magazin|gesellschaft|verband|stiftung|institut|agentur|gruppe|werke|bank|kasse|verein|zentrum|amt)$/u;
// A capitalised word that opens phrases rather than names.
const LEADING_ARTICLE = /^(?:the|der|die|das|el|la|le|les|il|lo|de|het|een|a|an)\s/i;

// Words glued by markup that dropped the space between them ("Zur PersonAlle Artikel"); a name's own capitals
// follow one or two lower-case letters at most ("McDonald", "LeVine", "MacArthur").
const GLUED_WORDS = /\p{Ll}{3,}\p{Lu}/u;

// The by-word before a name, with the verb of writing some credits put before it ("Posted by", "Eingestellt von").
const WRITTEN_BY =
  /^\s*(?:(?:written|posted|published|geschrieben|verfasst|eingestellt|erstellt|veröffentlicht|publié|écrit|escrito|publicado|scritto|pubblicato)\s+)?(?:by|von|par|por|di|door|av|af)\s+/iu;
// The article a nickname carries after the by-word ("Eingestellt von der Michel"): lower case, before a capital.
const NICKNAME_ARTICLE = /^(?:der|die|das|the)\s+(?=\p{Lu})/u;
// An address spelled out against harvesters ("jane[at]example.org", "jane (at) example.org").
const OBFUSCATED_EMAIL = /[[(]\s*at\s*[\])]/i;

// "red.", the mark of an unsigned piece by the editors (Redaktion, redacción, redazione).
const EDITORS_MARK = /^red\.?$/i;

// "wordpressadmin", "siteadmin": the account a CMS installs, which no person is called.
const ADMIN_ACCOUNT = /^\p{L}*admin\p{L}*$/iu;

// "finanztreff.de", "jane.roe": a domain or a login.
const DOMAIN = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.\p{L}{2,}$/u;

/** A credit as a name, or null when it is a URL, a handle, a role, a date or an outlet. */
export function personName(credit: string, siteNames: readonly string[]): string | null {
  let name = credit
    .replace(WRITTEN_BY, "")
    .replace(NICKNAME_ARTICLE, "")
    .replace(ROLE_BEFORE_NAME, "")
    .replace(ROLE_AFTER_NAME, "")
    .replace(/\s+/g, " ")
    .replace(/[\s,;:|→»›>–—-]+$/u, "")
    .trim();
  const phrase = AFTER_PHRASE.exec(name);
  // A phrase before the by-word has a lower-case word ("all posts"); a surname's own particle ("Walter von
  // Aachen") does not.
  if (
    phrase?.[1] &&
    phrase[2] &&
    phrase[1].split(" ").some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.test(w))
  )
    name = phrase[2];
  // A name printed twice without a space between (a link and its tooltip's copy) is one name.
  name = name
    .replace(LINK_LABEL, "")
    .replace(/[\s,;:|→»›>–—-]+$/u, "")
    .replace(/^(.{3,})\1$/u, "$1");
  if (name.split(" ").every((w) => CREDIT_WORDS.test(w.replace(/[:.]$/, "")))) return null;
  if (name.split(" ").some((w) => DATE_WORD.test(w.replace(/[:.,]$/, "")))) return null;
  // "finanztreff.de", "jane.roe": a domain or a login, not a printed name.
  if (DOMAIN.test(name)) return null;
  if (name.length < 3 || name.length > MAX_NAME_CHARS) return null;
  if (/https?:|www\.|\.\w{2,4}\/|@|\d/.test(name) || OBFUSCATED_EMAIL.test(name)) return null;
  if (!/^\p{L}/u.test(name) || name.split(" ").length > MAX_NAME_WORDS) return null;
  if (NOT_A_PERSON.test(name) || EDITORS_MARK.test(name) || ADMIN_ACCOUNT.test(name)) return null;
  // "selbst ist der Mann", "Bildung und Forschung": three words or more with one in lower case that is no
  // surname's particle make a phrase, a title, not a name. Two words may be a name its owner writes in lower
  // case ("Jane roe"), one a login.
  const words = name.split(" ");
  if (words.length > 2 && words.some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.test(w))) return null;
  const squashed = name.toLowerCase();
  if (siteNames.some((s) => s.toLowerCase() === squashed)) return null;
  return name;
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function bylineNamed(block: CleanBlock, nodes: readonly PageNode[]): boolean {
  let at = block.hints.node;
  let named = false;
  for (let steps = 0; at !== undefined && steps < 8; steps += 1) {
    const node = nodes[at];
    if (!node) break;
    if (NOT_BYLINE_NAMES.test(node.names) || node.tag === "form") return false;
    // A post's class list names its author's account ("author-jane"), which makes no element in it a byline.
    if (steps < 4 && BYLINE_NAMES.test(node.names) && !POST_CLASSES.test(node.names)) named = true;
    at = node.parent ?? undefined;
  }
  return named;
}

// A form counts as named "form", so that an unnamed one is caught too.
const IN_COMMENT_OR_FORM = namesMatch(NOT_BYLINE_NAMES, true);

function inCommentOrForm(block: CleanBlock, nodes: readonly PageNode[]): boolean {
  return hasAncestor(block, nodes, 12, IN_COMMENT_OR_FORM);
}

// Lists of other stories (sliders, "recent posts" lists, related-article rails, the sidebar's `<aside>`) print each
// teaser's author in the same credit markup as the article's byline: those credits name other stories' writers.
// "sidebar" itself is no such mark: layouts name the wrapper of the article and its sidebar after it
// ("content-sidebar-wrap").
const OTHER_STORIES =
  /(?:^|[\s_-])(?:slider|swiper|carousel|related|recent[-_]posts|recommended|more[-_]stories)(?:$|[\s_-])/;
// A picture's holder or licence note credits the photographer with the same `author` classes as a byline.
const PICTURE_CREDIT =
  /(?:^|[\s_-])(?:img|image|images|photo|photos|foto|fotos|picture|figure|caption|license|licence)(?:$|[\s_-])/;
const STORY_REACH = 10;
const PICTURE_REACH = 2;

// An element in a list of other stories, unless its names are a post's class list, which names the post's tags.
const IN_OTHER_STORIES: NodeTest = (node) => !POST_CLASSES.test(node.names) && OTHER_STORIES.test(node.names);

/** Whether a credit element's block stands in a list of other stories or a picture's credit, not a byline. */
function creditOfOtherWork(block: CleanBlock, nodes: readonly PageNode[]): boolean {
  if (block.hints.region === "aside" || block.hints.caption) return true;
  return hasAncestor(block, nodes, STORY_REACH, IN_OTHER_STORIES) || inPictureCredit(block, nodes);
}

/**
 * Whether one of the block's nearest elements names a picture's credit: the first PICTURE_REACH names up from the
 * block, a post's class list skipped and a form counted as one more name ("form").
 */
function inPictureCredit(block: CleanBlock, nodes: readonly PageNode[]): boolean {
  let names = 0;
  let at = block.hints.node;
  for (let steps = 0; at !== undefined && steps < STORY_REACH && names < PICTURE_REACH; steps += 1) {
    const node = nodes[at];
    if (!node) break;
    if (!POST_CLASSES.test(node.names)) {
      if (PICTURE_CREDIT.test(node.names)) return true;
      names += 1;
    }
    if (node.tag === "form") names += 1;
    at = node.parent ?? undefined;
  }
  return false;
}

// The rest of a credit element's text from where markup glued a link or a role to the name ("Jane RoeFollowEditor
// at …"): what follows is no part of the credit. Only in elements the page names as its credit: elsewhere glued
// words mark a heading and its link ("Zur PersonAlle Artikel"), which no name should be cut out of.
const GLUED_TAIL = /(?<=\p{Ll}{3})\p{Lu}.*$/su;

// An author box's heading that runs on into the name ("About the Author - Jane Roe", "Über die Autorin: Jane Roe"):
// the label goes before the separator is read as the one between a name and its date.
const ABOUT_LABEL =
  /^(?:about the authors?|über den autor|über die autorin|über die autoren|zum autor|zur autorin|à propos de l'auteur|sobre el autor)\s*[-–—:|]\s*(?=\p{Lu})/iu;

// A broadcast interview's credit names both voices ("Jane Roe im Gespräch mit Ola Kent", "Jane Roe in conversation
// with Ola Kent"): the piece is theirs together.
const IN_CONVERSATION =
  /\s+(?:im gespräch mit|in conversation with|en conversation avec|en conversación con|in conversazione con)\s+/iu;

/** The names a byline element's text credits, or none when it does not read as a byline. */
function creditedNames(credit: string, siteNames: readonly string[]): string[] {
  const text = credit.replace(ABOUT_LABEL, "");
  // "Walter von Aachen" is a name with a particle, not a credit of "Aachen".
  const whole = PRINTED_NAME.test(text.trim()) ? text : null;
  const credited = namesInByline(text) ?? [
    whole ?? CREDITED.exec(text)?.[1] ?? LABELLED.exec(text)?.[1] ?? text,
  ];
  // A personal site is named after its author: a site name shaped like a person's name still credits them.
  const outlets = siteNames.filter((s) => !isFullName(s));
  return credited
    .map((n) => n.replace(AFTER_NAME, "").replace(DANGLING, ""))
    .flatMap((n) => n.split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\||\/)\s*/))
    .flatMap((n) => n.split(IN_CONVERSATION))
    .map((n) => personName(n, outlets))
    .filter((n): n is string => n !== null && PRINTED_NAME.test(n));
}

/** Text of an element the page names as its author credit, with the block the text stands in. */
export interface PageCredit {
  text: string;
  block: number;
}

/** The credit elements the HTML reader noted (`credit:N` text, `credit-block:N` block), in page order. */
export function pageCredits(meta: Readonly<Record<string, string>>): PageCredit[] {
  const credits: PageCredit[] = [];
  for (const key of Object.keys(meta)) {
    if (!key.startsWith("credit:")) continue;
    const n = key.slice(7);
    const block = Number(meta[`credit-block:${n}`]);
    const text = meta[key];
    if (text && Number.isInteger(block)) credits.push({ text, block });
  }
  return credits.sort((a, b) => a.block - b.block);
}

export interface PageAuthorsInput {
  fromText: Field<string[]>;
  stated: readonly { names: string[]; key: string }[];
  siteNames: readonly string[];
  blocks: readonly CleanBlock[];
  nodes: readonly PageNode[];
  /** Elements the page names as its author credit (hCard, hAtom, WordPress bylines, itemprop=author). */
  credits: readonly PageCredit[];
  /** The last block where a byline may stand: a little into the article's text. */
  lastBylineBlock: number;
  /** The article's last block, under which a signature may stand. */
  lastBodyBlock?: number;
  /** Where the article may print an agency's wire credit, and which tags are a registered agency's. */
  wire?: WireCreditPlaces & { isAgencyTag: (tag: string) => boolean };
}

// "example.de", "Example News": a domain or the site's own name.
function namesTheSite(name: string, siteNames: readonly string[]): boolean {
  return DOMAIN.test(name.trim()) || siteNames.some((s) => s.toLowerCase() === name.trim().toLowerCase());
}

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);

/**
 * Whether a name the metadata states is the publisher rather than a person: shaped like an organisation's
 * ("Example Zeitung", "Musterblatt", "Example e. V.") or, unless it reads as a person's name or a login, made
 * of the site's own words ("Example" of "Example Security Blog", "OÖ Musterblatt" of "Oberösterreichisches
 * Musterblatt"). CMSs fill the author field with the publisher when the writer is not recorded.
 */
export function namesAnOutlet(name: string, siteNames: readonly string[]): boolean {
  if (ORGANISATION.test(name) || name.split(/\s+/).some((w) => ORGANISATION_COMPOUND.test(w))) return true;
  // "NOTICIAS EXAMPLE TIMES" for the site "Example Times": the site's name with more words around it.
  if (siteNames.some((s) => containsSiteName(name, s))) return true;
  // A full name that shares the site's words is a personal site's author ("Jane Roe" of "Jane Roe Fotografie");
  // a login in lower case is an account, which a publisher's name is not written as.
  if (isFullName(name) || readsAsPerson(name) || !/^\p{Lu}/u.test(name)) return false;
  const site = new Set(siteNames.flatMap(wordsOf));
  return wordsOf(name).some((w) => site.has(w));
}

/** Whether a name holds a site's name of two or more words, as whole words, and more besides. */
function containsSiteName(name: string, siteName: string): boolean {
  const site = siteName.trim().toLowerCase();
  const text = name.trim().toLowerCase();
  if (site.split(/\s+/).length < 2 || text.length <= site.length) return false;
  const at = text.indexOf(site);
  const before = text[at - 1];
  const after = text[at + site.length];
  return at >= 0 && (before === undefined || before === " ") && (after === undefined || after === " ");
}

/** Whether a list reads as an organisation's address: a name no person bears, then one-word places. */
function isAddress(names: readonly string[]): boolean {
  const [first, ...places] = names.map((n) => n.trim());
  return first !== undefined && !readsAsPerson(first) && places.every((p) => /^\p{Lu}[\p{L}-]*$/u.test(p));
}

// Regions that hold other pages' links and teasers rather than the article's own credit.
const NOT_ARTICLE_REGIONS = new Set(["nav", "aside", "footer"]);

/**
 * Of several names, those the page prints outside its navigation, sidebars and footer, no further down than a
 * byline may stand; all of them when it prints none there.
 */
function printedNearArticle(names: string[], input: PageAuthorsInput): string[] {
  const near = input.blocks
    .filter((b) => b.index <= input.lastBylineBlock && !NOT_ARTICLE_REGIONS.has(b.hints.region ?? ""))
    .map((b) => b.cleanText.toLowerCase());
  const printed = names.filter((n) => near.some((text) => text.includes(n.toLowerCase())));
  return printed.length > 0 ? printed : names;
}

function statedAuthors(input: PageAuthorsInput, visible: readonly string[]): Field<string[]> | null {
  for (const credit of input.stated) {
    // "example.de, Frankfurt, Germany": a list led by the site's name is the publisher and its address, whose
    // place names would otherwise pass for authors.
    if (credit.names.length > 1 && credit.names[0] && namesTheSite(credit.names[0], input.siteNames))
      continue;
    // "Example Verlag, Nürnberg, Germany": a publisher that is no person followed by one-word places is an
    // address too.
    if (credit.names.length > 2 && isAddress(credit.names)) continue;
    let names = unique(
      credit.names
        .map((n) => printedNameFor(n.trim(), input.blocks) ?? n)
        .map((n) => personName(n, input.siteNames))
        .filter((n): n is string => n !== null && !namesAnOutlet(n, input.siteNames)),
    );
    // Several rel=author links are often the bylines of a related list too: the ones the article's own
    // credit shows are its authors.
    const shown = names.filter((n) => visible.some((v) => v.toLowerCase() === n.toLowerCase()));
    if (credit.key === "rel-author" && names.length > 1)
      names = shown.length > 0 ? shown : printedNearArticle(names, input);
    if (names.length > 0)
      return {
        value: names,
        confidence: 0.9,
        from: fromKey(credit.key),
        rule: `authors the page states (${credit.key})`,
      };
  }
  return null;
}

function creditsByBlock(credits: readonly PageCredit[]): Map<number, PageCredit[]> {
  const byBlock = new Map<number, PageCredit[]>();
  for (const credit of credits) byBlock.set(credit.block, [...(byBlock.get(credit.block) ?? []), credit]);
  return byBlock;
}

/** The node of the nearest `<article>` element that holds a block, or null when none does. */
function articleOf(block: CleanBlock, nodes: readonly PageNode[]): number | null {
  let at = block.hints.node;
  for (let steps = 0; at !== undefined && steps < ARTICLE_REACH; steps += 1) {
    const node = nodes[at];
    if (!node) break;
    if (node.tag === "article") return at;
    at = node.parent ?? undefined;
  }
  return null;
}

const ARTICLE_REACH = 30;
// Teasers of other stories ("o-teaser", "teaser-content") and a sidebar set inside the story's `<article>`.
const TEASER_OR_SIDEBAR = /(?:^|[\s_-])(?:teaser|sidebar)(?:$|[\s_-])/;

const IN_TEASER_OR_SIDEBAR = namesMatch(TEASER_OR_SIDEBAR, true);

function inTeaserOrSidebar(block: CleanBlock, nodes: readonly PageNode[]): boolean {
  return hasAncestor(block, nodes, STORY_REACH, IN_TEASER_OR_SIDEBAR);
}

/**
 * The names of the credit elements that stand after the article's text but still inside the `<article>` element
 * that holds it: CMSs put the byline in the story's footer ("von Jane Roe" over the tags). A teaser further
 * down is its own `<article>` or stands outside the story's: its credits do not count.
 */
function creditAfterArticle(
  input: PageAuthorsInput,
  creditsIn: Map<number, PageCredit[]>,
): Field<string[]> | null {
  const last = input.blocks.find((b) => b.index === input.lastBodyBlock);
  const article = last ? articleOf(last, input.nodes) : null;
  if (article === null) return null;
  for (const block of input.blocks) {
    if (block.index <= input.lastBylineBlock) continue;
    const credits = creditsIn.get(block.index) ?? [];
    if (credits.length === 0 || articleOf(block, input.nodes) !== article) continue;
    // A heading there titles an author box ("About the author"); a teaser or the sidebar an article may hold
    // credits other stories' writers.
    if (block.hints.heading !== undefined || creditOfOtherWork(block, input.nodes)) continue;
    if (inCommentOrForm(block, input.nodes) || inTeaserOrSidebar(block, input.nodes)) continue;
    const names = unique(innermostNames(credits, input.siteNames));
    if (names.length > 0)
      return blockField(names, block.index, 0.7, "credit element in the article's footer");
  }
  return null;
}

/**
 * The names of one block's credit elements: every one that names someone ("<span class=author>A</span> and
 * <span…>B</span>"); of nested ones ("<span class=byline>von <span class=author>A</span> 3. Mai</span>") the
 * innermost that names someone, which holds the name without the words around it.
 */
function innermostNames(credits: readonly PageCredit[], siteNames: readonly string[]): string[] {
  const named = credits.map((c) => ({
    text: c.text,
    names: creditedNames(c.text.replace(GLUED_TAIL, ""), siteNames),
  }));
  return named
    .filter(
      (c) =>
        !named.some(
          (d) => d !== c && d.names.length > 0 && d.text.length < c.text.length && c.text.includes(d.text),
        ),
    )
    .flatMap((c) => c.names);
}

/** The credit a reader sees: a "By" line of the header, else the first credit element or byline near the article. */
function visibleAuthors(input: PageAuthorsInput): Field<string[]> | null {
  if ((input.fromText.value ?? []).length > 0) return input.fromText;
  const creditsIn = creditsByBlock(input.credits);
  return nearArticle(input, creditsIn) ?? creditAfterArticle(input, creditsIn);
}

// A login as a credit element prints it: one token that opens in lower case or holds a digit or an underscore
// ("jroe", "walker77", "Jane_R").
const LOGIN =
  /^(?=[\p{L}\p{N}_.-]*\p{L})(?:\p{Ll}[\p{L}\p{N}_.-]*|[\p{L}\p{N}_.-]*[\p{N}_][\p{L}\p{N}_.-]*)$/u;
const WRITTEN_BY_WORD = /^(?:by|von|vom|par|por|door|di)\s+/i;
const LOGIN_RULE = "the article's credit names a login";

// A byline line is short; a longer block is a sentence of the article or a teaser.
const MAX_BYLINE_CHARS = 120;

/** The first credit element or byline from the page's top to a little after the article's text. */
function nearArticle(input: PageAuthorsInput, creditsIn: Map<number, PageCredit[]>): Field<string[]> | null {
  for (const block of input.blocks) {
    // A byline sits above the article, in it or just after it; names further down belong to teasers.
    if (block.index > input.lastBylineBlock) break;
    const credits = creditsIn.get(block.index) ?? [];
    // A long block without a credit element is no byline, wherever it stands: its elements need no look.
    if (credits.length === 0 && block.cleanText.length > MAX_BYLINE_CHARS) continue;
    if (creditOfOtherWork(block, input.nodes)) continue;
    if (credits.length > 0 && !inCommentOrForm(block, input.nodes)) {
      // Every credit element of the first block that has one.
      const names = unique(innermostNames(credits, input.siteNames));
      if (names.length > 0)
        return blockField(names, block.index, 0.8, "element the page names as the author's credit");
      // The article's credit names an account ("von jroe1984"), which is no person's name: credits further
      // down are those of the other posts a blog's page lists, not this one's.
      if (credits.some((c) => LOGIN.test(c.text.replace(WRITTEN_BY_WORD, "").trim())))
        return blockField([], block.index, 0.5, LOGIN_RULE);
    }
    if (block.cleanText.length > MAX_BYLINE_CHARS) continue;
    // A "By …" line counts wherever it stands, also as one part of a meta line ("Travel | By Jane Roe |
    // 3 May"); other text only inside an element named as the byline.
    // "By Cuisine:", "By Main Ingredient:": a label ending in a colon heads a menu of categories, not a byline.
    const byPart = bylineParts(block).find((part) => isByLine(part) && !part.endsWith(":"));
    const byLine = byPart !== undefined;
    if (!byLine && !bylineNamed(block, input.nodes)) continue;
    if (byLine && inCommentOrForm(block, input.nodes)) continue;
    const names = unique(creditedNames(byPart ?? block.cleanText, input.siteNames));
    if (names.length > 0)
      return blockField(
        names,
        block.index,
        0.7,
        byLine ? "'By' line on the page" : "element named as the byline",
      );
  }
  return null;
}

// A numeric date and time a meta line opens with before its by-word ("06.11.2023 13:30 von Jane Roe").
const LEADING_DATE =
  /^(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2}(?:\s*(?:uhr|h))?)?,?\s+(?=\p{L})/iu;

/**
 * The parts of a meta line, with a "By" glued to the name by markup ("ByJane Roe", "ByJ.R. Roe") set apart and
 * a leading date cut off. A heading's part that opens on a date counts too: a meta line set in the heading of a
 * box ("Section <span>06.11.2023 von Jane Roe</span>"). Its other parts are a phrase cut by its inline markup
 * ("Leasing <b>von Firmenwagen</b>"), no line of their own.
 */
function bylineParts(block: CleanBlock): string[] {
  const datedParts = (block.hints.parts ?? []).filter((part) => LEADING_DATE.test(part.trim()));
  return [...datedParts, block.cleanText]
    .flatMap((text) => text.split(/\s[|•·]\s/))
    .map((part) =>
      part
        .trim()
        .replace(LEADING_DATE, "")
        .replace(/^By(?=\p{Lu}[\p{Ll}.])/u, "By "),
    );
}

// "Posted by Konstantin 21.10.2019": on a page a byline may name one person by a single name.
const SINGLE_NAME_BYLINE =
  /^(?:(?:posted|written|published|geschrieben|verfasst|eingestellt|erstellt|veröffentlicht|publié|écrit|escrito|publicado|scritto|pubblicato)\s+)?(?:by|von|par|por|door|av|af)\s*:?\s+\p{Lu}[\p{L}'’.-]+$/iu;

function isByLine(part: string): boolean {
  return namesInByline(part) !== null || SINGLE_NAME_BYLINE.test(part.replace(AFTER_NAME, ""));
}

/** A name as people print their own: two or more capitalised words, not an organisation's. */
export function isFullName(name: string): boolean {
  return (
    PRINTED_NAME.test(name) &&
    name.split(" ").length >= 2 &&
    !ORGANISATION.test(name) &&
    !ORGANISATION_COMPOUND.test(name) &&
    !LEADING_ARTICLE.test(name) &&
    !GLUED_WORDS.test(name)
  );
}

/** Names a credit found away from the byline credits, as full names only when the layout is all it has. */
function creditedElsewhere(input: PageAuthorsInput): Field<string[]> | null {
  const outlets = input.siteNames.filter((s) => !isFullName(s));
  // Away from a byline a single word is as often a heading ("Newsletter") as a name: full names only.
  const fullNames = (text: string) => unique(creditedNames(text, input.siteNames)).filter(isFullName);
  // A date line under the headline credits the publisher as often as a person: a name that is also the
  // site's counts only when the name model knows it as a person's (a personal site named after its author).
  const siteName = (n: string) => input.siteNames.some((s) => s.toLowerCase() === n.toLowerCase());
  const fallbacks: { rule: string; find: () => Credit | null }[] = [
    {
      rule: "name on the date line under the headline",
      find: () =>
        datedCreditLine(input.blocks, input.lastBylineBlock, (text) =>
          fullNames(text).filter((n) => !siteName(n) || readsAsPerson(n)),
        ),
    },
    {
      rule: "name in the post's list of facts",
      find: () => metaListName(input.blocks, input.nodes, input.lastBylineBlock, fullNames),
    },
    { rule: "name under a credit label", find: () => labelledCredit(input.blocks, input.nodes, fullNames) },
    { rule: "line labelling its own credit", find: () => labelledLine(input.blocks, input.nodes, fullNames) },
    {
      rule: "name in an author box",
      find: () =>
        authorBoxName(input.blocks, input.nodes, (text) =>
          fullNames(text).filter((n) => personName(n, outlets) === n),
        ),
    },
  ];
  for (const { rule, find } of fallbacks) {
    const found = find();
    if (found) return blockField(found.names, found.block, 0.6, rule);
  }
  return null;
}

/** A signature under the article or a copyright line naming a person: the page's last word on its author. */
function signedAuthors(input: PageAuthorsInput): Field<string[]> | null {
  const outlets = input.siteNames.filter((s) => !isFullName(s));
  const isName = (text: string) => isFullName(text) && personName(text, outlets) === text;
  const signature =
    input.lastBodyBlock === undefined ? null : signatureName(input.blocks, input.lastBodyBlock, isName);
  if (signature)
    return blockField([signature.name], signature.block, 0.5, "signature line under the article");
  const holder = copyrightPerson(input.blocks, input.nodes, isName);
  if (holder) return blockField([holder.name], holder.block, 0.4, "person the copyright line names");
  return null;
}

// Titles a person's own site puts before the owner's name ("Dr. Jane Roe").
const ACADEMIC_TITLES = /^(?:(?:dr|prof|mag|dipl|ing)\.\s*)+/i;

/**
 * The owner of a personal site, named after them ("Dr. Jane Roe"), when the page credits nobody: a site name of a
 * given name and a surname that the name model reads as a person's and that is no organisation's. A third word
 * makes it a thing named after someone ("Jane Roe School", "Jane Roe Wiki").
 */
function siteOwner(input: PageAuthorsInput): Field<string[]> | null {
  for (const site of input.siteNames) {
    const name = site.trim().replace(ACADEMIC_TITLES, "");
    if (name.split(" ").length !== 2 || !isFullName(name) || personName(name, []) !== name) continue;
    if (readsAsPerson(name) && !namesAnOutlet(name, []))
      return { value: [name], confidence: 0.4, from: null, rule: "personal site named after its owner" };
  }
  return null;
}

/** An unsigned wire story's agency, as its own wire credit prints it ("dpa/lno"): the page names no person. */
function wireAuthors(input: PageAuthorsInput): Field<string[]> | null {
  const credit = input.wire ? wireCreditOf(input.wire, input.wire.isAgencyTag) : null;
  return credit
    ? blockField([credit.name], credit.block, 0.4, "agency's wire credit of an unsigned story")
    : null;
}

// An author box's bio opens on the full name and then says who the person is ("Nils Roe - Engineer, …",
// "Nils Roe, born 1970, …", "Nils Roe (42) …"): the part before the first such separator.
const BIO_OPENING = /\s[-–—|]\s|,\s|\s\(/u;
const MAX_BIO_CHARS = 300;

/**
 * A cheap test that a text may give a name whose first word is the given word in any case: personName only cuts
 * its name out of the text (and makes its white space single spaces), so the text holds that word, and its lower
 * case holds the word's. Only a sigma lowers differently alone than inside a word: a word with one is not tested.
 */
function mayHoldWord(word: string): (text: string) => boolean {
  const lowered = word.toLowerCase();
  if (/[σς]/u.test(lowered)) return () => true;
  return (text) => text.toLowerCase().includes(lowered);
}

/**
 * The full name the page prints for a first name: a credit, the site's name, a short line that is the first
 * name and a surname and nothing else ("Nils" → "Nils Roe"), or the opening of a bio ("Nils Roe - Engineer").
 */
function fullNameFor(first: string, input: PageAuthorsInput): string | null {
  // A login ("jane") or an acronym ("NDR") is not a first name to complete.
  if (!/^\p{Lu}\p{Ll}/u.test(first)) return null;
  const short = input.blocks.filter((b) => b.cleanText.length <= MAX_NAME_CHARS).map((b) => b.cleanText);
  const openings = input.blocks
    .filter((b) => b.cleanText.length <= MAX_BIO_CHARS && BIO_OPENING.test(b.cleanText))
    .map((b) => b.cleanText.split(BIO_OPENING)[0] ?? "");
  const texts = [...input.credits.map((c) => c.text), ...input.siteNames, ...short, ...openings];
  const mayName = mayHoldWord(first);
  for (const text of texts) {
    if (!mayName(text)) continue;
    const name = personName(text, []);
    if (!name || !isFullName(name) || name.split(" ").length > 3) continue;
    const [given, ...rest] = name.split(" ");
    if (given?.toLowerCase() !== first.toLowerCase()) continue;
    if (rest.some((w) => w.toLowerCase() === first.toLowerCase() || CREDIT_WORDS.test(w))) continue;
    if (
      personName(
        name,
        input.siteNames.filter((s) => !isFullName(s)),
      ) === name
    )
      return name;
  }
  return null;
}

/** A credit that names a person by a first name only, completed with the surname the page prints. */
function withSurnames(field: Field<string[]>, input: PageAuthorsInput): Field<string[]> {
  const names = field.value ?? [];
  if (!names.some((n) => !n.includes(" "))) return field;
  const completed = names.map((n) => (n.includes(" ") ? n : (fullNameFor(n, input) ?? n)));
  return { ...field, value: unique(completed) };
}

// A login made of a first name and a surname ("jane.roe", "jane_roe", "jane-roe").
const NAME_LOGIN = /^(\p{Ll}{2,})[._-](\p{Ll}{2,})$/u;

/**
 * The name the page prints for a login made of a first name and a surname ("jane.roe" → "Jane Roe", also
 * "Jane P. Roe" with a middle initial or name): metadata often states the account where the page shows the
 * person.
 */
function printedNameFor(login: string, blocks: readonly CleanBlock[]): string | null {
  // Letters only, so the login's parts go into the pattern as they are.
  const parts = NAME_LOGIN.exec(login);
  if (!parts?.[1] || !parts[2]) return null;
  const printed = new RegExp(
    `(?<![\\p{L}])${parts[1]}(?:\\s+\\p{Lu}[\\p{L}.]*)?\\s+${parts[2]}(?![\\p{L}])`,
    "iu",
  );
  for (const block of blocks) {
    const name = printed.exec(block.cleanText)?.[0];
    if (name && isFullName(name) && /^\p{Lu}/u.test(name)) return name;
  }
  return null;
}

/**
 * The byline's names when they are every person the metadata names and co-authors besides: blog engines state
 * a post's one account as its author while the byline credits the co-authors too ("Von Jane Roe, Ola Kent").
 * The co-authors must be full names the name model reads as people's, since a byline element also holds its
 * links' and roles' words ("Follow", "PhD", a programme's name).
 */
function withCoAuthors(byline: readonly string[], stated: readonly string[]): string[] | null {
  const isStated = (n: string) => stated.some((s) => s.toLowerCase() === n.toLowerCase());
  const names = byline.filter((n) => isStated(n) || (isFullName(n) && readsAsPerson(n)));
  return names.length > stated.length &&
    stated.every((s) => names.some((n) => n.toLowerCase() === s.toLowerCase()))
    ? names
    : null;
}

// The rules of credits printed with a by-word ("Von Jane", "Posted by Jane"): the page's own words say they name
// the writer, which an element's class alone (a section's name in an `.ifauthor` heading) does not.
const BY_WORD_RULES = new Set(["'By' line on the page", "byline line above the article"]);

/**
 * Authors of a page. Metadata that names people (JSON-LD author, meta author) is the page's own statement and
 * wins; when it names only a login, a first name or an organisation, the credit a reader sees on the page (a
 * "By" line, an hCard/byline element near the article, a labelled credit, an author box) is the better
 * witness, and the metadata stays the fallback. A signature under the article and a copyright line naming a
 * person come last. Roles, handles, URLs and outlets are dropped.
 */
export function extractPageAuthors(input: PageAuthorsInput): Field<string[]> {
  const credited = visibleAuthors(input) ?? creditedElsewhere(input);
  // A login credits nobody, but it is the article's credit: no other credit on the page is looked for.
  const visible = credited && credited.rule !== LOGIN_RULE ? withSurnames(credited, input) : null;
  const statedField = statedAuthors(input, visible?.value ?? []);
  const stated = statedField ? withSurnames(statedField, input) : null;
  if (!stated)
    return (
      visible ?? signedAuthors(input) ?? wireAuthors(input) ?? siteOwner(input) ?? credited ?? input.fromText
    );
  const printed = (name: string) =>
    input.blocks.some((b) => b.cleanText.toLowerCase().includes(name.toLowerCase()));
  // A byline that names its writer by one name ("Erstellt von Jane am 3. Mai") against metadata naming someone
  // the page never prints: the site-wide author field names the site's owner or maker, the byline this post's.
  if (!visible?.value?.some(isFullName))
    return visible && BY_WORD_RULES.has(visible.rule) && !stated.value?.some(printed) ? visible : stated;
  // A full name the page also prints is its author; one it never shows, against a visible credit, is often
  // the account that posted the page (an editor, an agency's uploader) rather than the writer.
  if (stated.value?.every(isFullName) && stated.value.some(printed)) {
    const names = withCoAuthors(visible.value ?? [], stated.value);
    return names ? { ...visible, value: names } : stated;
  }
  return visible;
}
