import type { CleanBlock, Field } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { extractPageAuthors, namesAnOutlet, type PageAuthorsInput, personName } from "./page-authors.js";

const block = (index: number, text: string, node?: number): CleanBlock => ({
  index,
  text,
  start: 0,
  end: text.length,
  hints: node === undefined ? {} : { node },
  role: "content",
  reason: null,
  repeatOf: null,
  cleanText: text,
});
const noText: Field<string[]> = { value: [], confidence: 0.5, from: null, rule: "no byline" };
const input = (over: Partial<PageAuthorsInput>): PageAuthorsInput => ({
  fromText: noText,
  stated: [],
  siteNames: [],
  blocks: [],
  nodes: [],
  credits: [],
  lastBylineBlock: 10,
  ...over,
});

describe("personName", () => {
  it("keeps names and drops a leading 'By'", () => {
    expect(personName("By Jane Roe", [])).toBe("Jane Roe");
    expect(personName("Jean-Luc Picard", [])).toBe("Jean-Luc Picard");
  });

  it("drops URLs, handles, roles, dates and the site's own name", () => {
    expect(personName("https://example.com/people/jane", [])).toBeNull();
    expect(personName("@janeroe", [])).toBeNull();
    expect(personName("Staff Reporter", [])).toBeNull();
    expect(personName("2 hours ago", [])).toBeNull();
    expect(personName("The Example Times", ["The Example Times"])).toBeNull();
  });

  it("reads the name out of an author link's phrase, but keeps a surname's particle", () => {
    expect(personName("View all posts by Jane Roe", [])).toBe("Jane Roe");
    expect(personName("Zeige alle Beiträge von Jana Rohr →", [])).toBe("Jana Rohr");
    expect(personName("Walter von Aachen", [])).toBe("Walter von Aachen");
    expect(personName("Jane Roe Alle Artikel", [])).toBe("Jane Roe");
    expect(personName("Jane RoeJane Roe", [])).toBe("Jane Roe");
  });

  it("drops credit labels, dates, link labels and domain-shaped logins", () => {
    expect(personName("Von", [])).toBeNull();
    expect(personName("Artikel von:", [])).toBeNull();
    expect(personName("Donnerstag", [])).toBeNull();
    expect(personName("More Posts", [])).toBeNull();
    expect(personName("example.de", [])).toBeNull();
    expect(personName("jane.roe", [])).toBeNull();
    expect(personName("No Author", [])).toBeNull();
    expect(personName("publisher", [])).toBeNull();
    expect(personName("Anónimo", [])).toBeNull();
    expect(personName("Red.", [])).toBeNull();
    expect(personName("Tweet", [])).toBeNull();
    expect(personName("Fred", [])).toBe("Fred");
    expect(personName("wordpressadmin", [])).toBeNull();
    expect(personName("selbst gemacht ist gut", [])).toBeNull();
    expect(personName("Walter von der Aue", [])).toBe("Walter von der Aue");
    expect(personName("Jana rohr", [])).toBe("Jana rohr");
    expect(personName("von siteadmin", [])).toBeNull();
  });

  it("drops a profession printed before or after the name", () => {
    expect(personName("Rechtsanwalt Jana Rohr", [])).toBe("Jana Rohr");
    expect(personName("FOCUS-Online-Experte Jana Rohr", [])).toBe("Jana Rohr");
    expect(personName("Jana Rohr Autorin", [])).toBe("Jana Rohr");
    expect(personName("Autoren Jana Rohr", [])).toBe("Jana Rohr");
    expect(personName("Agenturen", [])).toBeNull();
  });

  it("drops the verb of writing before the by-word and a nickname's article, keeping the name", () => {
    expect(personName("Eingestellt von Jana Rohr", [])).toBe("Jana Rohr");
    expect(personName("Posted by Jane Roe", [])).toBe("Jane Roe");
    expect(personName("Eingestellt von der Kater", [])).toBe("Kater");
  });

  it("drops an e-mail address spelled out against harvesters", () => {
    expect(personName("jroe[at]example.org", [])).toBeNull();
    expect(personName("Jane (at) Example", [])).toBeNull();
  });

  it("drops the dash a meta line leaves after the name", () => {
    expect(personName("Jane Roe -", [])).toBe("Jane Roe");
    expect(personName("Jane Roe - all rights reserved", [])).toBe("Jane Roe");
  });
});

describe("namesAnOutlet", () => {
  it("tells a publisher the metadata states as author from a person", () => {
    expect(namesAnOutlet("Diario Ejemplo", [])).toBe(true);
    expect(namesAnOutlet("OÖ Musterblatt", ["Oberösterreichisches Musterblatt"])).toBe(true);
    expect(namesAnOutlet("Examplecorp", ["Examplecorp Security Blog"])).toBe(true);
    expect(namesAnOutlet("Musterverband e. V.", [])).toBe(true);
    expect(namesAnOutlet("Jane Roe", ["Jane Roe's Kitchen"])).toBe(false);
    expect(namesAnOutlet("Ola Kent", ["Example News"])).toBe(false);
    expect(namesAnOutlet("Jane Roe", ["Frollein Roe"])).toBe(false);
    expect(namesAnOutlet("roeblog", ["Roeblog"])).toBe(false);
    expect(namesAnOutlet("Example GmbH & Co. KG", [])).toBe(true);
    expect(namesAnOutlet("Sekretariat Partei Mensch Natur", [])).toBe(true);
    expect(namesAnOutlet("NOTICIAS EXAMPLE TIMES", ["Example Times"])).toBe(true);
    expect(namesAnOutlet("Jane Roe", ["Jane Roe"])).toBe(false);
    expect(namesAnOutlet("Musterpartei - Fraktion Musterstadt", [])).toBe(true);
    expect(namesAnOutlet("Eidgenössisches Departement für Beispiele", [])).toBe(true);
  });
});

