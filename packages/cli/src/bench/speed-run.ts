/**
 * One measured run for `npm run bench:speed`, in its own process so that its peak RSS is its own: the whole
 * pipeline (worker pool, writer, link stage) over a corpus folder. Prints one JSON line.
 * Usage: node --max-semi-space-size=2 --single-threaded-gc dist/bench/speed-run.js <corpus> <out> <threads> (the
 * options of COMMAND_NODE_FLAGS, as the command starts; speed-bench passes them)
 */
import { fileURLToPath } from "node:url";
import { RegistryIndex } from "@clippings/extract/registry-index";
import { loadOutletRegistry } from "../config.js";
import { runPipeline } from "../run-pipeline.js";

// Not test-context's repoRoot: importing that module builds its testRegistry, with the whole extract package.
const outlets = fileURLToPath(new URL("../../../../outlets/outlets.json", import.meta.url));

async function main(): Promise<void> {
  const [corpus, out, threads] = process.argv.slice(2);
  if (!corpus || !out || !threads) throw new Error("usage: speed-run.js <corpus> <out> <threads>");
  const registry = await loadOutletRegistry(outlets);
  let peakRss = 0;
  const sample = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 250);
  const summary = await runPipeline({
    inputs: [corpus],
    outDir: out,
    format: "both",
    // As `clippings run` builds it: the registry index alone, not the whole extract package (test-context's
    // testRegistry imports it all, and its date parsers and models would count in this thread's peak RSS).
    registry: new RegistryIndex(registry),
    concurrency: Number(threads),
    maxBytes: 10 * 1024 * 1024,
    today: "2026-11-23",
    workers: { registry },
  });
  clearInterval(sample);
  const { links: _links, files: _files, ...rest } = summary;
  const usage = process.resourceUsage();
  // CPU time of the whole process, every thread summed: unlike wall-clock seconds it barely moves when other work
  // shares the cores, so it is the figure that shows whether cost grows linearly with the corpus.
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  process.stdout.write(
    `${JSON.stringify({ ...rest, cpuSeconds, maxRssMb: usage.maxRSS / 1024, sampledPeakRssMb: peakRss / 1024 / 1024 })}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`speed-run: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
