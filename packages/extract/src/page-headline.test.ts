import type { CleanBlock } from "@clippings/core";
import { describe, expect, it } from "vitest";
import {
  extractPageHeadline,
  pageHeadings,
  transformed,
  trimSiteName,
  withoutStrayMarks,
} from "./page-headline.js";

const block = (index: number, text: string, parts?: string[]): CleanBlock => ({
  index,
  text,
  start: 0,
  end: text.length,
  hints: parts ? { heading: 1, parts } : { heading: 1 },
  role: "content",
  reason: null,
  repeatOf: null,
  cleanText: text,
});
const none = { value: null, confidence: 0, from: null, rule: "none" };

describe("trimSiteName", () => {
  it("drops the site's name before or after the headline", () => {
    expect(trimSiteName("Rates rise again | The Example Times", ["The Example Times"], null)).toBe(
      "Rates rise again",
    );
    expect(trimSiteName("Example News - Rates rise again", [], "www.examplenews.com")).toBe(
      "Rates rise again",
    );
  });

  it("drops a slogan after the site's name along with the name", () => {
    expect(
      trimSiteName("Rates rise again | Example Times | Your daily news since 1901", ["Example Times"], null),
    ).toBe("Rates rise again");
    expect(
      trimSiteName("Rates rise again - Example Times - News, weather and sport", [], "exampletimes.com"),
    ).toBe("Rates rise again");
  });

  it("keeps a long segment that only mentions the site, and quotation marks round the headline", () => {
    expect(
      trimSiteName(
        "Example Times - Opinion - Why the Example Times readers want lower rates",
        [],
        "exampletimes.com",
      ),
    ).toBe("Opinion - Why the Example Times readers want lower rates");
    expect(trimSiteName("»We will not give up« | Example Times", ["Example Times"], null)).toBe(
      "»We will not give up«",
    );
  });

  it("keeps a headline's own dashes when no segment names the site", () => {
    expect(trimSiteName("Rates rise - and so do prices", ["Other Site"], "other.com")).toBe(
      "Rates rise - and so do prices",
    );
  });
});

