import { describe, expect, it } from "vitest";
import { displayPlace, parseDateline } from "./dateline.js";

describe("parseDateline", () => {
  it("reads place, month-day and agency tag, and where the story starts", () => {
    const text = "SPRINGFIELD, March 3 (EXW) -- The council voted.";
    const d = parseDateline(text);
    expect(d).toMatchObject({ place: "SPRINGFIELD", dateText: "March 3", tag: "EXW", syndication: null });
    expect(text.slice(d?.bodyStart)).toBe("The council voted.");
  });

  it("reads a syndication tag before the dateline, and a dash with no spaces", () => {
    const d = parseDateline(
      "(Aggregator- Example Wire (EXW)) Springfield, March 3 (Example Wire)--The council voted.",
    );
    expect(d).toMatchObject({
      place: "Springfield",
      tag: "Example Wire",
      syndication: "Aggregator- Example Wire (EXW)",
    });
  });

  it("reads a dateline with no place or no date", () => {
    expect(parseDateline("March 3 (EXW) -- The council voted.")).toMatchObject({
      place: null,
      dateText: "March 3",
      tag: "EXW",
    });
    expect(parseDateline("NEW YORK (EXW) — Stocks rose.")).toMatchObject({ place: "NEW YORK", tag: "EXW" });
  });

  it("does not take an ordinary sentence with a dash for a dateline", () => {
    expect(parseDateline("The plan - which passed - costs money.")).toBeNull();
    expect(parseDateline("Officials said the plan -- now final -- costs money.")).toBeNull();
  });

  it("title-cases upper-case places only", () => {
    expect(displayPlace("NEW YORK")).toBe("New York");
    expect(displayPlace("Springfield")).toBe("Springfield");
  });
});
