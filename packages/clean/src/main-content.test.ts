import { parseHtml } from "@clippings/parse";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "./clean-document.js";
import { clauseCommas } from "./main-content.js";

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story, in which the council said on Monday that the new road, the bridge and the school would be finished next year, at a cost well above the first estimate.</p>`;

const PAGE = `<html><body>
<header class="site-header"><a href="/">Home</a> <a href="/news">News</a></header>
<nav><ul><li><a href="/a">World</a></li><li><a href="/b">Business</a></li></ul></nav>
<h1>Council approves the new road</h1>
<div class="layout">
  <div class="article-body">${paragraph(1)}${paragraph(2)}${paragraph(3)}
    <div class="share-tools"><p>Share this story with your friends and family on social media today</p></div>
    ${paragraph(4)}
  </div>
  <aside class="sidebar"><p>Most read: a different story about something else entirely, with many words in it.</p></aside>
</div>
<div id="comments"><p>A reader's comment that is long enough to look like a paragraph of text, with commas, words, and more.</p></div>
<footer><p>Copyright 2024 The Example Times. All rights reserved, every one of them.</p></footer>
</body></html>`;

describe("main content of an HTML page", () => {
  const doc = cleanDocument(parseHtml({ id: "p", source: "p.html", raw: PAGE }), { signatures: [] });
  const roleOf = (start: string) => doc.blocks.find((b) => b.text.startsWith(start));

  it("keeps the article element's paragraphs as content", () => {
    for (const n of [1, 2, 3, 4]) expect(roleOf(`Paragraph ${n}`)?.role).toBe("content");
  });

  it("marks sidebars, comments, footers and menus outside the article as furniture", () => {
    expect(roleOf("Most read")?.reason).toBe("outside-article");
    expect(roleOf("A reader's comment")?.reason).toBe("outside-article");
    expect(roleOf("Copyright")?.role).toBe("boilerplate");
    expect(roleOf("Home News")?.role).toBe("boilerplate");
  });

  it("marks furniture-named elements inside the article, and keeps the main heading", () => {
    expect(roleOf("Share this story")?.role).toBe("boilerplate");
    expect(roleOf("Council approves")?.role).toBe("content");
  });

  it("leaves text scrapes (no element tree) to the line rules", () => {
    const text = cleanDocument(
      { ...parseHtml({ id: "t", source: "t.html", raw: PAGE }), nodes: undefined },
      { signatures: [] },
    );
    expect(text.blocks.some((b) => b.reason === "outside-article")).toBe(false);
  });
});

describe("a lead paragraph set apart from the article's element", () => {
  const page = (leadClass: string) => `<html><body><main><article>
  <header><h1>Council approves the new road</h1>
    <div class="${leadClass}"><p>The council approved the new road on Monday, after a debate that lasted most of the night and ended in a close vote.</p></div>
    <p class="byline">By A. Writer</p>
  </header>
  <div class="article-body">${paragraph(1)}${paragraph(2)}${paragraph(3)}</div>