describe("extractPageHeadline", () => {
  it("prefers the main heading when the metadata confirms it", () => {
    const field = extractPageHeadline({
      fromText: none,
      headings: [block(3, "Example Times"), block(7, "Rates rise again, and savers cheer")],
      stated: [{ value: "Rates rise again | Example Times", key: "og:title" }],
      siteNames: ["Example Times"],
      host: null,
    });
    expect(field.value).toBe("Rates rise again, and savers cheer");
    expect(field.from?.block).toBe(7);
  });

  it("falls back to the stated headline without the site name", () => {
    const field = extractPageHeadline({
      fromText: none,
      headings: [{ ...block(1, "Sign up for our newsletter"), role: "boilerplate", reason: "widget" }],
      stated: [{ value: "Rates rise again - Example Times", key: "title" }],
      siteNames: [],
      host: "example-times.com",
    });
    expect(field.value).toBe("Rates rise again");
  });

  it("drops a kicker or a subtitle inside the heading when the stated title spells out the rest", () => {
    const kicker = extractPageHeadline({
      fromText: none,
      headings: [
        block(4, "Storm season Rivers rise across the valley", [
          "Storm season",
          "Rivers rise across the valley",
        ]),
      ],
      stated: [{ value: "Rivers rise across the valley - Storm season | Example Times", key: "og:title" }],
      siteNames: ["Example Times"],
      host: null,
    });
    expect(kicker.value).toBe("Rivers rise across the valley");
    expect(kicker.from?.block).toBe(4);
    const subtitle = extractPageHeadline({
      fromText: none,
      headings: [
        block(4, "Rivers rise across the valley. Forecasters warn of more", [
          "Rivers rise across the valley.",
          "Forecasters warn of more",
        ]),
      ],
      stated: [{ value: "Rivers rise across the valley.", key: "jsonld:0.headline" }],
      siteNames: [],
      host: null,
    });
    expect(subtitle.value).toBe("Rivers rise across the valley.");
  });

  it("drops a kicker the stated title sets off with a colon or a dash, not a segment naming the kicker alone", () => {
    const colon = extractPageHeadline({
      fromText: none,
      headings: [
        block(4, "After the floods Towns count the cost of a wet spring", [
          "After the floods",
          "Towns count the cost of a wet spring",
        ]),
      ],
      stated: [{ value: "Floods: Towns count the cost of a wet spring | Example Times", key: "og:title" }],
      siteNames: ["Example Times"],
      host: null,
    });
    expect(colon.value).toBe("Towns count the cost of a wet spring");
    const dash = extractPageHeadline({
      fromText: none,
      headings: [
        block(4, "Floods - “We lost everything in one night”", [
          "Floods",
          "-",
          "“We lost everything in one night”",
        ]),
      ],
      stated: [{ value: "Floods - “We lost everything in one night”", key: "og:title" }],
      siteNames: [],
      host: null,
    });
    expect(dash.value).toBe("“We lost everything in one night”");
  });

  it("keeps a first part that the stated title runs into the rest, or that the rest continues", () => {
    const runOn = extractPageHeadline({
      fromText: none,
      headings: [
        block(4, "Women in the Fire Service: past, present and future", [
          "Women in the",
          "Fire Service",
          ": past, present and future",
        ]),
      ],
      stated: [{ value: "Women in the Fire Service: past, present and future", key: "og:title" }],
      siteNames: [],
      host: null,
    });
    expect(runOn.value).toBe("Women in the Fire Service: past, present and future");
    const continued = extractPageHeadline({
      fromText: none,
      headings: [
        block(4, "Breakup of the couple escalates as both sides go to court", [
          "Breakup",
          "of the couple escalates as both sides go to court",
        ]),
      ],
      stated: [
        { value: "Celebrities: Breakup of the couple escalates as both sides go to court", key: "og:title" },
      ],
      siteNames: [],
      host: null,
    });
    expect(continued.value).toBe("Breakup of the couple escalates as both sides go to court");
  });

  it("of two headings at one level, takes the one the stated title spells out, not the logo", () => {
    const field = extractPageHeadline({
      fromText: none,
      headings: [block(0, "Woolly the Sheep – Webcomic"), block(23, "A short guide to sheep")],
      stated: [{ value: "A short guide to sheep | Woolly the Sheep – Webcomic", key: "title" }],
      siteNames: [],
      host: null,
    });
    expect(field.value).toBe("A short guide to sheep");
  });

  it("confirms a short heading by the first segment of a long stated title", () => {
    const field = extractPageHeadline({
      fromText: none,
      headings: [
        block(51, "Thinking from the ground up"),
        {
          ...block(52, "A poet weaves the local and the global into her new collection"),
          hints: { heading: 2 },
        },
      ],
      stated: [
        {
          value:
            "Thinking from the ground up - A poet weaves the local and the global into her new collection : Reviews",
          key: "title",
        },
      ],
      siteNames: [],
      host: null,
    });
    expect(field.value).toBe("Thinking from the ground up");
    expect(field.rule).toContain("confirmed by");
  });

  it("keeps the whole heading when no stated title marks a part of it", () => {
    const field = extractPageHeadline({
      fromText: none,
      headings: [block(4, "Rivers rise across the valley", ["Rivers", "rise across the valley"])],
      stated: [{ value: "Rivers rise across the valley again", key: "og:title" }],
      siteNames: [],
      host: null,
    });
    expect(field.value).toBe("Rivers rise across the valley");
  });

  it("drops the site's exact name from a heading, but not a segment that only contains it", () => {
    const named = extractPageHeadline({
      fromText: none,
      headings: [block(2, "Rates rise again | Example Times")],
      stated: [{ value: "Rates rise again", key: "og:title" }],
      siteNames: ["Example Times"],
      host: null,
    });
    expect(named.value).toBe("Rates rise again");
    const contains = extractPageHeadline({
      fromText: none,
      headings: [block(2, "Puppies for sale – tips on every breed")],
      stated: [{ value: "Puppies for sale – tips on every breed", key: "og:title" }],
      siteNames: ["Puppies"],
      host: null,
    });
    expect(contains.value).toBe("Puppies for sale – tips on every breed");
  });

  it("takes the main heading over a stated title that does not confirm it, unless it is one word", () => {
    const seo = extractPageHeadline({
      fromText: none,
      headings: [block(5, "How much interest will a loan cost you?")],
      stated: [{ value: "Loan interest: compare offers now | Example Bank", key: "title" }],
      siteNames: ["Example Bank"],
      host: null,
    });
    expect(seo.value).toBe("How much interest will a loan cost you?");
    expect(seo.rule).toContain("does not confirm");
    const landmark = extractPageHeadline({
      fromText: none,
      headings: [block(5, "Navigation")],
      stated: [{ value: "Rates rise again | Example Bank", key: "title" }],
      siteNames: ["Example Bank"],
      host: null,
    });
    expect(landmark.value).toBe("Rates rise again");
  });
  it("keeps a heading that names the site inside it, but drops one that begins or ends with the name", () => {
    const inside = extractPageHeadline({
      fromText: none,
      headings: [block(3, "Dead bumblebees under lindens")],
      stated: [{ value: "Dead bumblebees under lindens: the answer | Bumblebees", key: "og:title" }],
      siteNames: ["Bumblebees"],
      host: null,
    });
    expect(inside.value).toBe("Dead bumblebees under lindens");
    expect(inside.from?.block).toBe(3);
    const logo = extractPageHeadline({
      fromText: none,
      headings: [
        block(0, "Welcome to Example Times"),
        { ...block(6, "Rates rise again"), hints: { heading: 2 } },
      ],
      stated: [{ value: "Rates rise again | Example Times", key: "title" }],
      siteNames: ["Example Times"],
      host: null,
    });
    expect(logo.value).toBe("Rates rise again");
  });

  it("still cuts a title segment that holds the site's name among a few words", () => {
    expect(trimSiteName("Rates rise again - Club Example Times Berlin", [], "exampletimes.com")).toBe(
      "Rates rise again",
    );
  });

  it("takes a main heading printed again elsewhere on the page, but not one cleaning called boilerplate", () => {
    const repeated = extractPageHeadline({
      fromText: none,
      headings: [{ ...block(8, "Log cabin 3"), role: "repeat", reason: null, repeatOf: 2 }],
      stated: [
        { value: "Cheap holiday homes by the lake: log cabins for rent | Lakeside Rentals", key: "title" },
      ],
      siteNames: ["Lakeside Rentals"],
      host: null,
    });
    expect(repeated.value).toBe("Log cabin 3");
    expect(repeated.rule).toContain("does not confirm");
    const boilerplate = extractPageHeadline({
      fromText: none,
      headings: [{ ...block(8, "Subscribe to our newsletter"), role: "boilerplate", reason: "widget" }],
      stated: [{ value: "Cheap holiday homes by the lake | Lakeside Rentals", key: "title" }],
      siteNames: ["Lakeside Rentals"],
      host: null,
    });
    expect(boilerplate.value).toBe("Cheap holiday homes by the lake");
  });
  it("agrees a heading hyphenated with soft hyphens with its title, and gives it without them", () => {
    const field = extractPageHeadline({
      fromText: none,
      headings: [
        block(0, "Example Police"),
        block(66, "Mes\u00adsen\u00adger ser\u00advices are no law\u00adless space"),
      ],
      stated: [{ value: "Messenger services are no lawless space", key: "twitter:title" }],
      siteNames: [],
      host: null,
    });
    expect(field.from?.block).toBe(66);
    expect(field.value).toBe("Messenger services are no lawless space");
  });

  it("gives the headline without marks a template set round it", () => {
    const field = extractPageHeadline({
      fromText: none,
      headings: [{ ...block(4, "[> Jane Doe"), hints: { heading: 2 } }],
      stated: [{ value: "example.org // » Jane Doe", key: "title" }],
      siteNames: [],
      host: "example.org",
    });
    expect(field.value).toBe("Jane Doe");
  });
  it("passes over a heading in the element a theme names as the site's logo", () => {
    const nodes = [
      { tag: "div", parent: null, names: "page hfeed" },
      { tag: "div", parent: 0, names: "site-branding" },
      { tag: "h1", parent: 1, names: "" },
      { tag: "h2", parent: 0, names: "entry-title" },
    ];
    const input = {
      fromText: none,
      headings: [
        { ...block(0, "Love goes through the stomach"), hints: { heading: 1, node: 2 } },
        { ...block(14, "Liver with apple and onion"), hints: { heading: 2, node: 3 } },
      ],
      stated: [{ value: "Liver with apple and onion | Love goes through the stomach", key: "title" }],
      siteNames: [],
      host: null,
    };
    expect(extractPageHeadline({ ...input, nodes }).value).toBe("Liver with apple and onion");
    expect(extractPageHeadline(input).value).toBe("Love goes through the stomach");
  });
  it("takes a lower heading that spells the stated title out over a higher one that only agrees with it", () => {
    const field = extractPageHeadline({
      fromText: none,
      headings: [
        block(86, "Our three main steps towards sustainability in the online shop"),
        { ...block(81, "Sustainability in the online shop"), hints: { heading: 2 } },
      ],
      stated: [{ value: "Sustainability in the online shop", key: "title" }],
      siteNames: [],
      host: null,
    });
    expect(field.from?.block).toBe(81);
  });
  it("takes a one-word main heading that names the topic of the stated title", () => {
    const topic = extractPageHeadline({
      fromText: none,
      headings: [{ ...block(65, "Design"), role: "repeat", reason: null, repeatOf: 3 }],
      stated: [{ value: "Professional design for companies | Example Studio", key: "og:title" }],
      siteNames: ["Example Studio"],
      host: null,
    });
    expect(topic.value).toBe("Design");
    const compound = extractPageHeadline({
      fromText: none,
      headings: [block(11, "Choirhistory")],
      stated: [{ value: "History - Example Boys Choir", key: "title" }],
      siteNames: [],
      host: "exampleboyschoir.org",
    });
    expect(compound.value).toBe("Choirhistory");
  });
  it("weighs a heading named as the headline (entry-title, itemprop headline) as the main heading", () => {
    const nodes = [
      { tag: "div", parent: null, names: "titlewrapper" },
      { tag: "h1", parent: 0, names: "title" },
      { tag: "div", parent: null, names: "post hentry" },
      { tag: "h3", parent: 2, names: "post-title entry-title" },
    ];
    const input = {
      fromText: none,
      headings: [
        { ...block(0, "Our privacy policy"), hints: { heading: 1, node: 1 } },
        { ...block(2, "Example Blog privacy policy"), hints: { heading: 3, node: 3 } },
      ],
      stated: [{ value: "Privacy policy of Example Blog", key: "og:title" }],
      siteNames: [],
      host: null,
    };
    expect(extractPageHeadline({ ...input, nodes }).from?.block).toBe(2);
    expect(extractPageHeadline(input).from?.block).toBe(0);
  });
});

