import { describe, expect, it } from "vitest";
import { extractLanguage, languageCode, readsPlainly } from "./language.js";

describe("languageCode", () => {
  it("keeps a two-letter code and drops region, script and variant subtags", () => {
    expect(languageCode("en-GB")).toBe("en");
    expect(languageCode("pt_BR")).toBe("pt");
    expect(languageCode("ZH-Hant-TW")).toBe("zh");
  });

  it("maps a three-letter code to its two-letter one where it has one", () => {
    expect(languageCode("spa")).toBe("es");
    expect(languageCode("deu")).toBe("de");
  });

  it("keeps a three-letter code that has no two-letter one instead of cutting it", () => {
    expect(languageCode("fil")).toBe("fil");
    expect(languageCode("haw-US")).toBe("haw");
  });

  it("names an individual language by its macrolanguage's code", () => {
    expect(languageCode("cmn")).toBe("zh");
    expect(languageCode("arb")).toBe("ar");
    expect(languageCode("pes")).toBe("fa");
  });

  it("is null when the tag starts with no language code", () => {
    expect(languageCode("x-klingon")).toBeNull();
    expect(languageCode("english")).toBeNull();
    expect(languageCode("")).toBeNull();
    expect(languageCode("und")).toBeNull();
  });
});

describe("extractLanguage", () => {
  it("takes the page's declared language, as a code", () => {
    const field = extractLanguage("", "fil-PH");
    expect(field.value).toBe("fil");
    expect(field.rule).toBe("language declared by the page");
  });

  it("detects the language of an undeclared text and names it by its ISO 639-1 code", () => {
    const chinese =
      "今天上午，市政府召开新闻发布会，介绍了今年城市交通建设的进展情况。负责人表示，地铁新线路将在明年年底前开通运营，市民出行将更加方便。";
    expect(extractLanguage(chinese, undefined).value).toBe("zh");
    const declaredNothing = extractLanguage(chinese, "none");
    expect(declaredNothing.rule).toBe("detected from the body text (franc)");
  });

  it("says so when the text is too short to tell", () => {
    expect(extractLanguage("Short.", undefined).value).toBeNull();
  });
});

describe("readsPlainly", () => {
  it("lets a first reading stand when the runner-up trails far behind", () => {
    expect(
      readsPlainly([
        ["eng", 1],
        ["sco", 0.9],
      ]),
    ).toBe(true);
  });

  it("reads on when two languages score close", () => {
    expect(
      readsPlainly([
        ["spa", 1],
        ["por", 0.98],
      ]),
    ).toBe(false);
  });

  it("reads on when the script alone named the language, or nothing was named", () => {
    expect(readsPlainly([["tha", 1]])).toBe(false);
    expect(readsPlainly([["und", 1]])).toBe(false);
    expect(readsPlainly([])).toBe(false);
  });
});

describe("extractLanguage on a long text", () => {
  it("names the language a text is written in past its first look", () => {
    const paragraph =
      "The council met on Tuesday evening to discuss the budget for public transport and the repairs to the old bridge, which has been closed to heavy traffic since the spring floods. ";
    expect(extractLanguage(paragraph.repeat(10), undefined).value).toBe("en");
  });
});