</article></main><aside class="sidebar"><p>Most read: a different story about something else entirely, with many words in it.</p></aside></body></html>`;
  const roleOf = (leadClass: string, start: string) =>
    cleanDocument(parseHtml({ id: "p", source: "p.html", raw: page(leadClass) }), {
      signatures: [],
    }).blocks.find((b) => b.text.startsWith(start));

  it.each(["article-lead", "teaser-text", "entry-excerpt", "chapo"])(
    "keeps the paragraph of a %s element",
    (name) => {
      expect(roleOf(name, "The council approved")?.role).toBe("content");
      expect(roleOf(name, "By A. Writer")?.reason).toBe("outside-article");
      expect(roleOf(name, "Most read")?.reason).toBe("outside-article");
    },
  );

  it("keeps a named lead that ends without a full stop, but not a short label in one", () => {
    const doc = (lead: string) =>
      cleanDocument(
        parseHtml({
          id: "p",
          source: "p.html",
          raw: `<html><body><main><article><header><h1>Council approves the new road</h1>
  <div class="article-vorspann"><p>${lead}</p></div></header>
  <div class="article-body">${paragraph(1)}${paragraph(2)}${paragraph(3)}</div></article></main></body></html>`,
        }),
        { signatures: [] },
      ).blocks.find((b) => b.text.startsWith(lead.slice(0, 10)));
    expect(
      doc("The council approved the new road on Monday after a long debate and a close vote")?.role,
    ).toBe("content");
    expect(doc("Read the full story of the Council Vote")?.reason).toBe("outside-article");
  });

  it("leaves a dek or standfirst out: it is a second headline", () => {
    expect(roleOf("standfirst", "The council approved")?.reason).toBe("outside-article");
    expect(roleOf("article-dek", "The council approved")?.reason).toBe("outside-article");
  });
});

describe("a story split over a page builder's nested sections", () => {
  const section = (body: string) =>
    `<div class="row"><div class="column"><div class="column-inner"><div class="wrapper"><div class="text-column"><div class="wrapper">${body}</div></div></div></div></div></div>`;
  const teasers = [1, 2, 3, 4, 5, 6, 7, 8]
    .map(
      (n) =>
        `<div class="card"><h3><a href="/story-${n}">Another story number ${n} from the same site</a></h3><p>A summary of another story, number ${n}, written to make a reader click on it, with commas, words.</p></div>`,
    )
    .join("");
  const page = `<html><body><main><div class="post">
  <h1>Council approves the new road</h1>
  ${section(paragraph(1) + paragraph(2) + paragraph(3))}
  ${section(`<h2>What comes next for the council and the road</h2>${paragraph(4)}`)}
  ${section(paragraph(5))}
  </div><div class="more-stories">${teasers}</div></main></body></html>`;
  const doc = cleanDocument(parseHtml({ id: "p", source: "p.html", raw: page }), { signatures: [] });
  const roleOf = (start: string) => doc.blocks.find((b) => b.text.startsWith(start));

  it("keeps every section of the story", () => {
    for (const n of [1, 2, 3, 4, 5]) expect(roleOf(`Paragraph ${n}`)?.role).toBe("content");
    expect(roleOf("What comes next")?.role).toBe("content");
  });

  it("does not reach out to a list of teasers beside it", () => {
    expect(roleOf("A summary of another story, number 1")?.reason).toBe("outside-article");
  });
});

describe("a story split over sections with a table of links in it", () => {
  const section = (body: string) =>
    `<div class="row"><div class="column"><div class="wrapper">${body}</div></div></div>`;
  const rows = [1, 2, 3, 4, 5, 6, 7, 8]
    .map(
      (n) =>
        `<tr><td><a href="/seat-${n}">Child seat model ${n}</a></td><td><a href="/test-${n}">Test ${n}</a></td></tr>`,
    )
    .join("");
  const page = `<html><body><main><div class="post">
  <h1>Eighteen child seats tested</h1>
  ${section(paragraph(1) + paragraph(2) + paragraph(3))}
  ${section(`<table>${rows}</table>`)}
  ${section(paragraph(4) + paragraph(5))}
  </div></main></body></html>`;
  const doc = cleanDocument(parseHtml({ id: "p", source: "p.html", raw: page }), { signatures: [] });

  it("keeps every section: a table's linked cells are data, not a list of teasers", () => {
    for (const n of [1, 2, 3, 4, 5])
      expect(doc.blocks.find((b) => b.text.startsWith(`Paragraph ${n}`))?.role).toBe("content");
  });
});

describe("captions inside the article's element", () => {
  const picture = (caption: string) =>
    `<figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure>`;
  const page = (body: string) =>
    `<html><body><h1>Council approves the new road</h1><div class="article-body">${body}</div></body></html>`;
  const clean = (body: string) =>
    cleanDocument(parseHtml({ id: "p", source: "p.html", raw: page(body) }), { signatures: [] });

  it("marks a figure caption and a caption-named element as captions", () => {
    const doc = clean(
      `${paragraph(1)}${picture("The new road runs past the old school, seen here from the bridge on Monday.")}${paragraph(2)}<div class="image-caption">Workers on the bridge site, where the council will build the new road.</div>${paragraph(3)}`,
    );
    expect(doc.blocks.find((b) => b.text.startsWith("The new road runs"))?.role).toBe("caption");
    expect(doc.blocks.find((b) => b.text.startsWith("Workers on the bridge"))?.role).toBe("caption");
    expect(doc.blocks.find((b) => b.text.startsWith("Paragraph 2"))?.role).toBe("content");
  });

  it("keeps the captions of a picture story that has no other text", () => {
    const doc = clean(
      [1, 2, 3]
        .map((n) =>
          picture(`Picture ${n}: the new road, which the council approved on Monday, seen from the bridge.`),
        )
        .join(""),
    );
    expect(doc.blocks.find((b) => b.text.startsWith("Picture 2"))?.role).toBe("content");
  });
});

describe("an author box at the end of the article", () => {
  const page = `<html><body><h1>Council approves the new road</h1><div class="entry-content">${paragraph(1)}${paragraph(2)}${paragraph(3)}
  <div class="about-author"><p>A. Writer has covered the council for ten years, and writes about roads, schools and money.</p></div></div></body></html>`;
  const doc = cleanDocument(parseHtml({ id: "p", source: "p.html", raw: page }), { signatures: [] });

  it("is page furniture, not the story's last paragraph", () => {
    expect(doc.blocks.find((b) => b.text.startsWith("A. Writer"))?.role).toBe("boilerplate");
    expect(doc.blocks.find((b) => b.text.startsWith("Paragraph 3"))?.role).toBe("content");
  });
});

describe("commas that credit a paragraph", () => {
  it("counts commas after clauses of prose, not between the short items of a list", () => {
    expect(
      clauseCommas(
        "The council met on Monday, and after a long debate the members agreed, by a wide margin.",
      ),
    ).toBe(2);
    // Surname and initial are two words: half a comma each, half what the list earned before.
    expect(clauseCommas("Smith J, Lee K, Brown A, Chen Y, Patel R (2019) Trials. J Med 12:34–56")).toBe(2);
    expect(clauseCommas("flour, sugar, butter, eggs, milk, salt")).toBe(0);
  });

  it("counts no commas in a list of search terms that never ends a sentence", () => {
    expect(
      clauseCommas(
        "garden pump error 42 fix, garden pump not starting after winter, pump model 7 error code 42, garden pump reset button location, how to reset a garden pump",
      ),
    ).toBe(0);
    expect(
      clauseCommas(
        "The pump, which had stood in the shed all winter, would not start, and the council, which owns it, sent a man, who fixed it in an hour.",
      ),
    ).toBeGreaterThan(2);
  });

  it("counts half a comma after two words, which may be a name before an apposition", () => {
    expect(clauseCommas("Jane Doe, spokeswoman for the union, said the talks would resume.")).toBe(1.5);
  });

  it("counts clauses in scripts written without spaces", () => {
    expect(clauseCommas("子どもへの虐待をなくすための法律ができて、親が子どもを教育するために、")).toBe(2);
  });

  const keywords = (label: string) =>
    `<p>${label}: climate, rainfall, drought, soil, crops, farming, irrigation, yield, water, policy, rivers, forests</p>`;
  const story = `<html><body><h1>Title of the study report</h1>
