/**
 * The `text-transform` a page's own CSS gives an element, from the page's inline <style> rules and style
 * attributes: a theme may set its headline in capitals with CSS, and a reader sees the capitals, not the markup's
 * spelling. Only what is provable from the page is read: plain top-level rules whose selectors are made of tag,
 * class and id selectors joined by descendant or child combinators. Rules under an at-rule (@media, @supports) and
 * selectors with pseudo-classes or attribute tests hold only some of the time, so they are left out.
 */

export type TextTransform = "uppercase" | "lowercase" | "capitalize" | "none";

/** An element as selectors see it: its tag, id and classes (lower-cased; HTML class names are matched as such). */
export interface StyledElement {
  tag: string;
  id: string;
  classes: readonly string[];
  /** The element's own style attribute's text-transform, which beats every rule. */
  inline: TextTransform | null;
}

interface Compound {
  tag: string | null;
  id: string | null;
  classes: string[];
}

interface Selector {
  /** Compounds from the element outward: the first must match the element itself. */
  compounds: Compound[];
  /** combinators[i] joins compounds[i] to compounds[i + 1]: " " for any ancestor, ">" for the parent. */
  combinators: (" " | ">")[];
  specificity: number;
}

export interface TransformRule {
  selector: Selector;
  value: TextTransform;
  important: boolean;
  order: number;
}

