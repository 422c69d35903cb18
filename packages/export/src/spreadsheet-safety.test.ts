import { describe, expect, it } from "vitest";
import { neutraliseCell } from "./spreadsheet-safety.js";

describe("neutraliseCell", () => {
  it("neutralises every formula-starting character", () => {
    for (const cell of ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]) {
      expect(neutraliseCell(cell)).toBe(`'${cell}`);
    }
  });
  it("leaves ordinary text, numbers and empty cells alone", () => {
    expect(neutraliseCell("Mayor said = fine")).toBe("Mayor said = fine");
    expect(neutraliseCell(-3)).toBe(-3);
    expect(neutraliseCell(null)).toBeNull();
  });
});