describe("extractPageHeadline, the page's stated names", () => {
  it("takes no site name that repeats the headline when another field names the site otherwise", () => {
    const headline = "The man whose boat sank twice: how the harbour lost its oldest ferry";
    const heading = block(4, headline);
    const stated = [
      { value: headline, key: "og:title" },
      { value: headline, key: "title" },
    ];
    // application-name filled with the page's title, og:site_name with the site's name.
    const field = extractPageHeadline({
      fromText: { value: "A teaser of another story", confidence: 0.4, from: null, rule: "text" },
      headings: [heading],
      stated,
      siteNames: ["Example Net", headline],
      host: null,
    });
    expect(field.value).toBe(headline);
    expect(field.from?.block).toBe(4);
  });

  it("keeps a front page's title as the site's name when another field names the site by a part of it", () => {
    const stated = [{ value: "The Example Harbour Blog", key: "og:title" }];
    const field = extractPageHeadline({
      fromText: { value: "Summer on the quay", confidence: 0.5, from: null, rule: "text" },
      headings: [block(0, "The Example Harbour Blog")],
      stated,
      siteNames: ["Example Harbour", "The Example Harbour Blog"],
      host: null,
    });
    expect(field.value).toBe("Summer on the quay");
  });
  it("takes no site name that copies the page's whole title, which would name its own headline as the site", () => {
    const heading = block(4, "Harbour swim opens the summer");
    const stated = [
      { value: "Harbour swim opens the summer", key: "og:title" },
      { value: "Harbour swim opens the summer - Example Media Library", key: "title" },
    ];
    const input = { fromText: none, headings: [heading], stated, host: null };
    const copied = extractPageHeadline({
      ...input,
      siteNames: ["Harbour swim opens the summer - Example Media Library"],
    });
    expect(copied.value).toBe("Harbour swim opens the summer");
    expect(copied.from?.block).toBe(4);
    // The site's own name still names a heading that is only the name.
    const named = extractPageHeadline({
      ...input,
      headings: [block(1, "Example Media Library"), heading],
      siteNames: ["Example Media Library"],
    });
    expect(named.from?.block).toBe(4);
  });

  it("takes a heading named as the headline as the main heading whatever cleaning made of it, unless it is a link", () => {
    const nodes = [
      { tag: "div", parent: null, names: "page-header" },
      { tag: "h2", parent: 0, names: "headline" },
    ];
    const named = {
      ...block(5, "Write for the readers you have"),
      hints: { heading: 2, node: 1, linkDensity: 0 },
      role: "boilerplate" as const,
    };
    const stated = [{ value: "Style guide - Example Studio - Web design", key: "title" }];
    const input = { fromText: none, stated, siteNames: [], host: null, nodes };
    expect(extractPageHeadline({ ...input, headings: [named] }).value).toBe("Write for the readers you have");
    // A named headline that is a link leads to another page: an archive's entry, not this page's headline.
    const linked = { ...named, hints: { ...named.hints, linkDensity: 1 } };
    expect(extractPageHeadline({ ...input, headings: [linked] }).value).toBe(
      "Style guide - Example Studio - Web design",
    );
  });
});