const TRANSFORM_DECLARATION = /(?:^|;)\s*text-transform\s*:\s*([a-z-]+)\s*(!\s*important)?\s*(?=;|$)/gi;
const VALUES = new Set<string>(["uppercase", "lowercase", "capitalize", "none"]);
// A compound of plain tag, id and class selectors; anything else (":hover", "[href]", "+", "~") fails it.
const COMPOUND = /^(\*|[a-z][a-z0-9-]*)?((?:[#.][_a-z0-9-]+)*)$/i;
// Bound on the CSS read per page: frameworks inline hundreds of kilobytes, and the rules that matter come early.
export const MAX_CSS_CHARS = 400_000;

/** The text-transform a declaration block sets, if any; the last declaration wins, as in a browser. */
export function transformOf(declarations: string): { value: TextTransform; important: boolean } | null {
  let found: { value: TextTransform; important: boolean } | null = null;
  for (const match of declarations.matchAll(TRANSFORM_DECLARATION)) {
    const value = (match[1] ?? "").toLowerCase();
    if (VALUES.has(value)) found = { value: value as TextTransform, important: match[2] !== undefined };
  }
  return found;
}

function parseCompound(text: string): Compound | null {
  const match = COMPOUND.exec(text);
  if (!match || text === "") return null;
  const tag = match[1] && match[1] !== "*" ? match[1].toLowerCase() : null;
  let id: string | null = null;
  const classes: string[] = [];
  for (const simple of (match[2] ?? "").match(/[#.][_a-z0-9-]+/gi) ?? []) {
    if (simple.startsWith("#")) {
      if (id !== null) return null;
      id = simple.slice(1).toLowerCase();
    } else classes.push(simple.slice(1).toLowerCase());
  }
  return { tag, id, classes };
}

/** A selector of tag, class and id compounds with descendant and child combinators; null for anything else. */
export function parseSelector(text: string): Selector | null {
  const tokens = text
    .trim()
    .replace(/\s*>\s*/g, " > ")
    .split(/\s+/);
  const compounds: Compound[] = [];
  const combinators: (" " | ">")[] = [];
  let pending: " " | ">" | null = null;
  for (const token of tokens) {
    if (token === ">") {
      if (pending !== " " || compounds.length === 0) return null;
      pending = ">";
      continue;
    }
    const compound = parseCompound(token);
    if (!compound) return null;
    if (compounds.length > 0) combinators.push(pending ?? " ");
    compounds.push(compound);
    pending = " ";
  }
  if (compounds.length === 0 || pending === ">") return null;
  compounds.reverse();
  combinators.reverse();
  const specificity = compounds.reduce(
    (sum, c) => sum + (c.id ? 10_000 : 0) + c.classes.length * 100 + (c.tag ? 1 : 0),
    0,
  );
  return { compounds, combinators, specificity };
}

/** Strips comments and skips at-rule blocks: what is left are the style sheet's plain top-level rules. */
function topLevelRules(css: string): { selectors: string; declarations: string }[] {
  const text = css.slice(0, MAX_CSS_CHARS).replace(/\/\*[\s\S]*?(?:\*\/|$)/g, " ");
  const rules: { selectors: string; declarations: string }[] = [];
  // Quoted strings are matched whole so that a brace inside one (an icon font's `content: '{'`) is skipped.
  const braces = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[{}]/g;
  let depth = 0;
  let ruleStart = 0;
  let blockStart = 0;
  for (const match of text.matchAll(braces)) {
    if (match[0] !== "{" && match[0] !== "}") continue;
    if (match[0] === "{") {
      if (depth === 0) blockStart = match.index;
      depth += 1;
      continue;
    }
    if (depth === 0) continue;
    depth -= 1;
    if (depth > 0) continue;
    // A statement at-rule (@import ...;) before the rule ends at its semicolon; a block at-rule is skipped whole.
    const prelude = text.slice(ruleStart, blockStart);
    const selectors = prelude.slice(prelude.lastIndexOf(";") + 1).trim();
    if (!selectors.startsWith("@"))
      rules.push({ selectors, declarations: text.slice(blockStart + 1, match.index) });
    ruleStart = match.index + 1;
  }
  return rules;
}

/** The rules of a style sheet that set text-transform, numbered from `firstOrder` on in document order. */
export function transformRules(css: string, firstOrder = 0): TransformRule[] {
  const rules: TransformRule[] = [];
  let order = firstOrder;
  if (!/text-transform/i.test(css)) return rules;
  for (const { selectors, declarations } of topLevelRules(css)) {
    if (!/text-transform/i.test(declarations)) continue;
    const transform = transformOf(declarations);
    if (!transform) continue;
    for (const text of selectors.split(",")) {
      const selector = parseSelector(text);
      if (selector) rules.push({ selector, ...transform, order: order++ });
    }
  }
  return rules;
}

function matchesCompound(compound: Compound, element: StyledElement): boolean {
  if (compound.tag && compound.tag !== element.tag) return false;
  if (compound.id && compound.id !== element.id) return false;
  return compound.classes.every((c) => element.classes.includes(c));
}

/** Whether a selector matches `chain[at]`, given its ancestors before it in `chain` (outermost first). */
function matches(selector: Selector, chain: readonly StyledElement[], at: number, from = 0): boolean {
  const compound = selector.compounds[from];
  const element = chain[at];
  if (!compound || !element || !matchesCompound(compound, element)) return false;
  if (from === selector.compounds.length - 1) return true;
  if (selector.combinators[from] === ">") return matches(selector, chain, at - 1, from + 1);
  // The nearest ancestor that matches is tried alone, which keeps matching linear: for descendant combinators it
  // leaves the most ancestors to the rest; behind a child combinator it may miss a match, never invent one.
  const next = selector.compounds[from + 1];
  for (let up = at - 1; up >= 0; up -= 1) {
    const ancestor = chain[up];
    if (next && ancestor && matchesCompound(next, ancestor)) return matches(selector, chain, up, from + 1);
  }
  return false;
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

function isNamed(selector: Selector): boolean {
  const subject = selector.compounds[0];
  return subject !== undefined && (subject.id !== null || subject.classes.length > 0);
}

/**
 * The text-transform of the last element of a chain (outermost element first): its style attribute, else the
 * winning rule that matches it (important first, then specificity, then the later rule), else its parent's, as
 * text-transform is inherited. "none" when nothing sets it.
 */
export function computedTransform(
  chain: readonly StyledElement[],
  rules: readonly TransformRule[],
): ComputedTransform {
  let inherited: ComputedTransform = { value: "none", named: false };
  for (let at = 0; at < chain.length; at += 1) {
    let best: TransformRule | null = null;
    for (const rule of rules)
      if (matches(rule.selector, chain, at) && (!best || beats(rule, best))) best = rule;
    const inline = chain[at]?.inline ?? null;
    if (best?.important || (best && inline === null))
      inherited = { value: best.value, named: isNamed(best.selector) };
    else if (inline !== null) inherited = { value: inline, named: true };
  }
  return inherited;
}
