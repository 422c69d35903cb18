import { describe, expect, it } from "vitest";
import { compiledWorkerScript } from "./worker-threads.js";

describe("compiledWorkerScript", () => {
  it("finds a module's compiled form in dist/ when called from the sources, and null for one not built", () => {
    expect(compiledWorkerScript(import.meta.url, "worker-threads.js")?.pathname).toMatch(
      /core\/dist\/worker-threads\.js$/,
    );
    expect(compiledWorkerScript(import.meta.url, "no-such-worker.js")).toBeNull();
  });
});
