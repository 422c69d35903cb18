import { describe, expect, it } from "vitest";
import { Candidates } from "./candidates.js";

describe("Candidates", () => {
  it("keeps each item once, in the order first added, and forgets them on clear", () => {
    const candidates = new Candidates(10);
    candidates.clear();
    for (const item of [4, 2, 4, 0, 2]) candidates.add(item);
    expect([...candidates.list()]).toEqual([4, 2, 0]);
    candidates.clear();
    candidates.add(2);
    expect([...candidates.list()]).toEqual([2]);
    expect(candidates.size).toBe(1);
  });
});
