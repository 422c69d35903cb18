import PQueue from "p-queue";

export interface OrderedRunOptions {
  concurrency: number;
  /** How many finished results may wait for an earlier one before intake pauses; bounds memory. */
  window?: number;
}

/**
 * Runs `work` over `items` concurrently and hands results to `emit` in input order, so outputs are
 * deterministic whatever finishes first. Intake waits while the window is full, so memory stays bounded
 * by the window, not by the corpus.
 */
export async function runOrdered<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => Promise<void> | void,
  options: OrderedRunOptions,
): Promise<number> {
  const queue = new PQueue({ concurrency: options.concurrency });
  const window = Math.max(options.window ?? options.concurrency * 4, options.concurrency);
  const finished = new Map<number, R>();
  let nextToEmit = 0;
  let count = 0;
  let emitting: Promise<void> = Promise.resolve();
  let failure: unknown = null;

  const flush = async (): Promise<void> => {
    while (finished.has(nextToEmit)) {
      const result = finished.get(nextToEmit) as R;
      finished.delete(nextToEmit);
      await emit(result, nextToEmit);
      nextToEmit += 1;
    }
  };

  for await (const item of items) {
    if (failure !== null) break;
    const index = count;
    count += 1;
    while (index - nextToEmit >= window && failure === null) {
      await queue.onSizeLessThan(1);
      await emitting;
      if (index - nextToEmit >= window) await queue.onIdle();
    }
    void queue.add(async () => {
      try {
        finished.set(index, await work(item, index));
        emitting = emitting.then(flush).catch((err: unknown) => {
          failure ??= err;
        });
      } catch (err) {
        failure ??= err;
      }
    });
  }
  await queue.onIdle();
  await emitting;
  if (failure !== null) throw failure;
  return count;
}
