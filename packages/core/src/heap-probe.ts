import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | null = null;

/**
 * Bytes in use on this thread's heap after a full garbage collection: for tests that check a cache lets go of
 * what it was handed. The collector is reached without starting Node with --expose-gc: a context created after
 * the flag is set gets the gc function.
 */
export function heapUsedAfterGc(): number {
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
  collect();
  return getHeapStatistics().used_heap_size;
}

/** A flat string of `bytes` one-byte characters in lines of prose, unlike any other, to cut lines from in tests. */
export function bigPage(bytes: number, seed: string): string {
  const lines: string[] = [];
  for (let size = 0, n = 0; size < bytes; n += 1) {
    const next = `${seed} ${n}: the council met on Tuesday and agreed the plan after a long debate over its cost.`;
    lines.push(next);
    size += next.length + 1;
  }
  return lines.join("\n");
}
