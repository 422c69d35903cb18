import { cleanDocument } from "@clippings/clean";
import { DocumentError, docFromLines, type OutletRegistry, type ParsedDoc } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article.js";
import { RegistryIndex } from "./registry-index.js";

const registry = new RegistryIndex({
  outlets: [
    {
      name: "Example Wire",
      kind: "agency",
      aliases: ["EXW", "The Example Wire Service"],
      domains: ["exwire.test"],
      wireTags: ["EXW"],
      signatures: [],
    },
    {
      name: "Daily Example",
      kind: "publisher",
      aliases: [],
      domains: ["daily.test"],
      wireTags: [],
      signatures: ["DAILY EXAMPLE MOST READ"],
    },
  ],
} satisfies OutletRegistry);

const doc = (lines: string[], crawlDate: string | null = null, url: string | null = null) =>
  docFromLines(lines, { id: "t", crawlDate, url });

const extract = (d: ParsedDoc) =>
  extractArticle(cleanDocument(d, { signatures: registry.signatureLines }), {
    registry,
    today: "2026-01-01",
  });

describe("extractArticle", () => {
  it("reads a wire story: headline, byline, dateline, agency as outlet, year from the weekday", () => {
    const article = extract(
      doc([
        "Council Approves New Bus Routes for Eastern Suburbs",
        "By Jane Roe and John Smith",
        "SPRINGFIELD, March 3 (EXW) -- The city council on Wednesday approved four new bus routes linking the eastern suburbs to the harbour.",
        '"This is a good day for riders," Mayor Ann Lee said after the vote, adding that buses would run every ten minutes.',
        "The routes open in the spring and cost about twelve million dollars a year, paid from the transport levy.",
        "Most Read",
        "Storm Closes Schools Across the Region",
      ]),
    );
    expect(article.headline.value).toBe("Council Approves New Bus Routes for Eastern Suburbs");
    expect(article.authors.value).toEqual(["Jane Roe", "John Smith"]);
    expect(article.dateline.value).toBe("Springfield");
    expect(article.agency.value).toBe("Example Wire");
    expect(article.outlet.value).toBe("Example Wire");
    expect(article.date.value).toBe("2021-03-03");
    expect(article.body.map((p) => p.text.slice(0, 20))).toEqual([
      "The city council on ",
      '"This is a good day ',
      "The routes open in t",
    ]);
    expect(article.quotes[0]).toMatchObject({ speaker: "Ann Lee", cue: "said", kind: "full" });
    expect(article.removed.some((r) => r.reason === "list-heading")).toBe(true);
  });

  it("prefers a timestamp line, names the publisher by registry signature, and leaves an unknown outlet empty", () => {
    const lines = [
      "Harbour Bridge Reopens After Repairs",
      "10:15 JST, May 2, 2024",
      "The harbour bridge reopened on Thursday after six months of repairs to its deck and cables, officials said.",
      "Traffic was light in the morning but grew steadily as commuters returned to their usual route into town.",
    ];
    const signed = extract(doc([...lines, "DAILY EXAMPLE MOST READ"]));
    expect(signed.date.value).toBe("2024-05-02");
    expect(signed.datetime.value).toBe("2024-05-02T10:15:00+09:00");
    expect(signed.outlet.value).toBe("Daily Example");
    expect(signed.agency.value).toBeNull();
    expect(extract(doc(lines)).outlet.value).toBeNull();
    expect(extract(doc(lines, null, "https://www.daily.test/a/1")).outlet.value).toBe("Daily Example");
  });

  it("in a text scrape, takes a registered agency's name over the timestamp for a credit, not the headline", () => {
    const article = extract(
      doc([
        "Sleeping Through the Trip",
        "Crew members rest in their bunks on the station in 2006. (Photo: Jane Roe)",
        "0",
        "The Example Wire Service",
        "Published Monday, November 18, 2019 8:22AM EST",
        "BERLIN -- The space agency says putting crews into a deep sleep could make a long trip to Mars easier to plan.",
        "Its researchers examined how such a sleep would change the design of a crewed mission and found it could help.",
        "Slowing the body down in the way that bears do in winter is not yet possible, the head of the team said.",
      ]),
    );
    expect(article.headline.value).toBe("Sleeping Through the Trip");
  });

  it("in a text scrape, never takes an update stamp with labels for the headline", () => {
    const lines = [
      "A Town Says Yes, At Last",
      "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM",
      "Photo Desk",
      "The mayor, pictured at the old pier in 2018, when she was a councillor, has backed the plan for years.",
      "Harbour councillors approved the new ferry pier on Monday after a long debate about its cost and place.",
      "The pier will open next spring, the harbour master said, once the builders have finished the deck.",
      "Opponents of the plan said the town could not afford the upkeep of a second pier for many years.",
    ];
    expect(extract(doc(lines)).headline.value).toBe("A Town Says Yes, At Last");
  });

  it("falls back to the crawl date with low confidence", () => {
    const article = extract(
      doc(
        [
          "Harbour Bridge Reopens",
          "The harbour bridge reopened after six months of repairs to its deck and cables, officials said.",
        ],
        "2024-07-09",
      ),
    );
    expect(article.date).toMatchObject({ value: "2024-07-09", confidence: 0.3 });
  });

  it("rejects a page with no article text", () => {
    expect(() => extract(doc(["Menu", "Home", "Contact"]))).toThrow(DocumentError);
  });
});
