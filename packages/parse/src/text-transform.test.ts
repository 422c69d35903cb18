import { describe, expect, it } from "vitest";
import { computedTransform, parseSelector, type StyledElement, transformRules } from "./text-transform.js";

const element = (tag: string, classes: string[] = [], id = "", inline: StyledElement["inline"] = null) => ({
  tag,
  id,
  classes,
  inline,
});
// body > div.post-header > h1.entry-title
const chain = [element("body"), element("div", ["post-header"]), element("h1", ["entry-title"])];

describe("parseSelector", () => {
  it("reads tag, class and id compounds with descendant and child combinators", () => {
    expect(parseSelector(".post-header > h1.entry-title")?.combinators).toEqual([">"]);
    expect(parseSelector("#main .title")?.specificity).toBe(10_100);
  });
  it("refuses what holds only some of the time or cannot be proved from the markup", () => {
    for (const text of ["h1:hover", "a[href]", "h1 + p", "h1 ~ p", "::before", "> h1", "h1 >"])
      expect(parseSelector(text)).toBeNull();
  });
});

describe("computedTransform", () => {
  it("applies a matching rule, and passes it on to descendants", () => {
    const rules = transformRules(
      ".post-header .entry-title { font-weight: bold; text-transform: uppercase }",
    );
    expect(computedTransform(chain, rules)).toEqual({ value: "uppercase", named: true });
    const inner = [...chain, element("span")];
    expect(computedTransform(inner, rules).value).toBe("uppercase");
    expect(computedTransform([element("body"), element("h1", ["entry-title"])], rules).value).toBe("none");
  });
  it("lets the more specific rule, then the later one, then !important win", () => {
    const css = ".entry-title{text-transform:uppercase} h1{text-transform:none}";
    expect(computedTransform(chain, transformRules(css)).value).toBe("uppercase");
    const later = ".entry-title{text-transform:uppercase} .entry-title{text-transform:none}";
    expect(computedTransform(chain, transformRules(later)).value).toBe("none");
    const important =
      ".post-header .entry-title{text-transform:none} h1{text-transform:uppercase !important}";
    expect(computedTransform(chain, transformRules(important)).value).toBe("uppercase");
  });
  it("reads past a brace inside a quoted string", () => {
    const glyph = ".icon::before { content: '{' } .entry-title { text-transform: uppercase }";
    expect(computedTransform(chain, transformRules(glyph)).value).toBe("uppercase");
    const closing = `.note::after { content: "}" } .entry-title { text-transform: uppercase }`;
    expect(computedTransform(chain, transformRules(closing)).value).toBe("uppercase");
  });
  it("skips rules under at-rules and in comments, and lets a style attribute win", () => {
    const css =
      "/* .entry-title{text-transform:uppercase} */ @media (max-width: 600px) { h1 { text-transform: uppercase } }";
    expect(computedTransform(chain, transformRules(css)).value).toBe("none");
    const styled = [element("body"), element("h1", ["entry-title"], "", "lowercase")];
    expect(computedTransform(styled, transformRules(".entry-title{text-transform:uppercase}")).value).toBe(
      "lowercase",
    );
  });
  it("tells a rule naming the element's class or id from a rule on its bare tag", () => {
    expect(computedTransform(chain, transformRules("h1{text-transform:uppercase}"))).toEqual({
      value: "uppercase",
      named: false,
    });
    expect(computedTransform(chain, transformRules("div .entry-title{text-transform:uppercase}")).named).toBe(
      true,
    );
  });
});