<div class="entry"><p>The researchers followed the farms for two years, and they found that the new method cut the loss of water by half.</p>
<p>Their report, which appears this week in a journal, describes how the trial was run and why the sites were chosen.</p></div>
<div class="meta">${keywords("Keywords")}${keywords("Subjects")}</div>
</body></html>`;

  it("lets a short story outweigh keyword lists dense with commas", () => {
    const doc = cleanDocument(parseHtml({ id: "r", source: "r.html", raw: story }), { signatures: [] });
    expect(doc.blocks.find((b) => b.text.startsWith("The researchers"))?.role).toBe("content");
    expect(doc.blocks.find((b) => b.text.startsWith("Keywords"))?.role).not.toBe("content");
  });
});

describe("a page whose whole text is a list after a list-shaped heading", () => {
  const step = (n: number) => `<li>step ${n} turns the partner to the left and back again to the start</li>`;
  const page = `<html><body><nav><a href="/">Home</a></nav>
<div class="content"><h1>How the turn is danced</h1><p>Tags</p>
<ul>${[1, 2, 3, 4, 5].map(step).join("")}</ul></div>
<footer><p>Copyright 2024 The Example Dance School. All rights reserved, every one of them.</p></footer>
</body></html>`;

  it("keeps the list items inside the article's element rather than leaving no text", () => {
    const doc = cleanDocument(parseHtml({ id: "l", source: "l.html", raw: page }), { signatures: [] });
    expect(doc.blocks.find((b) => b.text.startsWith("step 1"))?.role).toBe("content");
    expect(doc.blocks.find((b) => b.text.startsWith("Copyright"))?.role).toBe("boilerplate");
  });
});

describe("sliders, reviews and flyouts beside a story told in short steps", () => {
  const step = (n: number) => `<p>Step ${n}: stir the batter well.</p>`;
  const quote = (n: number) =>
    `<p>Quote ${n}: we used the service for our spring campaign, and the results, as our team saw them, were better than any other channel we tried.</p>`;
  const page = (names: string) => `<html><body><h1>How the cake is baked</h1>
