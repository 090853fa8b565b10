import { isDutoanError, readEstimateFromGrid, templateFinding, type ReadEstimateResult, type WorkbookGrid } from '@dutoan/core';
import type { WorkbookLimits } from './limits/index.ts';
import { readXlsxGrid } from './read/read-xlsx-grid.ts';

export interface ReadEstimateWorkbookOptions {
  /** Limits against hostile files (defaults: packages/xlsx/src/limits/limits.ts). */
  limits?: Partial<WorkbookLimits>;
  /** File name used in messages. */
  name?: string;
}

/**
 * Read a filled standard estimate workbook back (đọc lại sổ dự toán chuẩn): `{ estimate, findings }`. Never throws
 * on a bad file: bytes that are not a usable .xlsx (another format, damaged, encrypted with a real password, a zip
 * bomb, over the limits) give one TEMPLATE_UNREADABLE finding with the byte layer's message; a workbook of another
 * layout gives TEMPLATE_LAYOUT; unreadable cells give findings with "Sheet!A1" locations. The bytes are only read.
 */
export async function readEstimateWorkbook(data: Uint8Array, options: ReadEstimateWorkbookOptions = {}): Promise<ReadEstimateResult> {
  let grid: WorkbookGrid;
  const file = options.name ?? '';
  try {
    grid = readXlsxGrid(data, { name: file, ...(options.limits ? { limits: options.limits } : {}) });
  } catch (e) {
    if (!isDutoanError(e)) throw e;
    return { estimate: null, findings: [templateFinding('TEMPLATE_UNREADABLE', { line: file || '(tệp)' }, { file, reason: e.message })] };
  }
  return readEstimateFromGrid(grid);
}
