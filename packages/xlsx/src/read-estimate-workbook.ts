import ExcelJS from 'exceljs';
import { readEstimateFromGrid, workbookFinding, workbookVi, type ReadEstimateResult } from '@dutoan/core';
import { exceljsToGrid } from './workbook-grid.ts';

/** Local file header of a ZIP archive ("PK\x03\x04"): every .xlsx starts with it. */
function isZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

/**
 * Read a filled standard estimate workbook back (đọc lại sổ dự toán chuẩn): `{ estimate, findings }`. Never throws
 * on a bad file: a non-xlsx buffer gives one NOT_A_WORKBOOK finding; a workbook of another layout LAYOUT_UNKNOWN;
 * unreadable cells give findings with "Sheet!A1" locations. Works on the bytes only — the input file is never
 * opened for writing (a copy of the bytes is parsed, so the caller's buffer is not touched either).
 */
export async function readEstimateWorkbook(data: Uint8Array): Promise<ReadEstimateResult> {
  if (!isZip(data)) return { estimate: null, findings: [workbookFinding('NOT_A_WORKBOOK', null, workbookVi.notZip)] };
  const wb = new ExcelJS.Workbook();
  try {
    const copy = data.slice();
    await wb.xlsx.load(copy.buffer as ArrayBuffer);
  } catch (e) {
    return { estimate: null, findings: [workbookFinding('NOT_A_WORKBOOK', null, workbookVi.notAWorkbook(e instanceof Error ? e.message : String(e)))] };
  }
  return readEstimateFromGrid(exceljsToGrid(wb));
}
