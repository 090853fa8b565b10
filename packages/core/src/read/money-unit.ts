import type { MoneyUnit } from '../audit/submitted.ts';
import { Decimal } from '../money/decimal.ts';
import { foldText } from '../util/fold-text.ts';
import type { SheetCells } from './cells.ts';
import { moneyUnitNotes } from './vocabulary.ts';

/**
 * The money unit of a table (đơn vị tiền): đồng, nghìn đồng, triệu đồng — from the note above the table
 * ("Đơn vị tính: 1.000 đồng", "ĐVT: nghìn đồng"), from a column header ("Thành tiền (triệu đồng)"), or inferred
 * by the caller from the book's prices and the words.
 */

/** Đồng per unit named by a text such as "đồng", "1.000 đồng", "1000đ", "nghìn đồng", "ngàn đ", "triệu đồng", "tr.đ". */
export function moneyScaleOf(text: string): number | undefined {
  const inner = /\(([^)]*)\)/.exec(text)?.[1] ?? text;
  const f = foldText(inner).replace(/\s+/g, ' ').trim();
  if (!f) return undefined;
  if (/^(?:1\.?000\.?000|1 000 000|trieu|tr) ?(?:dong|d|vnd)?$|^trd$|^tr d$|^trieu$/.test(f)) return 1_000_000;
  if (/^(?:1\.?000|1 000|nghin|ngan) ?(?:dong|d|vnd)?$|^ngd$|^nghin$/.test(f)) return 1000;
  if (/^(?:dong|d|vnd|vn dong|dong viet nam)$/.test(f)) return 1;
  return undefined;
}

/** "Đơn vị tính: 1.000 đồng" → scale; null when the text is not such a note. */
function noteScale(text: string): number | null {
  const m = /^([^:]{1,16}):\s*(.+)$/.exec(text.normalize('NFC').trim());
  if (!m) return null;
  const label = foldText(m[1]!);
  if (!moneyUnitNotes.includes(label)) return null;
  return moneyScaleOf(m[2]!) ?? null;
}

/** The note above (or on) the header row that states the money unit, if any. */
export function findMoneyUnitNote(cells: SheetCells, headerRow: number): MoneyUnit | null {
  const from = Math.max(cells.firstRow, headerRow - 8);
  for (let r = headerRow; r >= from; r--) {
    for (let c = cells.firstCol; c <= Math.min(cells.lastCol, 40); c++) {
      const t = cells.text(r, c);
      if (!t || t.length > 60 || !t.includes(':')) continue;
      const scale = noteScale(t);
      if (scale === 1 || scale === 1000 || scale === 1_000_000) return { scale, how: 'note', text: t, at: cells.at(r, c) };
    }
  }
  return null;
}

/**
 * Whether a stated money figure (in đồng) agrees with the figure it should be (in đồng): exactly; or, in a table
 * kept in nghìn/triệu đồng, once the expected figure is rounded to the decimals the sheet shows of it (a typed
 * "11.110" nghìn đồng for 11.110,4 nghìn đồng).
 */
export function moneyAgrees(stated: Decimal, expected: Decimal, scale: number | undefined): boolean {
  if (stated.eq(expected)) return true;
  if (scale === undefined || scale <= 1) return false;
  const s = stated.div(scale);
  const dp = s.decimalPlaces();
  if (dp >= String(scale).length - 1) return false;
  return expected.div(scale).toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).eq(s);
}

export const defaultMoneyUnit: MoneyUnit = { scale: 1, how: 'default', text: '', at: null };

export { moneyUnitNameVi as moneyUnitName } from '../locale/read.ts';