describe("extractPageAuthors", () => {
  it("passes over a metadata author that is the site itself for the page's visible byline", () => {
    const field = extractPageAuthors(
      input({
        stated: [{ names: ["Diario Ejemplo"], key: "jsonld:0.author" }],
        siteNames: ["Diario EJEMPLO Uruguay"],
        blocks: [block(0, "Story"), block(1, "Posted by Mara")],
      }),
    );
    expect(field.value).toEqual(["Mara"]);
  });

  const wire = {
    datelineTag: "exw/abc",
    first: { text: "Harbour town (exw/abc) - The council met again on Saturday.", block: 1 },
    closing: [],
    isAgencyTag: (tag: string) => tag === "exw",
  };

  it("credits an unsigned wire story to the agency its dateline tag names", () => {
    const field = extractPageAuthors(
      input({ blocks: [block(0, "Story"), block(1, "Harbour town (exw/abc) - The council met.")], wire }),
    );
    expect(field.value).toEqual(["exw/abc"]);
    expect(field.from?.block).toBe(1);
  });

  it("keeps the person a page names over its agency's wire tag", () => {
    const field = extractPageAuthors(
      input({
        blocks: [
          block(0, "Story"),
          block(1, "By Jane Roe"),
          block(2, "Harbour town (exw/abc) - The council met."),
        ],
        wire: { ...wire, first: { ...wire.first, block: 2 } },
      }),
    );
    expect(field.value).toEqual(["Jane Roe"]);
  });

  it("takes the first credit element near the article, with every credit of its block", () => {
    const field = extractPageAuthors(
      input({
        blocks: [
          block(0, "Story"),
          block(1, "By Jane Roe and Ola Kent"),
          block(2, "Text."),
          block(3, "Al Bee"),
        ],
        credits: [
          { text: "Jane Roe", block: 1 },
          { text: "Ola Kent", block: 1 },
          { text: "Al Bee", block: 3 },
        ],
      }),
    );
    expect(field.value).toEqual(["Jane Roe", "Ola Kent"]);
    expect(field.from?.block).toBe(1);
  });

  it("cuts the date and separators off a credit and keeps the innermost of nested credits", () => {
    const field = extractPageAuthors(
      input({
        blocks: [block(0, "von Jana Rohr am 3. Mai 2020"), block(1, "Text.")],
        credits: [
          { text: "von Jana Rohr am 3. Mai 2020", block: 0 },
          { text: "Jana Rohr", block: 0 },
        ],
      }),
    );
    expect(field.value).toEqual(["Jana Rohr"]);
    const dated = extractPageAuthors(
      input({
        blocks: [block(0, "x")],
        credits: [{ text: "erstellt von Dominique — veröffentlicht 28.01.2022", block: 0 }],
      }),
    );
    expect(dated.value).toEqual(["Dominique"]);
  });

  it("reads a 'By' line that is one part of a meta line, glued by markup, or names one person", () => {
    const first = (text: string) =>
      extractPageAuthors(input({ blocks: [block(0, text), block(1, "Text.")] })).value;
    expect(first("Travel | By Jane Roe | April 13, 2020")).toEqual(["Jane Roe"]);
    expect(first("ByJane Roe")).toEqual(["Jane Roe"]);
    expect(first("ByJ.R. Roe")).toEqual(["J.R. Roe"]);
    expect(first("Posted by Konstantin 21.10.2019")).toEqual(["Konstantin"]);
    expect(first("Bytes and bits")).toEqual([]);
  });

  it("takes a meta author list led by the site's name for the publisher and its address", () => {
    const field = extractPageAuthors(
      input({
        blocks: [block(0, "Text.")],
        stated: [{ names: ["roe-news.de", "Kassel", "Germany"], key: "author" }],
      }),
    );
    expect(field.value).toEqual([]);
    const named = extractPageAuthors(
      input({
        blocks: [block(0, "Text.")],
        siteNames: ["Roe News"],
        stated: [{ names: ["Roe News", "Kassel"], key: "author" }],
      }),
    );
    expect(named.value).toEqual([]);
  });

  it("takes a 'By' label ending in a colon for a menu heading, not a byline", () => {
    const field = extractPageAuthors(
      input({
        blocks: [block(0, "By Main Course:"), block(1, "Text.")],
        stated: [{ names: ["Mara"], key: "rel-author" }],
      }),
    );
    expect(field.value).toEqual(["Mara"]);
  });

  it("ends a credit element's name where markup glued a link or a role to it", () => {
    const field = extractPageAuthors(
      input({
        blocks: [block(0, "x"), block(1, "Text.")],
        credits: [
          { text: "Jana RohrFollowBeraterin und Autorin für Neue Medien & Meetings12Share0", block: 0 },
        ],
      }),
    );
    expect(field.value).toEqual(["Jana Rohr"]);
  });

  it("ignores credits in comments and credits far below the article", () => {
    const field = extractPageAuthors(
      input({
        blocks: [block(0, "Text.", 1), block(1, "A Reader", 2), block(20, "Al Bee")],
        nodes: [
          { tag: "div", parent: null, names: "" },
          { tag: "p", parent: 0, names: "" },
          { tag: "div", parent: 0, names: "comment-body" },
        ],
        credits: [
          { text: "A Reader", block: 1 },
          { text: "Al Bee", block: 20 },
        ],
      }),
    );
    expect(field.value).toEqual([]);
  });

  it("skips credits of other stories' teasers and of pictures for the article's own byline", () => {
    const byline = (names: string, region?: string) =>
      extractPageAuthors(
        input({
          blocks: [
            { ...block(0, "Al Bee", 2), hints: region ? { node: 2, region } : { node: 2 } },
            block(1, "Jane Roe", 3),
            block(2, "Text."),
          ],
          nodes: [
            { tag: "div", parent: null, names: "" },
            { tag: "div", parent: 0, names },
            { tag: "span", parent: 1, names: "entry-author" },
            { tag: "div", parent: 0, names: "article-byline" },
          ],
          credits: [
            { text: "Al Bee", block: 0 },
            { text: "Jane Roe", block: 1 },
          ],
        }),
      ).value;
    expect(byline("slider-teaser__footer")).toEqual(["Jane Roe"]);
    expect(byline("related-posts")).toEqual(["Jane Roe"]);
    expect(byline("img-holder")).toEqual(["Jane Roe"]);
    expect(byline("entry-meta", "aside")).toEqual(["Jane Roe"]);
    expect(byline("entry-meta")).toEqual(["Al Bee"]);
    // A layout's wrapper of the article and its sidebar, and a post's list of its tags, are no teaser list.
    expect(byline("content-sidebar-wrap")).toEqual(["Al Bee"]);
    expect(byline("post type-post status-publish tag-slider has-post-thumbnail")).toEqual(["Al Bee"]);
  });

  it("reads the name of an author box's heading that runs on into it, not its e-mail link", () => {
    const field = extractPageAuthors(
      input({
        blocks: [
          block(0, "Text."),
          block(1, "About the Author - Jana Rohr"),
          block(2, "SEND AN E-MAIL TO THE AUTHOR"),
        ],
        credits: [
          { text: "About the Author - Jana Rohr", block: 1 },
          { text: "SEND AN E-MAIL TO THE AUTHOR", block: 2 },
        ],
      }),
    );
    expect(field.value).toEqual(["Jana Rohr"]);
    expect(personName("SEND AN E-MAIL TO THE AUTHOR", [])).toBeNull();
  });

  it("prefers metadata naming a person the page prints over a visible credit", () => {
    const field = extractPageAuthors(
      input({
        stated: [{ names: ["Jane Roe"], key: "author" }],
        blocks: [block(0, "Jane Roe wrote this."), block(1, "Al Bee")],
        credits: [{ text: "Al Bee", block: 1 }],
      }),
    );
    expect(field.value).toEqual(["Jane Roe"]);
  });

  it("prefers a byline that names the metadata's one author and co-authors besides", () => {
    const withByline = (byline: string) =>
      extractPageAuthors(
        input({
          stated: [{ names: ["Jane Roe"], key: "author" }],
          blocks: [block(0, byline), block(1, "Text."), block(2, "About Jane Roe.")],
          credits: [{ text: byline, block: 0 }],
        }),
      ).value;
    expect(withByline("von Jane Roe, Ola Kent")).toEqual(["Jane Roe", "Ola Kent"]);
    expect(withByline("von Jane Roe, Ola Kent, PhD, Follow")).toEqual(["Jane Roe", "Ola Kent"]);
    expect(withByline("von Jane Roe, Racial Justice Program")).toEqual(["Jane Roe"]);
    // A byline that leaves out the stated author the page prints does not replace it.
    expect(withByline("von Al Bee, Ola Kent")).toEqual(["Jane Roe"]);
  });

  it("prefers a visible full name over metadata naming a login, a first name or an organisation", () => {
    const visible = { blocks: [block(0, "By Jana Rohr")], credits: [{ text: "Jana Rohr", block: 0 }] };
    for (const stated of [
      "wordpressadmin",
      "Jana",
      "Example Media GmbH",
      "Motor Illustrierte",
      "Example Volksblatt",
      "Example Finanzmagazin",
    ]) {
      const field = extractPageAuthors(input({ ...visible, stated: [{ names: [stated], key: "author" }] }));
      expect(field.value).toEqual(["Jana Rohr"]);
    }
  });

  it("keeps only the rel=author links the article's credit shows when the page has several", () => {
    const field = extractPageAuthors(
      input({
        stated: [{ names: ["Jane Roe", "Al Bee", "Ola Kent"], key: "rel-author" }],
        blocks: [block(0, "Jane Roe"), block(1, "Text.")],
        credits: [{ text: "Jane Roe", block: 0 }],
      }),
    );
    expect(field.value).toEqual(["Jane Roe"]);
  });

  it("keeps the rel=author links printed near the article, not those of the footer's teasers", () => {
    const footer = (index: number, text: string): CleanBlock => ({
      ...block(index, text),
      hints: { region: "footer" },
    });
    const field = extractPageAuthors(
      input({
        stated: [{ names: ["Jane Roe", "Al Bee", "Ola Kent"], key: "rel-author" }],
        blocks: [
          block(0, "Jane Roe3. Mai 2020"),
          block(1, "Text."),
          footer(20, "Al Bee"),
          footer(21, "Ola Kent"),
        ],
      }),
    );
    expect(field.value).toEqual(["Jane Roe"]);
  });

  it("accepts a personal site's name when it is a person's name, never an outlet's", () => {
    const blocks = [block(0, "Von: Jana Rohr"), block(1, "Text.")];
    const credits = [{ text: "Von: Jana Rohr", block: 0 }];
    expect(extractPageAuthors(input({ blocks, credits, siteNames: ["Jana Rohr"] })).value).toEqual([
      "Jana Rohr",
    ]);
    const outlet = [{ text: "Von Example Zeitung", block: 0 }];
    const outletBlocks = [block(0, "Von Example Zeitung"), block(1, "Text.")];
    expect(
      extractPageAuthors(input({ blocks: outletBlocks, credits: outlet, siteNames: ["Example Zeitung"] }))
        .value,
    ).toEqual([]);
  });

  it("reads a name under a lone credit label anywhere on the page, full names only", () => {
    const label = (lines: string[]) =>
      extractPageAuthors(input({ blocks: lines.map((t, i) => block(i, t)), lastBylineBlock: 0 }));
    const field = label(["Text of the article.", "More text.", "Autor", "Jana Rohr"]);
    expect(field.value).toEqual(["Jana Rohr"]);
    expect(field.from?.block).toBe(3);
    expect(label(["Text.", "Pressekontakt", "Dr. Maria Rohr", "Sprecherin"]).value).toEqual([
      "Dr. Maria Rohr",
    ]);
    // Under a contact label stand departments too: only a name that reads as a person's.
    expect(label(["Text.", "Pressekontakt", "Pressemeldungen Inland"]).value).toEqual([]);
    expect(label(["Text.", "Kontakt:", "Jan Rohr", "Telefon 040 123"]).value).toEqual(["Jan Rohr"]);
    expect(label(["Text.", "Kontakt", "Jan Rohr"]).value).toEqual([]);
    expect(label(["Text.", "Autor", "Newsletter"]).value).toEqual([]);
    // A by-word alone ends a phrase ("Proudly powered by"); it labels a name only with its colon.
    expect(label(["Text.", "by", "The Theme Team"]).value).toEqual([]);
  });

  it("reads no author box name out of a teaser of another story", () => {
    const nodes = [
      { tag: "div", parent: null, names: "" },
      { tag: "div", parent: 0, names: "o-teaser o-teaser-article" },
      { tag: "div", parent: 1, names: "author-name" },
    ];
    const field = extractPageAuthors(
      input({ blocks: [block(0, "Text.", 0), block(20, "Von Jana Rohr", 2)], nodes, lastBylineBlock: 1 }),
    );
    expect(field.value).toEqual([]);
    const box = nodes.map((n) => (n.names.includes("teaser") ? { ...n, names: "post-footer" } : n));
    expect(
      extractPageAuthors(
        input({
          blocks: [block(0, "Text.", 0), block(20, "Von Jana Rohr", 2)],
          nodes: box,
          lastBylineBlock: 1,
        }),
      ).value,
    ).toEqual(["Jana Rohr"]);
  });

  it("reads the first full name of an author box, outside comments", () => {
    const nodes = [
      { tag: "div", parent: null, names: "" },
      { tag: "div", parent: 0, names: "author-bio" },
      { tag: "h3", parent: 1, names: "" },
      { tag: "div", parent: 0, names: "comment-author-box" },
    ];
    const field = extractPageAuthors(
      input({
        blocks: [block(0, "Text.", 0), block(20, "A Reader", 3), block(21, "Jana Rohr", 2)],
        nodes,
        lastBylineBlock: 1,
      }),
    );
    expect(field.value).toEqual(["Jana Rohr"]);
    // BEM writes the box's class with a double underscore.
    const bem = nodes.map((n) => (n.names === "author-bio" ? { ...n, names: "author__box" } : n));
    expect(
      extractPageAuthors(
        input({ blocks: [block(0, "Text.", 0), block(21, "Jana Rohr", 2)], nodes: bem, lastBylineBlock: 1 }),
      ).value,
    ).toEqual(["Jana Rohr"]);
    for (const text of ["Weitere Artikel", "Zur PersonAlle Artikel"]) {
      const heading = extractPageAuthors(
        input({ blocks: [block(0, "Text.", 0), block(21, text, 2)], nodes, lastBylineBlock: 1 }),
      );
      expect(heading.value).toEqual([]);
    }
  });

  it("takes a signature under the closing paragraph, not a heading or a line under a link", () => {
    const closing =
      "The last paragraph of the article ends here, as articles do, with a full stop at its end.";
    const signed = (lines: string[], heading = false) =>
      extractPageAuthors(
        input({
          blocks: lines.map((t, i) =>
            i === lines.length - 1 && heading ? { ...block(i, t), hints: { heading: 2 } } : block(i, t),
          ),
          lastBylineBlock: 0,
          lastBodyBlock: 1,
        }),
      ).value;
    expect(signed(["Headline", closing, "Stefan Wagner"])).toEqual(["Stefan Wagner"]);
    expect(signed(["Headline", closing, "Stefan Wagner"], true)).toEqual([]);
    expect(signed(["Headline", "More results >>", "Stefan Wagner"])).toEqual([]);
    // Capitalised words that are no person's name.
    expect(signed(["Headline", closing, "Weitere Meldungen"])).toEqual([]);
  });

  it("takes the person a copyright line names, never a publisher", () => {
    const owned = (line: string) =>
      extractPageAuthors(input({ blocks: [block(0, "Text."), block(1, line)], lastBylineBlock: 0 })).value;
    expect(owned("Copyright (c) 2012- Gregory Walsh. All rights reserved.")).toEqual(["Gregory Walsh"]);
    expect(owned("© 2020 Paul Parey Zeitschriftenverlag")).toEqual([]);
    expect(owned("© 2020 Example Media GmbH")).toEqual([]);
    // The holder ends where a separator starts the line's other notes.
    expect(owned("(c) Jonas Wendt • Weitere Rechte siehe Impressum")).toEqual(["Jonas Wendt"]);
    // A footer bar sets the copyright among its links.
    expect(owned("IMPRESSUM | DATENSCHUTZ | COPYRIGHT JONAS WENDT | EIN PROJEKT")).toEqual(["JONAS WENDT"]);
    expect(owned("Impressum | © 2020 Example Media GmbH")).toEqual([]);
    // A holder cut at a middle initial's full stop is no name.
    expect(owned("© Gregory P. Walsh, einige Rechte vorbehalten")).toEqual([]);
  });

  it("reads a copyright line the cleaner took for a caption only inside the page's copyright element", () => {
    const owned = (names: string) =>
      extractPageAuthors(
        input({
          blocks: [block(0, "Text."), { ...block(1, "(c) Jonas Wendt", 0), role: "caption" }],
          nodes: [{ tag: "p", parent: null, names }],
          lastBylineBlock: 0,
        }),
      ).value;
    expect(owned("copyrights-text")).toEqual(["Jonas Wendt"]);
    expect(owned("wp-caption-text")).toEqual([]);
  });

  it("reads a date line that names a person just under the headline", () => {
    const dated = (lines: string[], role: CleanBlock["role"] = "content") =>
      extractPageAuthors(
        input({
          blocks: lines.map((t, i) =>
            i === 0
              ? { ...block(i, t), hints: { heading: 1 } }
              : i === 1
                ? { ...block(i, t), role }
                : block(i, t),
          ),
          lastBylineBlock: lines.length,
        }),
      ).value;
    const text = "Erster Absatz des Artikels, der von etwas erzählt.";
    expect(dated(["Variablen und ihr Zuhause", "11.12.2019 - Amelie Lorenzen", text])).toEqual([
      "Amelie Lorenzen",
    ]);
    expect(dated(["Headline", "Jane Roe | December 11, 2019", text])).toEqual(["Jane Roe"]);
    expect(dated(["Headline", "Essay", "25.10.2022 – Reinhold Nagelmann", text])).toEqual([
      "Reinhold Nagelmann",
    ]);
    // Noun phrases and a section name on the date line credit nobody.
    expect(dated(["Headline", "Aktuelle Nachrichten | 11.12.2019", text])).toEqual([]);
    expect(dated(["Headline", "11.12.2019 - Wirtschaft", text])).toEqual([]);
    // Page furniture names a publisher as often as a person: only a name the model knows counts there.
    expect(dated(["Headline", "Handball Schweiz • 02.02.2022", text], "boilerplate")).toEqual([]);
    expect(dated(["Headline", "Jane Roe • 02.02.2022", text], "boilerplate")).toEqual(["Jane Roe"]);
    // The time may follow the date after a bar; the writer's role in brackets follows the name.
    expect(dated(["Headline", "04.02.2022 | 13:10 Uhr | Uta Lorenzen", text])).toEqual(["Uta Lorenzen"]);
    expect(dated(["Headline", "05.02.2020 - Redaktion: Eberhard Nagel (Pressesprecher)", text])).toEqual([
      "Eberhard Nagel",
    ]);
    // Further down the page such a line is a teaser's.
    expect(dated(["Headline", text, text, text, "11.12.2019 - Amelie Lorenzen"])).toEqual([]);
  });

  it("reads a dated credit line that stands as the kicker just above the headline", () => {
    const kicker = (lines: string[]) =>
      extractPageAuthors(
        input({
          blocks: lines.map((t, i) => (i === 1 ? { ...block(i, t), hints: { heading: 1 } } : block(i, t))),
          lastBylineBlock: lines.length,
        }),
      ).value;
    const text = "Erster Absatz des Artikels, der von etwas erzählt.";
    expect(kicker(["04.02.2022 | 13:10 Uhr | Uta Lorenzen", "Headline", text])).toEqual(["Uta Lorenzen"]);
    expect(kicker(["Sport | 04.02.2022", "Headline", text])).toEqual([]);
  });

  it("completes metadata's first name with the surname the page prints as a name", () => {
    const field = extractPageAuthors(
      input({
        stated: [{ names: ["Nils"], key: "author" }],
        blocks: [block(0, "Nils Berger"), block(1, "Nils was here.")],
      }),
    );
    expect(field.value).toEqual(["Nils Berger"]);
    const login = extractPageAuthors(
      input({ stated: [{ names: ["NDR"], key: "author" }], blocks: [block(0, "NDR Info")] }),
    );
    expect(login.value).toEqual(["NDR"]);
  });

  it("completes a first name with a surname printed in another case", () => {
    const field = extractPageAuthors(
      input({
        stated: [{ names: ["Nils"], key: "author" }],
        blocks: [block(0, "Text."), block(1, "NILS Berger")],
      }),
    );
    expect(field.value).toEqual(["NILS Berger"]);
  });

  it("reads a person's name that is an item of the post's list of facts near the article", () => {
    const facts = (listNames: string, name: string) =>
      extractPageAuthors(
        input({
          blocks: [
            block(0, "Kommentar", 2),
            block(1, "19. Oktober 2019", 3),
            block(2, name, 4),
            block(3, "Text."),
          ],
          nodes: [
            { tag: "div", parent: null, names: "" },
            { tag: "ul", parent: 0, names: listNames },
            { tag: "li", parent: 1, names: "list-item" },
            { tag: "li", parent: 1, names: "list-item" },
            { tag: "li", parent: 1, names: "list-item" },
          ],
        }),
      ).value;
    expect(facts("elementor-icon-list-items elementor-post-info", "Jana Rohr")).toEqual(["Jana Rohr"]);
    expect(facts("entry-meta", "Jana Rohr")).toEqual(["Jana Rohr"]);
    expect(facts("menu-items", "Jana Rohr")).toEqual([]);
    // A section's name in the list is no person's.
    expect(facts("entry-meta", "Weitere Meldungen")).toEqual([]);
  });

  it("drops metadata that lists a publisher's address, not its authors", () => {
    const stated = (names: string[]) =>
      extractPageAuthors(input({ stated: [{ names, key: "author" }], blocks: [block(0, "Text.")] })).value;
    expect(stated(["Kirchenblatt und Leben", "Münster", "Germany"])).toEqual([]);
    expect(stated(["Jane Roe", "Ola Kent", "Al Bee"])).toEqual(["Jane Roe", "Ola Kent", "Al Bee"]);
  });

  it("completes a first name from the opening of a bio, and a byline's first name from the site's name", () => {
    const bio = extractPageAuthors(
      input({
        stated: [{ names: ["Nils"], key: "author" }],
        blocks: [
          block(0, "Text."),
          block(1, "Nils Berger - Engineer and cyclist, on the trails since 2002."),
        ],
      }),
    );
    expect(bio.value).toEqual(["Nils Berger"]);
    const byline = (siteNames: string[]) =>
      extractPageAuthors(input({ siteNames, blocks: [block(0, "By Maren"), block(1, "Text.")] })).value;
    expect(byline(["Maren Holt"])).toEqual(["Maren Holt"]);
    expect(byline(["Holt Travel"])).toEqual(["Maren"]);
  });

  it("reads the name the page prints for metadata's login of a first name and a surname", () => {
    const stated = (text: string) =>
      extractPageAuthors(
        input({
          stated: [{ names: ["jana.rohr"], key: "jsonld:0.author" }],
          blocks: [block(0, "Text."), block(1, text)],
        }),
      ).value;
    expect(stated("The council stays divided. (Jana P. Rohr) +++")).toEqual(["Jana P. Rohr"]);
    expect(stated("Jana Rohr")).toEqual(["Jana Rohr"]);
    // The login alone is no printed name.
    expect(stated("jana.rohr wrote this")).toEqual([]);
  });

  it("reads a line that labels its own credit anywhere on the page, and splits an agency off", () => {
    const lines = (texts: string[]) =>
      extractPageAuthors(input({ blocks: texts.map((t, i) => block(i, t)), lastBylineBlock: 0 })).value;
    expect(lines(["Text.", "More text.", "Datum: 19.11.2021", "Autor: Jana Rohr"])).toEqual(["Jana Rohr"]);
    expect(lines(["Text.", "More text.", "Erstellt von Jana Rohr"])).toEqual(["Jana Rohr"]);
    expect(lines(["Text.", "Autor:", "Jana Rohr/SP-X"])).toEqual(["Jana Rohr"]);
    // A bare by-line far below the article is a teaser's.
    expect(lines(["Text.", "More text.", "Von Jana Rohr"])).toEqual([]);
  });
});