describe("extractPageHeadline, pages named only by the site", () => {
  const nodes = [
    { tag: "main", parent: null, names: "" },
    { tag: "h1", parent: 0, names: "" },
  ];
  const stated = [{ value: "Example Forecasts", key: "title" }];
  const input = { fromText: none, stated, siteNames: ["Example Forecasts"], host: null, nodes };

  it("takes no <h1> of the page's footer as its main heading, and gives the title that names the site", () => {
    const footer = { ...block(40, "About"), hints: { heading: 1, node: 1, region: "footer" } };
    const field = extractPageHeadline({ ...input, headings: [footer] });
    expect(field.value).toBe("Example Forecasts");
    expect(field.rule).toContain("names only the site");
    // Outside the footer, a one-word <h1> is the page's heading, over a title that only names the site.
    const main = { ...footer, hints: { heading: 1, node: 1 } };
    expect(extractPageHeadline({ ...input, headings: [main] }).value).toBe("About");
  });

  it("keeps what the text path found over a title that only names the site", () => {
    const fromText = { value: "Tides this week", confidence: 0.6, from: null, rule: "text" };
    expect(extractPageHeadline({ ...input, fromText, headings: [] }).value).toBe("Tides this week");
  });
});

describe("pageHeadings", () => {
  it("reads a block set in its own element inside a heading element as that heading", () => {
    const nodes = [
      { tag: "header", parent: null, names: "document-header" },
      { tag: "h1", parent: 0, names: "document-title" },
      { tag: "div", parent: 1, names: "document-title__text" },
      { tag: "div", parent: null, names: "body" },
      { tag: "p", parent: 3, names: "" },
    ];
    const inside = { ...block(2, "Wind farms and the coast"), hints: { node: 2 } };
    const paragraph = { ...block(3, "The council met on Monday."), hints: { node: 4 } };
    const heading = { ...block(5, "What the plan says"), hints: { heading: 2 } };
    const found = pageHeadings([inside, paragraph, heading], nodes);
    expect(found.map((b) => [b.index, b.hints.heading])).toEqual([
      [2, 1],
      [5, 2],
    ]);
  });

  it("joins the blocks of one heading element into one heading, each a part of it", () => {
    const nodes = [
      { tag: "h1", parent: null, names: "title" },
      { tag: "div", parent: 0, names: "title__kicker" },
      { tag: "div", parent: 0, names: "title__name" },
    ];
    const kicker = { ...block(4, "Harbour festival:"), hints: { node: 1 } };
    const name = { ...block(5, "Boats in every colour"), hints: { node: 2 } };
    const [heading, ...rest] = pageHeadings([kicker, name], nodes);
    expect(rest).toEqual([]);
    expect(heading?.cleanText).toBe("Harbour festival: Boats in every colour");
    expect(heading?.hints).toMatchObject({
      heading: 1,
      parts: ["Harbour festival:", "Boats in every colour"],
    });
    expect(heading?.index).toBe(4);
  });
});

