import { describe, expect, it, vi } from "vitest";

// Counts chrono's parses: the readers of one stamp line share one reading of it.
vi.mock("chrono-node", async (importOriginal) => {
  const original = await importOriginal<typeof import("chrono-node")>();
  return { ...original, parse: vi.fn(original.parse) };
});

const chrono = await import("chrono-node");
const { findTimestamp, weekdayTimestamp, yearlessTimestamp } = await import("./timestamps.js");
const { isStampLine } = await import("./stamp-line.js");

const CRAWL = new Date(Date.UTC(2024, 2, 15, 12));

describe("the stamp readers of one line", () => {
  it("read a line with no full date once for the full, yearless and weekday stamps", () => {
    vi.mocked(chrono.parse).mockClear();
    const text = "Tuesday 6:30 PM";
    expect(findTimestamp(text, CRAWL)).toBeNull();
    expect(yearlessTimestamp(text, CRAWL)).toBeNull();
    expect(weekdayTimestamp(text, CRAWL)).toMatchObject({ day: "2024-03-12", time: "18:30" });
    expect(chrono.parse).toHaveBeenCalledTimes(1);
  });

  it("read a header line once to tell a stamp line and to read its stamp", () => {
    vi.mocked(chrono.parse).mockClear();
    const text = "Posted 11 May 2023, 09:40";
    expect(isStampLine(text)).toBe(true);
    expect(findTimestamp(text)).toMatchObject({ day: "2023-05-11", time: "09:40" });
    expect(chrono.parse).toHaveBeenCalledTimes(1);
  });

  it("read the line again for another reference or another text", () => {
    vi.mocked(chrono.parse).mockClear();
    expect(yearlessTimestamp("Posted Mar 9, 8:19 PM", CRAWL)).toMatchObject({ day: "2024-03-09" });
    expect(yearlessTimestamp("Posted Mar 9, 8:19 PM", new Date(Date.UTC(2024, 2, 1, 12)))).toMatchObject({
      day: "2023-03-09",
    });
    expect(weekdayTimestamp("Monday 9:00 AM", CRAWL)).toMatchObject({ day: "2024-03-11", time: "09:00" });
    expect(chrono.parse).toHaveBeenCalledTimes(3);
  });
});

describe("findTimestamp on a line with digits and no date", () => {
  it("does not parse a line none of chrono's date patterns match", () => {
    vi.mocked(chrono.parse).mockClear();
    expect(findTimestamp("Score 3:1, page 2 of 14", CRAWL)).toBeNull();
    expect(findTimestamp("Call 555 0100 from 8:30 pm", CRAWL)).toBeNull();
    expect(chrono.parse).toHaveBeenCalledTimes(0);
  });
});

describe("the yearless, weekday and stamp line readers on a line with no date", () => {
  it("do not parse a line none of chrono's date or weekday patterns match", () => {
    vi.mocked(chrono.parse).mockClear();
    expect(yearlessTimestamp("Doors open 8:30 pm", CRAWL)).toBeNull();
    expect(weekdayTimestamp("Doors open 8:30 pm", CRAWL)).toBeNull();
    expect(isStampLine("Doors open 8:30 pm, row 12")).toBe(false);
    expect(chrono.parse).toHaveBeenCalledTimes(0);
  });
});
