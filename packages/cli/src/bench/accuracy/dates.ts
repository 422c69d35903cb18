/**
 * Publication-day scoring: a page counts as correct when the predicted day equals the truth's day, and as
 * covered when any day was predicted. Both sides are brought to YYYY-MM-DD first (one truth writes
 * "2022-11-1").
 */

const LEADING_DAY = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;

/**
 * The calendar day a date string names. A string that starts with a year-month-day keeps that day as the
 * page wrote it (so "2019-08-02T23:30:00-05:00" is the 2nd, the page's local day); any other string that
 * Date.parse reads (an RFC 2822 date in a meta tag) becomes its UTC day.
 */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = LEADING_DAY.exec(value);
  if (m) {
    const [, y, mo, d] = m;
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

export interface DateScore {
  covered: boolean;
  correct: boolean;
}

export function scoreDate(truth: string, predicted: string | null): DateScore {
  const want = isoDay(truth);
  const got = isoDay(predicted);
  return { covered: got !== null, correct: got !== null && got === want };
}

export interface DateTotals {
  pages: number;
  accuracy: number;
  coverage: number;
}

export function dateTotals(scores: readonly DateScore[]): DateTotals {
  const n = scores.length;
  const share = (k: number) => (n === 0 ? 0 : k / n);
  return {
    pages: n,
    accuracy: share(scores.filter((s) => s.correct).length),
    coverage: share(scores.filter((s) => s.covered).length),
  };
}