<div class="recipe"><p>A soft cake with a crisp top, baked in one hour, for a family of four.</p>${[1, 2, 3, 4, 5, 6].map(step).join("")}</div>
<div class="${names}">${quote(1)}${quote(2)}${quote(3)}</div>
</body></html>`;
  const roleOf = (names: string, start: string) =>
    cleanDocument(parseHtml({ id: "s", source: "s.html", raw: page(names) }), {
      signatures: [],
    }).blocks.find((b) => b.text.startsWith(start));

  it.each([
    "w-slider-mask",
    "owl-carousel",
    "swiper-wrapper",
    "testimonials",
    "product-reviews",
    "m046-contactflyout",
  ])("keeps the steps and leaves a %s element out", (names) => {
    expect(roleOf(names, "Step 1")?.role).toBe("content");
    expect(roleOf(names, "Quote 1")?.role).toBe("boilerplate");
  });

  it("reads a script's js- hook class as no name at all", () => {
    expect(roleOf("js-slider-toggle", "Quote 1")?.role).toBe("content");
  });

  it("still picks prose in a plainly named element over the short steps (the rule is the name)", () => {
    expect(roleOf("quotes", "Quote 1")?.role).toBe("content");
  });
});

describe("a class naming a part of the article, not its text", () => {
  const intro = (n: number) =>
    `<p>Intro ${n}: the mayor, who spoke before the vote, said that the road would ease traffic, the bridge would last a century.</p>`;
  const page = (headerClass: string) => `<html><body><h1>Council approves the new road</h1>
<div class="${headerClass}">${intro(1)}${intro(2)}</div>
<div class="text">${paragraph(1)}${paragraph(2)}${paragraph(3)}</div>
</body></html>`;
  const roleOf = (headerClass: string, start: string) =>
    cleanDocument(parseHtml({ id: "h", source: "h.html", raw: page(headerClass) }), {
      signatures: [],
    }).blocks.find((b) => b.text.startsWith(start));

  it.each(["article-header", "post_teaser", "entry-meta"])(
    "does not let %s vouch for its text over the story's paragraphs",
    (headerClass) => {
      expect(roleOf(headerClass, "Paragraph 1")?.role).toBe("content");
      expect(roleOf(headerClass, "Intro 1")?.role).toBe("boilerplate");
    },
  );

  it("still lets the article's own element vouch for its text", () => {
    expect(roleOf("article-body", "Intro 1")?.role).toBe("content");
  });
});

describe("a link list's heading on an HTML page", () => {
  const page = `<html><body>
<ul class="menubar"><li><a href="/">Home</a></li><li><a href="/latest">Latest</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul>
<div class="post-body">
  <p>The harbour board confirmed this morning that the new ferry pier will open before the summer season</p>
  <p>Work on the second berth was delayed by a storm in the spring</p>
  ${paragraph(1)}${paragraph(2)}${paragraph(3)}
</div>
</body></html>`;
  const doc = cleanDocument(parseHtml({ id: "l", source: "l.html", raw: page }), { signatures: [] });
  const roleOf = (start: string) => doc.blocks.find((b) => b.text.startsWith(start));

  it("ends the list at the first line without a link, so the story's unstopped lines stay", () => {
    expect(roleOf("Latest")?.reason).toBe("list-heading");
    expect(roleOf("The harbour board")?.role).toBe("content");
    expect(roleOf("Work on the second berth")?.role).toBe("content");
  });
});

describe("link-dense lines inside the article", () => {
  const page = `<html><body><div class="article-body">
${paragraph(1)}${paragraph(2)}
<p><a href="https://shop.example.net/deal/81">https://shop.example.net/deal/81</a></p>
<p><a href="/other-story">Read more: Harbour board delays the new ferry pier</a></p>
${paragraph(3)}
</div></body></html>`;
  const doc = cleanDocument(parseHtml({ id: "a", source: "a.html", raw: page }), { signatures: [] });
  const roleOf = (start: string) => doc.blocks.find((b) => b.text.startsWith(start));

  it("keeps a link shown as its own address, and still drops a linked teaser", () => {
    expect(roleOf("https://shop.example.net")?.role).toBe("content");
    expect(roleOf("Read more:")?.reason).toBe("navigation");
  });
});

describe("a story told in repeated chunk elements", () => {
  const chunk = (inner: string) =>
    `<div class="story__block story__block_text"><div class="text">${inner}</div></div>`;
  const page = `<html><body><article class="story">
