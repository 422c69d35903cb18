import { describe, expect, it } from "vitest";
import { jaccard, sharedCount } from "./hashing.js";

describe("sharedCount", () => {
  it("counts the hashes two sorted arrays share", () => {
    expect(sharedCount(Uint32Array.from([1, 3, 5, 9]), Uint32Array.from([2, 3, 9, 10]))).toBe(2);
  });

  it("is zero when either side is empty", () => {
    expect(sharedCount(new Uint32Array(0), Uint32Array.from([1]))).toBe(0);
  });
});

describe("jaccard", () => {
  it("is shared over union", () => {
    expect(jaccard(Uint32Array.from([1, 2, 3]), Uint32Array.from([2, 3, 4]))).toBeCloseTo(2 / 4);
  });

  it("is zero for an empty side rather than dividing by zero", () => {
    expect(jaccard(new Uint32Array(0), new Uint32Array(0))).toBe(0);
  });
});
