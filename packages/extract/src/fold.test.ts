import { describe, expect, it } from "vitest";
import { fold } from "./fold.js";

describe("fold", () => {
  it("unifies compatibility forms, case and white space", () => {
    expect(fold("  ＭＥＮＡＦＮ\u00a0 Provides\n")).toBe("menafn provides");
  });
});
