import { describe, expect, it } from "vitest";
import { speakerMatches } from "./speaker-match.js";

describe("speakerMatches", () => {
  it("accepts a surname alone for a full name, not another surname", () => {
    expect(speakerMatches("Lee", "Ann Lee")).toBe(true);
    expect(speakerMatches("Kim", "Ann Lee")).toBe(false);
  });
  it("compares joint speakers as sets, in any order", () => {
    expect(speakerMatches("Bo Kim and Ann Lee", "Ann Lee and Bo Kim")).toBe(true);
    expect(speakerMatches("Ann Lee", "Ann Lee and Bo Kim")).toBe(false);
  });
  it("accepts listed alternatives and ignores a leading 'the'", () => {
    expect(speakerMatches("the joint statement", "Ann Lee", ["joint statement"])).toBe(true);
  });
  it("needs no speaker when the golden has none", () => {
    expect(speakerMatches(null, null)).toBe(true);
    expect(speakerMatches("Ann Lee", null)).toBe(false);
  });
});
