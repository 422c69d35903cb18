import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { type Article, type OutletRegistry, type OutputFormat, OutputFormatSchema } from "@clippings/core";
import { RegistryIndex } from "@clippings/extract/registry-index";
import { DEFAULT_MAX_BYTES } from "@clippings/parse";
import { Command, Option } from "commander";
import { DEFAULT_OUTLETS, positiveInt } from "./cli-options.js";
import { loadOutletRegistry, loadPipelineConfig } from "./config.js";
import { evaluateAndWrite } from "./evaluation.js";
import { addLimitOptions, documentLimitsFrom, type LimitOptionValues } from "./limit-options.js";
import { DEFAULT_LIMITS, type Limits } from "./limits.js";
import { createProgress } from "./progress.js";
import { addQueueCommands } from "./queue/commands.js";
import { runPipeline } from "./run-pipeline.js";
import { formatSummary } from "./summary.js";

interface RunRequest {
  name: string;
  inputs: string[];
  out: string;
  format: OutputFormat;
  golden: string | null;
  report: string | null;
  registry: OutletRegistry;
  concurrency: number;
  maxBytes: number;
  limits: Limits;
  rawCsv: boolean;
  quiet: boolean;
  resume: boolean;
}

/**
 * The first Ctrl-C or SIGTERM stops intake: documents under way are finished and written and the run is left
 * resumable. A second one ends the process at once (the manifest still describes whole rows on disk).
 */
function interruptOnSignals(): { signal: AbortSignal; exitCode: () => number; dispose: () => void } {
  const controller = new AbortController();
  let code = 0;
  const handlers = (["SIGINT", "SIGTERM"] as const).map((name) => {
    const handler = () => {
      if (controller.signal.aborted) process.exit(code);
      code = name === "SIGINT" ? 130 : 143;
      process.stderr.write(
        "\nclippings: stopping; finishing the documents under way (press Ctrl-C again to stop at once)\n",
      );
      controller.abort();
    };
    process.on(name, handler);
    return () => process.off(name, handler);
  });
  return {
    signal: controller.signal,
    exitCode: () => code,
    dispose: () => {
      for (const off of handlers) off();
    },
  };
}

async function execute(request: RunRequest): Promise<void> {
  const progress = createProgress(process.stderr, request.quiet);
  const articles = new Map<string, Article>();
  const interrupt = interruptOnSignals();
  const summary = await runPipeline({
    inputs: request.inputs,
    outDir: request.out,
    format: request.format,
    registry: new RegistryIndex(request.registry),
    concurrency: request.concurrency,
    maxBytes: request.maxBytes,
    limits: request.limits,
    rawCsv: request.rawCsv,
    today: new Date().toISOString().slice(0, 10),
    workers: { registry: request.registry },
    resume: request.resume,
    signal: interrupt.signal,
    onProgress: (done, total) => progress.update(done, total),
    onPhase: (what) => progress.phase(what),
    onArticle: request.golden ? (a) => articles.set(a.id, a) : undefined,
  }).finally(() => interrupt.dispose());
  progress.stop();
  if (summary.interrupted) {
    process.stdout.write(
      `clippings: interrupted after ${summary.documents} documents (${summary.articles} articles, ${summary.errors} errors); the finished part is kept in ${request.out}\n  run the same command with --resume to continue where it stopped\n`,
    );
    process.exitCode = interrupt.exitCode();
    return;
  }
  process.stdout.write(`${formatSummary(summary)}\n`);
  if (!summary.accounted) process.exitCode = 1;
  if (request.golden) {
    const reportDir = request.report ?? resolve(request.out, "report");
    const { report, md } = await evaluateAndWrite(
      request.name,
      articles,
      request.golden,
      reportDir,
      request.registry,
      summary.links,
    );
    const o = report.overall;
    process.stdout.write(
      `  accuracy report ${md}\n  date ${o.date.correct}/${o.date.total}, outlet ${o.outlet.correct}/${o.outlet.total}, headline ${o.headline.correct}/${o.headline.total}, body ${o.body.correct}/${o.body.total}, quote F1 ${o.quotes.f1.toFixed(3)}, speaker accuracy ${o.quotes.speakerAccuracy.toFixed(3)}${report.links ? `, story pairs P/R ${report.links.stories.precision.toFixed(3)}/${report.links.stories.recall.toFixed(3)}, quote-group pairs P/R ${report.links.quoteGroups.precision.toFixed(3)}/${report.links.quoteGroups.recall.toFixed(3)}` : ""}\n`,
    );
  }
}

