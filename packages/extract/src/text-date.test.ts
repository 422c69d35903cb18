import type { CleanBlock, PageNode } from "@clippings/core";
import { describe, expect, it } from "vitest";
import {
  dateLineNear,
  dayInText,
  findDateLine,
  findFirstDate,
  findOnlyDate,
  inOtherDates,
} from "./text-date.js";

const TODAY = "2026-11-23";

describe("dayInText", () => {
  it("reads numeric dates, day first outside American English", () => {
    expect(dayInText("Veröffentlicht am 27.01.2022, 10:15", "de", TODAY)).toBe("2022-01-27");
    expect(dayInText("Posted 2019/11/20", "en", TODAY)).toBe("2019-11-20");
    expect(dayInText("04/03/2021", "en", TODAY)).toBe("2021-04-03");
    expect(dayInText("04/03/2021", "fr", TODAY)).toBe("2021-03-04");
  });

  it("reads a dotted date with a two-digit year, not a longer run of dotted numbers", () => {
    expect(dayInText("Von: A. Writer | 31.10.23", "de", TODAY)).toBe("2023-10-31");
    expect(dayInText("Party, 8.5.12", null, TODAY)).toBe("2012-05-08");
    expect(dayInText("Version 1.2.10.4", "en", TODAY)).toBeNull();
    expect(dayInText("Score 31.13.23", "en", TODAY)).toBeNull();
  });

  it("reads a slashed date with a two-digit year, month first only in American English", () => {
    expect(dayInText("von A. Writer am 26/10/13, 03:48 pm", "de", TODAY)).toBe("2013-10-26");
    expect(dayInText("Posted 10/26/13", "en", TODAY)).toBe("2013-10-26");
    expect(dayInText("Posted 04/03/21", "fr", TODAY)).toBe("2021-03-04");
    expect(dayInText("Section 1/2/10/4", "en", TODAY)).toBeNull();
    expect(dayInText("Open 24/7/365", "en", TODAY)).toBeNull();
  });

  it("reads a day printed without its ordinal's dot before another language's month name", () => {
    expect(dayInText("Von A. Writer, 07 Dezember, 2022", "de", TODAY)).toBe("2022-12-07");
    expect(dayInText("7 Dezember 2022", null, TODAY)).toBe("2022-12-07");
    expect(dayInText("12 Mitarbeiter, 2022", "de", TODAY)).toBeNull();
  });

  it("reads dates written in words in the page's language", () => {
    expect(dayInText("28. April 2023", "de", TODAY)).toBe("2023-04-28");
    expect(dayInText("le 2 juin 2020", "fr", TODAY)).toBe("2020-06-02");
    expect(dayInText("November 19, 2019 | 9:25pm", "en", TODAY)).toBe("2019-11-19");
  });

  it("ignores relative words, dates without a year and future dates", () => {
    expect(dayInText("Updated today", "en", TODAY)).toBeNull();
    expect(dayInText("vor 2 Tagen", "de", TODAY)).toBeNull();
    expect(dayInText("March 3", "en", TODAY)).toBeNull();
    expect(dayInText("Event on 2030-01-01", "en", TODAY)).toBeNull();
  });
});

describe("dayInText without the page's language", () => {
  it("reads month names in the common languages when the declared locale reads nothing", () => {
    expect(dayInText("Dienstag, 28. April 2020", null, TODAY)).toBe("2020-04-28");
    expect(dayInText("mardi 5 juin 2018", "en", TODAY)).toBe("2018-06-05");
    expect(dayInText("15 августа 2016, 13:43", null, TODAY)).toBe("2016-08-15");
  });

  it("reads a year run into the next word", () => {
    expect(dayInText("Published on August 19, 2019August 19, 2019 • 319 Likes", "en", TODAY)).toBe(
      "2019-08-19",
    );
  });

  it("reads a day run into its year after a month word, and no more than that", () => {
    expect(dayInText("Feb 182009", "de", TODAY)).toBe("2009-02-18");
    expect(dayInText("Apr 042013", "de", TODAY)).toBe("2013-04-04");
    expect(dayInText("März 2013", "de", TODAY)).toBeNull();
  });

  it("reads a year run into the clock or the next date after it", () => {
    expect(dayInText("3 de mayo de 202221:25", "es", TODAY)).toBe("2022-05-03");
    expect(dayInText("28. Juni 201914. Januar 2020 | A. Writer", "de", TODAY)).toBe("2019-06-28");
  });

  it("reads nothing from text without a written year", () => {
    expect(dayInText("Dienstag, 28. April", null, TODAY)).toBeNull();
  });
});

