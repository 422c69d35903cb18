import { describe, expect, it } from "vitest";
import { Postings } from "./postings.js";

describe("Postings", () => {
  it("lists the items carrying each hash, ascending, and nothing for an unknown hash", () => {
    const hashes = [
      Uint32Array.from([5, 9]),
      Uint32Array.from([1, 9]),
      new Uint32Array(0),
      Uint32Array.from([9]),
    ];
    const postings = new Postings(hashes.length, (i) => hashes[i] ?? new Uint32Array(0));
    expect([...postings.of(9)]).toEqual([0, 1, 3]);
    expect([...postings.of(5)]).toEqual([0]);
    expect([...postings.of(1)]).toEqual([1]);
    expect([...postings.of(7)]).toEqual([]);
  });

  it("handles the largest 32-bit hashes", () => {
    const postings = new Postings(2, (i) => Uint32Array.from(i === 0 ? [0xffffffff] : [0, 0xffffffff]));
    expect([...postings.of(0xffffffff)]).toEqual([0, 1]);
    expect([...postings.of(0)]).toEqual([1]);
  });
});