describe("credit element in the article's footer", () => {
  // body > article(1) > p(2) …; a footer div(3) in the article; a teaser article(4) after it.
  const nodes = [
    { tag: "body", parent: null, names: "" },
    { tag: "article", parent: 0, names: "node node-article" },
    { tag: "p", parent: 1, names: "" },
    { tag: "div", parent: 1, names: "field field-name-author" },
    { tag: "article", parent: 0, names: "teaser" },
    { tag: "div", parent: 4, names: "author" },
    { tag: "div", parent: 1, names: "sidebar" },
    { tag: "div", parent: 6, names: "byline" },
    { tag: "h4", parent: 1, names: "section-title" },
  ];
  const paragraphs = Array.from({ length: 4 }, (_, i) => block(i, `Paragraph ${i} of the story.`, 2));
  const filler = Array.from({ length: 6 }, (_, i) => block(4 + i, `Tag ${i}`, 2));

  it("reads a byline the CMS sets after the text, inside the story's article element", () => {
    const found = extractPageAuthors(
      input({
        blocks: [...paragraphs, ...filler, block(10, "von Jana", 3)],
        nodes,
        credits: [{ text: "von Jana", block: 10 }],
        lastBylineBlock: 6,
        lastBodyBlock: 3,
      }),
    );
    expect(found.value).toEqual(["Jana"]);
    expect(found.rule).toBe("credit element in the article's footer");
  });

  it("ignores the credits of a teaser article further down", () => {
    const found = extractPageAuthors(
      input({
        blocks: [...paragraphs, ...filler, block(10, "von Jana", 5)],
        nodes,
        credits: [{ text: "von Jana", block: 10 }],
        lastBylineBlock: 6,
        lastBodyBlock: 3,
      }),
    );
    expect(found.value).toEqual([]);
  });

  it("ignores a sidebar's teaser credit and an author box's heading inside the story's article element", () => {
    const found = extractPageAuthors(
      input({
        blocks: [
          ...paragraphs,
          ...filler,
          block(10, "Von Jane Roe", 7),
          { ...block(11, "Zur Person"), hints: { node: 8, heading: 4 } },
        ],
        nodes,
        credits: [
          { text: "Von Jane Roe", block: 10 },
          { text: "Zur Person", block: 11 },
        ],
        lastBylineBlock: 6,
        lastBodyBlock: 3,
      }),
    );
    expect(found.value).toEqual([]);
  });
});

