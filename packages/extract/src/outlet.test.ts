import { cleanDocument } from "@clippings/clean";
import { docFromLines, type OutletRegistry } from "@clippings/core";
import { describe, expect, it } from "vitest";
import { parseDateline } from "./dateline.js";
import { extractOutlet } from "./outlet.js";
import { RegistryIndex } from "./registry-index.js";

const registry = new RegistryIndex({
  outlets: [
    {
      name: "Example Wire",
      kind: "agency",
      aliases: ["EXW"],
      domains: [],
      wireTags: ["EXW"],
      signatures: [],
    },
    {
      name: "Sample Dispatch",
      kind: "agency",
      aliases: [],
      domains: [],
      wireTags: [],
      signatures: ["SAMPLE DISPATCH NEWS SERVICE"],
    },
    { name: "Daily Example", kind: "publisher", aliases: [], domains: [], wireTags: [], signatures: [] },
  ],
} satisfies OutletRegistry);

const LEAD = "HARBOURTOWN (EXW) -- The council approved the new ferry pier on Monday after a long debate.";

function outletOf(lines: string[]) {
  const doc = docFromLines(lines, { id: "o" });
  return extractOutlet(cleanDocument(doc, { signatures: [] }), parseDateline(LEAD), 0, registry);
}

describe("extractOutlet from a registered signature line", () => {
  it("finds the signature in its block, whatever its case and spacing", () => {
    const got = outletOf([LEAD, "Distributed by  sample dispatch NEWS service for members"]);
    expect(got.outlet.value).toBe("Sample Dispatch");
    expect(got.outlet.rule).toBe('registry signature "sample dispatch news service"');
  });

  it("looks at a page without a signature once, not block by block", () => {
    const looked: string[] = [];
    const counting = Object.create(registry) as RegistryIndex;
    counting.signatureIn = (text: string) => {
      looked.push(text);
      return registry.signatureIn(text);
    };
    const doc = docFromLines([LEAD, "Second line of the story.", "Third line."], { id: "o" });
    extractOutlet(cleanDocument(doc, { signatures: [] }), parseDateline(LEAD), 0, counting);
    expect(looked).toHaveLength(1);
  });

  it("does not join a signature from the end of one block and the start of the next", () => {
    const got = outletOf([LEAD, "Photos by Sample Dispatch", "News service members may reprint this."]);
    expect(got.outlet.value).not.toBe("Sample Dispatch");
  });
});

describe("extractOutlet from text alone", () => {
  it("takes a wire story with no other owner named for the agency's own", () => {
    expect(outletOf([LEAD]).outlet.value).toBe("Example Wire");
  });

  it("names the registered owner of the page's copyright line", () => {
    const got = outletOf([LEAD, "© 2019 Daily Example, Inc. All rights reserved."]);
    expect(got.outlet.value).toBe("Daily Example");
    expect(got.agency.value).toBe("Example Wire");
  });

  it("leaves the outlet unknown when the page's owner is not in the registry", () => {
    const got = outletOf([
      LEAD,
      "Copyright 2019 Example Wire.",
      "© 2019 Unlisted Media Group. All Rights Reserved.",
    ]);
    expect(got.outlet.value).toBeNull();
    expect(got.outlet.rule).toContain("Unlisted Media");
    expect(got.agency.value).toBe("Example Wire");
  });
});