${chunk("<p>The harbour board said the ferry pier would open in May, a month late.</p>")}
<figure><img src="pier.jpg"><figcaption>The pier under construction.</figcaption></figure>
${chunk(`${paragraph(1)}${paragraph(2)}${paragraph(3)}${paragraph(4)}${paragraph(5)}`)}
</article>
<div class="layout-promo"><p>A different story about the weather, told in one short paragraph of text here.</p></div>
</body></html>`;
  const doc = cleanDocument(parseHtml({ id: "c", source: "c.html", raw: page }), { signatures: [] });
  const roleOf = (start: string) => doc.blocks.find((b) => b.text.startsWith(start));

  it("keeps the short first chunk, which scores too little on its own", () => {
    expect(roleOf("Paragraph 1")?.role).toBe("content");
    expect(roleOf("The harbour board")?.role).toBe("content");
    expect(roleOf("A different story")?.role).toBe("boilerplate");
  });
});

describe("a line the article itself repeats", () => {
  const day = (name: string, n: number) =>
    `<h3>Breakfast</h3><p>Oat porridge with grated apple</p><h3>${name}</h3>${paragraph(n)}`;
  const page = `<html><body>
<nav><ul><li><a href="/recipes">Recipes</a></li><li><a href="/plans">Meal plans</a></li></ul></nav>
<p class="social-card">Council approves the new road</p>
<article class="post"><h1>Council approves the new road</h1>
<div class="entry-content">${day("Monday", 1)}${day("Tuesday", 2)}${day("Wednesday", 3)}
<p><a href="/plans">Meal plans</a></p></div></article>
</body></html>`;
  const doc = cleanDocument(parseHtml({ id: "r", source: "r.html", raw: page }), { signatures: [] });
  const rolesOf = (text: string) => doc.blocks.filter((b) => b.text === text).map((b) => b.role);

  it("keeps every copy that the article's element holds", () => {
    expect(rolesOf("Breakfast")).toEqual(["content", "content", "content"]);
    expect(rolesOf("Oat porridge with grated apple")).toEqual(["content", "content", "content"]);
  });

  it("still drops a copy whose first copy lies outside the article", () => {
    expect(rolesOf("Meal plans")[1]).toBe("repeat");
    expect(rolesOf("Council approves the new road")[1]).toBe("repeat");
  });

  it("still drops a line that follows a copy of itself", () => {
    const doubled = `<html><body><article class="post"><div class="entry-content">
${paragraph(1)}<p>Oat porridge with grated apple</p><p>Oat porridge with grated apple</p>${paragraph(2)}
<h3>Oat porridge with grated apple</h3>${paragraph(3)}</div></article></body></html>`;
    const blocks = cleanDocument(parseHtml({ id: "d", source: "d.html", raw: doubled }), {
      signatures: [],
    }).blocks;
    const copies = blocks.filter((b) => b.text === "Oat porridge with grated apple").map((b) => b.role);
    expect(copies).toEqual(["content", "repeat", "content"]);
  });
});

describe("a story split between numbered content elements", () => {
  const frame = (id: number, inner: string) =>
    `<div class="c${id} frame frame-type-text"><div class="ce-textpic"><div class="ce-bodytext">${inner}</div></div></div>`;
  const page = `<html><body><div class="page-body">
${frame(311, "<p>The harbour board said the ferry pier would open in May, a month late.</p>")}
${frame(312, `${paragraph(1)}${paragraph(2)}${paragraph(3)}${paragraph(4)}${paragraph(5)}`)}
<div class="col-md-4"><div class="box"><p>Opening hours of the town hall, shown on every page of the site.</p></div></div>
</div></body></html>`;
  const doc = cleanDocument(parseHtml({ id: "f", source: "f.html", raw: page }), { signatures: [] });
  const roleOf = (start: string) => doc.blocks.find((b) => b.text.startsWith(start));

  it("keeps the chunk whose classes differ only in the element's number", () => {
    expect(roleOf("Paragraph 1")?.role).toBe("content");
    expect(roleOf("The harbour board")?.role).toBe("content");
  });

  it("does not take a grid column beside it as a chunk", () => {
    expect(roleOf("Opening hours")?.role).toBe("boilerplate");
  });
});

describe("a text set in a layout table's cell, its lines broken by <br>s", () => {
  const lines = [1, 2, 3, 4]
    .map(
      (n) =>
        `Line ${n} of the entry explains, in a sentence long enough to count, where the word came from.<br><br>`,
    )
    .join("\n");
  const page = `<html><body><table><tr>
<td><a href="/a">Home</a><br><a href="/b">Archive</a></td>
<td>${lines}</td>
<td><p>Please help us keep this site running today</p></td>
</tr></table></body></html>`;
  const doc = cleanDocument(parseHtml({ id: "t", source: "t.html", raw: page }), { signatures: [] });
  const roleOf = (start: string) => doc.blocks.find((b) => b.text.startsWith(start));

  it("takes the cell, not the whole row, as the article", () => {
    for (const n of [1, 2, 3, 4]) expect(roleOf(`Line ${n}`)?.role).toBe("content");
    expect(roleOf("Please help us")?.role).toBe("boilerplate");
  });
});

describe("a lead above the story's element", () => {
  const body = `${paragraph(1)}${paragraph(2)}${paragraph(3)}${paragraph(4)}`;
  const leadOf = (page: string, start: string) =>
    cleanDocument(parseHtml({ id: "l", source: "l.html", raw: page }), { signatures: [] }).blocks.find((b) =>
      b.text.startsWith(start),
    )?.role;

  it("keeps a short lead in a language that capitalises its nouns", () => {
    const page = `<html><body><article class="story"><header><h1>Radwege</h1>