describe("extractPageHeadline, as the page shows it", () => {
  it("sets a heading in capitals when the page's CSS does, and only that heading", () => {
    const input = {
      fromText: none,
      headings: [block(7, "Harbour ferry returns after ten years")],
      stated: [{ value: "Harbour ferry returns after ten years | Example Post", key: "og:title" }],
      siteNames: ["Example Post"],
      host: null,
    };
    expect(extractPageHeadline({ ...input, transforms: new Map([[7, "uppercase" as const]]) }).value).toBe(
      "HARBOUR FERRY RETURNS AFTER TEN YEARS",
    );
    expect(extractPageHeadline({ ...input, transforms: new Map([[8, "uppercase" as const]]) }).value).toBe(
      "Harbour ferry returns after ten years",
    );
  });
  it("leaves a stated title as written: the CSS of the page's headings does not apply to it", () => {
    const field = extractPageHeadline({
      fromText: none,
      headings: [],
      stated: [{ value: "Harbour ferry returns after ten years", key: "og:title" }],
      siteNames: [],
      host: null,
      transforms: new Map([[0, "uppercase" as const]]),
    });
    expect(field.value).toBe("Harbour ferry returns after ten years");
  });
  it("takes the run of title segments a heading's part spells out, though the headline holds a separator", () => {
    const field = extractPageHeadline({
      fromText: none,
      headings: [
        block(3, "Release notes Patch 2.1.7 - Autumn bugfix build", [
          "Release notes",
          "Patch 2.1.7 - Autumn bugfix build",
        ]),
      ],
      stated: [{ value: "Release notes - Patch 2.1.7 - Autumn bugfix build", key: "og:title" }],
      siteNames: [],
      host: null,
    });
    expect(field.value).toBe("Patch 2.1.7 - Autumn bugfix build");
  });
  it("takes the first <h2> of the article's part over an unconfirmed stated title on a page without an <h1>", () => {
    const nodes = [
      { tag: "div", parent: null, names: "" },
      { tag: "h2", parent: 0, names: "sr-only" },
      { tag: "h2", parent: 0, names: "" },
    ];
    const input = {
      fromText: none,
      headings: [
        { ...block(2, "Main content"), hints: { heading: 2, node: 1 } },
        { ...block(5, "Quiet week ahead on the slopes"), hints: { heading: 2, node: 2 } },
      ],
      stated: [{ value: "Weekly report 3 - 9 March | Example Institute", key: "title" }],
      siteNames: ["Example Institute"],
      host: null,
      nodes,
    };
    expect(extractPageHeadline(input).value).toBe("Quiet week ahead on the slopes");
    const outside = input.headings.map((h) => ({ ...h, role: "boilerplate" as const }));
    expect(extractPageHeadline({ ...input, headings: outside }).value).toBe("Weekly report 3 - 9 March");
  });
});

