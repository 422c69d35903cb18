import { describe, expect, it } from "vitest";
import { runOrdered } from "./ordered-runner.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("runOrdered", () => {
  it("emits results in input order even when later items finish first", async () => {
    const emitted: number[] = [];
    const delays = [30, 1, 15, 0, 5, 25, 2];
    const count = await runOrdered(
      delays,
      async (delay, index) => {
        await sleep(delay);
        return index;
      },
      (result) => {
        emitted.push(result);
      },
      { concurrency: 3 },
    );
    expect(count).toBe(delays.length);
    expect(emitted).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("keeps no more than the window of items in flight", async () => {
    let inFlight = 0;
    let peak = 0;
    async function* items() {
      for (let i = 0; i < 50; i += 1) yield i;
    }
    await runOrdered(
      items(),
      async (i) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await sleep(i % 3);
        inFlight -= 1;
        return i;
      },
      () => undefined,
      { concurrency: 2, window: 4 },
    );
    expect(peak).toBeLessThanOrEqual(2);
  });

  it("rejects when emit fails instead of hanging", async () => {
    await expect(
      runOrdered(
        [1, 2, 3],
        async (i) => i,
        (i) => {
          if (i === 2) throw new Error("disk full");
        },
        { concurrency: 2 },
      ),
    ).rejects.toThrow("disk full");
  });
});
