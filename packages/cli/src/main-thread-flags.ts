/**
 * Node options for the process that runs the command, kept here so that the benchmarks start their measured
 * runs as the command starts (bin/clippings.js carries them in its first line; a test keeps the two alike).
 *
 * The main thread only lists inputs, hands them out and writes results, yet V8 let its young generation grow to
 * its default 32 MB over a long run, as much as a worker thread's whole old space of live objects. 2 MB
 * semi-spaces (4 MB in all) took the peak RSS of a two-thread run over 1,500 mixed files from about 330 to 303 MB
 * at the same CPU time; the worker threads keep the young generation the pool gives them (document-pool.ts).
 */
export const MAIN_THREAD_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=2"];