describe("transformed", () => {
  it("applies CSS text-transform values", () => {
    expect(transformed("Straße nach „oben“", "uppercase")).toBe("STRASSE NACH „OBEN“");
    expect(transformed("Rates Rise", "lowercase")).toBe("rates rise");
    expect(transformed("why (not) „now“", "capitalize")).toBe("Why (Not) „Now“");
    expect(transformed("Rates rise", undefined)).toBe("Rates rise");
  });
});

describe("withoutStrayMarks", () => {
  it("drops arrows, bars and dashes at either end", () => {
    expect(withoutStrayMarks("» Rates rise again")).toBe("Rates rise again");
    expect(withoutStrayMarks("> Rates rise again |")).toBe("Rates rise again");
    expect(withoutStrayMarks("Rates rise again -")).toBe("Rates rise again");
  });

  it("keeps quotation marks and brackets the headline pairs, a minus sign, and a headline's own end", () => {
    expect(withoutStrayMarks("»We will not give up«")).toBe("»We will not give up«");
    expect(withoutStrayMarks("«Nous resterons»")).toBe("«Nous resterons»");
    expect(withoutStrayMarks("[Update] Rates rise again")).toBe("[Update] Rates rise again");
    expect(withoutStrayMarks("-20 degrees tonight")).toBe("-20 degrees tonight");
    expect(withoutStrayMarks("Will rates rise again?")).toBe("Will rates rise again?");
    expect(withoutStrayMarks("*New* Rates rise again")).toBe("*New* Rates rise again");
  });
});

describe("extractPageHeadline, mastheads and kickers set apart", () => {
  const masthead = (text: string, index = 0): CleanBlock => ({
    ...block(index, text),
    hints: { heading: 1, linkDensity: 1 },
  });

  it("takes a linked heading atop the page that is one short segment of the title as the site's name", () => {
    const input = {
      fromText: none,
      headings: [masthead("Notes from the Harbour")],
      stated: [
        { value: "Fog horns of the northern coast, heard again | Notes from the Harbour", key: "title" },
      ],
      siteNames: [],
      host: null,
    };
    expect(extractPageHeadline(input).value).toBe("Fog horns of the northern coast, heard again");
    // The same heading further down the page, or not a link, is the article's own heading.
    expect(extractPageHeadline({ ...input, headings: [masthead("Notes from the Harbour", 12)] }).value).toBe(
      "Notes from the Harbour",
    );
    expect(extractPageHeadline({ ...input, headings: [block(0, "Notes from the Harbour")] }).value).toBe(
      "Notes from the Harbour",
    );
  });

  it("keeps a linked heading atop the page that is the longer part of its title", () => {
    const field = extractPageHeadline({
      fromText: none,
      headings: [masthead("Fog horns of the northern coast")],
      stated: [{ value: "Fog horns of the northern coast « Harbour Notes", key: "title" }],
      siteNames: [],
      host: null,
    });
    expect(field.value).toBe("Fog horns of the northern coast");
  });

  it("finds the headline under a masthead when the title leads with the site's name", () => {
    const field = extractPageHeadline({
      fromText: none,
      headings: [
        masthead("Harbour Notes"),
        { ...block(40, "Fog horns of the northern coast"), hints: { heading: 2 } },
      ],
      stated: [{ value: "Harbour Notes » Archive » Fog horns of the northern coast", key: "title" }],
      siteNames: [],
      host: null,
    });
    expect(field.value).toBe("Fog horns of the northern coast");
    expect(field.from?.block).toBe(40);
  });

  it("drops a kicker in its own element when the title sets it apart before a shortened headline", () => {
    const field = extractPageHeadline({
      fromText: none,
      headings: [
        block(4, "Harbour Watch Free tide tables for every pier", [
          "Harbour Watch",
          "Free tide tables for every pier",
        ]),
      ],
      stated: [{ value: "Harbour Watch - free tide tables | Coast Weekly", key: "title" }],
      siteNames: ["Coast Weekly"],
      host: null,
    });
    expect(field.value).toBe("Free tide tables for every pier");
    // A title that says too much else to confirm the heading still marks its kicker off.
    const unconfirmed = extractPageHeadline({
      fromText: none,
      headings: [
        block(4, "Harbour Watch Free tide tables for every pier", [
          "Harbour Watch",
          "Free tide tables for every pier",
        ]),
      ],
      stated: [
        {
          value:
            "Harbour Watch - free tide tables | Coast Weekly, the tides, winds and weather news of sailors and anglers",
          key: "title",
        },
      ],
      siteNames: [],
      host: null,
    });
    expect(unconfirmed.value).toBe("Free tide tables for every pier");
    expect(unconfirmed.rule).toMatch(/^main heading without a kicker/);
  });
});

