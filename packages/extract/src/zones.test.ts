import { cleanDocument } from "@clippings/clean";
import { docFromLines } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { articleRun, findZones, proseRuns } from "./zones.js";

const doc = (lines: string[]) => docFromLines(lines, { id: "z" });

const para = (topic: string) =>
  `The council said on Monday that the ${topic} would be finished within two years, and that residents would be asked for their views before any work began.`;

describe("findZones", () => {
  it("takes the run of adjacent paragraphs over a longer list of teasers with titles, names and dates", () => {
    const lines = [
      "Council Approves Harbour Plan",
      para("harbour wall"),
      para("new ferry pier"),
      para("coastal path"),
      "More from the site",
      ...["market", "school", "library", "bridge"].flatMap((t) => [
        `Plans For The ${t}`,
        "Jane Roe",
        "Tuesday November 19, 2019",
        `${para(t)} ${para(`${t} roof`)}`,
      ]),
    ];
    const zones = findZones(cleanDocument(doc(lines), { signatures: [] }));
    expect(zones.body.map((b) => b.index)).toEqual([1, 2, 3]);
    expect(zones.header.map((b) => b.text)).toEqual(["Council Approves Harbour Plan"]);
  });

  it("keeps the article's opening paragraphs above a short list set into the article", () => {
    const lines = [
      "Council Approves Harbour Plan",
      para("harbour wall"),
      para("ferry pier"),
      para("coastal path"),
      "More from the region",
      "Plans For The Market Hall",
      "School Roof Repairs Begin",
      "Library Opening Hours Change",
      "Bridge Closed For Inspection",
      ...["market", "school", "library", "bridge", "park", "museum"].map(para),
    ];
    const cleaned = cleanDocument(doc(lines), { signatures: [] });
    // The list heading splits the prose in two runs; the later, longer one alone would lose the opening.
    expect(proseRuns(cleaned.blocks)).toHaveLength(2);
    const zones = findZones(cleaned);
    expect(zones.body[0]?.index).toBe(1);
    expect(zones.header.map((b) => b.text)).toEqual(["Council Approves Harbour Plan"]);
  });

  it("does not reach back over a lone prose line or a long list to an earlier run", () => {
    const teaserAbove = [
      "Other Story Headline",
      para("teaser"),
      "More from the region",
      ...Array.from({ length: 14 }, (_, i) => `Link Number ${i + 1} To Another Story`),
      "Council Approves Harbour Plan",
      ...["market", "school", "library", "bridge"].map(para),
    ];
    const zones = findZones(cleanDocument(doc(teaserAbove), { signatures: [] }));
    expect(zones.body[0]?.text).toBe(para("market"));
  });

  it("ends the article at a section heading followed by a thread of other lines", () => {
    const lines = [
      "Harbour Plan Approved",
      para("harbour wall"),
      para("ferry pier"),
      "Comments",
      "reader1",
      "2 days ago",
      `${para("comment one")} ${para("comment two")} ${para("comment three")}`,
    ];
    const cleaned = cleanDocument(doc(lines), { signatures: [] });
    const runs = proseRuns(cleaned.blocks);
    expect(runs).toHaveLength(2);
    expect(articleRun(runs)?.first).toBe(1);
    expect(findZones(cleaned).body.map((b) => b.index)).toEqual([1, 2]);
  });

  it("keeps a short link line inside an article", () => {
    const lines = ["Harbour Plan Approved", para("wall"), "Read more", "Ferry Pier Opens", para("pier")];
    const zones = findZones(cleanDocument(doc(lines), { signatures: [] }));
    expect(zones.body.at(-1)?.index).toBe(4);
  });

  it("takes a question of headline length that opens the article for the headline, not the lead", () => {
    const lines = [
      "Menu",
      "What will the new ferry pier cost the harbour towns over the next ten years?",
      para("pier"),
      para("wall"),
    ];
    const zones = findZones(cleanDocument(doc(lines), { signatures: [] }));
    expect(zones.body.map((b) => b.index)).toEqual([2, 3]);
    expect(zones.header.at(-1)?.index).toBe(1);
  });

  it("starts the article past a lone prose line above the headline and byline", () => {
    const lines = [
      "Download our free guide to the best harbour walks in the county, with maps, routes and tips from the local ramblers who know them.",
      "Home",
      "Harbour News",
      "Harbour Plan Approved",
      "Jane Roe",
      "Tuesday November 19, 2019",
      para("harbour wall"),
      para("ferry pier"),
      para("coastal path"),
    ];
    const zones = findZones(cleanDocument(doc(lines), { signatures: [] }));
    expect(zones.body.map((b) => b.index)).toEqual([6, 7, 8]);
    expect(zones.header.map((b) => b.text)).toContain("Harbour Plan Approved");
  });

  it("records the lines printed again below the article", () => {
    const lines = [
      "Read the full story",
      "Harbour Plan Approved",
      para("harbour wall"),
      para("ferry pier"),
      "Read the full story",
    ];
    const zones = findZones(cleanDocument(doc(lines), { signatures: [] }));
    expect([...zones.repeatedBelow]).toEqual([0]);
  });

  it("reads a comments counter above every paragraph as a counter, not the heading of a thread", () => {
    const lines = [
      "We use cookies to improve your experience on our site, show personalised content and analyse our traffic.",
      "By choosing I Accept, you consent to our use of cookies and other tracking technologies.",
      "Menu",
      "Council Approves Harbour Plan",
      "New, 15 comments",
      "By Jane Roe Nov 18, 2019, 11:47am EST",
      "Share this story",
      ...["harbour wall", "ferry pier", "coastal path", "market hall"].map(para),
    ];
    const zones = findZones(cleanDocument(doc(lines), { signatures: [] }));
    expect(zones.body[0]?.text).toBe(para("harbour wall"));
  });

  it("still weighs a thread under a comments heading below the article down", () => {
    const comment = (who: string) =>
      `${who} wrote that the plan was a waste of money and that the council should have asked the residents first, as it promised it would do last year.`;
    const lines = [
      "Council Approves Harbour Plan",
      ...["harbour wall", "ferry pier", "coastal path"].map(para),
      "Comments",
      "Reply",
      "Share",
      "Report",
      ...["Ann", "Bob", "Cid", "Dee", "Eve", "Fay"].map(comment),
    ];
    const runs = proseRuns(cleanDocument(doc(lines), { signatures: [] }).blocks);
    expect(runs.map((r) => r.afterComments)).toEqual([false, true]);
    expect(articleRun(runs)?.first).toBe(1);
  });

  it("starts the article below its byline, past a headline and standfirst that read as prose", () => {
    const lines = [
      "Home",
      "News",
      "Plague case: a third case is reported in the region as the public begins to worry",
      "A THIRD case has been reported in the region, with the public beginning to worry over an outbreak.",
      "By Jane Roe",
      "PUBLISHED: 00:01, Tue, Nov 19, 2019",
      ...["harbour wall", "ferry pier", "coastal path"].map(para),
    ];
    const zones = findZones(cleanDocument(doc(lines), { signatures: [] }));
    expect(zones.body[0]?.text).toBe(para("harbour wall"));
    expect(zones.header.map((b) => b.index)).toContain(2);
  });
});