describe("element named as the byline", () => {
  it("passes over a breadcrumb trail set inside the author's element", () => {
    const nodes = [
      { tag: "div", parent: null, names: "article-author vcard" },
      { tag: "ul", parent: 0, names: "article-breadcrumbs" },
      { tag: "li", parent: 1, names: "item" },
      { tag: "p", parent: 0, names: "" },
    ];
    const field = (crumbs: boolean) =>
      extractPageAuthors(
        input({
          blocks: [block(0, "Sportwagen", crumbs ? 2 : 3), block(1, "Jana Rohr", 3)],
          nodes,
        }),
      ).value;
    expect(field(true)).toEqual(["Jana Rohr"]);
    expect(field(false)).toEqual(["Sportwagen"]);
  });
});

describe("'By' line on the page", () => {
  it("reads a by-word after a leading date, also in one of a heading's parts", () => {
    const heading: CleanBlock = {
      ...block(0, "Stars (1 / 2) 06.11.2023 13:30 von Jana Symbolbild"),
      hints: { heading: 2, parts: ["Stars (1 / 2)", "06.11.2023 13:30 von Jana", "Symbolbild"] },
    };
    expect(extractPageAuthors(input({ blocks: [heading] })).value).toEqual(["Jana"]);
    const phrase: CleanBlock = {
      ...block(0, "Vorteile beim Leasing von Firmenwagen"),
      hints: { heading: 2, parts: ["Vorteile beim", "Leasing", "von Firmenwagen"] },
    };
    expect(extractPageAuthors(input({ blocks: [phrase] })).value).toEqual([]);
    expect(extractPageAuthors(input({ blocks: [block(0, "2023-11-06, von Jana Rohr")] })).value).toEqual([
      "Jana Rohr",
    ]);
  });
});