describe("extractPageHeadline, stated titles agreeing after different kickers", () => {
  it("takes the words two stated titles share after the labels each sets before them", () => {
    const og = { value: "Steam again?: Harbour Tug 1920 Beta", key: "og:title" };
    const input = {
      fromText: none,
      headings: [],
      stated: [og, { value: "Previews: Harbour Tug 1920 Beta", key: "title" }],
      siteNames: [],
      host: null,
    };
    expect(extractPageHeadline(input).value).toBe("Harbour Tug 1920 Beta");
    // Titles that agree whole, or share words no label sets apart, are taken as the first states them.
    expect(extractPageHeadline({ ...input, stated: [og] }).value).toBe("Steam again?: Harbour Tug 1920 Beta");
    const runOn = extractPageHeadline({
      ...input,
      stated: [
        { value: "Steam again on the Harbour Tug 1920 Beta", key: "og:title" },
        { value: "Previews: Harbour Tug 1920 Beta", key: "title" },
      ],
    });
    expect(runOn.value).toBe("Steam again on the Harbour Tug 1920 Beta");
  });
});

describe("extractPageHeadline, a stated title among section labels", () => {
  const stated = (value: string) =>
    extractPageHeadline({
      fromText: none,
      headings: [],
      stated: [{ value, key: "title" }],
      siteNames: ["Harbour Notes"],
      host: null,
    }).value;

  it("takes the one segment that says something among segments that are a word or two", () => {
    expect(stated("Harbour Notes - Fog horns heard again on the coast - Club Press - News")).toBe(
      "Fog horns heard again on the coast",
    );
  });

  it("keeps the title when two segments say something, or the long one ends it", () => {
    expect(stated("Fog horns heard again - on the northern coast - News")).toBe(
      "Fog horns heard again - on the northern coast - News",
    );
    expect(stated("News - Events - Northern Coast Swimming Club")).toBe(
      "News - Events - Northern Coast Swimming Club",
    );
  });
});

