import { describe, expect, it } from "vitest";
import { isBylineShaped, isListHeading, isListItem } from "./lists.js";

describe("link lists", () => {
  it("knows the headings of lists and threads that follow an article", () => {
    expect(isListHeading("Related Stories")).toBe(true);
    expect(isListHeading("Top Rated Comments")).toBe(true);
    expect(isListHeading("Leave a Reply")).toBe(true);
    expect(isListHeading("Join the conversation")).toBe(true);
    expect(isListHeading("Council Approves Harbour Plan")).toBe(false);
  });

  it("knows those headings in other European languages, as whole words", () => {
    expect(isListHeading("Lesen Sie auch:")).toBe(true);
    expect(isListHeading("Das könnte Sie auch interessieren")).toBe(true);
    expect(isListHeading("Ähnliche Beiträge")).toBe(true);
    expect(isListHeading("À lire aussi")).toBe(true);
    expect(isListHeading("Lea también:")).toBe(true);
    expect(isListHeading("Veja também")).toBe(true);
    expect(isListHeading("Czytaj także")).toBe(true);
    expect(isListHeading("Die Weiterlesenden")).toBe(false);
    expect(isListHeading("Hafenrat beschließt neuen Plan")).toBe(false);
  });

  it("does not take a sentence about comments for a heading", () => {
    expect(
      isListHeading(
        "The minister declined to make further comments on the harbour plan when asked on Monday.",
      ),
    ).toBe(false);
  });

  it("counts headline-shaped lines as list items but not sentence-case prose", () => {
    expect(isListItem("Harbour Plan Wins Approval After Long Debate")).toBe(true);
    expect(
      isListItem("The council said on Monday that the harbour wall would be finished within two years."),
    ).toBe(false);
  });

  it("knows a byline's shape", () => {
    expect(isBylineShaped("By Jane Roe | Special to the Herald")).toBe(true);
    expect(isBylineShaped("by European Space Agency")).toBe(true);
    expect(
      isBylineShaped("By the time the storm passed, the town had lost power for three days and more"),
    ).toBe(false);
    expect(isBylineShaped("Bypass plans approved")).toBe(false);
    expect(isBylineShaped("By the numbers: a harbour")).toBe(false);
  });
});
