/**
 * Text typed by users (agency names, notes, descriptions) that ends up in a spreadsheet cell must never become
 * a formula (chèn công thức, "formula injection"): Excel, LibreOffice and CSV consumers read a leading `=`,
 * `+`, `-`, `@` — and a leading tab, CR or LF before them — as the start of a formula or command.
 *
 * The neutral form prefixes one apostrophe, the spreadsheet convention for "this is text":
 * - through Office.js (`range.values`/`formulas`) the apostrophe is Excel's text mark and is not stored;
 * - in a file written by exceljs (whose string cells are already text) it stays visible, so that a later
 *   edit of the cell (F2, Enter) or a CSV export cannot turn the text into a live formula.
 * Full-width forms (＝ ＋ － ＠), which some input methods produce and Excel accepts as formula starts, count too.
 * The output is NFC. Pure; no I/O.
 */

/** First characters that start a formula or a DDE command. */
const FORMULA_START = /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;

/** True when a spreadsheet would read `s` (as typed into a cell, or from CSV) as a formula. */
export function isFormulaLike(s: string): boolean {
  return FORMULA_START.test(s);
}

/** `s` in NFC, prefixed with an apostrophe when it would otherwise start a formula. Idempotent. */
export function neutralizeFormulaText(s: string): string {
  const t = s.normalize('NFC');
  return isFormulaLike(t) ? `'${t}` : t;
}
