import { describe, expect, it } from "vitest";
import { fold, singleSpaced } from "./fold.js";

describe("singleSpaced", () => {
  it("makes every run of white space one plain space, as replacing /\\s+/g does", () => {
    const texts = ["a b", "a  b", "a\tb", "a\u00a0b", " a \n\n b\t", "a \u2009 b", "", "   ", "a\r\nb c"];
    for (const text of texts) expect(singleSpaced(text)).toBe(text.replace(/\s+/g, " "));
  });
});

describe("fold", () => {
  it("unifies compatibility forms, case and white space", () => {
    expect(fold("  ＭＥＮＡＦＮ\u00a0 Provides\n")).toBe("menafn provides");
  });
});
