import type { SheetCells } from './cells.ts';

/**
 * Cross-sheet references in formulas (tham chiếu sang trang khác): ='Chi tiết I'!F20, =Sheet2!$F$12 — the cells a
 * summary sheet takes from its detail sheets. Single cells only; ranges are left to the formula parser.
 */
export interface SheetReference {
  sheet: string;
  row: number;
  col: number;
}

const REF = /(?:'((?:[^']|'')+)'|([\p{L}\p{N}_.]+))!\$?([A-Za-z]{1,3})\$?(\d{1,7})(?![\d:A-Za-z(])/gu;

function colNumber(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c;
}

/** The cross-sheet cell references of one formula (text without "="), or of every formula of the sheet. */
export function sheetReferences(cells: SheetCells, formula?: string): SheetReference[] {
  const formulas: string[] = [];
  if (formula !== undefined) formulas.push(formula);
  else {
    for (let r = cells.firstRow; r <= cells.lastRow; r++) {
      for (let c = cells.firstCol; c <= cells.lastCol; c++) {
        const f = cells.formula(r, c);
        if (f && f.includes('!')) formulas.push(f);
      }
    }
  }
  const out: SheetReference[] = [];
  for (const f of formulas) {
    const text = f.replace(/"[^"]*"/g, '""');
    for (const m of text.matchAll(REF)) {
      const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
      out.push({ sheet, row: Number(m[4]), col: colNumber(m[3]!) });
    }
  }
  return out;
}
