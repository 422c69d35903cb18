import { repeatKey } from "./line-shape.js";

/**
 * Maps each block that repeats an earlier one to that earlier block's index. Scrapes often hold a page's
 * text twice (a headline and its social-card copy, an article and its "print" copy).
 */
export function findRepeats(texts: readonly (string | null)[]): Map<number, number> {
  const firstSeen = new Map<string, number>();
  const repeats = new Map<number, number>();
  texts.forEach((text, index) => {
    if (text === null) return;
    const key = repeatKey(text);
    if (key.length === 0) return;
    const earlier = firstSeen.get(key);
    if (earlier === undefined) firstSeen.set(key, index);
    else repeats.set(index, earlier);
  });
  return repeats;
}