<div class="article-lead"><p>Im Norden bauen Städte und Gemeinden neue Radwege für Pendler.</p></div></header>
<div class="story-body">${body}</div></article></body></html>`;
    expect(leadOf(page, "Im Norden bauen")).toBe("content");
  });

  it("keeps a lead five wrappers above the story's text", () => {
    const page = `<html><body><article class="story"><header><h1>Council road</h1>
<div class="intro"><p>The council approved the road on Monday, and work will begin in the spring.</p></div></header>
<div class="row"><div class="column"><div class="wrapper"><div class="inner"><div class="story-body">${body}</div></div></div></div></div>
</article><div class="teaser"><p>Another story entirely, which the reader may want to read next week.</p></div></body></html>`;
    expect(leadOf(page, "The council approved")).toBe("content");
    expect(leadOf(page, "Another story")).toBe("boilerplate");
  });
});

describe("an unnamed lead between the headline and the story's element", () => {
  const body = `${paragraph(1)}${paragraph(2)}${paragraph(3)}${paragraph(4)}`;
  const roleOf = (top: string, start: string) =>
    cleanDocument(
      parseHtml({
        id: "u",
        source: "u.html",
        raw: `<html><body><div class="page"><h1>Harbour plan</h1>${top}
<div class="wrapper"><div class="text">${body}</div></div></div></body></html>`,
      }),
      { signatures: [] },
    ).blocks.find((b) => b.text.startsWith(start))?.role;
  const lead =
    "The harbour board agreed on Friday to rebuild the old pier. Work on the quay, the sheds and the slipway is to begin in the spring and should take about two years.";

  it("keeps a paragraph of whole sentences longer than a dek", () => {
    expect(roleOf(`<p class="einleitung">${lead}</p>`, "The harbour board")).toBe("content");
  });

  it("leaves out a one-sentence dek, a linked teaser and a caption", () => {
    expect(roleOf(`<p>The board wants the pier rebuilt within two years.</p>`, "The board wants")).toBe(
      "boilerplate",
    );
    expect(roleOf(`<p><a href="/pier">${lead}</a></p>`, "The harbour board")).toBe("boilerplate");
    expect(
      roleOf(`<div class="inlineimage-embedcaption"><p>${lead}</p></div>`, "The harbour board"),
    ).not.toBe("content");
  });

  it("leaves out prose above the headline", () => {
    const raw = `<html><body><div class="page"><p>${lead}</p><h1>Harbour plan</h1>
<div class="wrapper"><div class="text">${body}</div></div></div></body></html>`;
    const role = cleanDocument(parseHtml({ id: "u", source: "u.html", raw }), { signatures: [] }).blocks.find(
      (b) => b.text.startsWith("The harbour board"),
    )?.role;
    expect(role).toBe("boilerplate");
  });
});

describe("a thread of posts of one kind", () => {
  const post = (
    n: number,
    text: string,
  ) => `<li class="post_${n} postbit"><div class="userinfo"><a href="/u/${n}">member${n}</a><span>Posts: ${n * 7}</span></div>
<div class="postrow"><div class="postbody"><div class="message-wrap"><blockquote class="postcontent">${text}</blockquote></div></div></div></li>`;
  const long = `<p>Paragraph one of the first post, in which the writer says that the update, the patch and the fix arrived on Monday, and that the phone restarted twice.</p>
<p>Paragraph two of the first post, in which the writer adds that the battery, the screen and the radio all work, and that nothing was lost.</p>`;
  const raw = `<html><body><div class="forum"><h1>Update arrived</h1><ol class="posts">