describe("a one-name byline against metadata", () => {
  it("keeps the byline's one name when the metadata names someone the page never prints", () => {
    const authors = (lines: string[]) =>
      extractPageAuthors(
        input({
          stated: [{ names: ["Bernd Kroll"], key: "author" }],
          blocks: lines.map((t, i) => block(i, t)),
          lastBylineBlock: 3,
        }),
      ).value;
    expect(authors(["Headline", "Geschrieben von Jana am Freitag 3. Juni 2022", "Text."])).toEqual(["Jana"]);
    // Metadata naming someone the page prints still wins over a one-name byline.
    expect(
      authors([
        "Headline",
        "Geschrieben von Jana am Freitag 3. Juni 2022",
        "Text.",
        "Bernd Kroll, Impressum",
      ]),
    ).toEqual(["Bernd Kroll"]);
  });
});

describe("licence notices and expert boxes", () => {
  it("takes the author a licence notice names, as a copyright line's holder", () => {
    const licensed = (line: string) =>
      extractPageAuthors(input({ blocks: [block(0, "Text."), block(1, line)], lastBylineBlock: 0 })).value;
    expect(
      licensed("Ein Gartenblog von Edgar Pfahl steht unter einer Creative Commons Namensnennung 3.0 Lizenz."),
    ).toEqual(["Edgar Pfahl"]);
    expect(licensed("Garden Notes by Arno Selig is licensed under a Creative Commons License.")).toEqual([
      "Arno Selig",
    ]);
    expect(licensed("(Creative Commons-Lizenz) 2011-2015 by Arno Selig")).toEqual(["Arno Selig"]);
    // A by-word after years in running text, and a licence that credits no person.
    expect(licensed("Founded in 2006 by Arno Selig, the club now has forty members.")).toEqual([]);
    expect(licensed("Publiziert am 21. Mai 2012 von Arno Selig")).toEqual([]);
    expect(licensed("This work by Example Media is licensed under a Creative Commons License.")).toEqual([]);
  });

  it("reads the name of an expert box as an author box's", () => {
    const nodes = [
      { tag: "div", parent: null, names: "" },
      { tag: "div", parent: 0, names: "recipe-expert-name" },
      { tag: "div", parent: 0, names: "expert-quote" },
    ];
    const boxed = (node: number) =>
      extractPageAuthors(
        input({
          blocks: [block(0, "Text.", 0), block(20, "Pia Lindqvist", node)],
          nodes,
          lastBylineBlock: 1,
        }),
      ).value;
    expect(boxed(1)).toEqual(["Pia Lindqvist"]);
    expect(boxed(2)).toEqual([]);
  });
});

