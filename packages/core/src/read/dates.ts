import { excelSerialDate, type GridValue } from '../audit/grid.ts';
import { foldText } from '../util/fold-text.ts';

/**
 * Reading dates (đọc ngày tháng): "ngày 10 tháng 4 năm 2026" (inside a place-and-date line), "10/4/2026",
 * "10-4-2026", "10.4.2026", ISO "2026-04-10", Date cells and Excel date serials (in a cell formatted as a date).
 * The result is an ISO day "YYYY-MM-DD", or null when the text is not a complete, existing day.
 */

function iso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2200 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date written in text; the words form may sit inside a longer line ("Lào Cai, ngày 10 tháng 4 năm 2026"). */
export function readDateText(text: string): string | null {
  const f = foldText(text);
  const words = /(?:^| )ngay (\d{1,2}) ?(?:thang|\/) ?(\d{1,2}) ?(?:nam|\/) ?(\d{4})(?: |$)/.exec(f);
  if (words) return iso(Number(words[3]), Number(words[2]), Number(words[1]));
  const t = text.normalize('NFC').trim();
  const numeric = /(?:^|[^\d])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|[^\d])/.exec(t);
  if (numeric) return iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  return null;
}

/** Whether a text is a place-and-date line ("…, ngày … tháng … năm …"), complete or not. */
export function isDateLine(text: string): boolean {
  const f = foldText(text);
  return /(^| )ngay( |$)/.test(f) && /(^| )thang( |$)/.test(f) && /(^| )nam( |$)/.test(f);
}

/** A date cell: a Date, an Excel serial in a date-formatted cell, or text. */
export function readDateCell(v: GridValue, opts: { numberFormat?: string; date1904?: boolean } = {}): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'number') {
    const f = (opts.numberFormat ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    if (!Number.isInteger(v) || v <= 60 || v >= 2958466 || !/[dy]/i.test(f)) return null;
    return excelSerialDate(v, opts.date1904 ?? false).toISOString().slice(0, 10);
  }
  if (typeof v === 'string') return readDateText(v);
  return null;
}
