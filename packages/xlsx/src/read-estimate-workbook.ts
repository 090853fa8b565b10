import { isDutoanError } from '@dutoan/core/errors';
import { readEstimateFromGrid, workbookFinding, type ReadEstimateResult } from '@dutoan/core/layout';
import type { WorkbookGrid } from '@dutoan/core/audit';
import type { WorkbookLimits } from './limits/index.ts';
import { readXlsxGrid } from './read/read-xlsx-grid.ts';

/** Options of reading a standard estimate workbook back. */
export interface ReadEstimateWorkbookOptions {
  /** Limits against hostile files (defaults: packages/xlsx/src/limits/limits.ts). */
  limits?: Partial<WorkbookLimits>;
  /** File name used in messages. */
  name?: string;
}

/**
 * Read a filled standard estimate workbook back (đọc lại sổ dự toán chuẩn): `{ estimate, findings }`. Never throws
 * on a bad file: bytes that are not a usable .xlsx (another format, damaged, encrypted with a real password, a zip
 * bomb, over the limits) give one NOT_A_WORKBOOK finding with the byte layer's message; a workbook of another
 * layout gives LAYOUT_UNKNOWN; unreadable cells give findings with "Sheet!A1" locations. The bytes are only read.
 */
export async function readEstimateWorkbook(data: Uint8Array, options: ReadEstimateWorkbookOptions = {}): Promise<ReadEstimateResult> {
  let grid: WorkbookGrid;
  try {
    grid = readXlsxGrid(data, { name: options.name ?? '', ...(options.limits ? { limits: options.limits } : {}) });
  } catch (e) {
    if (!isDutoanError(e)) throw e;
    return { estimate: null, findings: [workbookFinding('NOT_A_WORKBOOK', null, e.message)] };
  }
  return readEstimateFromGrid(grid);
}
