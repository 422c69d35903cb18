import { bigPage, heapUsedAfterGc } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { findTimestamp } from "./timestamps.js";

describe("findTimestamp, asked again", () => {
  it("gives the same stamp for the same text and reference", () => {
    const first = findTimestamp("Posted March 3, 2021 at 10:15 am");
    expect(first).toEqual({ day: "2021-03-03", time: "10:15", offset: null, covered: expect.any(Number) });
    expect(findTimestamp("Posted March 3, 2021 at 10:15 am")).toEqual(first);
  });

  it("reads a relative stamp again from each reference it is given", () => {
    const text = "yesterday at 9:00";
    const a = findTimestamp(text, new Date(Date.UTC(2022, 4, 10, 12)));
    const b = findTimestamp(text, new Date(Date.UTC(2023, 7, 20, 12)));
    expect(a?.day).toBe("2022-05-09");
    expect(b?.day).toBe("2023-08-19");
    expect(findTimestamp(text, new Date(Date.UTC(2022, 4, 10, 12)))?.day).toBe("2022-05-09");
  });

  it("keeps a stamp it hands out from being changed under a later caller", () => {
    const stamp = findTimestamp("June 1, 2020");
    expect(stamp && Object.isFrozen(stamp)).toBe(true);
  });

  it("does not keep alive the page a remembered line was cut from", () => {
    const pageBytes = 16 * 1024 * 1024;
    const before = heapUsedAfterGc();
    (() => {
      const page = bigPage(pageBytes, "Posted March 3, 2021");
      expect(findTimestamp(page.slice(0, page.indexOf("\n")))?.day).toBe("2021-03-03");
    })();
    expect(heapUsedAfterGc() - before).toBeLessThan(pageBytes / 4);
  });
});
