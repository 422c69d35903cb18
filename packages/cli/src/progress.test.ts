import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createProgress } from "./progress.js";

/** A stream that passes for a terminal, keeping what is written to it. */
function fakeTerminal(): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: string[] = [];
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & { isTTY: boolean; columns: number };
  stream.isTTY = true;
  stream.columns = 200;
  stream.cursorTo = () => true;
  stream.clearLine = () => true;
  stream.moveCursor = () => true;
  stream.write = (chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  };
  return { stream, text: () => chunks.join("") };
}

describe("createProgress", () => {
  it("shows inputs done, then what the run does after the last one, never an unknown time as text", () => {
    const { stream, text } = fakeTerminal();
    const progress = createProgress(stream, false);
    progress.update(0, 10);
    progress.update(10, 10);
    progress.phase("linking 10 articles");
    progress.stop();
    const shown = text();
    expect(shown).toContain("10/10 inputs | linking 10 articles");
    expect(shown).not.toMatch(/NULL|INF|LLs/);
  });

  it("writes nothing when quiet or when the output is not a terminal", () => {
    const { stream, text } = fakeTerminal();
    const quiet = createProgress(stream, true);
    quiet.update(1, 2);
    quiet.phase("linking");
    quiet.stop();
    expect(text()).toBe("");
  });
});