${post(101, long)}
${post(102, "Mine came this morning too, after a long wait, and it took five minutes.")}
${post(103, "Still nothing here, although my phone is on the same network as yours.")}
</ol></div></body></html>`;
  const roleOf = (start: string) =>
    cleanDocument(parseHtml({ id: "t", source: "t.html", raw }), { signatures: [] }).blocks.find((b) =>
      b.text.startsWith(start),
    )?.role;

  it("takes the text of every post, not the posters' details", () => {
    expect(roleOf("Paragraph one")).toBe("content");
    expect(roleOf("Mine came this morning")).toBe("content");
    expect(roleOf("Still nothing here")).toBe("content");
    expect(roleOf("Posts: 14")).not.toBe("content");
  });

  it("takes the text of posts whose posters' details are lines of links", () => {
    const linked = raw.replace(
      /<div class="userinfo">/g,
      '<div class="userinfo"><p><a href="/p">Profile of this member</a></p><p><a href="/m">Send a private message</a></p><p><a href="/f">Find more posts by this member</a></p>',
    );
    const doc = cleanDocument(parseHtml({ id: "l", source: "l.html", raw: linked }), { signatures: [] });
    const role = (start: string) => doc.blocks.find((b) => b.text.startsWith(start))?.role;
    expect(role("Paragraph one")).toBe("content");
    expect(role("Mine came this morning")).toBe("content");
    expect(role("Still nothing here")).toBe("content");
    expect(role("Send a private message")).not.toBe("content");
  });
});

describe("lists of teasers beside a short story", () => {
  const teaser = (n: number) => `<div class="nextstory"><h2><a href="/s/${n}">Another story ${n}</a></h2>
<p>Summary ${n} of another story, in which a different writer says that the market, the school and the pool reopened, after a long winter and a short spring, and that the town, its shops and its visitors were glad of it, whatever the weather did next.</p></div>`;
  const page = (boxClass: string) => `<html><body><h1>Council approves the new road</h1>
<div class="story"><p>The council approved the new road on Monday, after a debate that lasted most of the night.</p>
<p>Work starts in spring, the mayor said, and should end before the winter.</p></div>
<div class="${boxClass}">${[1, 2, 3, 4, 5, 6, 7, 8].map(teaser).join("\n")}</div></body></html>`;
  const roleOf = (boxClass: string, start: string) =>
    cleanDocument(parseHtml({ id: "t", source: "t.html", raw: page(boxClass) }), {
      signatures: [],
    }).blocks.find((b) => b.text.startsWith(start))?.role;

  it("does not take a furniture-named list of next posts for the article, however much it holds", () => {
    expect(roleOf("next-post-thumbnails", "The council approved")).toBe("content");
    expect(roleOf("next-post-thumbnails", "Summary 3")).toBe("boilerplate");
  });

  it("does not take a script's hook on the story's wrapper for the name of a list", () => {
    const raw = page("next-post-thumbnails")
      .replace('<div class="story">', '<div class="js-hide-related-on-scroll"><div class="article-body">')
      .replace("before the winter.</p></div>", "before the winter.</p></div></div>");
    const doc = cleanDocument(parseHtml({ id: "t", source: "t.html", raw }), { signatures: [] });
    expect(doc.blocks.find((b) => b.text.startsWith("The council approved"))?.role).toBe("content");
  });

  it("reads similar and related boxes as furniture in the class words CMSs run together", () => {
    for (const name of ["similar_threads", "relatedlinks__content"]) {
      expect(roleOf(name, "The council approved")).toBe("content");
      expect(roleOf(name, "Summary 3")).toBe("boilerplate");
    }
  });
});

describe("a picture's legend inside the article", () => {
  const raw = `<html><body><h1>Council approves the new road</h1><div class="article-body">${paragraph(1)}${paragraph(2)}
<div class="media"><img src="a.jpg"><div class="image-legend"><div class="text">The old oak by the river, where the beetles live, seen in the early morning light from the bridge.</div></div></div>
${paragraph(3)}</div></body></html>`;
  const doc = cleanDocument(parseHtml({ id: "l", source: "l.html", raw }), { signatures: [] });

  it("is a caption, not the story's text", () => {
    expect(doc.blocks.find((b) => b.text.startsWith("The old oak"))?.role).toBe("caption");
    expect(doc.blocks.find((b) => b.text.startsWith("Paragraph 3"))?.role).toBe("content");
  });
});

describe("a paywall's preview beside its registration form", () => {
  const offer = (n: number) =>
    `<li>Offer ${n}: every story of the site, the daily newsletter, the app and the archive, for one low price a month, cancel at any time.</li>`;
  const raw = `<html><body><h1>Council approves the new road</h1><article><div class="article-text">
