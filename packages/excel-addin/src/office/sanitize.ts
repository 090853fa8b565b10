/**
 * Text written through Office.js `values`/`formulas` is parsed by Excel as if typed: "=HYPERLINK(…)" in an
 * agency name would become a live formula (formula injection), "1.5" a number, "TRUE" a boolean, "1/2" a
 * date. `protectText` prefixes an apostrophe — Excel's "this is text" mark, which is not part of the value —
 * to every string Excel would not keep as the same text.
 */

import { isFormulaLike } from '@dutoan/core/estimate';
/** Text Excel would turn into a number, percentage, date, time or boolean. */
const COERCIBLE = [
  /^\s*[+-]?[\d\s.,]*\d[\d\s.,]*%?\s*$/, // 12 / 1.234 / 1,5 / 12% / 1 000
  /^\s*[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+\s*$/, // 1e5
  /^\s*\d{1,4}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{1,4})?\s*$/, // 1/2, 10-04-2026, 2026-04-10
  /^\s*\d{1,2}:\d{2}(:\d{2})?\s*([ap]m?)?\s*$/i, // 10:30
  /^\s*(true|false)\s*$/i,
  /^\s*#(N\/A|NAME\?|REF!|VALUE!|DIV\/0!|NUM!|NULL!)\s*$/i,
  /^\s*\(\s*[\d.,]+\s*\)\s*$/, // (123) = negative in accounting input
  /^\s*[$€£¥₫]\s*[\d.,]+\s*$|^\s*[\d.,]+\s*[$€£¥₫]\s*$/,
];

export function needsTextMark(s: string): boolean {
  if (s === '') return false;
  if (s.startsWith("'")) return true; // keep a user's own leading apostrophe
  if (isFormulaLike(s)) return true; // = + - @, tab/CR/LF, and their full-width forms (core/util/cell-text.ts)
  return COERCIBLE.some((re) => re.test(s));
}

/** The Office.js input that makes Excel store exactly the text `s`. */
export function protectText(s: string): string {
  return needsTextMark(s) ? `'${s}` : s;
}
