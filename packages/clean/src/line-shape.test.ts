import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capitalisedShare, isProse, repeatKey } from "./line-shape.js";

describe("line shape", () => {
  it("tells prose from headlines", () => {
    expect(isProse("Storm Closes Schools Across the Region as Rivers Rise Over Their Banks Again")).toBe(
      false,
    );
    expect(
      isProse("The storm closed schools across the region on Tuesday as rivers rose over their banks."),
    ).toBe(true);
  });

  it("measures capitalised words", () => {
    expect(capitalisedShare("Local Team Wins Cup")).toBe(1);
    expect(capitalisedShare("the local team won the cup")).toBe(0);
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        isProse(text);
        repeatKey(text);
        return capitalisedShare(text) >= 0;
      }),
    );
  });
});
