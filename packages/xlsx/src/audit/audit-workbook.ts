import type ExcelJS from 'exceljs';
import {
  auditSubmission,
  readSubmissionFromGrid,
  type AuditOptions,
  type Finding,
  type PriceBook,
  type SubmittedEstimate,
  type WorkbookGrid,
} from '@dutoan/core';
import { loadWorkbook, workbookToGrid } from './workbook-grid.ts';

export interface WorkbookAudit {
  submission: SubmittedEstimate;
  findings: Finding[];
  grid: WorkbookGrid;
  /** The loaded workbook (for the report); the input bytes are never modified. */
  workbook: ExcelJS.Workbook;
}

/**
 * Read a submitted .xlsx (our template or hand-made) and audit it against `book` (null = no reference book).
 * Throws DutoanError WORKBOOK_UNREADABLE / TABLE_NOT_FOUND when the file cannot be used at all.
 */
export async function auditWorkbook(
  data: Uint8Array,
  book: PriceBook | null,
  opts: { name?: string; options?: AuditOptions; sheet?: string } = {},
): Promise<WorkbookAudit> {
  const workbook = await loadWorkbook(data, opts.name);
  const grid = workbookToGrid(workbook);
  const submission = readSubmissionFromGrid(grid, opts.sheet !== undefined ? { sheet: opts.sheet } : {});
  const findings = auditSubmission(submission, book, opts.options);
  return { submission, findings, grid, workbook };
}
