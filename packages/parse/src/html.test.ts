import { heapUsedAfterGc } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { parseHtml } from "./html.js";

const PAGE = `<!doctype html><html lang="en"><head><title>Story | Site</title>
<meta property="og:title" content="Story">
<meta name="author" content="Jane Roe">
<link rel="canonical" href="https://example.com/story">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-01"}</script>
<script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> <a href="/w">World</a></nav>
<article><h1>Story &amp; more</h1><time datetime="2024-03-01T09:00:00Z">March 1</time>
<p>First paragraph with a <a href="/x">link</a>.</p>
<figure><img src="a.jpg"><figcaption>A caption.</figcaption></figure>
<ul><li>Item one</li></ul></article><footer>Copyright</footer></body></html>`;

describe("parseHtml", () => {
  const doc = parseHtml({ id: "p", source: "p.html", raw: PAGE });

  it("makes blocks of block-level text with structural hints, skipping scripts", () => {
    const byText = new Map(doc.blocks.map((b) => [b.text, b.hints]));
    expect([...byText.keys()]).not.toContain('var x = "<p>not text</p>";');
    expect(byText.get("Story & more")?.heading).toBe(1);
    expect(byText.get("Home World")?.region).toBe("nav");
    expect(byText.get("Home World")?.linkDensity).toBeGreaterThan(0.5);
    expect(byText.get("A caption.")?.caption).toBe(true);
    expect(byText.get("Item one")?.listItem).toBe(true);
    expect(byText.get("Copyright")?.region).toBe("footer");
    expect(doc.blocks.every((b) => doc.text.slice(b.start, b.end) === b.text)).toBe(true);
  });

  it("reads ruby-annotated text without its readings", () => {
    const page = parseHtml({
      id: "r",
      source: "r.html",
      raw: "<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもの<ruby><span>法律</span><rt>ほうりつ</rt></ruby>ができる</p>",
    });
    expect(page.blocks[0]?.text).toBe("子どもの法律ができる");
  });

  it("keeps the parts of a heading set in their own inline elements, and none for a plain heading", () => {
    const page = parseHtml({
      id: "k",
      source: "k.html",
      raw: '<h1><span class="kicker">Storm season</span> <span>Rivers rise across the valley</span></h1><h2>Plain <a href="/x">linked</a></h2>',
    });
    const [kicked, plain] = page.blocks;
    expect(kicked?.text).toBe("Storm season Rivers rise across the valley");
    expect(kicked?.hints.parts).toEqual(["Storm season", "Rivers rise across the valley"]);
    expect(plain?.hints.parts).toEqual(["Plain", "linked"]);
    expect(doc.blocks.find((b) => b.text === "Story & more")?.hints.parts).toBeUndefined();
  });

  it("collects title, meta tags, canonical URL, language, time and JSON-LD", () => {
    expect(doc.meta.title).toBe("Story | Site");
    expect(doc.meta["og:title"]).toBe("Story");
    expect(doc.meta.author).toBe("Jane Roe");
    expect(doc.meta.lang).toBe("en");
    expect(doc.meta["time:0"]).toBe("2024-03-01T09:00:00Z");
    expect(JSON.parse(doc.meta["jsonld:0"] ?? "{}").datePublished).toBe("2024-03-01");
    expect(doc.url).toBe("https://example.com/story");
  });

  it("reads schema.org dates stated as microdata or RDFa on any element", () => {
    const raw = `<html><body><span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>
<time itemprop="dateModified" datetime="2022-02-01">1 Feb</time><p>Text.</p></body></html>`;
    const page = parseHtml({ id: "r", source: "r.html", raw });
    expect(page.meta["itemprop:datecreated"]).toBe("2022-01-28T12:45:46+00:00");
    expect(page.meta["itemprop:datemodified"]).toBe("2022-02-01");
  });

  it("takes the text of a microdata date element that gives no content or datetime attribute", () => {
    const page = parseHtml({
      id: "t",
      source: "t.html",
      raw: `<ul><li itemprop="datePublished"><a href="/day/"><span>19. Oktober 2019</span></a></li>
<li itemprop="datePublished">3. Mai 2020</li></ul><p hidden itemprop="dateModified">1 May 2020</p><p>Text.</p>`,
    });
    expect(page.meta["itemprop:datepublished"]).toBe("19. Oktober 2019");
    expect(page.meta["itemprop:datemodified"]).toBeUndefined();
  });

  it("never throws on truncated markup", () => {
    expect(() =>
      parseHtml({ id: "t", source: "t.html", raw: "<div><p>Open <b>tags <a href=" }),
    ).not.toThrow();
  });

  it("collapses every run of spaces, tabs, line breaks and no-break spaces in a block to one space", () => {
    const page = parseHtml({
      id: "s",
      source: "s.html",
      raw: "<body><p>\n  One\u00a0 two\tthree\n\nfour  </p><p> </p><p>five six</p></body>",
    });
    expect(page.blocks.map((b) => b.text)).toEqual(["One two three four", "five six"]);
  });

  it("finds credit names in any case, and not where an excluded name stands beside them", () => {
    const page = parseHtml({
      id: "k",
      source: "k.html",
      raw: `<body><p>Story text.</p><div id="Story-Byline">By Ann Lee</div><div class="AuthorBio">Ann writes.</div></body>`,
    });
    const credits = Object.keys(page.meta).filter((k) => k.startsWith("credit:"));
    expect(credits.map((k) => page.meta[k])).toEqual(["By Ann Lee"]);
  });

  it("keeps the text of credit elements (hCard, byline, rel=author) with the block they stand in", () => {
    const page = parseHtml({
      id: "c",
      source: "c.html",
      raw: `<body><h1>Story</h1>
<p class="meta">Posted <span class="byline">by <span class="author vcard"><a class="url fn n" href="/a/jr">Jane Roe</a></span></span> on 3 May</p>
<p>Text of the story.</p>
<p>See <a rel="author" href="/a/ok">Ola Kent</a></p>
<div class="comment-author">A reader</div><span class="author" hidden>Hidden Name</span></body>`,
    });
    const credits = Object.keys(page.meta)
      .filter((k) => k.startsWith("credit:"))
      .map((k) => ({ text: page.meta[k], block: Number(page.meta[`credit-block:${k.slice(7)}`]) }));
    const blockOf = (text: string) => page.blocks.find((b) => b.text.includes(text))?.index;
    expect(credits).toContainEqual({ text: "Jane Roe", block: blockOf("Posted by Jane Roe") });
    expect(credits).toContainEqual({ text: "by Jane Roe", block: blockOf("Posted by Jane Roe") });
    expect(credits).toContainEqual({ text: "Ola Kent", block: blockOf("See Ola Kent") });
    expect(credits.map((c) => c.text)).not.toContain("A reader");
    expect(credits.map((c) => c.text)).not.toContain("Hidden Name");
  });
  it("notes a heading that the page's CSS sets in capitals by name, and reads the title outside inline SVG", () => {
    const page = `<html><head><title>Story | Site</title>
<style>.story-head .headline { text-transform: uppercase } h2 { text-transform: uppercase }</style></head>
<body><svg><title>Arrow</title></svg><div class="story-head"><h1 class="headline">Story</h1></div>
<h2>Related</h2><h3 style="text-transform: uppercase">More</h3><p>Text of the story.</p></body></html>`;
    const styled = parseHtml({ id: "s", source: "s.html", raw: page });
    const index = (text: string) => styled.blocks.find((b) => b.text === text)?.index;
    expect(styled.meta[`text-transform:${index("Story")}`]).toBe("uppercase");
    expect(styled.meta[`text-transform:${index("More")}`]).toBe("uppercase");
    expect(styled.meta[`text-transform:${index("Related")}`]).toBeUndefined();
    expect(styled.meta.title).toBe("Story | Site");
  });
});

