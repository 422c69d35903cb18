import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMAND_NODE_FLAGS } from "./command-node-flags.js";
import { repoRoot } from "./test-context.js";

describe("the command's Node options", () => {
  it("are the ones bin/clippings.js starts node with, so that the benchmarks measure the command", async () => {
    const bin = await readFile(join(repoRoot, "packages/cli/bin/clippings.js"), "utf8");
    expect(bin.split("\n")[0]).toBe(`#!/usr/bin/env -S node ${COMMAND_NODE_FLAGS.join(" ")}`);
  });
});
