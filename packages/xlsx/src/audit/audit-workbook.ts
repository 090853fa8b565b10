import type { PriceBook } from '@dutoan/core/estimate';
import { recalculateGrid } from '@dutoan/core/formula';
import {
  auditSubmission,
  readSubmissionFromGrid,
  type AuditOptions,
  type Finding,
  type SubmittedEstimate,
  type WorkbookGrid,
} from '@dutoan/core/audit';
import { isCompoundFile } from '../read/encryption/signature.ts';
import { readXlsxGridWith } from '../read/xlsx-grid.ts';

/** The audit of one workbook: the submission as read, the findings, and the grid it was read from. */
export interface WorkbookAudit {
  submission: SubmittedEstimate;
  findings: Finding[];
  grid: WorkbookGrid;
}

/**
 * The grid of .xlsx bytes through the one byte layer (read/): limits, encryption, every writer's dialect. Throws
 * DutoanError when the file cannot be used. The decryption (ciphers, hashes, the compound-file reader) is imported
 * only for an encrypted file: a plain workbook's audit starts without it.
 */
export async function readWorkbookGrid(data: Uint8Array, name = ''): Promise<WorkbookGrid> {
  const decrypt = isCompoundFile(data) ? (await import('../read/encryption/decrypt-workbook.ts')).decryptWorkbook : null;
  return readXlsxGridWith(data, { name }, decrypt);
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
  const submission = { ...readSubmissionFromGrid(recalculation.grid, { book, ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}) }), recalculation };
  const findings = auditSubmission(submission, book, opts.options);
  return { submission, findings, grid };
}
