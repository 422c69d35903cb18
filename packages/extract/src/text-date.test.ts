import { describe, expect, it } from "vitest";
import { dayInText } from "./text-date.js";

const TODAY = "2026-11-23";

describe("dayInText", () => {
  it("reads numeric dates, day first outside American English", () => {
    expect(dayInText("Veröffentlicht am 27.01.2022, 10:15", "de", TODAY)).toBe("2022-01-27");
    expect(dayInText("Posted 2019/11/20", "en", TODAY)).toBe("2019-11-20");
    expect(dayInText("04/03/2021", "en", TODAY)).toBe("2021-04-03");
    expect(dayInText("04/03/2021", "fr", TODAY)).toBe("2021-03-04");
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
