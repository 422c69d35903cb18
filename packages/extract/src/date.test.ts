import { describe, expect, it } from "vitest";
import { extractDate, inferYear } from "./date.js";
import { findTimestamp, isoDateTime, yearlessTimestamp } from "./timestamps.js";

describe("findTimestamp", () => {
  it("reads dotted numeric dates day first, keeping the time", () => {
    expect(findTimestamp("Mo, 04.01.2021 14:00")).toMatchObject({ day: "2021-01-04", time: "14:00" });
    expect(findTimestamp("10.11.2021")?.day).toBe("2021-11-10");
  });

  it("reads a date with time and zone", () => {
    const stamp = findTimestamp("09:05 JST, March 3, 2021");
    expect(stamp).toMatchObject({ day: "2021-03-03", time: "09:05", offset: 540 });
    expect(isoDateTime("2021-03-03", "09:05", 540)).toBe("2021-03-03T09:05:00+09:00");
  });
  it("joins a date and a time printed apart on one line", () => {
    expect(findTimestamp("March 3, 2021 / 4:30 PM")).toMatchObject({
      day: "2021-03-03",
      time: "16:30",
      offset: null,
    });
  });
  it("needs a year", () => {
    expect(findTimestamp("March 3")).toBeNull();
  });
  it("reads a 24-hour clock without a colon before a zone, GMT giving the offset", () => {
    const stamp = findTimestamp("Updated 1909 GMT (0309 HKT) November 18, 2019");
    expect(stamp).toMatchObject({ day: "2019-11-18", time: "19:09", offset: 0 });
    // The bracketed local clock counts as part of the stamp, so the whole line is read as one.
    expect(stamp?.covered).toBeGreaterThan("Updated1909GMT(0309HKT)November18,2019".length * 0.8);
  });
  it("does not take the year before a zone for a clock", () => {
    expect(findTimestamp("November 18, 2019 EST")?.time ?? null).toBeNull();
  });
});

describe("yearlessTimestamp", () => {
  const crawl = new Date("2019-11-25T12:00:00Z");
  it("puts a month, day and time on the latest such day on or before the crawl day", () => {
    expect(yearlessTimestamp("Posted Nov 18, 8:19 PM", crawl)).toMatchObject({
      day: "2019-11-18",
      time: "20:19",
    });
    expect(yearlessTimestamp("Posted Dec 28, 8:19 PM", crawl)?.day).toBe("2018-12-28");
  });
  it("needs a time: a bare month and day is as often an event's date", () => {
    expect(yearlessTimestamp("Nov 18", crawl)).toBeNull();
  });
});

describe("inferYear", () => {
  it("picks the year in which the date falls on the weekday the story names", () => {
    // March 3 was a Wednesday in 2021 and a Friday in 2023.
    expect(inferYear(3, 3, { weekdays: [3], referenceYear: 2023, notAfter: null })).toEqual({
      year: 2021,
      weekdayAgrees: true,
    });
  });
  it("never goes past the crawl date", () => {
    expect(inferYear(12, 30, { weekdays: [], referenceYear: 2024, notAfter: "2024-06-01" }).year).toBe(2023);
  });
  it("falls back to the reference year when no weekday is named", () => {
    expect(inferYear(3, 3, { weekdays: [], referenceYear: 2022, notAfter: null })).toEqual({
      year: 2022,
      weekdayAgrees: false,
    });
  });
});

describe("extractDate", () => {
  const block = (index: number, text: string) => ({
    index,
    text,
    cleanText: text,
    start: 0,
    end: text.length,
    hints: {},
    role: "content" as const,
    reason: null,
    repeatOf: null,
  });
  const input = (header: ReturnType<typeof block>[], crawlDate: string | null) => ({
    header,
    firstParagraph: null,
    dateline: null,
    lead: "",
    pageText: "",
    crawlDate,
    today: "2026-01-01",
  });

  it("takes the timestamp nearest the article, not the site's date bar above it", () => {
    const header = [block(0, "Wednesday November 20, 2019"), block(5, "November 18, 2019 12:01 PM")];
    expect(extractDate(input(header, null)).date.value).toBe("2019-11-18");
  });

  it("counts a relative timestamp from the crawl day", () => {
    expect(extractDate(input([block(3, "Yesterday at 10:00")], "2019-11-20")).date.value).toBe("2019-11-19");
  });

  it("takes the publication stamp over an update stamp just below it", () => {
    const header = [
      block(1, "Published Nov 8, 2019, 9:00am EST"),
      block(2, "Updated Nov 13, 2019, 10:28am EST"),
    ];
    expect(extractDate(input(header, null)).date.value).toBe("2019-11-08");
    expect(extractDate(input([header[1] ?? block(2, "")], null)).date.value).toBe("2019-11-13");
  });

  it("reads a weekday and time as the latest such day on or before the crawl day", () => {
    // 2019-11-18 was a Monday.
    const header = [block(1, "Saturday 4:08PM"), block(4, "Monday 6:30PM")];
    expect(extractDate(input(header, "2019-11-18")).date.value).toBe("2019-11-18");
    expect(extractDate(input([block(1, "Friday 11:40AM")], "2019-11-18")).date.value).toBe("2019-11-15");
    // A lone weekday is a menu item or a show's name as often as a stamp.
    expect(extractDate(input([block(1, "Sunday Talk Shows")], "2019-11-18")).date.rule).toMatch(/crawl date/);
  });

  it("skips stamps after the crawl day", () => {
    const header = [block(1, "November 12, 2019"), block(3, "Tomorrow")];
    expect(extractDate(input(header, "2019-11-18")).date.value).toBe("2019-11-12");
    expect(extractDate(input([block(1, "November 20, 2019")], "2019-11-18")).date.value).toBe("2019-11-18");
  });

  it("reads a year run into the clock after it, and takes no bare relative day word for a stamp", () => {
    expect(extractDate(input([block(4, "Nov 15, 20195:45 AM")], "2019-11-22")).date.value).toBe("2019-11-15");
    const menu = [block(2, "Nov 15, 2019"), block(3, "Today"), block(4, "Weather")];
    expect(extractDate(input(menu, "2019-11-22")).date.value).toBe("2019-11-15");
  });

  it("reads stamps joined by a semicolon one by one, the publication stamp over the update", () => {
    const header = [block(4, "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM")];
    expect(extractDate(input(header, "2019-11-25")).date.value).toBe("2019-11-18");
  });

  it("reads a stamp among the article's first blocks when none is above it", () => {
    const opening = [
      block(6, "The standfirst of the story, set under the headline."),
      block(7, "Nov. 19, 2019, 8:41 AM UTC"),
    ];
    const result = extractDate({ ...input([block(5, "Headline")], "2019-11-26"), opening });
    expect(result.date).toMatchObject({ value: "2019-11-19", rule: "timestamp line at the article's start" });
  });

  it("reads the full date of a byline-like line near the article, in other languages too", () => {
    const byline = [block(3, "Menu"), block(4, "By A. Writer 2019-11-18T20:51:19Z Science & Astronomy")];
    expect(extractDate(input(byline, "2019-11-25")).date).toMatchObject({
      value: "2019-11-18",
      confidence: 0.7,
    });
    expect(
      extractDate(input([block(4, "Posted on Oktober 27, 2015 by Admin")], "2015-11-03")).date.value,
    ).toBe("2015-10-27");
    // A copyright line states the site's year, not the story's day.
    expect(
      extractDate(input([block(4, "© A Site Media, 1 January 2019, all rights reserved")], "2019-11-25")).date
        .rule,
    ).toMatch(/crawl date/);
  });
});