describe("parseHtml on pages rendered from template scripts", () => {
  const post = `<p>The harbour council voted on Tuesday to close the old ferry pier, after engineers found that its
pilings had rotted well beyond repair &amp; could not carry the weight of the morning crowds any longer.</p>
<p>Residents who rely on the ferry will be offered a bus service until a new pier opens next spring, the council said.</p>`;
  const templated = (header: string) => `<html><body><header><p>${header}</p></header>
<div class="post"><h2>Pier to close</h2><div class="post-body">
<script type='text/template'>${post}</script></div></div>
<script>var p = "<p>${"code, not text. ".repeat(30)}</p>";</script>
<script type="text/template">{"type":"Quote","text":"${"data, not markup. ".repeat(40)}"}</script>
<footer><p>About this blog</p></footer></body></html>`;

  it("reads the HTML of a non-executable template where it stands when the page shows no article text", () => {
    const doc = parseHtml({ id: "t", source: "t.html", raw: templated("A blog about harbours") });
    const texts = doc.blocks.map((b) => b.text);
    const pier = texts.findIndex((t) => t.startsWith("The harbour council voted"));
    expect(pier).toBeGreaterThan(texts.indexOf("Pier to close"));
    expect(pier).toBeLessThan(texts.indexOf("About this blog"));
    expect(texts[pier]).toContain("repair & could not");
    // The paragraph's element sits inside the element that held the script.
    const node = doc.nodes?.[doc.blocks[pier]?.hints.node ?? -1];
    expect(doc.nodes?.[node?.parent ?? -1]?.names).toBe("post-body");
    expect(texts.some((t) => t.includes("code, not text") || t.includes("data, not markup"))).toBe(false);
    expect(doc.blocks.every((b) => doc.text.slice(b.start, b.end) === b.text)).toBe(true);
  });

  it("leaves templates unread when the page's own paragraphs hold more text", () => {
    const header = "A long introduction to the blog that the page itself shows to every reader. ".repeat(8);
    const doc = parseHtml({ id: "t", source: "t.html", raw: templated(header) });
    expect(doc.blocks.some((b) => b.text.startsWith("The harbour council voted"))).toBe(false);
  });

  it("does not count JSON kept in a template script as text the page hides", () => {
    const json = `<script type="text/template">{"quote":"${"A long quotation kept as data. ".repeat(30)}"}</script>`;
    const raw = `<html><body><p>Short page.</p>${json}</body></html>`;
    const doc = parseHtml({ id: "t", source: "t.html", raw });
    expect(doc.blocks.map((b) => b.text)).toEqual(["Short page."]);
  });

  it("ends a head that is never closed at the first body element, as a browser does", () => {
    const raw = `<html><head><title>Harbour</title><meta name="x" content="y"><script>var a = 1;</script>
<noscript><img src="t.gif"></noscript>
<header class="site-header"><a href="/">Home</a></header>
<div class="story"><p>The harbour council voted to close the old pier for repairs.</p></div></body></html>`;
    const doc = parseHtml({ id: "h", source: "h.html", raw });
    expect(doc.blocks.map((b) => b.text)).toEqual([
      "Home",
      "The harbour council voted to close the old pier for repairs.",
    ]);
  });

  it("still skips the head's own elements and a late </head> after an early end", () => {
    const raw = `<html><head><title>Harbour</title><style>p { color: red }</style><div><p>Pier news in full.</p></div></head>
<body><p>Second paragraph of the story.</p></body></html>`;
    const doc = parseHtml({ id: "h", source: "h.html", raw });
    expect(doc.blocks.map((b) => b.text)).toEqual(["Pier news in full.", "Second paragraph of the story."]);
  });

  it("ends the regions around the element marked as the article's text (itemprop=articleBody)", () => {
    const raw = `<html><body><aside class="column"><header><h1>Pier closes</h1></header>
<div itemprop="articleBody"><p>The harbour council voted to close the old pier.</p></div>
<aside class="box"><p>Sign up for the harbour letter.</p></aside></aside></body></html>`;
    const doc = parseHtml({ id: "a", source: "a.html", raw });
    const regions = new Map(doc.blocks.map((b) => [b.text, b.hints.region]));
    expect(regions.get("Pier closes")).toBe("header");
    expect(regions.get("The harbour council voted to close the old pier.")).toBeUndefined();
    expect(regions.get("Sign up for the harbour letter.")).toBe("aside");
  });

  it("notes the block each <time datetime> stands in, so that extraction can tell a date bar from the article's", () => {
    const raw = `<html><body><header><p>Today is <time datetime="2023-11-01">1 November</time></p></header>
<article><h1>Pier closes</h1><p><time datetime="2023-10-31">31 October</time></p><p>The pier closed.</p></article>
</body></html>`;
    const doc = parseHtml({ id: "t", source: "t.html", raw });
    const texts = doc.blocks.map((b) => b.text);
    expect(doc.meta["time:0"]).toBe("2023-11-01");
    expect(texts[Number(doc.meta["time-block:0"])]).toBe("Today is 1 November");
    expect(texts[Number(doc.meta["time-block:1"])]).toBe("31 October");
  });
});

describe("parseHtml, block texts", () => {
  it("do not keep alive the page source they were read from", () => {
    const paragraph = "The council met on Tuesday and agreed the plan after a long debate over its cost.";
    // One long paragraph: most of the source is its single text run, from which a slice would hold it all.
    const sourceBytes = 16 * 1024 * 1024;
    const before = heapUsedAfterGc();
    let kept = "";
    (() => {
      const filler = `${paragraph} `.repeat(Math.ceil(sourceBytes / (paragraph.length + 1)));
      const doc = parseHtml({
        id: "p",
        source: "p.html",
        raw: `<html><body><p>${paragraph}</p><p>${filler}</p></body></html>`,
      });
      kept = doc.blocks[0]?.text ?? "";
    })();
    expect(kept).toBe(paragraph);
    expect(heapUsedAfterGc() - before).toBeLessThan(sourceBytes / 4);
  });
});
