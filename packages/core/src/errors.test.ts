import { describe, expect, it } from "vitest";
import { DocumentError, errorRow, TimeBudget } from "./errors.js";

describe("TimeBudget", () => {
  it("lets work through until the deadline, then stops it with a row-ready error", () => {
    let now = 0;
    const budget = new TimeBudget(100, "slow.html", () => now);
    now = 100;
    expect(() => budget.check("clean")).not.toThrow();
    now = 101;
    expect(() => budget.check("extract")).toThrow(DocumentError);
    try {
      budget.check("extract");
    } catch (err) {
      expect(errorRow("slow.html", "slow", err, "extract")).toMatchObject({
        error: "time-budget",
        stage: "extract",
      });
      expect((err as Error).message).toContain("slow.html");
    }
  });
});
