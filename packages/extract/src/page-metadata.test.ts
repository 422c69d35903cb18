import { describe, expect, it } from "vitest";
import { readPageMetadata } from "./page-metadata.js";

describe("readPageMetadata", () => {
  it("puts an embedded video's upload date and title after the story's and the meta tags", () => {
    const meta = {
      "jsonld:0": JSON.stringify({ "@type": "NewsArticle", headline: "Story", datePublished: "2023-11-09" }),
      "jsonld:1": JSON.stringify({ "@type": "VideoObject", name: "A clip", uploadDate: "2023-06-08" }),
      "jsonld:2": JSON.stringify({ "@type": "VideoObject", name: "Another clip", uploadDate: "2015-01-16" }),
      "og:title": "Meta headline",
      "dc:date": "2023-11-08",
    };
    const page = readPageMetadata(meta);
    expect(page.published.map((p) => p.value)).toEqual([
      "2023-11-09",
      "2023-11-08",
      "2023-06-08",
      "2015-01-16",
    ]);
    expect(page.headlines.map((h) => h.value)).toEqual(["Story", "Meta headline", "A clip", "Another clip"]);
  });

  it("reads the article node of a JSON-LD @graph before the page node and meta tags", () => {
    const graph = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebPage", name: "Page name", datePublished: "2020-01-01" },
        {
          "@type": ["NewsArticle"],
          headline: "The story's headline",
          datePublished: "2021-05-04T10:00:00+02:00",
          author: [{ "@type": "Person", name: "Ana Lima" }, "Ben Okri"],
          publisher: { "@type": "Organization", name: "The Daily Example" },
        },
      ],
    };
    const meta = {
      "jsonld:0": JSON.stringify(graph),
      "og:title": "Meta headline",
      "article:published_time": "2021-05-03",
      "og:site_name": "Daily Example",
    };
    const page = readPageMetadata(meta);
    expect(page.headlines.map((h) => h.value)).toEqual(["The story's headline", "Meta headline"]);
    expect(page.published[0]).toEqual({ value: "2021-05-04T10:00:00+02:00", key: "jsonld:0.datePublished" });
    expect(page.published.map((p) => p.value)).toContain("2020-01-01");
    expect(page.authors[0]?.names).toEqual(["Ana Lima", "Ben Okri"]);
    expect(page.siteNames.map((s) => s.value)).toEqual(["Daily Example", "The Daily Example"]);
  });

  it("resolves a JSON-LD author given as an @id reference to a Person of the @graph", () => {
    const graph = {
      "@graph": [
        { "@type": "Article", headline: "H", author: { "@id": "https://example.com/#/person/1" } },
        { "@type": "Person", "@id": "https://example.com/#/person/1", name: "Jana Rohr" },
      ],
    };
    expect(readPageMetadata({ "jsonld:0": JSON.stringify(graph) }).authors[0]?.names).toEqual(["Jana Rohr"]);
  });

  it("ignores JSON-LD that is not JSON and tolerates raw newlines inside strings", () => {
    const page = readPageMetadata({
      "jsonld:0": "{ not json",
      "jsonld:1": '{"@type":"BlogPosting","headline":"Line\none"}',
    });
    expect(page.headlines).toEqual([{ value: "Line one", key: "jsonld:1.headline" }]);
  });

  it("decodes HTML entities left in JSON-LD and meta author names", () => {
    const page = readPageMetadata({
      "jsonld:0": JSON.stringify({ "@type": "NewsArticle", author: { name: "Jos&eacute; Ni&ntilde;o" } }),
      author: "Ren&eacute;e Voss &amp; Ola Kent",
    });
    expect(page.authors.map((a) => a.names)).toEqual([["José Niño"], ["Renée Voss", "Ola Kent"]]);
  });

  it("decodes HTML entities left in a JSON-LD headline and publisher name", () => {
    const page = readPageMetadata({
      "jsonld:0": JSON.stringify({
        "@type": "NewsArticle",
        headline: "&#8222;Tide&#8220; tables &#8211; Harbour&#x20;news &amp; more",
        publisher: { name: "Caf&eacute; Times" },
      }),
    });
    expect(page.headlines).toEqual([
      { value: "„Tide“ tables – Harbour news & more", key: "jsonld:0.headline" },
    ]);
    expect(page.siteNames).toEqual([{ value: "Café Times", key: "jsonld:0.publisher" }]);
  });

  it("splits a meta author list into names", () => {
    expect(readPageMetadata({ author: "Ana Lima, Ben Okri and Cy Twombly" }).authors[0]?.names).toEqual([
      "Ana Lima",
      "Ben Okri",
      "Cy Twombly",
    ]);
  });

  it("reads the Twitter card row labelled as the author, and no other row", () => {
    const page = readPageMetadata({
      "twitter:label1": "Verfasst von",
      "twitter:data1": "Ana Lima",
      "twitter:label2": "Geschätzte Lesezeit",
      "twitter:data2": "3 Minuten",
    });
    expect(page.authors).toEqual([{ names: ["Ana Lima"], key: "twitter:data1" }]);
  });

  it("reads a byline that opens the description, after every other statement, and no other description", () => {
    const page = readPageMetadata({
      author: "Example Blog",
      "og:description": "Posted by Ana Lima and Ben Okri - Example security team Over the past years we saw…",
    });
    expect(page.authors).toEqual([
      { names: ["Example Blog"], key: "author" },
      { names: ["Ana Lima", "Ben Okri"], key: "og:description:byline" },
    ]);
    expect(
      readPageMetadata({ description: "By 2030 the city wants to plant a million trees." }).authors,
    ).toEqual([]);
    expect(readPageMetadata({ description: "Von Berlin nach Hamburg in zwei Stunden." }).authors).toEqual([]);
    // The sentence runs on from the names: where the name ends cannot be told.
    expect(
      readPageMetadata({ description: " by Jane Roe Sample and Example oppose the one to the other. More" })
        .authors,
    ).toEqual([]);
  });

  it("reads the reader's notes of the text-transform a heading is shown in, by block index", () => {
    const page = readPageMetadata({ "text-transform:12": "uppercase", "text-transform:x": "uppercase" });
    expect([...page.textTransforms]).toEqual([[12, "uppercase"]]);
  });
});