describe("a personal site's owner, an interview's voices, a signature in capitals", () => {
  it("takes a personal site's name for its owner when the page credits nobody", () => {
    const owner = (siteNames: string[], blocks = [block(0, "Text.")]) =>
      extractPageAuthors(input({ siteNames, blocks, lastBylineBlock: 0 })).value;
    expect(owner(["Dr. Konrad Albers"])).toEqual(["Konrad Albers"]);
    // Things named after someone, and organisations.
    expect(owner(["Arno Selig Wiki"])).toEqual([]);
    expect(owner(["Example Verlag"])).toEqual([]);
    // A credit on the page comes first.
    expect(owner(["Konrad Albers"], [block(0, "Von Jana Rohr"), block(1, "Text.")])).toEqual(["Jana Rohr"]);
  });

  it("reads both voices of an interview's credit element", () => {
    const field = extractPageAuthors(
      input({
        blocks: [block(0, "x"), block(1, "Text.")],
        credits: [{ text: "Jonas Ebert im Gespräch mit Lea Vogt", block: 0 }],
      }),
    );
    expect(field.value).toEqual(["Jonas Ebert", "Lea Vogt"]);
  });

  it("takes a signature whose surname is set in capitals, also under a short closing sentence", () => {
    const signed = (lines: string[]) =>
      extractPageAuthors(
        input({ blocks: lines.map((t, i) => block(i, t)), lastBylineBlock: 0, lastBodyBlock: 1 }),
      ).value;
    expect(signed(["Headline", "Wir danken allen Helfern.", "Selim KARADAĞ"])).toEqual(["Selim KARADAĞ"]);
    // Without capitals a short sentence and an unknown first name do not make a signature.
    expect(signed(["Headline", "Wir danken allen Helfern.", "Selim Karadağ"])).toEqual([]);
    expect(signed(["Headline", "Wir danken allen Helfern.", "Weitere NEWS"])).toEqual([]);
  });

  it("takes a signature above the article's footnotes, wherever the page goes on", () => {
    const closing =
      "The last paragraph of the article ends here, as articles do, with a full stop at its end.";
    const signed = (note: string) =>
      extractPageAuthors(
        input({
          blocks: [closing, "Paul Marchand", note, closing, closing, closing].map((t, i) => block(i, t)),
          lastBylineBlock: 0,
          lastBodyBlock: 5,
        }),
      ).value;
    expect(signed("(1) These figures come from the yearly survey.")).toEqual(["Paul Marchand"]);
    expect(signed("These figures come from the yearly survey.")).toEqual([]);
  });
});

