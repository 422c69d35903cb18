import { findDuplicates } from "./duplicates.js";
import { CorpusArticleLinks, QuoteGroupIndex } from "./link-views.js";
import { findQuoteGroups } from "./quote-groups.js";
import type { ArticleSignature } from "./signature.js";
import { SignatureStore } from "./signature-store.js";
import { SortedCorpus } from "./sorted-corpus.js";
import { findStories } from "./stories.js";

export interface ArticleLinks {
  story: string;
  duplicateOf: string | null;
  similarity: number | null;
}

export interface Story {
  id: string;
  firstDate: string | null;
  articles: string[];
  outlets: string[];
  headline: string | null;
}

export interface LinkedGroup {
  id: string;
  text: string;
  /** Each carrying article with its outlet and the speaker that outlet gave. */
  readonly members: { article: string; quoteId: string; outlet: string | null; speaker: string | null }[];
  firstSeen: string;
  speakerDisagreement: boolean;
}

export interface CorpusLinks {
  articles: ReadonlyMap<string, ArticleLinks>;
  stories: Story[];
  quoteGroups: LinkedGroup[];
  /** quote_group of each grouped quote, by "<article id>/<quote id>". */
  quoteGroupOf: ReadonlyMap<string, string>;
}

/**
 * The corpus-level stage: duplicates, quote groups and stories from compact signatures, earliest first. The
 * per-article and per-quote answers are views over typed arrays, built when asked for, so that the memory held
 * until the files are written stays a few bytes an article.
 */
export function linkCorpus(input: SignatureStore | readonly ArticleSignature[]): CorpusLinks {
  const store = input instanceof SignatureStore ? input : SignatureStore.from(input);
  const corpus = new SortedCorpus(store);
  const duplicates = findDuplicates(corpus);
  const groups = findQuoteGroups(corpus);
  let pairs = 0;
  for (const of of duplicates.of) if (of >= 0) pairs += 1;
  for (const group of groups) pairs += group.members.length;
  const linked = new Uint32Array(pairs * 2);
  let at = 0;
  duplicates.of.forEach((of, copy) => {
    if (of < 0) return;
    linked[at++] = of;
    linked[at++] = copy;
  });
  for (const group of groups)
    for (const m of group.members) {
      linked[at++] = group.first;
      linked[at++] = corpus.quoteArticle[m] ?? 0;
    }
  const roots = findStories(corpus, { linked, copyOf: duplicates.of });

  // Stories are numbered in the order of their earliest article; storyOf holds each position's number.
  const storyOf = new Uint32Array(corpus.size);
  const storyOfRoot = new Map<number, number>();
  const stories: Story[] = [];
  for (let p = 0; p < corpus.size; p += 1) {
    const article = corpus.at(p);
    const root = roots[p] ?? p;
    let number = storyOfRoot.get(root);
    if (number === undefined) {
      number = stories.length;
      storyOfRoot.set(root, number);
      stories.push({
        id: `s${number + 1}`,
        firstDate: store.date(article),
        articles: [],
        outlets: [],
        headline: store.headline(article),
      });
    }
    storyOf[p] = number;
    const story = stories[number] as Story;
    story.articles.push(store.id(article));
    const outlet = store.outlet(article);
    if (outlet && !story.outlets.includes(outlet)) story.outlets.push(outlet);
  }

  const quoteGroups = groups.map(
    (group): LinkedGroup => ({
      id: group.id,
      text: store.quoteText(corpus.quotes[group.canonical] ?? 0),
      // Built when read: a corpus's members as objects would be several objects an article.
      get members() {
        return group.members.map((m) => {
          const article = corpus.at(corpus.quoteArticle[m] ?? 0);
          const quote = corpus.quotes[m] ?? 0;
          return {
            article: store.id(article),
            quoteId: store.quoteId(quote),
            outlet: store.outlet(article),
            speaker: store.speaker(quote),
          };
        });
      },
      firstSeen: store.id(corpus.at(group.first)),
      speakerDisagreement: group.speakerDisagreement,
    }),
  );
  // The links answer from the store's labels from here on: its hashes and most quote texts can go.
  store.finishLinking(groups.map((group) => corpus.quotes[group.canonical] ?? 0));
  const articles = new CorpusArticleLinks(corpus, storyOf, duplicates);
  return {
    articles,
    stories,
    quoteGroups,
    quoteGroupOf: new QuoteGroupIndex(corpus, groups, (id) => articles.positionOf(id)),
  };
}
