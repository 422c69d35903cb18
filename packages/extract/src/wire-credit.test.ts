import { describe, expect, it } from "vitest";
import { wireCredit, wireCreditOf } from "./author-fallbacks.js";

// Invented agencies: "exw" and "XNA" stand for any registered agency's tag.
const isAgencyTag = (tag: string) => ["exw", "EXW", "XNA"].includes(tag);
const long = "The council met again on Saturday and agreed to carry on with the talks over the coming weeks.";

describe("wireCredit", () => {
  it("takes the agency's tag alone or with a desk's or paper's short tag, as printed", () => {
    expect(wireCredit("exw", isAgencyTag)).toBe("exw");
    expect(wireCredit("exw/abc", isAgencyTag)).toBe("exw/abc");
    expect(wireCredit("DP mit exw", isAgencyTag)).toBe("DP mit exw");
    expect(wireCredit("jr / XNA", isAgencyTag)).toBe("jr / XNA");
  });

  it("refuses brackets without an agency's tag or with a phrase beside it", () => {
    expect(wireCredit("Hamburg", isAgencyTag)).toBeNull();
    expect(wireCredit("abc/def", isAgencyTag)).toBeNull();
    expect(wireCredit("reported with exw", isAgencyTag)).toBeNull();
    expect(wireCredit("according to an exw", isAgencyTag)).toBeNull();
  });
});

describe("wireCreditOf", () => {
  const none = { datelineTag: null, first: null, closing: [] };

  it("reads the dateline's tag or a tag opening the first paragraph", () => {
    expect(
      wireCreditOf({ ...none, datelineTag: "exw/abc", first: { text: long, block: 4 } }, isAgencyTag),
    ).toEqual({ name: "exw/abc", block: 4 });
    expect(wireCreditOf({ ...none, first: { text: `(XNA) - ${long}`, block: 4 } }, isAgencyTag)).toEqual({
      name: "XNA",
      block: 4,
    });
  });

  it("reads a tag closing the last paragraph of prose, also above short notes, or a source line", () => {
    const closing = [
      { text: long, block: 7 },
      { text: `${long} (DP mit exw)`, block: 8 },
      { text: "*Example is part of a network", block: 9 },
      { text: "Picture: © Someone/exw", block: 10 },
    ];
    expect(wireCreditOf({ ...none, closing }, isAgencyTag)).toEqual({ name: "DP mit exw", block: 8 });
    expect(wireCreditOf({ ...none, closing: [{ text: `${long} - XNA`, block: 3 }] }, isAgencyTag)?.name).toBe(
      "XNA",
    );
    expect(
      wireCreditOf(
        {
          ...none,
          closing: [
            { text: long, block: 3 },
            { text: "Quelle: exw", block: 4 },
          ],
        },
        isAgencyTag,
      )?.name,
    ).toBe("exw");
  });

  it("ignores a tag in the middle of the article, above its last paragraph of prose", () => {
    const closing = [
      { text: `${long} (exw)`, block: 2 },
      { text: long, block: 3 },
    ];
    expect(wireCreditOf({ ...none, closing }, isAgencyTag)).toBeNull();
  });
});
