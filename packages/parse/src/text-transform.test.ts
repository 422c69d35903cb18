import { describe, expect, it } from "vitest";
import { computedTransform, parseSelector, type StyledElement, transformRules } from "./text-transform.js";

type Element = Omit<StyledElement, "parent">;
const element = (
  tag: string,
  classes: string[] = [],
  id = "",
  inline: StyledElement["inline"] = null,
): Element => ({
  tag,
  id,
  classes,
  inline,
});
/** The last of `elements`, each linked to the one before it as its parent (outermost first). */
const innermost = (elements: readonly Element[]): StyledElement => {
  let parent: StyledElement | null = null;
  for (const each of elements) parent = { ...each, parent };
  if (!parent) throw new Error("an element chain needs an element");
  return parent;
};
// body > div.post-header > h1.entry-title
const chain = [element("body"), element("div", ["post-header"]), element("h1", ["entry-title"])];
const heading = innermost(chain);

describe("parseSelector", () => {
  it("reads tag, class and id compounds with descendant and child combinators", () => {
    expect(parseSelector(".post-header > h1.entry-title")?.combinators).toEqual([">"]);
    expect(parseSelector("#main .title")?.specificity).toBe(10_100);
    expect(parseSelector("div#main > ul li.item.first")?.specificity).toBe(10_203);
  });
  it("refuses what holds only some of the time or cannot be proved from the markup", () => {
    for (const text of [
      "h1:hover",
      "a[href]",
      "h1 + p",
      "h1 ~ p",
      "::before",
      "> h1",
      "h1 >",
      "svg|a",
      "a, b",
    ])
      expect(parseSelector(text)).toBeNull();
  });
});

describe("computedTransform", () => {
  it("applies a matching rule, and passes it on to descendants", () => {
    const rules = transformRules(
      ".post-header .entry-title { font-weight: bold; text-transform: uppercase }",
    );
    expect(computedTransform(heading, rules)).toEqual({ value: "uppercase", named: true });
    const inner = innermost([...chain, element("span")]);
    expect(computedTransform(inner, rules).value).toBe("uppercase");
    expect(computedTransform(innermost([element("body"), element("h1", ["entry-title"])]), rules).value).toBe(
      "none",
    );
  });
  it("lets the more specific rule, then the later one, then !important win", () => {
    const css = ".entry-title{text-transform:uppercase} h1{text-transform:none}";
    expect(computedTransform(heading, transformRules(css)).value).toBe("uppercase");
    const later = ".entry-title{text-transform:uppercase} .entry-title{text-transform:none}";
    expect(computedTransform(heading, transformRules(later)).value).toBe("none");
    const important =
      ".post-header .entry-title{text-transform:none} h1{text-transform:uppercase !important}";
    expect(computedTransform(heading, transformRules(important)).value).toBe("uppercase");
  });
  it("skips rules under at-rules and in comments, and lets a style attribute win", () => {
    const css =
      "/* .entry-title{text-transform:uppercase} */ @media (max-width: 600px) { h1 { text-transform: uppercase } }";
    expect(computedTransform(heading, transformRules(css)).value).toBe("none");
    const styled = innermost([element("body"), element("h1", ["entry-title"], "", "lowercase")]);
    expect(computedTransform(styled, transformRules(".entry-title{text-transform:uppercase}")).value).toBe(
      "lowercase",
    );
  });
  it("tells a rule naming the element's class or id from a rule on its bare tag", () => {
    expect(computedTransform(heading, transformRules("h1{text-transform:uppercase}"))).toEqual({
      value: "uppercase",
      named: false,
    });
    expect(
      computedTransform(heading, transformRules("div .entry-title{text-transform:uppercase}")).named,
    ).toBe(true);
  });
  it("matches a child combinator further up than the nearest ancestor that fits the compound after it", () => {
    // .x > .y .z on .x > .y > .y > .z: only the outer .y is a child of .x, and .z is its descendant too.
    const nested = innermost([
      element("div", ["x"]),
      element("div", ["y"]),
      element("div", ["y"]),
      element("h2", ["z"]),
    ]);
    expect(computedTransform(nested, transformRules(".x > .y .z{text-transform:uppercase}")).value).toBe(
      "uppercase",
    );
  });
  it("matches tags, classes and ids whatever their case, and reads the declaration whatever its case", () => {
    const rules = transformRules("DIV.Post-Header > H1#Top{TEXT-TRANSFORM: UpperCase ! Important}");
    expect(rules.map((rule) => [rule.value, rule.important])).toEqual([["uppercase", true]]);
    const top = innermost([element("div", ["post-header"]), element("h1", [], "top")]);
    expect(computedTransform(top, rules).value).toBe("uppercase");
  });
  it("keeps each provable selector of a list and drops the others, and skips values it does not know", () => {
    const rules = transformRules(".entry-title:hover, .entry-title, a[href] { text-transform: uppercase }");
    expect(rules).toHaveLength(1);
    expect(transformRules(".entry-title { text-transform: uppercase full-width }")).toEqual([]);
    // A rule past a broken one is still read, as a browser reads it.
    const broken =
      ".entry-title { color: red; ; text-transform: } .entry-title { text-transform: uppercase }";
    expect(computedTransform(heading, transformRules(broken)).value).toBe("uppercase");
    // A brace inside a string (an icon font's glyph) neither opens a block nor hides the rules after it.
    const glyph = ".icon::before { content: '{' } .entry-title { text-transform: uppercase }";
    expect(computedTransform(heading, transformRules(glyph)).value).toBe("uppercase");
    // A selector list with an invalid selector drops its whole rule, as in a browser.
    const invalid = ".entry-title, //.x { text-transform: uppercase } h1 { text-transform: lowercase }";
    expect(transformRules(invalid).map((rule) => rule.value)).toEqual(["lowercase"]);
  });
});
