/** @dutoan/xlsx — the standard estimate workbook (exceljs). Filled in by the workbook issue. */
import type { Estimate } from '@dutoan/core';

export async function writeEstimateWorkbook(_estimate: Estimate): Promise<Uint8Array> {
  throw new Error('writeEstimateWorkbook: chưa có (đang xây dựng)');
}
export * from './audit/index.ts';
export * from './limits/index.ts';
export * from './price-sheet/index.ts';
