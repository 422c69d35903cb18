import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trimSignOff } from "./sign-off.js";

// The rule as a single pattern over the whole line, which trimSignOff must agree with.
const TRAILING_SIGN_OFF = /\s*(\((end|ends|endit)\)|[-–—]+\s*(end|ends)\s*[-–—]*|#{3})\s*$/i;
const reference = (text: string) => text.replace(TRAILING_SIGN_OFF, "").trimEnd();

describe("trimSignOff", () => {
  it("drops a wire story's end marker and keeps the sentence", () => {
    expect(trimSignOff("The talks resume on Monday. (END)")).toBe("The talks resume on Monday.");
    expect(trimSignOff("The talks resume on Monday. -- ends --  ")).toBe("The talks resume on Monday.");
    expect(trimSignOff("The talks resume on Monday. ###")).toBe("The talks resume on Monday.");
  });

  it("keeps a line that only ends like a marker", () => {
    expect(trimSignOff("The weekend ends")).toBe("The weekend ends");
    expect(trimSignOff("Read more (video)")).toBe("Read more (video)");
  });

  it("agrees with the whole-line pattern on lines built of markers, words and spacing", () => {
    const piece = fc.constantFrom(
      "(end)",
      "(ENDS)",
      "(endit)",
      "--",
      "—",
      "–",
      "-",
      "end",
      "Ends",
      "###",
      "#",
      " ",
      "\t",
      "\u00a0",
      "\n",
      "word",
      ".",
      ")",
      "s",
      "d",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const text = parts.join("");
        expect(trimSignOff(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});
