import {
  auditSubmission,
  readSubmissionFromGrid,
  recalculateGrid,
  type AuditOptions,
  type Finding,
  type PriceBook,
  type SubmittedEstimate,
  type WorkbookGrid,
} from '@dutoan/core';
import { readXlsxGrid } from '../read/read-xlsx-grid.ts';

export interface WorkbookAudit {
  submission: SubmittedEstimate;
  findings: Finding[];
  grid: WorkbookGrid;
}

/**
 * The grid of .xlsx bytes through the one byte layer (read/): limits, encryption, every writer's dialect. Throws
 * DutoanError when the file cannot be used.
 */
export async function readWorkbookGrid(data: Uint8Array, name = ''): Promise<WorkbookGrid> {
  return readXlsxGrid(data, { name });
}

/**
 * Read a submitted .xlsx (our template or hand-made) and audit it against `book` (null = no reference book).
 * Throws DutoanError (WORKBOOK_UNREADABLE, TABLE_NOT_FOUND, limits) when the file cannot be used at all. The bytes
 * are only read.
 */
export async function auditWorkbook(
  data: Uint8Array,
  book: PriceBook | null,
  opts: { name?: string; options?: AuditOptions; sheet?: string } = {},
): Promise<WorkbookAudit> {
  const grid = await readWorkbookGrid(data, opts.name);
  // Formula cells recomputed: missing cached values filled (openpyxl writes none), stale ones audited.
  const recalculation = recalculateGrid(grid);
  const submission = { ...readSubmissionFromGrid(recalculation.grid, opts.sheet !== undefined ? { sheet: opts.sheet } : {}), recalculation };
  const findings = auditSubmission(submission, book, opts.options);
  return { submission, findings, grid };
}
