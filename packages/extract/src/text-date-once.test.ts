import * as chrono from "chrono-node";
import { describe, expect, it, vi } from "vitest";
import { dayInText } from "./text-date.js";

const TODAY = "2024-03-15";

// Every locale's parse is a parse of a Chrono instance.
const parses = vi.spyOn(chrono.Chrono.prototype, "parse");

describe("dayInText asked about the same line again", () => {
  it("reads a line in words once, in every language it tries", () => {
    const line = "Veröffentlicht am 3. März 2023 von Redaktion Nord";
    parses.mockClear();
    expect(dayInText(line, "de", TODAY)).toBe("2023-03-03");
    const first = parses.mock.calls.length;
    expect(first).toBeGreaterThan(0);
    expect(dayInText(line, "de", TODAY)).toBe("2023-03-03");
    expect(parses.mock.calls.length).toBe(first);
  });

  it("remembers a line with a year and no date as well, and reads it once", () => {
    const line = "Season review 2019 of the Harbourtown rowing club";
    parses.mockClear();
    expect(dayInText(line, null, TODAY)).toBeNull();
    const first = parses.mock.calls.length;
    expect(dayInText(line, null, TODAY)).toBeNull();
    expect(parses.mock.calls.length).toBe(first);
  });

  it("reads the line anew for another language or another today", () => {
    expect(dayInText("Posted 04/03/2021", "en", TODAY)).toBe("2021-04-03");
    expect(dayInText("Posted 04/03/2021", "fr", TODAY)).toBe("2021-03-04");
    expect(dayInText("Posted March 20, 2024", "en", TODAY)).toBeNull();
    expect(dayInText("Posted March 20, 2024", "en", "2024-03-21")).toBe("2024-03-20");
  });

  it("reads a long line by its opening alone, as before it was remembered", () => {
    const opening = "This entry was posted on Friday, August 22nd, 2012 at 10:15 am and is filed under News";
    const long = `${opening} and tagged with words that run on ${"for a long while ".repeat(10)}in 2015.`;
    expect(dayInText(long, "en", TODAY)).toBe("2012-08-22");
    expect(dayInText(long, "en", TODAY)).toBe("2012-08-22");
  });
});
