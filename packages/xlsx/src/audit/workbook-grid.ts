import ExcelJS from 'exceljs';
import { auditXlsxVi } from './messages.ts';
import { checkLoadedWorkbookLimits, checkWorkbookLimits } from '../limits/index.ts';
import { DutoanError, type GridValue, type WorkbookGrid } from '@dutoan/core';

/** Limits against hostile or absurd files: a real estimate has a few hundred rows. */
export const gridLimits = { maxRows: 20_000, maxCols: 60, maxSheets: 50 } as const;

/** Load .xlsx bytes with exceljs; a file that is not a readable workbook becomes DutoanError WORKBOOK_UNREADABLE. */
export async function loadWorkbook(data: Uint8Array, name = 'tệp'): Promise<ExcelJS.Workbook> {
  checkWorkbookLimits(data, undefined, name); // size, zip bombs, encrypted/legacy/foreign files (limits/)
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new DutoanError('WORKBOOK_UNREADABLE', auditXlsxVi.unreadable(name));
  }
  checkLoadedWorkbookLimits(wb, undefined, name);
  return wb;
}

function plain(v: unknown): GridValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text: string }>; text?: unknown; error?: string; result?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((t) => t.text).join('');
    if (typeof o.error === 'string') return o.error;
    if ('result' in o) return plain(o.result);
    if (typeof o.text === 'string') return o.text;
  }
  return String(v);
}

/**
 * An exceljs workbook as the plain grid core reads (values = cached results, formulas = "=…" text), merged
 * cells reported once (at their master cell), defined names that point at one cell. Never modifies the workbook.
 */
export function workbookToGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  const sheets: WorkbookGrid['sheets'][number][] = [];
  wb.eachSheet((ws) => {
    if (sheets.length >= gridLimits.maxSheets) return;
    const values: GridValue[][] = [];
    const formulas: Array<Array<string | null>> = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (r > gridLimits.maxRows) return;
      const vr: GridValue[] = [];
      const fr: Array<string | null> = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c > gridLimits.maxCols) return;
        if (cell.type === ExcelJS.ValueType.Merge) return;
        if (cell.type === ExcelJS.ValueType.Formula) {
          const f = cell.formula;
          fr[c - 1] = f ? `=${f}` : null;
          vr[c - 1] = plain(cell.result);
        } else {
          vr[c - 1] = plain(cell.value);
        }
      });
      values[r - 1] = vr;
      formulas[r - 1] = fr;
    });
    sheets.push({ name: ws.name, values, formulas });
  });
  const names: Record<string, string> = {};
  for (const dn of wb.definedNames.model as Array<{ name: string; ranges: string[] }>) {
    const ref = dn.ranges[0];
    if (dn.ranges.length === 1 && ref && !ref.includes(':')) names[dn.name] = ref;
  }
  return { sheets, names };
}
