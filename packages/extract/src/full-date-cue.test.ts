import * as chrono from "chrono-node";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fullDateCueKnown, mayHoldFullDate } from "./full-date-cue.js";

const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** What findTimestamp asks of chrono: a result certain of day, month and year. */
function chronoFullDate(text: string): boolean {
  return chrono
    .parse(text, REFERENCE)
    .some((r) => r.start.isCertain("day") && r.start.isCertain("month") && r.start.isCertain("year"));
}

// Words of chrono's English date phrases and of page furniture, mixed into random texts.
const WORDS = [
  "today",
  "tonight",
  "yesterday",
  "tomorrow",
  "now",
  "last",
  "night",
  "this",
  "next",
  "past",
  "after",
  "ago",
  "earlier",
  "before",
  "later",
  "from",
  "within",
  "in",
  "for",
  "end",
  "of",
  "the",
  "month",
  "week",
  "year",
  "day",
  "days",
  "weeks",
  "hours",
  "minutes",
  "quarter",
  "a",
  "an",
  "few",
  "three",
  "twelve",
  "half",
  "couple",
  "Monday",
  "Friday",
  "March",
  "December",
  "first",
  "third",
  "morning",
  "evening",
  "noon",
  "midnight",
  "Home",
  "News",
  "Share",
  "Sign",
  "up",
  "newsletter",
  "Politics",
  "By",
  "Jane",
  "Smith",
  "Read",
  "more",
  "updated",
  "published",
  "on",
  "at",
  ",",
  "-",
  "+",
  "|",
];

describe("mayHoldFullDate", () => {
  it("knows the parsers of the installed chrono", () => {
    expect(fullDateCueKnown).toBe(true);
  });

  it("passes every digit-free phrase chrono reads as a full date", () => {
    const phrases = [
      "today",
      "Tonight",
      "yesterday",
      "tomorrow",
      "now",
      "last night",
      "a week ago",
      "three days ago",
      "a few hours earlier",
      "next month",
      "last year",
      "this week",
      "within a day",
      "a month from now",
      "end of the month",
      "last day of month",
      "end of March this year",
      "Posted yesterday evening",
      "Updated an hour ago",
    ];
    const full = phrases.filter(chronoFullDate);
    // Most of these are full dates to chrono: the check below is not vacuous.
    expect(full.length).toBeGreaterThan(12);
    for (const phrase of full) expect(mayHoldFullDate(phrase), phrase).toBe(true);
  });

  it("stops menus and labels, in which chrono finds no full date", () => {
    for (const text of [
      "Home",
      "World News",
      "Sign up for our newsletter",
      "Read more",
      "Politics",
      "By Jane Smith",
      "Monday",
      "March",
      "the first of March",
    ]) {
      expect(chronoFullDate(text), text).toBe(false);
      expect(mayHoldFullDate(text), text).toBe(false);
    }
  });

  it("stops words that only hold a date word inside them", () => {
    // "now" ends "Snow" and "Winnow", "today" ends "Rotoday": chrono reads them only at a word's start.
    for (const text of ["Snow", "Winter Snow", "Winnow", "Rotoday"]) {
      expect(chronoFullDate(text), text).toBe(false);
      expect(mayHoldFullDate(text), text).toBe(false);
    }
  });

  it("lets through any text with a digit", () => {
    expect(mayHoldFullDate("Home 2")).toBe(true);
  });

  it("never stops a text of date words in which chrono finds a full date", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }), (words) => {
        const text = words.join(" ");
        return !chronoFullDate(text) || mayHoldFullDate(text);
      }),
      { numRuns: 3000 },
    );
  });

  it("never stops a text of date words run together or glued to letters in which chrono finds a full date", () => {
    // chrono searches again after a match, from inside a word: a date word run on from another must still pass.
    const glue = fc.constantFrom("", " ", "-", ",", "x", "s");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(glue, fc.constantFrom(...WORDS)), { minLength: 1, maxLength: 8 }),
        (parts) => {
          const text = parts.map(([g, w]) => g + w).join("");
          return !chronoFullDate(text) || mayHoldFullDate(text);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
