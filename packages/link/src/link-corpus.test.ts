import { type Article, fixtureArticle, fixtureField, fixtureQuote } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { linkCorpus } from "./link-corpus.js";
import { articleSignature } from "./signature.js";
import { SignatureStore } from "./signature-store.js";

const REPORT = [
  "Harbour City council voted on Tuesday to close the Old Mill Bridge after engineers from Coastal Surveys found cracks in two of its steel supports.",
  "Mayor Ann Lee said repairs would take at least six months and cost the city about twelve million dollars, paid from the transport levy.",
  "Buses will replace the tram line across the river while the Old Mill Bridge is closed, the Harbour City transport office said.",
].map((text, block) => ({ block, text }));

function article(
  id: string,
  date: string,
  outlet: string,
  body = REPORT,
  quotes: Article["quotes"] = [],
): Article {
  return fixtureArticle({
    id,
    date: fixtureField(date),
    outlet: fixtureField(outlet),
    headline: fixtureField(`Headline ${id}`),
    body,
    quotes,
  });
}

const link = (articles: Article[]) => linkCorpus(articles.map(articleSignature));

describe("linkCorpus", () => {
  it("marks a syndicated copy as a duplicate of the earliest article, with its similarity", () => {
    const links = link([
      article("copy", "2024-05-02", "Daily B"),
      article("original", "2024-05-01", "Wire A"),
    ]);
    expect(links.articles.get("copy")).toMatchObject({ duplicateOf: "original", story: "s1" });
    expect(links.articles.get("copy")?.similarity).toBeGreaterThanOrEqual(0.8);
    expect(links.articles.get("original")?.duplicateOf).toBeNull();
  });

  it("puts different reports of one event in one story, and the same actors two years later in another", () => {
    const other = [
      "Engineers from Coastal Surveys told Harbour City council that the Old Mill Bridge steel supports had cracked and the bridge must close.",
      "The closure of the Old Mill Bridge will last six months, Mayor Ann Lee told reporters, and trams will stop at the river.",
    ].map((text, block) => ({ block, text }));
    const earlier = [
      "Harbour City council reopened the Old Mill Bridge after Coastal Surveys engineers approved repairs to its steel supports, Mayor Ann Lee said.",
      "Trams crossed the river again for the first time in months as the Old Mill Bridge reopened to traffic.",
    ].map((text, block) => ({ block, text }));
    const links = link([
      article("a", "2024-05-01", "Wire A"),
      article("b", "2024-05-02", "Daily B", other),
      article("old", "2022-03-10", "Daily B", earlier),
    ]);
    expect(links.articles.get("a")?.story).toBe(links.articles.get("b")?.story);
    expect(links.articles.get("old")?.story).not.toBe(links.articles.get("a")?.story);
    expect(links.stories.map((s) => s.articles)).toEqual([["old"], ["a", "b"]]);
  });

  it("finds other coverage of a report however many outlets carried the report that day", () => {
    const other = [
      "Engineers from Coastal Surveys told Harbour City council that the Old Mill Bridge steel supports had cracked and the bridge must close.",
      "The closure of the Old Mill Bridge will last six months, Mayor Ann Lee told reporters, and trams will stop at the river.",
    ].map((text, block) => ({ block, text }));
    // More copies than a name may be carried by and still tell one event from another (2,000 articles).
    const copies = Array.from({ length: 2_100 }, (_, k) =>
      article(`copy${String(k).padStart(4, "0")}`, "2024-05-01", `Outlet ${k}`),
    );
    const links = link([
      article("a", "2024-05-01", "Wire A"),
      ...copies,
      article("b", "2024-05-02", "Daily B", other),
    ]);
    expect(links.articles.get("copy2099")?.duplicateOf).toBe("a");
    expect(links.articles.get("b")?.story).toBe(links.articles.get("a")?.story);
  });

  it("groups a full quote with a fragment of it in another outlet, earliest first, and flags other speakers", () => {
    const full =
      "We will not reopen the bridge until every support has been replaced and tested by independent engineers,";
    const links = link([
      article("later", "2024-05-03", "Daily B", REPORT.slice(0, 1), [
        fixtureQuote({
          id: "q1",
          text: "until every support has been replaced and tested",
          speaker: "Harbour City council",
          kind: "partial",
        }),
      ]),
      article("first", "2024-05-01", "Wire A", REPORT.slice(1), [
        fixtureQuote({ id: "q1", text: full, speaker: "Ann Lee" }),
      ]),
      article("unrelated", "2024-05-01", "Wire A", REPORT.slice(2), [
        fixtureQuote({ id: "q1", text: "Trams will run every ten minutes.", speaker: "Bo Kim" }),
      ]),
    ]);
    expect(links.quoteGroups).toHaveLength(1);
    expect(links.quoteGroups[0]).toMatchObject({ text: full, firstSeen: "first", speakerDisagreement: true });
    expect(links.quoteGroupOf.get("later/q1")).toBe(links.quoteGroupOf.get("first/q1"));
    expect(links.quoteGroupOf.get("unrelated/q1")).toBeUndefined();
  });

  it("keeps the same words a week apart in separate groups", () => {
    const text = "We emphasize the importance of peace and stability across the strait.";
    const links = link([
      article("x", "2023-02-01", "Wire A", REPORT.slice(0, 1), [fixtureQuote({ id: "q1", text })]),
      article("y", "2025-04-10", "Daily B", REPORT.slice(1, 2), [fixtureQuote({ id: "q1", text })]),
    ]);
    expect(links.quoteGroups).toEqual([]);
  });

  it("numbers quote groups by their earliest quote, whatever order their later carriers come in", () => {
    const first = "The harbour wall will be rebuilt in stone before the winter storms arrive";
    const second = "Every ferry will keep running on the usual timetable through the works";
    const links = link([
      article("p0", "2024-05-01", "Wire A", REPORT.slice(0, 1), [fixtureQuote({ id: "q1", text: first })]),
      article("p1", "2024-05-02", "Daily B", REPORT.slice(1, 2), [fixtureQuote({ id: "q1", text: second })]),
      article("p2", "2024-05-03", "Daily C", REPORT.slice(2), [fixtureQuote({ id: "q1", text: second })]),
      article("p3", "2024-05-04", "Daily D", REPORT.slice(0, 1), [fixtureQuote({ id: "q1", text: first })]),
    ]);
    expect(links.quoteGroups.map((g) => [g.id, g.text, g.firstSeen])).toEqual([
      ["g1", first, "p0"],
      ["g2", second, "p1"],
    ]);
  });

  it("finds an article's links and quote groups by ids that hold a slash, and lists them earliest first", () => {
    const text = "We will not reopen the bridge until every support has been replaced";
    const links = link([
      article("wire/b", "2024-05-02", "Daily B", REPORT, [fixtureQuote({ id: "q/1", text })]),
      article("wire/a", "2024-05-01", "Wire A", REPORT, [fixtureQuote({ id: "q1", text })]),
    ]);
    const group = links.quoteGroups[0]?.id;
    expect(group).toBe("g1");
    expect(links.quoteGroupOf.get("wire/a/q1")).toBe(group);
    expect(links.quoteGroupOf.get("wire/b/q/1")).toBe(group);
    expect(links.quoteGroupOf.get("wire/a/q2")).toBeUndefined();
    expect([...links.quoteGroupOf.keys()]).toEqual(["wire/a/q1", "wire/b/q/1"]);
    expect([...links.articles.keys()]).toEqual(["wire/a", "wire/b"]);
    expect(links.articles.get("wire/b")).toEqual({ story: "s1", duplicateOf: "wire/a", similarity: 1 });
    expect(links.quoteGroups[0]?.members.map((m) => [m.article, m.quoteId, m.outlet])).toEqual([
      ["wire/a", "q1", "Wire A"],
      ["wire/b", "q/1", "Daily B"],
    ]);
  });

  it("points a copy of a copy at the original", () => {
    const links = link([
      article("c", "2024-05-03", "Daily C"),
      article("b", "2024-05-02", "Daily B"),
      article("a", "2024-05-01", "Wire A"),
    ]);
    expect([links.articles.get("b")?.duplicateOf, links.articles.get("c")?.duplicateOf]).toEqual(["a", "a"]);
  });

  it("links a store read from a spool as it links the signatures themselves", () => {
    const articles = [article("x", "2024-05-02", "Daily B"), article("y", "2024-05-01", "Wire A")];
    const fromStore = linkCorpus(SignatureStore.from(articles.map(articleSignature)));
    const direct = link(articles);
    expect([...fromStore.articles]).toEqual([...direct.articles]);
    expect(fromStore.stories).toEqual(direct.stories);
  });
});
