import { describe, expect, it } from "vitest";
import { detachedString } from "./detached-string.js";
import { bigPage, heapUsedAfterGc } from "./heap-probe.js";

const PAGE_BYTES = 16 * 1024 * 1024;

describe("detachedString", () => {
  it("is equal to the string it copies", () => {
    const page = bigPage(10_000, "equal");
    const line = page.slice(200, 290);
    expect(detachedString(line)).toBe(line);
    expect(detachedString("")).toBe("");
    expect(detachedString("short")).toBe("short");
  });

  it("keeps nothing of the string its text was cut from", () => {
    const kept: string[] = [];
    const before = heapUsedAfterGc();
    (() => {
      const page = bigPage(PAGE_BYTES, "detached");
      kept.push(detachedString(page.slice(1_000, 1_080)));
    })();
    const grown = heapUsedAfterGc() - before;
    expect(kept[0]).toHaveLength(80);
    expect(grown).toBeLessThan(PAGE_BYTES / 4);
  });

  it("is needed: a plain slice keeps its whole page", () => {
    const kept: string[] = [];
    const before = heapUsedAfterGc();
    (() => {
      const page = bigPage(PAGE_BYTES, "sliced");
      kept.push(page.slice(1_000, 1_080));
    })();
    const grown = heapUsedAfterGc() - before;
    expect(kept[0]).toHaveLength(80);
    expect(grown).toBeGreaterThan(PAGE_BYTES / 2);
  });
});
