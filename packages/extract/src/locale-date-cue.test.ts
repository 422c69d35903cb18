import * as chrono from "chrono-node";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayHoldDateIn } from "./locale-date-cue.js";

const REFERENCE = new Date("2024-03-15T12:00:00Z");
const LOCALES = { en: chrono.en, de: chrono.de, fr: chrono.fr, es: chrono.es, ja: chrono.ja, zh: chrono.zh };

function fullDates(locale: { parse: typeof chrono.parse }, text: string): number {
  return locale
    .parse(text, REFERENCE)
    .filter((r) => r.start.isCertain("day") && r.start.isCertain("month") && r.start.isCertain("year"))
    .length;
}

function certainDays(locale: { parse: typeof chrono.parse }, text: string): number {
  return locale.parse(text, REFERENCE).filter((r) => r.start.isCertain("day")).length;
}

describe("mayHoldDateIn", () => {
  it("passes over a line with a year and no date in the locale's words", () => {
    expect(mayHoldDateIn(chrono.de.casual, "Season review 2019 of the rowing club")).toBe(false);
    expect(mayHoldDateIn(chrono.fr.casual, "Version 2019 du logiciel")).toBe(false);
  });

  it("passes over weekdays and clock times, which give no date of their own", () => {
    expect(mayHoldDateIn(chrono.en.casual, "Monday 8:15 pm, 2019")).toBe(false);
    expect(mayHoldDateIn(chrono.de.casual, "Montag 20:15 Uhr, 2019")).toBe(false);
  });

  it("reads month names, numeric dates and relative days", () => {
    expect(mayHoldDateIn(chrono.de.casual, "3. März 2019")).toBe(true);
    expect(mayHoldDateIn(chrono.en.casual, "Posted March 3, 2019")).toBe(true);
    expect(mayHoldDateIn(chrono.fr.casual, "publié le 3 mars 2019")).toBe(true);
    expect(mayHoldDateIn(chrono.en.casual, "2 days ago, 2019")).toBe(true);
    expect(mayHoldDateIn(chrono.ja.casual, "2019年3月3日")).toBe(true);
  });

  it("never passes over a text in which the locale's chrono finds a full date", () => {
    const words = [
      "März",
      "mars",
      "March",
      "Mar.",
      "marzo",
      "3月",
      "三月",
      "Montag",
      "Monday",
      "lundi",
      "today",
      "heute",
      "yesterday",
      "ago",
      "vor",
      "il y a",
      "2 days",
      "next week",
      "20:15",
      "8 pm",
      "Uhr",
      "le",
      "am",
      "of",
      "the",
      "3.",
      "3",
      "15",
      "2019",
      "2023",
      "/",
      "-",
      ".",
      ",",
      "(",
      ")",
      "年",
      "日",
      "st",
      "th",
      "um",
    ];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((parts) => parts.join(" "));
    fc.assert(
      fc.property(text, fc.constantFrom(...Object.keys(LOCALES)), (line, code) => {
        const locale = LOCALES[code as keyof typeof LOCALES];
        if (!mayHoldDateIn(locale.casual, line)) {
          expect(fullDates(locale, line)).toBe(0);
          // Nor a certain day alone, as the yearless stamp and stamp line readers rely on.
          expect(certainDays(locale, line)).toBe(0);
        }
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it("gives a remembered text the same answer", () => {
    const line = "Posted 3 March 2019";
    expect(mayHoldDateIn(chrono.en.casual, line)).toBe(true);
    expect(mayHoldDateIn(chrono.en.casual, line)).toBe(true);
    expect(mayHoldDateIn(chrono.en.casual, "Season 2019")).toBe(false);
    expect(mayHoldDateIn(chrono.en.casual, "Season 2019")).toBe(false);
  });
});
