/**
 * Node options for the process that runs the command, kept here so that the benchmarks start their measured
 * runs as the command starts (bin/clippings.js carries them in its first line; a test keeps the two alike).
 *
 * --max-semi-space-size=2: the main thread only lists inputs, hands them out and writes results, yet V8 let its
 * young generation grow to its default 32 MB over a long run, as much as a worker thread's whole old space of
 * live objects. 2 MB semi-spaces (4 MB in all) took the peak RSS of a two-thread run over 1,500 mixed files from
 * about 330 to 303 MB at the same CPU time; the worker threads keep the young generation the pool gives them
 * (document-pool.ts).
 *
 * --single-threaded-gc: V8's parallel and concurrent collector threads are extra threads beside the command's
 * one worker thread a core, so they compete with the workers for the cores instead of using idle ones.
 * Collecting in the thread that allocates took the CPU time of 1,975 text scrapes on two threads from 46.1 to
 * 40.0 s (400 HTML pages: 21.7 to 19.2 s; 4,000 mixed documents, runs side by side, 132.9 to 118.2 s) for some
 * 8 to 17 MB more peak RSS (273 to 290 MB on those 4,000). It must come from the command line: V8 reads it, and
 * the flags it implies, when a heap is set up; set later with v8.setFlagsFromString, it aborts the process at
 * the main thread's next full collection (Check failed: concurrent_marking_handle_ ...). The flag is the
 * process's, so it holds in the worker threads too.
 */
export const COMMAND_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=2", "--single-threaded-gc"];
