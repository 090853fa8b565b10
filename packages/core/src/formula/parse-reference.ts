import { parseA1Ref } from '@borgar/fx/xlsx';
import { SHEET_COLS, SHEET_ROWS, type CellRect, type FormulaReference } from './ast.ts';

/**
 * One reference's text → `FormulaReference` ("'Dự toán'!$F$8:$F$14", "F:F", "3:5", "Sheet1:Sheet3!A1",
 * "[1]Sheet1!A1", "DT_TONG_CONG"); null when the text is not a reference. Also used for the targets of
 * defined names ("'Dự toán'!$F$40").
 */
export function parseReference(text: string): FormulaReference | null {
  const r = parseA1Ref(text, { allowNamed: true, allowTernary: false });
  if (!r) return null;
  const where: { sheet?: string; sheetTo?: string; workbook?: string } = {};
  if (r.workbookName) where.workbook = r.workbookName;
  if (r.sheetName) {
    // Sheet names cannot contain ":" (Excel forbids it), so "A:B" before "!" is a 3-D span.
    const colon = r.sheetName.indexOf(':');
    if (colon > 0) {
      where.sheet = r.sheetName.slice(0, colon);
      where.sheetTo = r.sheetName.slice(colon + 1);
    } else where.sheet = r.sheetName;
  }
  if ('name' in r && typeof r.name === 'string') {
    const { sheetTo: _ignored, ...scope } = where;
    return { kind: 'name', name: r.name, ...scope, text };
  }
  if (!('range' in r) || !r.range) return null;
  return { kind: 'cells', ...where, rect: rectOf(r.range), text };
}

function rectOf(r: { top?: number | null; left?: number | null; bottom?: number | null; right?: number | null }): CellRect {
  const top = r.top ?? null;
  const left = r.left ?? null;
  const bottom = r.bottom ?? top;
  const right = r.right ?? left;
  return {
    top: top === null ? 1 : top + 1,
    left: left === null ? 1 : left + 1,
    bottom: bottom === null ? SHEET_ROWS : bottom + 1,
    right: right === null ? SHEET_COLS : right + 1,
  };
}
