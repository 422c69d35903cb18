import { describe, expect, it } from "vitest";
import { addCounts, precisionRecall, shingleOverlap } from "./shingle-overlap.js";

describe("shingleOverlap", () => {
  it("counts shared four-word shingles, extra ones and missing ones", () => {
    const truth = "one two three four five six";
    const counts = shingleOverlap(truth, "menu one two three four five");
    expect(counts).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  it("scores an exact extraction 1 and an empty one 0 recall", () => {
    const text = "The minister said the plan would go ahead next week.";
    expect(precisionRecall(shingleOverlap(text, text))).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(precisionRecall(shingleOverlap(text, "")).recall).toBe(0);
  });

  it("sums counts over pages before taking precision and recall", () => {
    const total = addCounts({ tp: 3, fp: 1, fn: 0 }, { tp: 1, fp: 0, fn: 3 });
    expect(precisionRecall(total)).toEqual({
      precision: 0.8,
      recall: 4 / 7,
      f1: (2 * 0.8 * (4 / 7)) / (0.8 + 4 / 7),
    });
  });
});
