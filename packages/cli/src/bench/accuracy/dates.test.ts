import { describe, expect, it } from "vitest";
import { dateTotals, isoDay, scoreDate } from "./dates.js";

describe("isoDay", () => {
  it("pads a truth written without leading zeros", () => {
    expect(isoDay("2022-11-1")).toBe("2022-11-01");
  });

  it("keeps the day an ISO timestamp writes, whatever its offset", () => {
    expect(isoDay("2019-08-02T23:30:00-05:00")).toBe("2019-08-02");
  });

  it("reads other date strings Date.parse knows as their UTC day", () => {
    expect(isoDay("Fri, 02 Aug 2019 10:00:00 GMT")).toBe("2019-08-02");
  });

  it("is null for nothing, an impossible month or text that is no date", () => {
    expect(isoDay(null)).toBeNull();
    expect(isoDay("")).toBeNull();
    expect(isoDay("2019-13-02")).toBeNull();
    expect(isoDay("2 hours ago")).toBeNull();
  });
});

describe("scoreDate and dateTotals", () => {
  it("counts a page correct only on the same day, covered on any day", () => {
    const scores = [
      scoreDate("2020-01-27", "2020-01-27"),
      scoreDate("2020-01-27", "2020-01-28"),
      scoreDate("2020-01-27", null),
      scoreDate("2022-11-1", "2022-11-01T08:00:00Z"),
    ];
    expect(scores.map((s) => s.correct)).toEqual([true, false, false, true]);
    expect(dateTotals(scores)).toEqual({ pages: 4, accuracy: 0.5, coverage: 0.75 });
  });

  it("is zero over no pages", () => {
    expect(dateTotals([])).toEqual({ pages: 0, accuracy: 0, coverage: 0 });
  });
});
