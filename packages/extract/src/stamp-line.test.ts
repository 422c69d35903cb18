import { describe, expect, it } from "vitest";
import { isStampLine } from "./stamp-line.js";

describe("isStampLine", () => {
  it("takes a date with a clock time as a stamp, labels and all", () => {
    expect(isStampLine("Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM")).toBe(true);
    expect(isStampLine("Last Updated : Nov 20, 2019 01:41 PM IST | Source: Example Wire")).toBe(true);
  });

  it("takes a spelled-out full date among glued labels as a stamp", () => {
    expect(isStampLine("Author:Jane DoePublish date:Nov 18, 2019")).toBe(true);
    expect(isStampLine("21:17 18.11.2019Get short URL")).toBe(true);
  });

  it("keeps headlines that carry a number, an issue date in digits or a relative day", () => {
    expect(isStampLine("Opening Bell 11.18.19")).toBe(false);
    expect(isStampLine("10 things in tech you need to know today")).toBe(false);
    expect(isStampLine("Wild beat Sabres 4-1 as Parise scores twice")).toBe(false);
    expect(isStampLine("Councillors approve new ferry pier")).toBe(false);
  });

  it("leaves long lines to the article: a sentence may name a date and a time", () => {
    const sentence =
      "The council said on Nov 19, 2019 at 9:41 AM that the new ferry pier would open next spring after a long debate about its cost and its place.";
    expect(isStampLine(sentence)).toBe(false);
  });
});
