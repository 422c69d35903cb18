// OWASP's CSV-injection advice: a cell a spreadsheet would read as a formula starts with one of these.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a formula-like text cell with an apostrophe so spreadsheets show it as text; numbers stay numbers. */
export function neutraliseCell<T extends string | number | null>(cell: T): T | string {
  return typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : cell;
}