interface Line {
  text: string;
  /** Names of the elements holding the line, outermost first. */
  names: string[];
  heading?: number;
  region?: string;
  linkDensity?: number;
}

/** A page as the HTML reader gives it: one block per line, each inside its own chain of named elements. */
function page(lines: Line[]): { blocks: CleanBlock[]; nodes: PageNode[] } {
  const nodes: PageNode[] = [];
  const blocks = lines.map((line, index): CleanBlock => {
    let parent: number | null = null;
    for (const names of line.names) {
      nodes.push({ tag: "div", parent, names });
      parent = nodes.length - 1;
    }
    const hints: CleanBlock["hints"] = {};
    if (parent !== null) hints.node = parent;
    if (line.heading) hints.heading = line.heading;
    if (line.region) hints.region = line.region;
    if (line.linkDensity !== undefined) hints.linkDensity = line.linkDensity;
    return {
      index,
      text: line.text,
      start: 0,
      end: line.text.length,
      hints,
      role: "content",
      reason: null,
      repeatOf: null,
      cleanText: line.text,
    };
  });
  return { blocks, nodes };
}

describe("findDateLine", () => {
  it("finds a date in an element whose compound class names a date", () => {
    const { blocks, nodes } = page([
      { text: "A story", names: ["post hentry"], heading: 1 },
      { text: "Veröffentlicht am: 6. August 2009", names: ["post hentry", "postmeta", "postdate"] },
    ]);
    expect(findDateLine(blocks, nodes, "de", TODAY)).toEqual({ day: "2009-08-06", block: 1, edited: false });
  });

  it("skips the dates of comments and sidebars but not a date element named after its comment count", () => {
    const { blocks, nodes } = page([
      { text: "A story", names: ["main"], heading: 1 },
      { text: "May 5, 2019", names: ["main", "comments", "comment-body", "comment-date"] },
      { text: "May 4, 2019", names: ["sidebar", "widget recent-posts", "post-date"] },
      { text: "April 19, 2019 / 7", names: ["main", "post-12 post", "post-meta", "comments-date"] },
    ]);
    expect(findDateLine(blocks, nodes, "en", TODAY)).toEqual({ day: "2019-04-19", block: 3, edited: false });
  });

  it("takes a widget's date when the widget holds the article itself", () => {
    const { blocks, nodes } = page([
      { text: "Friday, December 23, 2016", names: ["blog1 widget blog", "blog-posts hfeed", "date-header"] },
    ]);
    expect(findDateLine(blocks, nodes, null, TODAY)).toEqual({ day: "2016-12-23", block: 0, edited: false });
  });

  it("prefers the publication stamp to an update stamp, and ignores copyright lines", () => {
    const { blocks, nodes } = page([
      { text: "A story", names: ["article"], heading: 1 },
      { text: "© 2021 Example Media", names: ["article", "article-info"] },
      { text: "Updated: 3 March 2021", names: ["article", "article-info", "date"] },
      { text: "Published: 1 March 2021", names: ["article", "article-info", "date"] },
    ]);
    expect(findDateLine(blocks, nodes, "en", TODAY)).toEqual({ day: "2021-03-01", block: 3, edited: false });
  });

  it("does not take a modification stamp for a date line by its hAtom name alone", () => {
    const { blocks, nodes } = page([
      { text: "A story", names: ["article"], heading: 1 },
      { text: "Some text that is long enough to be a paragraph of the story, and more.", names: ["article"] },
      { text: "A second paragraph of the story goes on for a while longer than that.", names: ["article"] },
      { text: "A third paragraph.", names: ["article"] },
      { text: "A fourth paragraph.", names: ["article"] },
      { text: "A fifth paragraph.", names: ["article"] },
      { text: "A sixth paragraph.", names: ["article"] },
      { text: "A seventh paragraph.", names: ["article"] },
      { text: "An eighth paragraph.", names: ["article"] },
      { text: "3 March 2021", names: ["article", "updated"] },
    ]);
    expect(findDateLine(blocks, nodes, "en", TODAY)).toBeNull();
  });

  it("does not take WordPress's post status class for the name of a date element", () => {
    const post = "post-7 post type-post status-publish format-standard hentry";
    const { blocks, nodes } = page([
      { text: "A story", names: [post, "entry-header", "entry-title"], heading: 1 },
      { text: "Photo: the hall.", names: [post, "entry-content", "caption"] },
      {
        text: "At the teaching fair on 26 September 2019 we will show the tool in a workshop for all the staff who want to try it.",
        names: [post, "entry-content", "paragraph"],
      },
    ]);
    expect(findDateLine(blocks, nodes, "en", TODAY)).toBeNull();
  });

  it("finds a date line whose year runs into its clock", () => {
    const { blocks, nodes } = page([
      { text: "A story", names: ["story-title"], heading: 1 },
      { text: "miércoles, 4 de mayo de 202207:59 hs", names: ["story-subtitle", "story-meta-datetime"] },
      { text: "03-05-2022", names: ["grid-cards", "card", "date"] },
    ]);
    expect(findDateLine(blocks, nodes, "es", TODAY)).toEqual({ day: "2022-05-04", block: 1, edited: false });
  });

  it("reads a line that states the publication first and the update after it as the publication's", () => {
    const { blocks, nodes } = page([
      { text: "A story", names: ["title-area"], heading: 1 },
      { text: "Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46", names: ["title-area", "date"] },
      { text: "2023-11-03", names: ["more-news", "date"] },
    ]);
    expect(findDateLine(blocks, nodes, "en", TODAY)).toEqual({ day: "2023-11-07", block: 1, edited: false });
  });

  it("skips the dates of other stories in teasers and sliders, not the article's own lead named as a teaser", () => {
    const { blocks, nodes } = page([
      { text: "A story", names: ["main"], heading: 1 },
      { text: "06 Aug 2020 // Tips", names: ["main", "contenttype-teaser", "infos"] },
      { text: "Press release 16.02.2022", names: ["main", "node node--view-mode-teaser", "headline-info"] },
      { text: "24 October 2023", names: ["main", "secondary-slider", "slide", "date"] },
      { text: "Press release 02.11.2021", names: ["main", "article-head", "headline-info"] },
    ]);
    expect(findDateLine(blocks, nodes, "en", TODAY)).toEqual({ day: "2021-11-02", block: 4, edited: false });
    const lead = page([
      { text: "A story", names: ["main"], heading: 1 },
      { text: "Press release of 25 January 2022", names: ["detail__teaser-text", "meta"] },
    ]);
    expect(findDateLine(lead.blocks, lead.nodes, "en", TODAY)?.day).toBe("2022-01-25");
  });

  it("passes over a site's linked logo heading in the page header, and the date bar under it", () => {
    const { blocks, nodes } = page([
      { text: "Example Radio", names: ["top", "logo"], heading: 1, region: "header", linkDensity: 1 },
      { text: "Wednesday, 26.02.2020", names: ["top", "today"], region: "header" },
      { text: "A story", names: ["article", "head"], heading: 1 },
      {
        text: "The story's first paragraph, long enough not to be a date line of any kind.",
        names: ["article"],
      },
    ]);
    expect(findDateLine(blocks, nodes, "en", TODAY)).toBeNull();
  });

  it("reads the date that opens a lead just under the heading, set off by a dash or a bar", () => {
    const lead = (text: string) =>
      page([
        { text: "A story", names: ["content"], heading: 1 },
        { text, names: ["content", "bodytext"] },
      ]);
    const dashed = lead(
      `29.11.2022 – The industry had warned about the plan time and again. ${"More text. ".repeat(8)}`,
    );
    expect(findDateLine(dashed.blocks, dashed.nodes, "de", TODAY)?.day).toBe("2022-11-29");
    const barred = lead(
      `Press release of 25 January 2022 | Berlin – The cooperation will go on. ${"More. ".repeat(12)}`,
    );
    expect(findDateLine(barred.blocks, barred.nodes, "en", TODAY)?.day).toBe("2022-01-25");
    // A date further into a long paragraph is part of the story, not its date line.
    const inside = lead(
      `The industry had warned about the plan on 29.11.2022 and again later. ${"More. ".repeat(12)}`,
    );
    expect(findDateLine(inside.blocks, inside.nodes, "en", TODAY)).toBeNull();
  });

  it("reads the bracketed date that opens a lead just under the heading, after a place or not", () => {
    const lead = (text: string) =>
      page([
        { text: "A story", names: ["content"], heading: 1 },
        { text, names: ["content", "bodytext"] },
      ]);
    const placed = lead(`Springfield, (12.11.2021). The city remembers its dead. ${"More text. ".repeat(8)}`);
    expect(findDateLine(placed.blocks, placed.nodes, "de", TODAY)?.day).toBe("2021-11-12");
    const bare = lead(`(21 November 2022) Consumers face one rise after another. ${"More text. ".repeat(8)}`);
    expect(findDateLine(bare.blocks, bare.nodes, "en", TODAY)?.day).toBe("2022-11-21");
    const source = lead(`(Example Wire) The council met on 3 May 2020 to vote. ${"More text. ".repeat(8)}`);
    expect(findDateLine(source.blocks, source.nodes, "en", TODAY)).toBeNull();
  });

  it("reads a short date line set as a kicker just over the heading, not a date bar in the page header", () => {
    const { blocks, nodes } = page([
      { text: "Wednesday, 26.02.2020", names: ["top", "today"], region: "header" },
      { text: "02.02.2022 10:16 - League - Wire", names: ["story", "kicker"] },
      { text: "A story", names: ["story"], heading: 1 },
      {
        text: "The story's first paragraph, long enough not to be a date line of any kind.",
        names: ["story"],
      },
    ]);
    expect(findDateLine(blocks, nodes, "de", TODAY)).toEqual({ day: "2022-02-02", block: 1, edited: false });
    const teaser = page([
      { text: "30.01.2022 - League", names: ["related", "item"] },
      { text: "A story", names: ["story"], heading: 1 },
    ]);
    expect(findDateLine(teaser.blocks, teaser.nodes, "de", TODAY)).toBeNull();
  });

  it("reads a date named by an update label in the element before it as an edit's", () => {
    const { blocks, nodes } = page([
      { text: "A story", names: ["box", "box-title"], heading: 1 },
      { text: "Published on:", names: ["box", "box-side"] },
      { text: "13.10.2021", names: ["box", "box-side", "box-headline"] },
      {
        text: "The story's first paragraph, long enough not to be a date line of any kind.",
        names: ["body"],
      },
      { text: "Last modified:", names: ["footer-info", "timestamp"] },
      { text: "15.10.2021", names: ["footer-info", "timestamp-list"] },
    ]);
    expect(findDateLine(blocks, nodes, "de", TODAY)).toEqual({ day: "2021-10-13", block: 2, edited: false });
  });
});

