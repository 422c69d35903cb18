import { normalizeForCompare } from "@clippings/core";

const fold = (s: string) =>
  normalizeForCompare(s)
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[.,]/g, "");

function sameOne(predicted: string, golden: string): boolean {
  const p = fold(predicted);
  const g = fold(golden);
  if (p === g) return true;
  // A surname alone matches the full name (QUOTE-ANNOTATION.md, Scoring).
  const surname = g.split(" ").pop();
  return !p.includes(" ") && p === surname;
}

function parts(speaker: string): string[] {
  return speaker
    .split(/\s+and\s+/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Whether a predicted speaker names the golden one (or one of its alternatives); joint speakers compare as sets. */
export function speakerMatches(
  predicted: string | null,
  golden: string | null,
  alternatives: readonly string[] = [],
): boolean {
  if (golden === null) return predicted === null;
  if (predicted === null) return false;
  return [golden, ...alternatives].some((candidate) => {
    if (sameOne(predicted, candidate)) return true;
    const p = parts(predicted);
    const g = parts(candidate);
    return p.length === g.length && p.length > 1 && g.every((gp) => p.some((pp) => sameOne(pp, gp)));
  });
}
