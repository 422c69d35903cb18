import type { OutletRegistry } from "@clippings/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "./fold.js";
import { RegistryIndex } from "./registry-index.js";

const SIGNATURES = ["(MENAFN-", "Wire Desk  Service", "a.b*c"];
const registry: OutletRegistry = {
  outlets: SIGNATURES.map((signature, i) => ({
    name: `Outlet ${i}`,
    kind: "publisher",
    aliases: [],
    domains: [],
    wireTags: [],
    signatures: [signature],
  })),
};
const index = new RegistryIndex(registry);

describe("RegistryIndex.signatureIn", () => {
  it("finds a signature whatever the case, spacing and compatibility forms of the text", () => {
    expect(index.signatureIn("Some text (menafn-\n ok")?.signature).toBe("(menafn-");
    expect(index.signatureIn("via WIRE\n\tdesk\u00a0SERVICE today")?.signature).toBe("wire desk service");
    expect(index.signatureIn("ＷＩＲＥ desk service")?.signature).toBe("wire desk service");
  });

  it("reads the signature's characters literally", () => {
    expect(index.signatureIn("a.b*c")?.signature).toBe("a.b*c");
    expect(index.signatureIn("axbbbc")).toBeNull();
    expect(index.signatureIn("wire desk")).toBeNull();
  });

  it("finds what the folded text contains, and nothing else", () => {
    const pieces = ["wire", "WIRE", "Ｗire", "desk", "service", "(menafn-", "(MENAFN", "-", "a.b*c", "x"];
    const gaps = [" ", "  ", "\n", "\t ", "\u00a0", ""];
    const text = fc
      .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...gaps)), { maxLength: 8 })
      .map((parts) => parts.map(([piece, gap]) => piece + gap).join(""));
    fc.assert(
      fc.property(text, (line) => {
        const folded = fold(line);
        const expected = SIGNATURES.map(fold).find((signature) => folded.includes(signature)) ?? null;
        expect(index.signatureIn(line)?.signature ?? null).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