describe("a long date line", () => {
  const sentence =
    "This entry was posted on Friday, August 22nd, 2014 at 10:15 am and is filed under Travel. You can follow any responses to this entry through the feed. You can leave a response from your own site.";

  it("reads the date that opens a long line and not one further in", () => {
    expect(sentence.length).toBeGreaterThan(160);
    expect(dayInText(sentence, "en", TODAY)).toBe("2014-08-22");
    const later = `${"Filed under Travel, Food and other things that we write about here. ".repeat(2)} Posted on August 22nd, 2014.`;
    expect(dayInText(later, "en", TODAY)).toBeNull();
  });

  it("takes a long line in a date-named element for the date line", () => {
    const { blocks, nodes } = page([
      { text: "A story", names: ["post"], heading: 1 },
      { text: sentence, names: ["post", "postmetadata"] },
    ]);
    expect(findDateLine(blocks, nodes, "en", TODAY)).toEqual({ day: "2014-08-22", block: 1, edited: false });
  });
});

describe("findOnlyDate", () => {
  it("takes the one day a page names, even in a sidebar, but none of two days or a copyright line's", () => {
    const { blocks } = page([
      { text: "A podcast", names: ["main"], heading: 1 },
      { text: "Archive: May 2019", names: ["sidebar"] },
      { text: "Recorded on 23 mai 2019", names: ["podcast__sidebar"] },
      { text: "© 12.01.2020 Example Radio", names: ["site-info"] },
    ]);
    expect(findOnlyDate(blocks, "fr", TODAY)).toEqual({ day: "2019-05-23", block: 2, edited: false });
    const two = page([
      ...blocks.map((b) => ({ text: b.text, names: ["x"] })),
      { text: "1 juin 2019", names: ["x"] },
    ]);
    expect(findOnlyDate(two.blocks, "fr", TODAY)).toBeNull();
  });
});

