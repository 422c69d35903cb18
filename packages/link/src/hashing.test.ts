import { describe, expect, it } from "vitest";
import { hash32, hash32Joined, jaccard, minHash, sharedCount } from "./hashing.js";

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

describe("hash32Joined", () => {
  it("hashes a run of tokens as the string they make joined by spaces", () => {
    const tokens = ["x", "alpha", "beta", "gamma", "ünï"];
    expect(hash32Joined(tokens, 1, 4)).toBe(hash32("alpha beta gamma"));
    expect(hash32Joined(tokens, 2, 5)).toBe(hash32("beta gamma ünï"));
    expect(hash32Joined(tokens, 0, 1)).toBe(hash32("x"));
    expect(hash32Joined(tokens, 0, 5)).toBe(hash32(tokens.join(" ")));
  });
});

describe("minHash", () => {
  it("keeps the minima of earlier releases, so that saved signatures still compare", () => {
    const mins = minHash([1, 2, 3, 0xdeadbeef]);
    expect([...mins.slice(0, 4), mins[63]]).toEqual([
      327526634, 2823871843, 177000586, 2774704709, 336169916,
    ]);
    expect(hash32("alpha beta gamma")).toBe(884488926);
  });

  it("leaves every minimum at its ceiling for no shingles", () => {
    expect(minHash([]).every((v) => v === 0xffffffff)).toBe(true);
  });
});
