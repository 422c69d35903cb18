import type { CleanBlock } from "@clippings/core";
import { describe, expect, it } from "vitest";
import {
  extractHeadline,
  gluesElements,
  type HeadlineInput,
  isNavigationLine,
  titleParts,
} from "./headline.js";

const block = (index: number, text: string): CleanBlock => ({
  index,
  text,
  cleanText: text,
  start: 0,
  end: text.length,
  hints: {},
  role: "content",
  reason: null,
  repeatOf: null,
});

const LEAD =
  "Harbour councillors approved the new ferry pier on Monday after a long debate about its cost. The pier will open next spring.";

/** A text scrape's header for extractHeadline, with no repeated or excluded lines unless given. */
const scrapeInput = (header: CleanBlock[], over: Partial<HeadlineInput> = {}): HeadlineInput => ({
  header,
  repeatCounts: new Map(),
  excluded: new Set<number>(),
  lead: LEAD,
  textScrape: true,
  ...over,
});

describe("extractHeadline", () => {
  it("prefers the line that agrees with the lead over a section label and menu lines nearer the article", () => {
    const header = [
      block(0, "Local News Sport Weather"),
      block(1, "Councillors Approve New Ferry Pier After Long Debate"),
      block(2, "Harbour Matters"),
      block(3, "Most Read Stories Today"),
    ];
    const got = extractHeadline({ header, repeatCounts: new Map(), excluded: new Set(), lead: LEAD });
    expect(got.value).toBe("Councillors Approve New Ferry Pier After Long Debate");
  });

  it("in a text scrape, takes the line above the byline over a link list's teaser nearer the article", () => {
    const teaser = { ...block(5, "Councillors approve second ferry pier"), reason: "list-item" };
    const header = [
      block(1, "Harbour Says Yes"),
      block(2, "By Jane Roe"),
      block(3, "Most Read"),
      block(4, "Other News Of The Day"),
      teaser,
    ];
    const input = { header, repeatCounts: new Map(), excluded: new Set([2]), lead: LEAD };
    expect(extractHeadline({ ...input, textScrape: true }).value).toBe("Harbour Says Yes");
    // HTML pages keep their scoring: there the teaser, nearer and closer to the lead, still wins.
    expect(extractHeadline(input).value).toBe("Councillors approve second ferry pier");
  });

  it("in a text scrape, reaches the line above the byline over a long video list between byline and article", () => {
    const playlist = Array.from({ length: 24 }, (_, i) =>
      block(3 + i, `Watch Councillors Debate Harbour Plans Part ${i + 1} Of The Series`),
    );
    const header = [
      block(0, "Ferry Pier Approved By Harbour Councillors"),
      block(1, "By Jane Roe, Harbour Correspondent"),
      block(2, "Updated 0339 GMT November 19, 2019"),
      ...playlist,
    ];
    const input = { header, repeatCounts: new Map(), excluded: new Set([1, 2]), lead: LEAD };
    expect(extractHeadline({ ...input, textScrape: true }).value).toBe(
      "Ferry Pier Approved By Harbour Councillors",
    );
    // Without the byline the headline is 26 lines up, beyond the reach of the nearest candidates.
    const unanchored = { ...input, excluded: new Set<number>(), textScrape: true };
    expect(extractHeadline(unanchored).value).not.toBe("Ferry Pier Approved By Harbour Councillors");
  });

  it("in a text scrape, takes the headline-shaped line right above a standfirst over a line by the byline", () => {
    const header = [
      block(1, "Harbour Says Yes To Pier"),
      block(2, "The vote ends a decade of argument over how the town should use its waterfront."),
      block(3, "Opinion Columnist For The Herald"),
      block(4, "Jane Roe"),
      block(5, "Tuesday November 19, 2019"),
    ];
    const input = scrapeInput(header, { excluded: new Set([5]) });
    expect(extractHeadline(input).value).toBe("Harbour Says Yes To Pier");
  });

  it("in a text scrape, passes over a label glued to its value by the scrape", () => {
    expect(gluesElements("BiographyJane Roe")).toBe(true);
    expect(gluesElements("Author:Jane RoePublish date:Nov 18, 2019")).toBe(true);
    expect(gluesElements("21:17 18.11.2019Get short URL")).toBe(true);
    expect(gluesElements("PlayStation and LinkedIn Agree Deal")).toBe(false);
    const header = [
      block(1, "Harbour Says Yes To Pier"),
      block(2, "Author:Jane RoePublish date:Nov 18, 2019"),
    ];
    expect(extractHeadline(scrapeInput(header)).value).toBe("Harbour Says Yes To Pier");
  });

  it("in a text scrape, passes over a line the page prints again below the article", () => {
    const header = [
      block(1, "Harbour Says Yes To Pier"),
      block(2, "Continue Reading The Harbour Story"),
      block(3, "Opinion"),
    ];
    const input = { header, repeatCounts: new Map([[2, 2]]), excluded: new Set<number>(), lead: LEAD };
    expect(extractHeadline({ ...input, textScrape: true }).value).toBe("Continue Reading The Harbour Story");
    const below = { ...input, repeatedBelow: new Set([2]), textScrape: true };
    expect(extractHeadline(below).value).toBe("Harbour Says Yes To Pier");
  });

  it("in a text scrape, never takes a byline for the headline", () => {
    const header = [block(1, "Harbour Says Yes"), block(2, "by Harbour Ferry Pier Agency")];
    const input = { header, repeatCounts: new Map(), excluded: new Set<number>(), lead: LEAD };
    expect(extractHeadline(input).value).toBe("by Harbour Ferry Pier Agency");
    expect(extractHeadline({ ...input, textScrape: true }).value).toBe("Harbour Says Yes");
  });

  it("gives no headline when no line above the article is headline-shaped", () => {
    const got = extractHeadline({
      header: [block(0, "Menu"), block(1, "Log in")],
      repeatCounts: new Map(),
      excluded: new Set(),
      lead: LEAD,
    });
    expect(got.value).toBeNull();
  });

  it("weighs only the lines nearest the article", () => {
    const far = block(0, "Councillors Approve New Ferry Pier After Long Debate");
    const menu = Array.from({ length: 25 }, (_, i) => block(i + 1, `Section Number ${i} Items`));
    const got = extractHeadline({
      header: [far, ...menu],
      repeatCounts: new Map(),
      excluded: new Set(),
      lead: LEAD,
    });
    expect(got.value).not.toBe(far.text);
  });

  it("takes the headline over the standfirst sentence under it", () => {
    const header = [
      block(0, "Councillors back ferry pier"),
      block(
        1,
        "Harbour councillors approved the new ferry pier on Monday after a long debate about its cost.",
      ),
    ];
    const got = extractHeadline({ header, repeatCounts: new Map(), excluded: new Set(), lead: LEAD });
    expect(got.value).toBe("Councillors back ferry pier");
  });
  it("reads the headline-sized parts of a 'Headline | Site' title line", () => {
    const parts = titleParts("Harbour Says Yes: Pier Approved | The Herald");
    expect(parts.has("harbour says yes: pier approved")).toBe(true);
    // A headline holding a separator itself is still one of the runs of parts.
    expect(
      titleParts("Pier diet - lose ten kilos in two weeks | Herald").has(
        "pier diet - lose ten kilos in two weeks",
      ),
    ).toBe(true);
    // A two-word site name after the headline is not offered; a two-word opening part is.
    expect(titleParts("Harbour Says Yes | The Herald").has("the herald")).toBe(false);
    expect(titleParts("Pier Approved | The Herald").has("pier approved")).toBe(true);
    // A line with no separator is no title line: it may be a menu or the article's first words.
    expect(titleParts("Harbour Says Yes To Pier").size).toBe(0);
  });

  it("in a text scrape, takes the line the opening title line names, even from a link list", () => {
    const swallowed = { ...block(4, "Harbour Says Yes To Pier"), reason: "list-item" };
    const header = [
      block(0, "Harbour Says Yes To Pier | The Herald"),
      block(1, "Herald Morning Newsletter"),
      { ...block(2, "Herald Morning Newsletter"), repeatOf: 1 },
      block(3, "Herald Harbour Team"),
      swallowed,
      block(5, "By Jane Roe"),
    ];
    const input = scrapeInput(header, { repeatCounts: new Map([[1, 1]]), excluded: new Set([5]) });
    expect(extractHeadline(input).value).toBe("Herald Morning Newsletter");
    expect(extractHeadline({ ...input, titleLine: header[0]?.cleanText }).value).toBe(
      "Harbour Says Yes To Pier",
    );
  });

  it("in a text scrape, reaches a line the title names beyond the nearest candidates", () => {
    const table = Array.from({ length: 25 }, (_, i) =>
      block(i + 2, `Round ${i + 1} Harbour Regatta Results Table`),
    );
    const header = [block(0, "Regatta Standings | The Herald"), block(1, "Regatta Standings"), ...table];
    expect(extractHeadline(scrapeInput(header)).value).not.toBe("Regatta Standings");
    expect(extractHeadline(scrapeInput(header, { titleLine: header[0]?.cleanText })).value).toBe(
      "Regatta Standings",
    );
  });

  it("in a text scrape, takes the headline over a sentence-case standfirst with no full stop under it", () => {
    const header = [
      block(1, "Harbour councillors approve ferry pier"),
      block(2, "The new ferry pier was approved after a long debate about its cost on Monday"),
    ];
    expect(extractHeadline(scrapeInput(header)).value).toBe("Harbour councillors approve ferry pier");
  });

  it("in a text scrape, keeps a sentence-case headline under a teaser of another story", () => {
    const header = [
      block(1, "Why you should always close the harbour door at night"),
      block(2, "Harbour councillors approve the new ferry pier after a long debate on its cost"),
    ];
    expect(extractHeadline(scrapeInput(header)).value).toBe(
      "Harbour councillors approve the new ferry pier after a long debate on its cost",
    );
  });
  it("in a text scrape, takes the line below that extends the best one, which is its series' name", () => {
    const header = [
      block(1, "Home » Harbour Pier Diaries »"),
      block(2, "Harbour Pier Diaries"),
      block(3, "Harbour Pier Diaries 3 / Ferry season"),
      block(4, "Posted by Jane Roe"),
    ];
    const input = scrapeInput(header, { repeatCounts: new Map([[2, 1]]), excluded: new Set([4]) });
    expect(extractHeadline(input).value).toBe("Harbour Pier Diaries 3 / Ferry season");
  });

  it("in a text scrape, takes the line below that names the best one, which is its topic's label", () => {
    const header = [
      block(1, "Harbour Ferry Pier"),
      block(3, "Storm delays opening of the Harbour Ferry Pier until spring"),
      block(4, "By Jane Roe"),
    ];
    const input = scrapeInput(header, { excluded: new Set([4]) });
    expect(extractHeadline(input).value).toBe("Storm delays opening of the Harbour Ferry Pier until spring");
    // Only the whole label counts, word for word: a line sharing some of its words does not name it.
    const partial = [
      block(1, "Harbour Ferry Pier"),
      block(3, "Storm delays the Harbour Ferry works until spring"),
    ];
    expect(extractHeadline(scrapeInput(partial, { excluded: new Set([4]) })).value).toBe(
      "Harbour Ferry Pier",
    );
  });

  it("in a text scrape, passes over a share link's label and a breadcrumb trail", () => {
    expect(isNavigationLine("Click to share on a network (Opens in new window)")).toBe(true);
    expect(isNavigationLine("You are here: Home › Harbour News")).toBe(true);
    expect(isNavigationLine("Harbour councillors approve ferry pier")).toBe(false);
    const headline = block(1, "Pier vote ends in a yes");
    const byline = block(4, "By Jane Roe");
    const share = block(2, "Share: Harbour councillors approved the new ferry pier (opens in new window)");
    const trail = block(3, "You are here: Harbour News: Councillors approved the new ferry pier");
    for (const navigation of [share, trail]) {
      const input = scrapeInput([headline, navigation, byline], { excluded: new Set([4]) });
      expect(extractHeadline(input).value).toBe("Pier vote ends in a yes");
    }
  });
});
