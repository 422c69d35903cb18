/**
 * The `text-transform` a page's own CSS gives an element, from the page's inline <style> rules and style
 * attributes: a theme may set its headline in capitals with CSS, and a reader sees the capitals, not the markup's
 * spelling. Only what is provable from the page is read: plain top-level rules whose selectors are made of tag,
 * class and id selectors joined by descendant or child combinators. Rules under an at-rule (@media, @supports) and
 * selectors with pseudo-classes or attribute tests hold only some of the time, so they are left out.
 *
 * css-tree parses the style sheets, style attributes and selectors; css-select matches the selectors against the
 * element and its ancestors through a small adapter.
 */
import { compile, type Options } from "css-select";
import {
  type CssNode,
  parse as parseCss,
  generate as printCss,
  type Rule,
  type Selector as SelectorNode,
} from "css-tree";

export type TextTransform = "uppercase" | "lowercase" | "capitalize" | "none";

/** An element as selectors see it: its tag, id and classes (lower-cased; HTML class names are matched as such). */
export interface StyledElement {
  tag: string;
  id: string;
  classes: readonly string[];
  /** The element's own style attribute's text-transform, which beats every rule. */
  inline: TextTransform | null;
  /** The enclosing element, null at the top: descendant and child combinators are matched along these links. */
  parent: StyledElement | null;
}

interface Selector {
  /** The combinators from the element outward: " " for any ancestor, ">" for the parent. */
  combinators: (" " | ">")[];
  /** ids × 10 000 + classes × 100 + tags, counted on the selector's AST (each count stays far below 100). */
  specificity: number;
  /** Whether the selector's subject (its last compound) names a class or an id. */
  named: boolean;
  matches: (element: StyledElement) => boolean;
}

export interface TransformRule {
  selector: Selector;
  value: TextTransform;
  important: boolean;
  order: number;
}

const VALUES = new Set<string>(["uppercase", "lowercase", "capitalize", "none"]);
// The selector parts whose match is provable from the markup alone; pseudo-classes, attribute tests, nesting and
// anything css-tree could not parse (Raw) make a selector unprovable.
const PROVABLE = new Set<string>(["TypeSelector", "ClassSelector", "IdSelector", "Combinator"]);
// Bound on the CSS read per page: frameworks inline hundreds of kilobytes, and the rules that matter come early.
export const MAX_CSS_CHARS = 400_000;
// The trivial pre-check that keeps pages from parsing style sheets and style attributes that cannot matter.
const NAMES_TRANSFORM = /text-transform/i;

/** What css-select needs of an element: its name, class and id, and its parent. Siblings and children never count. */
const ADAPTER: NonNullable<Options<StyledElement, StyledElement>["adapter"]> = {
  isTag: (_node): _node is StyledElement => true,
  getName: (element) => element.tag,
  getParent: (element) => element.parent,
  getAttributeValue: (element, name) =>
    name === "class" ? element.classes.join(" ") : name === "id" && element.id ? element.id : undefined,
  hasAttrib: (element, name) =>
    name === "class" ? element.classes.length > 0 : name === "id" && element.id !== "",
  getChildren: () => [],
  getSiblings: (element) => [element],
  getText: () => "",
  removeSubsets: (nodes) => nodes,
};

/** The text-transform a list of declarations sets, if any; the last declaration wins, as in a browser. */
function transformOfDeclarations(
  declarations: Iterable<CssNode>,
): { value: TextTransform; important: boolean } | null {
  let found: { value: TextTransform; important: boolean } | null = null;
  for (const declaration of declarations) {
    if (declaration.type !== "Declaration" || declaration.property.toLowerCase() !== "text-transform")
      continue;
    if (declaration.value.type !== "Raw") continue;
    const value = declaration.value.value.trim().toLowerCase();
    // `!important` parses to true; a hack such as `!ie` to its word, which a browser does not take for importance.
    const important =
      declaration.important === true ||
      (typeof declaration.important === "string" && declaration.important.toLowerCase() === "important");
    if (VALUES.has(value)) found = { value: value as TextTransform, important };
  }
  return found;
}

/** The text-transform a declaration block (a style attribute's text) sets, if any. */
export function transformOf(declarations: string): { value: TextTransform; important: boolean } | null {
  if (!NAMES_TRANSFORM.test(declarations)) return null;
  const list = parseCss(declarations, { context: "declarationList", parseValue: false, positions: false });
  return list.type === "DeclarationList" ? transformOfDeclarations(list.children) : null;
}

