import * as chrono from "chrono-node";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayNameWeekday } from "./weekday-cue.js";

const REFERENCE = new Date("2024-03-15T12:00:00Z");

function weekdaysWithoutDay(text: string): number {
  return chrono
    .parse(text, REFERENCE)
    .filter((r) => r.start.isCertain("weekday") && !r.start.isCertain("day")).length;
}

describe("mayNameWeekday", () => {
  it("reads weekdays, whole and short", () => {
    expect(mayNameWeekday("Tuesday 6:30 PM")).toBe(true);
    expect(mayNameWeekday("Posted Mon, 9:00 AM")).toBe(true);
  });

  it("passes over lines without a weekday, and weekday names inside other words", () => {
    expect(mayNameWeekday("Call 555 0100 from 8:30 pm")).toBe(false);
    expect(mayNameWeekday("Mondays 8:30 pm")).toBe(false);
  });

  it("never passes over a text in which chrono finds a weekday without its date", () => {
    const words = [
      "Monday",
      "Mon",
      "tue.",
      "weekend",
      "on",
      "this",
      "last",
      "next",
      "week",
      "today",
      "tomorrow",
      "in 2 days",
      "3 weeks ago",
      "March 3",
      "3/4",
      "8:15 pm",
      "noon",
      "at",
      ",",
      "(",
      ")",
      "Mondays",
    ];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((parts) => parts.join(" "));
    fc.assert(
      fc.property(text, (line) => {
        if (!mayNameWeekday(line)) expect(weekdaysWithoutDay(line)).toBe(0);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});