describe("extractPageHeadline, kickers and section headings round the headline", () => {
  it("passes over a heading whose own element is named as the kicker", () => {
    const nodes = [
      { tag: "header", parent: null, names: "article-header" },
      { tag: "h1", parent: 0, names: "strapline" },
      { tag: "h2", parent: 0, names: "title" },
    ];
    const input = {
      fromText: none,
      headings: [
        { ...block(3, "Tide tables: a new update"), hints: { heading: 1, node: 1 } },
        { ...block(4, "Free tide tables for every pier"), hints: { heading: 2, node: 2 } },
      ],
      stated: [{ value: "Free tide tables for every pier - Tide tables: a new update", key: "og:title" }],
      siteNames: [],
      host: null,
    };
    expect(extractPageHeadline({ ...input, nodes }).value).toBe("Free tide tables for every pier");
    // Named otherwise, the <h1> is the page's main heading, and the title confirms it too.
    const plain = nodes.map((node) => (node.tag === "h1" ? { ...node, names: "lead" } : node));
    expect(extractPageHeadline({ ...input, nodes: plain }).value).toBe("Tide tables: a new update");
  });

  it("passes over a heading in a breadcrumb trail unless a stated title spells it out", () => {
    const nodes = [
      { tag: "nav", parent: null, names: "site-breadcrumb" },
      { tag: "h1", parent: 0, names: "" },
      { tag: "div", parent: null, names: "article" },
      { tag: "h2", parent: 2, names: "story-top" },
    ];
    const headings = [
      { ...block(3, "Harbour news / Tug boats steam again"), hints: { heading: 1, node: 1 } },
      { ...block(6, "Tug boats steam again on the river"), hints: { heading: 2, node: 3 } },
    ];
    const input = { fromText: none, headings, nodes, siteNames: [], host: null };
    const jsonld = { value: "Tug boats steam again on the river this spring", key: "jsonld:0.headline" };
    expect(extractPageHeadline({ ...input, stated: [jsonld] }).value).toBe(
      "Tug boats steam again on the river",
    );
    // The trail's step is the headline when the metadata states it word for word.
    const title = { value: "Harbour news / Tug boats steam again", key: "title" };
    expect(extractPageHeadline({ ...input, stated: [title, jsonld] }).value).toBe(
      "Harbour news / Tug boats steam again",
    );
    // Outside a trail the <h1> is the page's heading, which the stated headline confirms.
    const plain = nodes.map((node) => (node.tag === "nav" ? { ...node, tag: "div", names: "top" } : node));
    expect(extractPageHeadline({ ...input, nodes: plain, stated: [jsonld] }).value).toBe(
      "Harbour news / Tug boats steam again",
    );
  });

  it("takes the article's own heading that restates a breadcrumb trail's <h1> further down", () => {
    const nodes = [
      { tag: "ol", parent: null, names: "breadcrumbs" },
      { tag: "h1", parent: 0, names: "" },
      { tag: "header", parent: null, names: "story-header" },
      { tag: "h2", parent: 2, names: "" },
    ];
    const stated = [{ value: "Ferry fares: Why the island ferry costs more this summer", key: "og:title" }];
    const trail = {
      ...block(3, "Ferry fares: Why the island ferry costs more this summer"),
      hints: { heading: 1, node: 1 },
    };
    const own = {
      ...block(7, "Ferry fares: Why the island ferry costs more this summer", [
        "Ferry fares",
        "Why the island ferry costs more this summer",
      ]),
      hints: { heading: 2, node: 3, parts: ["Ferry fares", "Why the island ferry costs more this summer"] },
      role: "boilerplate" as const,
    };
    const input = { fromText: none, stated, siteNames: [], host: null, nodes };
    const field = extractPageHeadline({ ...input, headings: [trail, own] });
    expect(field.from?.block).toBe(7);
    expect(field.rule).toContain("restating the breadcrumb step");
    // Read from the article's own heading, the stated title marks its kicker off.
    expect(field.value).toBe("Why the island ferry costs more this summer");
    // A heading further down that says something else is a section of the article: the trail's step stays.
    const section = {
      ...own,
      text: "Ferry timetables",
      cleanText: "Ferry timetables",
      hints: { heading: 2, node: 3 },
    };
    expect(extractPageHeadline({ ...input, headings: [trail, section] }).from?.block).toBe(3);
    // Outside a trail, the <h1> is the page's own heading.
    const plain = nodes.map((node) => (node.tag === "ol" ? { ...node, names: "intro" } : node));
    expect(extractPageHeadline({ ...input, nodes: plain, headings: [trail, own] }).from?.block).toBe(3);
  });

  it("keeps the main heading over a section heading further down that the stated title echoes", () => {
    const main = { ...block(2, "Leasing a company car or paying for it in cash?"), hints: { heading: 1 } };
    const sectionOne = { ...block(5, "What leasing costs a firm"), hints: { heading: 2 } };
    const sectionTwo = {
      ...block(9, "Summary: leasing or buying the car, what pays off?"),
      hints: { heading: 2 },
    };
    const stated = [{ value: "Company car: leasing or buying, what pays off?", key: "og:title" }];
    const input = { fromText: none, stated, siteNames: [], host: null };
    const field = extractPageHeadline({ ...input, headings: [main, sectionOne, sectionTwo] });
    expect(field.value).toBe("Leasing a company car or paying for it in cash?");
    expect(field.rule).toContain("over a section heading");
    // With no section before it, the heading the title confirms is the headline under a kicker-like <h1>.
    expect(extractPageHeadline({ ...input, headings: [main, sectionTwo] }).value).toBe(
      "Summary: leasing or buying the car, what pays off?",
    );
    // An <h1> that shares next to nothing with the title is no headline the title is about.
    const section = { ...main, text: "Our guides", cleanText: "Our guides" };
    expect(extractPageHeadline({ ...input, headings: [section, sectionOne, sectionTwo] }).value).toBe(
      "Summary: leasing or buying the car, what pays off?",
    );
  });

  it("drops a kicker a stated headline names when the title shortens the rest to its opening words", () => {
    const heading = block(
      4,
      "Festive tricks Keep your weight over the holidays: ten tips for a light feast",
      ["Festive tricks", "Keep your weight over the holidays: ten tips for a light feast"],
    );
    const kickerStated = { value: "Festive tricks", key: "jsonld:0.headline" };
    const input = { fromText: none, headings: [heading], siteNames: [], host: null };
    const shortened = { value: "Keep your weight over the holidays: ten tips", key: "title" };
    expect(extractPageHeadline({ ...input, stated: [kickerStated, shortened] }).value).toBe(
      "Keep your weight over the holidays: ten tips for a light feast",
    );
    // Without a title that opens the rest, the stated headline marks the kicker as the run it spells out.
    expect(extractPageHeadline({ ...input, stated: [kickerStated] }).value).toBe("Festive tricks");
    // Two words open too many headlines to say the title shortens this one.
    const tooShort = { value: "Keep your", key: "title" };
    expect(extractPageHeadline({ ...input, stated: [kickerStated, tooShort] }).value).toBe("Festive tricks");
  });
});