/** A css-tree Selector node as a Selector, if every part of it is provable from the markup; null otherwise. */
function fromNode(node: SelectorNode): Selector | null {
  const parts = node.children.toArray();
  const combinators: (" " | ">")[] = [];
  let ids = 0;
  let classes = 0;
  let tags = 0;
  let named = false;
  for (const [at, part] of parts.entries()) {
    if (!PROVABLE.has(part.type)) return null;
    if (part.type === "Combinator") {
      // A combinator must join two compounds: "> h1" and "h1 >" are relative or unfinished selectors.
      const joins = at > 0 && at < parts.length - 1 && parts[at + 1]?.type !== "Combinator";
      if (!joins || (part.name !== " " && part.name !== ">")) return null;
      combinators.unshift(part.name);
      named = false;
    } else if (part.type === "TypeSelector") {
      // A namespace prefix ("svg|a") is a test the markup read here cannot settle; "*" counts for nothing.
      if (part.name.includes("|")) return null;
      if (part.name !== "*") tags += 1;
    } else if (part.type === "IdSelector") {
      ids += 1;
      named = true;
    } else if (part.type === "ClassSelector") {
      classes += 1;
      named = true;
    }
  }
  if (parts.length === 0) return null;
  // Class and id matching ignores case (quirks mode), as the markup's classes and ids are lower-cased on reading.
  const matches = compile<StyledElement, StyledElement>(printCss(node), {
    adapter: ADAPTER,
    quirksMode: true,
  });
  return { combinators, specificity: ids * 10_000 + classes * 100 + tags, named, matches };
}

/** css-tree's parse error, which it throws where a selector list cannot be read. */
function isParseError(error: unknown): boolean {
  return error instanceof Error && error.name === "SyntaxError";
}

/**
 * Each selector of a selector list, or null for each one that is not provable from the markup. A list css-tree
 * cannot read yields none: a browser, too, drops a whole rule when one of its selectors is invalid.
 */
function selectorsOf(text: string): (Selector | null)[] {
  let list: CssNode;
  try {
    list = parseCss(text, { context: "selectorList", positions: false });
  } catch (error) {
    if (isParseError(error)) return [];
    throw error;
  }
  if (list.type !== "SelectorList") return [];
  return list.children.toArray().map((node) => (node.type === "Selector" ? fromNode(node) : null));
}

/** A selector of tag, class and id compounds with descendant and child combinators; null for anything else. */
export function parseSelector(text: string): Selector | null {
  const selectors = selectorsOf(text);
  return selectors.length === 1 ? (selectors[0] ?? null) : null;
}

/** The style sheet's plain top-level rules: those under an at-rule (@media, @supports) hold only some of the time. */
function topLevelRules(css: string): Rule[] {
  // Nothing after the block that names text-transform last can set it: the parse stops at that block's first "}"
  // (were that brace inside a string or comment, css-tree closes the block at the end of the text instead).
  const bounded = css.slice(0, MAX_CSS_CHARS);
  const close = bounded.indexOf("}", bounded.toLowerCase().lastIndexOf("text-transform"));
  // Selectors are parsed later, and only for the rules that set text-transform.
  const sheet = parseCss(close < 0 ? bounded : bounded.slice(0, close + 1), {
    parseValue: false,
    parseRulePrelude: false,
    parseAtrulePrelude: false,
    positions: false,
  });
  if (sheet.type !== "StyleSheet") return [];
  return sheet.children.toArray().filter((node): node is Rule => node.type === "Rule");
}

/** The rules of a style sheet that set text-transform, numbered from `firstOrder` on in document order. */
export function transformRules(css: string, firstOrder = 0): TransformRule[] {
  const rules: TransformRule[] = [];
  let order = firstOrder;
  if (!NAMES_TRANSFORM.test(css)) return rules;
  for (const rule of topLevelRules(css)) {
    const transform = transformOfDeclarations(rule.block.children);
    if (!transform) continue;
    const prelude = rule.prelude.type === "Raw" ? rule.prelude.value : printCss(rule.prelude);
    for (const selector of selectorsOf(prelude))
      if (selector) rules.push({ selector, ...transform, order: order++ });
  }
  return rules;
}

/** Whether a rule wins over another that matches the same element: importance, then specificity, then order. */
function beats(rule: TransformRule, other: TransformRule): boolean {
  if (rule.important !== other.important) return rule.important;
  if (rule.selector.specificity !== other.selector.specificity)
    return rule.selector.specificity > other.selector.specificity;
  return rule.order > other.order;
}

/** A computed text-transform, and whether the page set it for the element by name rather than by tag alone. */
export interface ComputedTransform {
  value: TextTransform;
  /**
   * Set by the element's style attribute or by a rule naming a class or id of the element that set it: a rule on a
   * bare tag ("h1 { … }") is a theme's base typography, which its later stylesheets (not in the page) often undo.
   */
  named: boolean;
}

/**
 * The text-transform of an element: its style attribute, else the winning rule that matches it (important first,
 * then specificity, then the later rule), else its parent's, as text-transform is inherited. "none" when nothing
 * sets it.
 */
export function computedTransform(
  element: StyledElement,
  rules: readonly TransformRule[],
): ComputedTransform {
  const chain: StyledElement[] = [];
  for (let at: StyledElement | null = element; at; at = at.parent) chain.unshift(at);
  let inherited: ComputedTransform = { value: "none", named: false };
  for (const styled of chain) {
    let best: TransformRule | null = null;
    for (const rule of rules) if ((!best || beats(rule, best)) && rule.selector.matches(styled)) best = rule;
    if (best?.important || (best && styled.inline === null))
      inherited = { value: best.value, named: best.selector.named };
    else if (styled.inline !== null) inherited = { value: styled.inline, named: true };
  }
  return inherited;
}
