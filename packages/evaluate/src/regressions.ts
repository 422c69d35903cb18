import {
  type AccuracyReport,
  COUNT_FIELDS,
  type Count,
  type CountField,
  type QuoteFigures,
} from "./report-schema.js";

export interface Regression {
  where: string;
  metric: string;
  baseline: number;
  current: number;
}

const EPSILON = 1e-9;
const QUOTE_FIGURES = [
  "precision",
  "recall",
  "f1",
  "fullRecall",
  "partialRecall",
  "speakerAccuracy",
] as const;

type Figures = Record<CountField, Count> & {
  quotes: QuoteFigures;
  headlineTokenF1: number;
  authorsF1: number;
};

function compare(where: string, current: Figures, baseline: Figures, out: Regression[]): void {
  const push = (metric: string, c: number, b: number) => {
    if (c < b - EPSILON) out.push({ where, metric, baseline: b, current: c });
  };
  for (const f of COUNT_FIELDS) push(f, current[f].accuracy, baseline[f].accuracy);
  for (const f of QUOTE_FIGURES) push(`quotes.${f}`, current.quotes[f], baseline.quotes[f]);
  push("headlineTokenF1", current.headlineTokenF1, baseline.headlineTokenF1);
  push("authorsF1", current.authorsF1, baseline.authorsF1);
}

/** Every figure, overall and per source, that is below the same figure in the baseline report. */
export function findRegressions(current: AccuracyReport, baseline: AccuracyReport): Regression[] {
  const out: Regression[] = [];
  compare("overall", current.overall, baseline.overall, out);
  for (const part of ["stories", "quoteGroups"] as const) {
    const base = baseline.links?.[part];
    if (!base) continue;
    const now = current.links?.[part];
    for (const metric of ["precision", "recall"] as const) {
      const c = now?.[metric] ?? 0;
      if (c < base[metric] - EPSILON)
        out.push({ where: "links", metric: `${part}.${metric}`, baseline: base[metric], current: c });
    }
  }
  for (const base of baseline.sources) {
    const now = current.sources.find((s) => s.id === base.id);
    if (!now) out.push({ where: base.id, metric: "source present", baseline: 1, current: 0 });
    else compare(base.id, now, base, out);
  }
  return out;
}
