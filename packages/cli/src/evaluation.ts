import type { Article, OutletRegistry } from "@clippings/core";
import { type AccuracyReport, aggregate, loadGoldenDir, scoreSource, writeReport } from "@clippings/evaluate";

/** Scores the run's articles against every golden file in the folder; a golden id with no article scores as a miss. */
export async function evaluateArticles(
  pipeline: string,
  articles: ReadonlyMap<string, Article>,
  goldenDir: string,
  registry: OutletRegistry,
): Promise<AccuracyReport> {
  const goldens = await loadGoldenDir(goldenDir);
  const scores = [...goldens.keys()].sort().map((id) => {
    const golden = goldens.get(id);
    if (!golden) throw new Error(`golden ${id} vanished`);
    return scoreSource(id, articles.get(id) ?? null, golden, registry);
  });
  return aggregate(pipeline, scores);
}

export async function evaluateAndWrite(
  pipeline: string,
  articles: ReadonlyMap<string, Article>,
  goldenDir: string,
  reportDir: string,
  registry: OutletRegistry,
): Promise<{ report: AccuracyReport; json: string; md: string }> {
  const report = await evaluateArticles(pipeline, articles, goldenDir, registry);
  const written = await writeReport(reportDir, report);
  return { report, ...written };
}
