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

describe("extractQuotes: marks and what is not a quote", () => {
  it("closes a quote with a mixed or doubled mark", () => {
    expect(quotes(['"We will open it soon,\u201D Ann Lee said.'])[0]?.text).toBe("We will open it soon,");
    expect(
      quotes(["\u201CWe will open it soon,\u2019\u2019 Ann Lee said."]).map((q) => [q.text, q.speaker]),
    ).toEqual([["We will open it soon,", "Ann Lee"]]);
  });

  it("skips titles of works, handles and words presented as words", () => {
    expect(quotes(["Ann Lee sang \u201CTakin\u2019 It To the Streets\u201D and said nothing."])).toEqual([]);
    expect(
      quotes(["The party renamed its account \u201CfactcheckUK\u201D during the debate, critics said."]),
    ).toEqual([]);
    expect(
      quotes(["Ann Lee said she never used the term \u201Cbridge to nowhere\u201D in the debate."]),
    ).toEqual([]);
  });

  it("skips a heading that is only a quoted phrase", () => {
    expect(quotes(["Ann Lee spoke on Monday.", "\u201CWe waited far too long for this\u201D"])).toEqual([]);
  });
});

describe("extractQuotes: attribution", () => {
  it("reads the name before an apposition and after an inverted cue", () => {
    const result = quotes([
      "\u201CWe will open it in May,\u201D Ann Lee, the mayor of Springfield, said in a speech.",
      "\u201CIt is late,\u201D said Bo Kim, the council leader, who opposed the plan. \u201CBut it is good.\u201D",
    ]);
    expect(result.map((q) => q.speaker)).toEqual(["Ann Lee", "Bo Kim", "Bo Kim"]);
  });

  it("does not split sentences at titles, initials and abbreviations", () => {
    const result = quotes([
      "U.S. Attorney Nealy Cox spoke after the verdict.",
      "\u201CJustice has been served,\u201D said U.S. Attorney Nealy Cox.",
      "\u201CWe are grateful,\u201D Mr. Cox said.",
    ]);
    expect(result.map((q) => q.speaker)).toEqual(["Nealy Cox", "Nealy Cox"]);
  });

  it("takes the clause's subject for a participle cue and past an aside", () => {
    const result = quotes([
      "Coach Bruce Boudreau gave his players a pep talk, telling them to \u201Cbelieve in yourselves\u201D.",
      "Mayor Ann Lee, however, said she was \u201Cvery moved\u201D by the vote.",
      "Joel Schlabach, a teacher at the high school, said politicians have \u201Cvilified\u201D teachers.",
    ]);
    expect(result.map((q) => q.speaker)).toEqual(["Bruce Boudreau", "Ann Lee", "Joel Schlabach"]);
  });

  it("continues the speaker for the second half of an interrupted quote and a quote-only paragraph", () => {
    const result = quotes([
      "\u201CI just want to play my own music,\u201D Taylor Swift said.",
      "\u201CThat's it. I've tried to work this out privately but have not been able to.\u201D",
      "Saeb Erekat said it was only the latest move against the Palestinians.",
      "\u201CThey wanted us on our knees and they used every trick to put pressure on us.\u201D",
    ]);
    expect(result.map((q) => q.speaker)).toEqual(["Taylor Swift", "Taylor Swift", "Saeb Erekat"]);
  });

  it("does not treat a capitalised word as a cue", () => {
    const result = quotes([
      "The United States announced the decision, and Israeli Prime Minister Benjamin Netanyahu welcomed it, saying he was \u201Cvery moved\u201D by it.",
    ]);
    expect(result.map((q) => q.speaker)).toEqual(["Benjamin Netanyahu"]);
  });
});

describe("extractQuotes: pronouns, roles and names", () => {
  it("resolves he and she to the nearest person named as a subject, past sentences led by a pronoun", () => {
    const result = quotes([
      "Defenseman Ryan Suter, who joked about Zach Parise\u2019s sticks, could see his friend\u2019s frustration.",
      "\u201CHe is used to scoring goals,\u201D he said.",
      "Patrick Carlineo faces ten years in prison. He was arrested in April for a call to Ilhan Omar.",
      "During the call, he called her a \u201Cterrorist\u201D and hung up.",
    ]);
    expect(result.map((q) => q.speaker)).toEqual(["Ryan Suter", "Patrick Carlineo"]);
  });

  it("resolves a role noun to the nearest person, but keeps plural and possessive descriptions", () => {
    const result = quotes([
      "James Van Der Beek was voted off the show on Monday.",
      "\u201CIt makes you more human,\u201D said the actor.",
      "The victim\u2019s mother testified, describing her daughter as \u201Cbrave, strong, and smart\u201D.",
      "\u201CWe write with urgency to ask for your help,\u201D the doctors stated.",
    ]);
    expect(result.map((q) => q.speaker)).toEqual(["James Van Der Beek", "victim\u2019s mother", "doctors"]);
  });

  it("finds the holder of a role named after a place", () => {
    const result = quotes([
      "China\u2019s ambassador to Britain warned that Beijing \u201Cwill not sit on our hands\u201D.",
      "China\u2019s ambassador to Britain Liu Xiaming has said that China has the \u201Cresolution and power\u201D to act.",
    ]);
    expect(result.map((q) => q.speaker)).toEqual(["Liu Xiaming", "Liu Xiaming"]);
  });

  it("canonicalises to the fullest name of up to four words, not a longer run-together", () => {
    const result = quotes([
      "Dr. Owen John Dempsey treated the patient. Dempsey called the case rare.",
      "\u201CWe are paid to be nosy,\u201D Dempsey said.",
      "NATO chief Mark Rutte arrived on Tuesday. Mark Rutte met the prime minister and Rutte spoke first.",
      "Defense Minister Gen Nakatani Rutte said the talks \u201Cwent very well\u201D.",
    ]);
    expect(result.map((q) => q.speaker)).toEqual(["Owen John Dempsey", "Mark Rutte"]);
  });

  it("strips where a person comes from and reads a pronoun ending a subordinate clause", () => {
    const result = quotes([
      "Boris Johnson is under fire for failing to deliver.",
      "Audience members laughed when he urged voters, \u201CLook what I have delivered.\u201D",
      "\u201CI could not stand or walk for more than a few minutes,\u201D wrote Martin Taylor of Aberdeenshire.",
    ]);
    expect(result.map((q) => q.speaker)).toEqual(["Boris Johnson", "Martin Taylor"]);
  });

  it("names a document as its author last named it, and organisations with a lower-case noun", () => {
    const result = quotes([
      "Big Machine issued a statement on Monday. Dick Clark Productions released a separate statement.",
      "The label posted a statement on its website.",
      "\u201CWe never blocked her from performing anywhere,\u201D the statement read.",
      "The French foreign ministry said it \u201Cregrets any decision likely to encourage settlement building\u201D.",
    ]);
    expect(result.map((q) => q.speaker)).toEqual(["statement", "French foreign ministry"]);
  });
});