<div class="preview">The council approved the new road on Monday, after a debate that lasted most of the night.</div>
<div class="paywall-box"><div class="main-form registerform"><div class="step registereduser"><ul>${[1, 2, 3, 4].map(offer).join("")}</ul></div></div></div>
</div></article></body></html>`;
  const doc = cleanDocument(parseHtml({ id: "w", source: "w.html", raw }), { signatures: [] });

  it("takes the preview for the article, not the form's offers", () => {
    expect(doc.blocks.find((b) => b.text.startsWith("The council approved"))?.role).toBe("content");
    expect(doc.blocks.find((b) => b.text.startsWith("Offer 2"))?.role).not.toBe("content");
  });
});

describe("boxes that CMS plugins put inside the article's element", () => {
  const box = (name: string) =>
    `<div class="${name}"><p>A box of its own, which asks the reader for something, tells them about the site, or lists the sections.</p></div>`;
  const clean = (name: string) => {
    const raw = `<html><body><h1>Council approves the new road</h1><div class="entry-content">${paragraph(1)}${paragraph(2)}${box(name)}${paragraph(3)}</div></body></html>`;
    return cleanDocument(parseHtml({ id: "b", source: "b.html", raw }), { signatures: [] });
  };

  it.each([
    "vc_cta3 vc_general",
    "c-letters-cta",
    "editorial-disclosure",
    "aawp-disclaimer",
    "affiliatetext",
    "ez-toc-container",
    "toc_container",
    "author-card",
    "abh_box abh_box_down",
    "borlabscookie",
    "content-blocker",
    "news-letter-section",
    "wp-block-site-recirculation-box",
    "promotion-box",
  ])("reads %j as furniture, and keeps the story around it", (name) => {
    const doc = clean(name);
    expect(doc.blocks.find((b) => b.text.startsWith("A box of its own"))?.role).toBe("boilerplate");
    for (const n of [1, 2, 3])
      expect(doc.blocks.find((b) => b.text.startsWith(`Paragraph ${n}`))?.role).toBe("content");
  });

  it("keeps an opinion piece named for its kind in German ('kommentar'), but not readers' 'kommentare'", () => {
    const raw = `<html><body><h1>Council approves the new road</h1><div class="kommentar">${paragraph(1)}${paragraph(2)}${paragraph(3)}</div>
<section class="kommentare"><p>A reader's comment that is long enough to look like a paragraph of text, with commas, words, and more.</p></section></body></html>`;
    const doc = cleanDocument(parseHtml({ id: "k", source: "k.html", raw }), { signatures: [] });
    expect(doc.blocks.find((b) => b.text.startsWith("Paragraph 2"))?.role).toBe("content");
    expect(doc.blocks.find((b) => b.text.startsWith("A reader's comment"))?.role).toBe("boilerplate");
  });

  it("reads a picture's description, metadata or annotation as its caption", () => {
    for (const name of ["imagedescription", "img-metadata", "image-annotation"]) {
      const raw = `<html><body><h1>Council approves the new road</h1><div class="article-body">${paragraph(1)}${paragraph(2)}<div class="visual"><img src="a.jpg"><p class="${name}">The old oak by the river, seen in the early morning light from the bridge.</p></div>${paragraph(3)}</div></body></html>`;
      const doc = cleanDocument(parseHtml({ id: "c", source: "c.html", raw }), { signatures: [] });
      expect(doc.blocks.find((b) => b.text.startsWith("The old oak"))?.role).toBe("caption");
    }
  });
});

describe("a Q&A page whose question and answers sit in different boxes", () => {
  const text = (body: string) => `<div class="post-text prose">${body}</div>`;
  const answer = (n: number) =>
    `<div class="answer answer-${n}"><div class="votes">${n}</div>${text(`<p>Answer ${n}: the passive takes the auxiliary of becoming, while the state takes the auxiliary of being, and the two differ in meaning.</p><p>Answer ${n}, continued: compare the perfect tense of each, which shows the difference plainly, in both languages.</p>`)}<div class="signature">answered by member${n}</div></div>`;
  const raw = `<html><body><div class="main"><h1>Which auxiliary for the passive?</h1>
<div class="question">${text("<p>How does one know which auxiliary to use in sentences like the following, when both seem right?</p>")}<div class="signature">asked by member0</div></div>
<div class="answers">${[1, 2, 3].map(answer).join("")}</div></div>
<aside class="sidebar">${text("<p>A different question about something else entirely, with many words in it, and commas.</p>")}</aside></body></html>`;
  const doc = cleanDocument(parseHtml({ id: "q", source: "q.html", raw }), { signatures: [] });
  const roleOf = (start: string) => doc.blocks.find((b) => b.text.startsWith(start))?.role;

  it("takes the question's text with the answers", () => {
    expect(roleOf("Answer 2:")).toBe("content");
    expect(roleOf("How does one know")).toBe("content");
  });

  it("does not take an element of that kind outside the question's box", () => {
    expect(roleOf("A different question")).not.toBe("content");
  });
});