export function buildProgram(): Command {
  const program = new Command()
    .name("clippings")
    .description(
      "Turn scraped news pages (text scrapes, HTML, .gz, JSONL) into a clean dataset: one row per article\n" +
        "(date, outlet, agency, headline, authors, dateline, body) and one per direct quote with its speaker.",
    )
    .showHelpAfterError();

  const run = program
    .command("run")
    .description("extract articles and quotes from files, folders or globs and write the dataset")
    .argument("<paths...>", "input files, folders (read recursively) or glob patterns")
    .requiredOption("-o, --out <dir>", "folder for articles.csv, quotes.csv, errors.csv and articles.jsonl")
    .addOption(
      new Option("-f, --format <format>", "which dataset files to write")
        .choices(OutputFormatSchema.options)
        .default("both"),
    )
    .option("-g, --golden <dir>", "score the articles against the golden files in this folder")
    .option("-r, --report <dir>", "where the accuracy report goes (default: <out>/report)")
    .option("--outlets <file>", "outlet registry", DEFAULT_OUTLETS)
    .option(
      "-c, --concurrency <n>",
      "worker threads processing documents (default: the machine's cores)",
      positiveInt,
      availableParallelism(),
    )
    .option(
      "--resume",
      "continue an interrupted run from the manifest in --out (a fresh run when there is none)",
    );
  addLimitOptions(run)
    .option(
      "--raw-csv",
      "write CSV cells exactly, without neutralising cells that start with = + - @ (spreadsheet formulas)",
    )
    .option("-q, --quiet", "no progress bar")
    .addHelpText(
      "after",
      "\nExamples:\n  clippings run scrapes/ --out out/\n  clippings run 'crawl/**/*.html.gz' --out out/ --format jsonl\n  clippings run corpus/japan-nato --out out/ --golden golden/japan-nato",
    )
    .action(
      async (
        paths: string[],
        opts: LimitOptionValues & {
          out: string;
          format: OutputFormat;
          golden?: string;
          report?: string;
          outlets: string;
          concurrency: number;
          rawCsv?: boolean;
          quiet?: boolean;
          resume?: boolean;
        },
      ) => {
        await execute({
          name: "run",
          inputs: paths,
          out: opts.out,
          format: opts.format,
          golden: opts.golden ?? null,
          report: opts.report ?? null,
          registry: await loadOutletRegistry(opts.outlets),
          concurrency: opts.concurrency,
          maxBytes: opts.maxBytes,
          limits: documentLimitsFrom(opts),
          rawCsv: opts.rawCsv ?? false,
          quiet: opts.quiet ?? false,
          resume: opts.resume ?? false,
        });
      },
    );

  program
    .command("pipeline")
    .description(
      "run a pipeline config from pipelines/ end to end: dataset, then accuracy report when it has golden files",
    )
    .argument("<config>", "pipeline config JSON, e.g. pipelines/japan-nato.json")
    .option("-q, --quiet", "no progress bar")
    .option("--resume", "continue an interrupted run of this pipeline where it stopped")
    .action(async (path: string, opts: { quiet?: boolean; resume?: boolean }) => {
      const config = await loadPipelineConfig(path);
      await execute({
        name: config.name,
        inputs: config.inputs,
        out: config.out,
        format: config.format,
        golden: config.golden,
        report: config.report,
        registry: await loadOutletRegistry(config.outlets),
        concurrency: config.concurrency,
        maxBytes: DEFAULT_MAX_BYTES,
        limits: DEFAULT_LIMITS,
        rawCsv: false,
        quiet: opts.quiet ?? false,
        resume: opts.resume ?? false,
      });
    });

  program
    .command("explain")
    .description(
      "show how each field and quote of one source was found, and which blocks were removed and why",
    )
    .argument("<source>", "one input file")
    .option("--outlets <file>", "outlet registry", DEFAULT_OUTLETS)
    .action(async (source: string, opts: { outlets: string }) => {
      const registry = await loadOutletRegistry(opts.outlets);
      // Imported here: it loads the extraction stages, which the other commands run in worker threads.
      const { explainSource } = await import("./explain-source.js");
      const text = await explainSource(
        source,
        new RegistryIndex(registry),
        new Date().toISOString().slice(0, 10),
      );
      process.stdout.write(`${text}\n`);
    });

  addQueueCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  if (argv.length <= 2) {
    buildProgram().outputHelp();
    return;
  }
  await buildProgram().parseAsync(argv);
}
