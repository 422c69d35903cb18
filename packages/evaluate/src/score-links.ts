import type { GoldenLinks } from "@clippings/core";
import { bagOfWordsF1 } from "./bag-of-words.js";
import { round } from "./figures.js";
import { QUOTE_MATCH_F1 } from "./match-quotes.js";
import type { PairFigures } from "./report-schema.js";

/** What a run predicted at corpus level, in the plain terms scoring needs. */
export interface PredictedLinks {
  storyOf: ReadonlyMap<string, string>;
  quotes: readonly { article: string; text: string; group: string | null }[];
}

function pairs<T>(items: readonly T[]): [T, T][] {
  const out: [T, T][] = [];
  for (let i = 0; i < items.length; i += 1)
    for (let j = i + 1; j < items.length; j += 1) out.push([items[i] as T, items[j] as T]);
  return out;
}

function figures(
  correctPredicted: number,
  predicted: number,
  correctGolden: number,
  golden: number,
): PairFigures {
  return {
    goldenPairs: golden,
    predictedPairs: predicted,
    precision: round(predicted === 0 ? (golden === 0 ? 1 : 0) : correctPredicted / predicted),
    recall: round(golden === 0 ? 1 : correctGolden / golden),
  };
}

/** Story clustering as pairs of articles: a pair is right when both the golden file and the run put it together. */
export function scoreStories(golden: GoldenLinks, predicted: PredictedLinks): PairFigures {
  const goldenStory = new Map<string, number>();
  golden.stories.forEach((story, i) => {
    for (const id of story) goldenStory.set(id, i);
  });
  const ids = [...goldenStory.keys()];
  const goldenPairs = pairs(ids).filter(([a, b]) => goldenStory.get(a) === goldenStory.get(b));
  const predictedPairs = pairs(ids).filter(
    ([a, b]) => predicted.storyOf.has(a) && predicted.storyOf.get(a) === predicted.storyOf.get(b),
  );
  const together = (a: string, b: string) => goldenStory.get(a) === goldenStory.get(b);
  const predictedTogether = (a: string, b: string) =>
    predicted.storyOf.has(a) && predicted.storyOf.get(a) === predicted.storyOf.get(b);
  return figures(
    predictedPairs.filter(([a, b]) => together(a, b)).length,
    predictedPairs.length,
    goldenPairs.filter(([a, b]) => predictedTogether(a, b)).length,
    goldenPairs.length,
  );
}

/** Quote groups as pairs of quotes; each golden member is found among the run's quotes of its article by text. */
export function scoreQuoteGroups(golden: GoldenLinks, predicted: PredictedLinks): PairFigures {
  const groupOfPredicted = new Map<number, number>();
  const memberIndex: (number | null)[][] = golden.quoteGroups.map((group, g) =>
    group.members.map((member) => {
      let best: number | null = null;
      let bestF1 = QUOTE_MATCH_F1;
      predicted.quotes.forEach((q, i) => {
        if (q.article !== member.article || groupOfPredicted.has(i)) return;
        const f1 = bagOfWordsF1(q.text, member.text);
        if (f1 >= bestF1) {
          best = i;
          bestF1 = f1;
        }
      });
      if (best !== null) groupOfPredicted.set(best, g);
      return best;
    }),
  );
  const goldenPairs = memberIndex.flatMap((members) => pairs(members));
  const samePredicted = (a: number | null, b: number | null) =>
    a !== null &&
    b !== null &&
    predicted.quotes[a]?.group != null &&
    predicted.quotes[a]?.group === predicted.quotes[b]?.group;
  const predictedPairs = pairs(predicted.quotes.map((_, i) => i)).filter(([a, b]) => samePredicted(a, b));
  return figures(
    predictedPairs.filter(
      ([a, b]) => groupOfPredicted.has(a) && groupOfPredicted.get(a) === groupOfPredicted.get(b),
    ).length,
    predictedPairs.length,
    goldenPairs.filter(([a, b]) => samePredicted(a, b)).length,
    goldenPairs.length,
  );
}
