import { describe, expect, it } from "vitest";
import { extractQuotes } from "./index.js";

const quotes = (paragraphs: string[], context: string[] = []) =>
  extractQuotes({ paragraphs, context }).map((q) => ({
    text: q.text,
    speaker: q.speaker,
    kind: q.kind,
    cue: q.cue,
  }));

describe("extractQuotes: spans", () => {
  it("reads curly, straight, guillemet and corner marks", () => {
    expect(quotes(["Mayor Ann Lee said: \u201CWe will open the bridge in May.\u201D"])[0]?.text).toBe(
      "We will open the bridge in May.",
    );
    expect(quotes(['"We will open it soon," Lee said.'])[0]?.text).toBe("We will open it soon,");
    expect(
      quotes(["Le maire Ann Lee a dit\u00A0: \u00ABNous allons ouvrir le pont en mai.\u00BB Lee said."])[0]
        ?.text,
    ).toBe("Nous allons ouvrir le pont en mai.");
    expect(quotes(["Ann Lee said, \u300CWe will open the bridge in May.\u300D"])[0]?.text).toBe(
      "We will open the bridge in May.",
    );
  });

  it("ends a quote with a missing closing mark where the next attribution begins", () => {
    const result = quotes([
      "At the briefing, Ann Lee said, \u201CWe will open the bridge in May. Bo Kim replied, \u201CWe hope the weather holds.\u201D",
    ]);
    expect(result.map((q) => [q.text, q.speaker])).toEqual([
      ["We will open the bridge in May.", "Ann Lee"],
      ["We hope the weather holds.", "Bo Kim"],
    ]);
  });

  it("joins a multi-paragraph quote and splits an interrupted one with the same speaker", () => {
    const multi = quotes([
      'Ann Lee told the council: "We waited ten years for this bridge.',
      '"Now it is finally done."',
    ]);
    expect(multi).toHaveLength(1);
    expect(multi[0]?.text).toBe("We waited ten years for this bridge. Now it is finally done.");
    const split = quotes(['"We waited ten years," Ann Lee said. "Now it is done."']);
    expect(split.map((q) => q.speaker)).toEqual(["Ann Lee", "Ann Lee"]);
  });

  it("uses single marks only where they are the text's quote style, and skips apostrophes", () => {
    expect(
      quotes(["Ann Lee said: \u2018We will open the bridge in May.\u2019 It was Lee\u2019s plan."])[0]?.text,
    ).toBe("We will open the bridge in May.");
    expect(
      quotes(["It was the council\u2019s plan and the mayor\u2019s idea, officials agreed at the meeting."]),
    ).toEqual([]);
  });

  it("drops a scare quote with no attribution", () => {
    expect(
      quotes(["The so-called \u201Cmiracle bridge\u201D opened on Monday after years of delays."]),
    ).toEqual([]);
  });
});

describe("extractQuotes: speakers", () => {
  it("names the fullest form, with cues before and after, and inverted", () => {
    const result = quotes([
      "Mayor Ann Lee opened the bridge on Monday.",
      '"It is a great day," Lee said.',
      '"It is long overdue," said Lee.',
      'Lee added that the toll would be "free for a year".',
    ]);
    expect(result.map((q) => q.speaker)).toEqual(["Ann Lee", "Ann Lee", "Ann Lee"]);
    expect(result[2]?.kind).toBe("partial");
  });

  it("resolves pronouns by discourse and joins several speakers", () => {
    const result = quotes([
      "Mayor Ann Lee and council leader Bo Kim met on Monday. Kim spoke first and Lee followed.",
      '"We agree on the budget," Lee and Kim said in a joint statement.',
      '"We will keep our promises," they said.',
    ]);
    expect(result.map((q) => q.speaker)).toEqual(["Ann Lee and Bo Kim", "Ann Lee and Bo Kim"]);
  });

  it("attributes to organisations and documents", () => {
    const result = quotes([
      "Springfield's Ministry of Transport said in a statement: \u201CThe bridge is safe.\u201D",
      "The joint communique released on Friday said both sides \u201Cwelcome the agreement\u201D.",
      "According to the Port Authority the bridge carried \u201Cmore trucks than expected\u201D last year.",
    ]);
    expect(result.map((q) => q.speaker)).toEqual([
      "Springfield's Ministry of Transport",
      "joint communique",
      "Port Authority",
    ]);
    expect(result.map((q) => q.kind)).toEqual(["full", "partial", "partial"]);
  });

  it("gives no speaker when nobody is named", () => {
    expect(
      quotes([
        "A sign at the gate read \u201CThe bridge is closed for repairs until further notice.\u201D",
      ])[0]?.speaker,
    ).toBeNull();
  });
});
