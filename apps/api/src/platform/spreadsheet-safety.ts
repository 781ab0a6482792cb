/**
 * Spreadsheet formula injection (CWE-1236, OWASP "CSV injection"): a cell whose text begins with
 * = + - @, a tab or a carriage return is read by Excel/WPS as a formula (`=HYPERLINK(…)` can
 * exfiltrate the row when clicked). Every xlsx and csv export passes its text cells through here:
 * such text is prefixed with an apostrophe, which spreadsheets show as plain text. Full-width
 * variants (＝ ＋ － ＠) are treated the same, as WPS converts them.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The same for every string value of a row object (numbers, dates and nulls pass unchanged). */
export function neutraliseRow<T extends Record<string, unknown>>(row: T): T {
  const safe: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) safe[key] = typeof value === 'string' ? neutraliseCell(value) : value;
  return safe as T;
}