describe("credits of other posts", () => {
  it("takes no copyright line out of a teaser of another story", () => {
    const nodes = [
      { tag: "div", parent: null, names: "" },
      { tag: "div", parent: 0, names: "news-teaser-item" },
      { tag: "div", parent: 1, names: "position-relative" },
    ];
    const owned = (node: number) =>
      extractPageAuthors(
        input({
          blocks: [block(0, "Text.", 0), block(1, "© Nora Winkel", node)],
          nodes,
          lastBylineBlock: 0,
        }),
      ).value;
    expect(owned(0)).toEqual(["Nora Winkel"]);
    expect(owned(2)).toEqual([]);
  });

  it("stops at an article's credit that names a login, before the credits of the posts listed under it", () => {
    const credits = (first: string) =>
      extractPageAuthors(
        input({
          blocks: [block(0, `Veröffentlicht am 2. März 2021 von ${first}`), block(1, "Text."), block(2, "x")],
          credits: [
            { text: first, block: 0 },
            { text: "Ola Kentwood", block: 2 },
          ],
          lastBylineBlock: 5,
        }),
      ).value;
    expect(credits("okent")).toEqual([]);
    expect(credits("walker77")).toEqual([]);
    // A credit element with no name and no login (a label) is passed over.
    expect(credits("Publiziert am")).toEqual(["Ola Kentwood"]);
  });
});
