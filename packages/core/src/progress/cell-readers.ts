/**
 * Reading one cell of a progress report (đọc ô): numbers, dates and text. The ONE place where the progress reader
 * parses cells, so it can be swapped for the shared reading kit (core/src/read, being built) when that lands.
 * Reuses core's Vietnamese number reader (money/parse.ts) and Excel date serials (audit/grid.ts).
 */
import { excelSerialDate, gridValueText, numberText, type GridValue } from '../audit/grid.ts';
import { isDutoanError } from '../errors.ts';
import { normalizeQuantity } from '../money/parse.ts';

/** A problem in one cell, as a code of locale/progress.ts. */
export type CellProblem =
  | { code: 'PROGRESS_NOT_A_NUMBER'; text: string }
  | { code: 'PROGRESS_NEGATIVE'; text: string }
  | { code: 'PROGRESS_NOT_WHOLE'; text: string }
  | { code: 'PROGRESS_FORMULA_NO_VALUE' }
  | { code: 'PROGRESS_DATE_INVALID'; text: string };

export type CellRead<T> = { value: T } | { problem: CellProblem } | null;

/** An input cell: its value and whether it holds a formula. */
export interface InputCell {
  v: GridValue;
  formula: boolean;
}

const isEmpty = (v: GridValue) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * A non-negative number as a plain decimal string ("12.5"); `whole` refuses fractions. Text is read the
 * Vietnamese way ("1.234.567", "12,5"; "1,234.5" is refused as ambiguous). Empty → null. A formula cell is read
 * by its cached result; without one it is a problem (a hand-made sheet saved by a program that does not compute).
 */
export function readNumber(c: InputCell, whole: boolean): CellRead<string> {
  if (isEmpty(c.v)) return c.formula ? { problem: { code: 'PROGRESS_FORMULA_NO_VALUE' } } : null;
  let text: string;
  if (typeof c.v === 'number') {
    if (!Number.isFinite(c.v)) return { problem: { code: 'PROGRESS_NOT_A_NUMBER', text: String(c.v) } };
    text = numberText(c.v);
    if (c.v < 0) return { problem: { code: 'PROGRESS_NEGATIVE', text: text.replace('.', ',') } };
  } else if (typeof c.v === 'string') {
    text = c.v.normalize('NFC').trim();
  } else {
    return { problem: { code: 'PROGRESS_NOT_A_NUMBER', text: gridValueText(c.v) } };
  }
  let value: string;
  try {
    value = typeof c.v === 'number' ? normalizeQuantity(text.replace('.', ','), { maxDecimals: 6 }) : normalizeQuantity(text, { maxDecimals: 6 });
  } catch (e) {
    const code = isDutoanError(e) ? e.code : '';
    if (code === 'NUMBER_NEGATIVE') return { problem: { code: 'PROGRESS_NEGATIVE', text } };
    if (code === 'NUMBER_TOO_PRECISE') return { problem: { code: 'PROGRESS_NOT_WHOLE', text } };
    return { problem: { code: 'PROGRESS_NOT_A_NUMBER', text } };
  }
  if (whole && value.includes('.')) return { problem: { code: 'PROGRESS_NOT_WHOLE', text: typeof c.v === 'number' ? text.replace('.', ',') : text } };
  return { value };
}

/**
 * A date as ISO "YYYY-MM-DD": a date cell, an Excel date serial (what Office.js returns), "dd/mm/yyyy" (also with
 * "-" or "."), or "yyyy-mm-dd". Empty → null.
 */
export function readDate(c: InputCell, date1904 = false): CellRead<string> {
  const v = c.v;
  if (isEmpty(v)) return c.formula ? { problem: { code: 'PROGRESS_FORMULA_NO_VALUE' } } : null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { problem: { code: 'PROGRESS_DATE_INVALID', text: '' } } : { value: v.toISOString().slice(0, 10) };
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v > 60 && v < 2958466) return { value: excelSerialDate(v, date1904).toISOString().slice(0, 10) };
    return { problem: { code: 'PROGRESS_DATE_INVALID', text: numberText(v) } };
  }
  const raw = gridValueText(v);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  let y: number, m: number, d: number;
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return { problem: { code: 'PROGRESS_DATE_INVALID', text: raw } };
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return { problem: { code: 'PROGRESS_DATE_INVALID', text: raw } };
  return { value: dt.toISOString().slice(0, 10) };
}

/** A cell as trimmed NFC text ('' when empty). */
export function readText(c: InputCell): string {
  return gridValueText(c.v);
}
