import { describe, expect, it } from "vitest";
import { dateInUrl, instantOf, readStatedDate } from "./metadata-date.js";

const TODAY = "2026-11-23";
const stated = (value: string) => readStatedDate({ value, key: "k" }, TODAY);

describe("readStatedDate", () => {
  it("keeps the day as the publisher wrote it, with time and zone", () => {
    expect(stated("2023-11-08T22:30:00-05:00")).toEqual({
      day: "2023-11-08",
      time: "22:30",
      offset: -300,
      key: "k",
    });
    expect(stated("20191120")?.day).toBe("2019-11-20");
  });

  it("reads written-out dates through chrono", () => {
    expect(stated("November 20, 2019")?.day).toBe("2019-11-20");
  });

  it("keeps the clock time and zone of a written-out date, and gives the instant both name", () => {
    const local = stated("Sat, 19 Oct 2019 00:04:00 +0200");
    expect(local).toEqual({ day: "2019-10-19", time: "00:04", offset: 120, key: "k" });
    const utc = stated("2019-10-18T22:04:00Z");
    expect(local && instantOf(local)).toBe(utc && instantOf(utc));
    expect(instantOf({ day: "2019-10-18", time: "22:04", offset: null, key: "k" })).toBeNull();
  });

  it("reads a dotted date day first, as it is written wherever dots are used", () => {
    expect(stated("10.12.2022, 07:00:03")).toEqual({
      day: "2022-12-10",
      time: "07:00",
      offset: null,
      key: "k",
    });
    expect(stated("3.2.2021")?.day).toBe("2021-02-03");
    expect(stated("31.13.2021")).toBeNull();
  });

  it("reads a date written in words in another language", () => {
    expect(stated("19. Oktober 2019")?.day).toBe("2019-10-19");
  });

  it("refuses future, pre-web and impossible dates", () => {
    expect(stated("2031-01-01")).toBeNull();
    expect(stated("1970-01-01")).toBeNull();
    expect(stated("2019-02-30")).toBeNull();
    expect(stated("soon")).toBeNull();
  });
});

describe("dateInUrl", () => {
  it("finds a day in the path in the common layouts", () => {
    expect(dateInUrl("https://x.com/2019/11/20/story", TODAY)?.day).toBe("2019-11-20");
    expect(dateInUrl("https://x.com/news/2019-11-20-story.html", TODAY)?.day).toBe("2019-11-20");
    expect(dateInUrl("https://x.com/story-20191120.html", TODAY)?.day).toBe("2019-11-20");
  });

  it("reads a day-first date in the path", () => {
    expect(dateInUrl("https://x.de/newsroom/23-01-2022-story", TODAY)?.day).toBe("2022-01-23");
  });

  it("ignores numbers that are not a day and URLs without a path date", () => {
    expect(dateInUrl("https://x.com/2019/11/story", TODAY)).toBeNull();
    expect(dateInUrl("https://x.com/item/201913456", TODAY)).toBeNull();
    expect(dateInUrl("not a url", TODAY)).toBeNull();
  });
});