describe("inOtherDates", () => {
  const inside = (names: string[]) => {
    const { blocks, nodes } = page([{ text: "3 May 2020", names }]);
    return inOtherDates(blocks[0] as CleanBlock, nodes);
  };

  it("takes a layout that has a sidebar beside the content for no sidebar", () => {
    expect(inside(["panel-display one-sidebar-second", "content-area", "byline"])).toBe(false);
    expect(inside(["main has-left-sidebar has-right-sidebar", "byline"])).toBe(false);
    expect(inside(["main has-left-sidebar", "sidebar-right sidebar", "date"])).toBe(true);
  });

  it("matches event as a word and a teaser's box as another story's", () => {
    expect(inside(["page prevent-scroll", "meta"])).toBe(false);
    expect(inside(["eventbox", "eventbox__right-col"])).toBe(false);
    expect(inside(["event-list", "item"])).toBe(true);
    expect(inside(["main", "teaser-box clickable", "date"])).toBe(true);
  });
});

describe("findFirstDate", () => {
  it("takes a credit line's date before an earlier date line of a page without a heading", () => {
    const { blocks, nodes } = page([
      { text: "Edition of 12 October 2020", names: ["header-bottom", "edition"] },
      { text: "A story", names: ["content"], heading: 2 },
      { text: "Par A. Writer le 07 Mai 2020", names: ["content", "signature"] },
    ]);
    expect(findFirstDate(blocks, nodes, "fr", TODAY)).toEqual({ day: "2020-05-07", block: 2, edited: false });
  });

  it("takes the first short date line after the heading, not the site's footer or menus", () => {
    const { blocks, nodes } = page([
      { text: "Events 12.10.2023", names: ["menu"], region: "nav" },
      { text: "A story", names: ["main"], heading: 1 },
      { text: "10. September 2017", names: ["main", "content"] },
      { text: "Stand: 09.10.2017", names: ["page-end"], region: "footer" },
    ]);
    expect(findFirstDate(blocks, nodes, "de", TODAY)).toEqual({ day: "2017-09-10", block: 2, edited: false });
    expect(findFirstDate(blocks.slice(3), nodes, "de", TODAY)).toBeNull();
  });

  it("takes the date that opens the lead, set off by a dash, however far below the heading", () => {
    const { blocks, nodes } = page([
      { text: "Example Magazine", names: ["site"], heading: 1 },
      ...Array.from({ length: 12 }, (_, i) => ({ text: `Section ${i + 1}`, names: ["menu-list"] })),
      { text: "By A. Writer", names: ["content", "bodytext"] },
      {
        text: `27.1.2022 - Remembering those who were persecuted was long left to a few. ${"More text. ".repeat(8)}`,
        names: ["content", "bodytext"],
      },
    ]);
    expect(findFirstDate(blocks, nodes, "de", TODAY)?.day).toBe("2022-01-27");
    const quoted = page([
      { text: "Example Agency", names: ["site"], heading: 1 },
      ...Array.from({ length: 12 }, (_, i) => ({ text: `Section ${i + 1}`, names: ["menu-list"] })),
      {
        text: `01.02.2022 “The market started the year well,” the agency said. ${"More. ".repeat(12)}`,
        names: ["copy"],
      },
    ]);
    expect(findFirstDate(quoted.blocks, quoted.nodes, "de", TODAY)?.day).toBe("2022-02-01");
    // A date inside the paragraph is part of what it says.
    const inside = page([
      { text: "Example Agency", names: ["site"], heading: 1 },
      { text: `The market started on 01.02.2022, the agency said. ${"More. ".repeat(12)}`, names: ["copy"] },
    ]);
    expect(findFirstDate(inside.blocks, inside.nodes, "de", TODAY)).toBeNull();
  });

  it("reads a page without a heading from its first paragraph, before a date bar in the page header", () => {
    const { blocks, nodes } = page([
      { text: "Mittwoch, 01. November 2023", names: ["top-bar"], region: "header" },
      { text: "Columns", names: ["menu-list"], region: "nav" },
      {
        text: `31. Oktober 2023. Die Bühne gehört an diesem Abend den Gästen aus dem Umland. ${"Mehr Text. ".repeat(8)}`,
        names: ["column-text"],
      },
    ]);
    for (const block of blocks.slice(0, 2)) {
      block.role = "boilerplate";
      block.reason = "outside-article";
    }
    expect(findFirstDate(blocks, nodes, "de", TODAY)).toEqual({ day: "2023-10-31", block: 2, edited: false });
    // The bar's date is still the last resort of a page whose text gives none.
    expect(findFirstDate(blocks.slice(0, 2), nodes, "de", TODAY)?.day).toBe("2023-11-01");
  });

  it("takes a lead's opening date closed by a full stop, not a year that ends a sentence", () => {
    const dated = page([
      { text: "A story", names: ["main"], heading: 1 },
      { text: `March 3, 2021. The city opened its new harbour. ${"More text. ".repeat(8)}`, names: ["copy"] },
    ]);
    expect(findFirstDate(dated.blocks, dated.nodes, "en", TODAY)?.day).toBe("2021-03-03");
    const yearOnly = page([
      { text: "A story", names: ["main"], heading: 1 },
      { text: `The harbour was built in 2021. It opened late. ${"More text. ".repeat(8)}`, names: ["copy"] },
    ]);
    expect(findFirstDate(yearOnly.blocks, yearOnly.nodes, "en", TODAY)).toBeNull();
  });
});

describe("dayInText in a page of unknown language", () => {
  it("reads Indonesian month names among the fallback languages", () => {
    expect(dayInText("Diposting pada Maret 30, 2015 oleh Admin", null, TODAY)).toBe("2015-03-30");
    expect(dayInText("Rabu, 30 Desember 2015", null, TODAY)).toBe("2015-12-30");
  });
});

describe("dateLineNear", () => {
  it("finds the date line under a headline that stands well above the article, nearest first", () => {
    // Nearest the article first: the lines of a table of contents, then the date line, the headline and a
    // site's date bar at the top of the page.
    const { blocks } = page([
      ...Array.from({ length: 9 }, (_, i) => ({ text: `Section ${i + 1} of the guide`, names: [] })),
      { text: "sexta-feira, 22 de outubro de 2010 às 20:13", names: [] },
      { text: "A guide to the season", names: [] },
      { text: "Monday, 25 October 2010", names: [] },
    ]);
    expect(dateLineNear(blocks, TODAY)).toEqual({ day: "2010-10-22", block: 9, edited: false });
  });
});
