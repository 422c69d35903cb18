const DAY_MS = 86_400_000;

/** Days between two ISO days, or null when either is unknown. */
export function daysApart(a: string | null, b: string | null): number | null {
  if (a === null || b === null) return null;
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
}
