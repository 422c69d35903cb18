import { findDuplicates } from "./duplicates.js";
import { findQuoteGroups, type QuoteGroup } from "./quote-groups.js";
import type { ArticleSignature } from "./signature.js";
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
  members: { article: string; quoteId: string; outlet: string | null; speaker: string | null }[];
  firstSeen: string;
  speakerDisagreement: boolean;
}

export interface CorpusLinks {
  articles: Map<string, ArticleLinks>;
  stories: Story[];
  quoteGroups: LinkedGroup[];
  /** quote_group of each grouped quote, by "<article id>/<quote id>". */
  quoteGroupOf: Map<string, string>;
}

const byDateThenId = (a: ArticleSignature, b: ArticleSignature) =>
  (a.date ?? "9999") < (b.date ?? "9999")
    ? -1
    : (a.date ?? "9999") > (b.date ?? "9999")
      ? 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;

/** The corpus-level stage: duplicates, quote groups and stories from compact signatures, earliest first. */
export function linkCorpus(input: readonly ArticleSignature[]): CorpusLinks {
  const signatures = [...input].sort(byDateThenId);
  const duplicates = findDuplicates(signatures);
  const groups = findQuoteGroups(signatures);
  const linked: [number, number][] = [...duplicates].map(([copy, d]) => [d.of, copy]);
  for (const group of groups) for (const m of group.members) linked.push([group.first, m.article]);
  const roots = findStories(signatures, { linked });

  const storyIds = new Map<number, string>();
  const stories: Story[] = [];
  roots.forEach((root, index) => {
    let id = storyIds.get(root);
    const sig = signatures[index];
    if (!sig) return;
    if (id === undefined) {
      id = `s${stories.length + 1}`;
      storyIds.set(root, id);
      stories.push({ id, firstDate: sig.date, articles: [], outlets: [], headline: sig.headline });
    }
    const story =
      stories[stories.length - 1]?.id === id ? stories[stories.length - 1] : stories.find((s) => s.id === id);
    story?.articles.push(sig.id);
    if (story && sig.outlet && !story.outlets.includes(sig.outlet)) story.outlets.push(sig.outlet);
  });

  const articles = new Map<string, ArticleLinks>();
  signatures.forEach((sig, index) => {
    const dup = duplicates.get(index);
    articles.set(sig.id, {
      story: storyIds.get(roots[index] ?? index) ?? "",
      duplicateOf: dup ? (signatures[dup.of]?.id ?? null) : null,
      similarity: dup ? Math.round(dup.similarity * 1000) / 1000 : null,
    });
  });

  const quoteGroupOf = new Map<string, string>();
  const quoteGroups = groups.map((group: QuoteGroup) => {
    const members = group.members.map((m) => {
      const sig = signatures[m.article];
      quoteGroupOf.set(`${sig?.id}/${m.quote.quoteId}`, group.id);
      return {
        article: sig?.id ?? "",
        quoteId: m.quote.quoteId,
        outlet: sig?.outlet ?? null,
        speaker: m.quote.speaker,
      };
    });
    return {
      id: group.id,
      text: group.canonical.quote.text,
      members,
      firstSeen: signatures[group.first]?.id ?? "",
      speakerDisagreement: group.speakerDisagreement,
    };
  });
  return { articles, stories, quoteGroups, quoteGroupOf };
}
