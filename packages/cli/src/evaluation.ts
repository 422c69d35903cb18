import type { Article, OutletRegistry } from "@clippings/core";
import {
  type AccuracyReport,
  aggregate,
  loadGoldenDir,
  loadGoldenLinks,
  type PredictedLinks,
  scoreQuoteGroups,
  scoreSource,
  scoreStories,
  writeReport,
} from "@clippings/evaluate";
import type { CorpusLinks } from "@clippings/link";

function predictedLinks(articles: ReadonlyMap<string, Article>, links: CorpusLinks): PredictedLinks {
  const storyOf = new Map([...links.articles].map(([id, l]) => [id, l.story]));
  const quotes = [...articles.values()].flatMap((a) =>
    a.quotes.map((q) => ({
      article: a.id,
      text: q.text,
      group: links.quoteGroupOf.get(`${a.id}/${q.id}`) ?? null,
    })),
  );
  return { storyOf, quotes };
}

/** Scores the run's articles against every golden file in the folder; a golden id with no article scores as a miss. */
export async function evaluateArticles(
  pipeline: string,
  articles: ReadonlyMap<string, Article>,
  goldenDir: string,
  registry: OutletRegistry,
  links: CorpusLinks | null = null,
): Promise<AccuracyReport> {
  const goldens = await loadGoldenDir(goldenDir);
  const goldenLinks = await loadGoldenLinks(goldenDir);
  const scores = [...goldens.keys()].sort().map((id) => {
    const golden = goldens.get(id);
    if (!golden) throw new Error(`golden ${id} vanished`);
    return scoreSource(id, articles.get(id) ?? null, golden, registry);
  });
  const report = aggregate(pipeline, scores);
  if (!goldenLinks || !links) return report;
  const predicted = predictedLinks(articles, links);
  return {
    ...report,
    links: {
      stories: scoreStories(goldenLinks, predicted),
      quoteGroups: scoreQuoteGroups(goldenLinks, predicted),
    },
  };
}

export async function evaluateAndWrite(
  pipeline: string,
  articles: ReadonlyMap<string, Article>,
  goldenDir: string,
  reportDir: string,
  registry: OutletRegistry,
  links: CorpusLinks | null = null,
): Promise<{ report: AccuracyReport; json: string; md: string }> {
  const report = await evaluateArticles(pipeline, articles, goldenDir, registry, links);
  const written = await writeReport(reportDir, report);
  return { report, ...written };
}
