import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { addLimitOptions, documentLimitsFrom, type LimitOptionValues } from "./limit-options.js";
import { DEFAULT_LIMITS } from "./limits.js";

function parse(args: string[]): LimitOptionValues {
  // Commander reports a refused value on stderr before throwing; the test reads the thrown error instead.
  const command = addLimitOptions(
    new Command().exitOverride().configureOutput({ writeErr: () => undefined }),
  );
  command.parse(args, { from: "user" });
  return command.opts<LimitOptionValues>();
}

describe("addLimitOptions", () => {
  it("gives the default limits when no option is given", () => {
    expect(documentLimitsFrom(parse([]))).toEqual(DEFAULT_LIMITS);
  });

  it("reads sizes with units and whole numbers", () => {
    const opts = parse(["--max-bytes", "2mb", "--max-blocks", "300", "--time-budget", "500"]);
    expect(opts.maxBytes).toBe(2 * 1024 * 1024);
    expect(documentLimitsFrom(opts)).toEqual({ maxBlocks: 300, timeBudgetMs: 500 });
  });

  it("refuses a limit that is not a positive whole number", () => {
    expect(() => parse(["--max-blocks", "0"])).toThrow(/whole number/);
  });
});
