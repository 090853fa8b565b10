import ExcelJS from 'exceljs';
import { Decimal } from '@dutoan/core/money';
import type { SubmissionSummary } from '@dutoan/core/audit';
import type { AppraisalConsolidation } from '@dutoan/core';
import { addAppraisalSheets } from '../appraise/appraisal-consolidation.ts';
import { auditXlsxVi as T } from './messages.ts';

/** One audited submission in the consolidation workbook. */
export interface ConsolidationEntry {
  file: string;
  summary: SubmissionSummary;
}

/** A file that could not be read, listed on the consolidation's own sheet with the reason. */
export interface UnreadableEntry {
  file: string;
  reason: string;
}

/** What the consolidation workbook states about itself (the reference price book, whether prices were checked, the MẪU label). */
export interface ConsolidationMeta {
  /** Reference book shown in the title, or the no-book text. */
  book: string;
  /** Whether prices were checked against a book (else the status says so). */
  bookChecked: boolean;
  /** Label the workbook MẪU (a sample book was involved). */
  sample: boolean;
  /** The appraisal's sheets (requested / appraised / difference per unit, groups, plan, who has not submitted). */
  appraisal?: AppraisalConsolidation;
}

const font = { name: 'Times New Roman', size: 12 };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const FIRST = 6;

/** Audit status text of one submission. */
export function auditStatus(s: SubmissionSummary, bookChecked: boolean): string {
  const base = s.errors === 0 && s.warnings === 0 ? T.statusOk : T.statusFindings(s.errors, s.warnings);
  return bookChecked ? base : `${base} (${T.statusNoBook})`;
}

/**
 * The province consolidation workbook (sổ tổng hợp): one row per submitting body — name, mét giá, pages, amount
 * per section, total, audit status — and a TỔNG CỘNG row of live SUM formulas (with cached values, summed
 * exactly); files that could not be read on a sheet of their own.
 */
export async function writeConsolidationWorkbook(
  entries: readonly ConsolidationEntry[],
  unreadable: readonly UnreadableEntry[],
  meta: ConsolidationMeta,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dutoan';
  const ws = wb.addWorksheet(T.consolidationSheet, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [{ width: 6 }, { width: 42 }, { width: 30 }, { width: 12 }, { width: 14 }, { width: 18 }, { width: 18 }, { width: 18 }, { width: 20 }, { width: 26 }];
  ws.getCell('A1').value = T.consolidationTitle;
  ws.getCell('A1').font = { ...font, bold: true, size: 14 };
  ws.getCell('A2').value = T.consolidationMeta(entries.length, meta.book);
  ws.getCell('A2').font = { ...font, italic: true };
  if (meta.sample) {
    ws.getCell('A3').value = T.sampleWatermark;
    ws.getCell('A3').font = { ...font, bold: true, color: { argb: 'FFC00000' } };
  }
  const head = ws.getRow(FIRST - 1);
  T.consolidationHeaders.forEach((h, i) => {
    const c = head.getCell(i + 1);
    c.value = h;
    c.font = { ...font, bold: true };
    c.fill = HEAD_FILL;
    c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });

  const sums = Array.from({ length: 6 }, () => new Decimal(0));
  entries.forEach((e, i) => {
    const row = ws.getRow(FIRST + i);
    const s = e.summary;
    const figures = [s.metres, s.pages, s.sections.I, s.sections.II, s.sections.III, s.total];
    row.getCell(1).value = i + 1;
    row.getCell(2).value = s.agency || '(không rõ tên)';
    row.getCell(3).value = e.file;
    figures.forEach((v, k) => {
      const c = row.getCell(4 + k);
      if (v !== null) {
        c.value = Number(v);
        sums[k] = sums[k]!.add(v);
      }
      c.numFmt = k === 0 ? '#,##0.00' : '#,##0';
    });
    row.getCell(10).value = auditStatus(s, meta.bookChecked);
    if (s.errors > 0) row.getCell(10).font = { ...font, color: { argb: 'FFC00000' } };
  });
  const last = FIRST + entries.length - 1;
  const totalRow = ws.getRow(FIRST + entries.length);
  totalRow.getCell(2).value = T.totalRow;
  totalRow.getCell(2).font = { ...font, bold: true };
  sums.forEach((sum, k) => {
    const col = String.fromCharCode(68 + k); // D…I
    const c = totalRow.getCell(4 + k);
    c.value = entries.length > 0 ? { formula: `SUM(${col}${FIRST}:${col}${last})`, result: Number(sum.toString()) } : 0;
    c.numFmt = k === 0 ? '#,##0.00' : '#,##0';
    c.font = { ...font, bold: true };
  });
  ws.views = [{ state: 'frozen', ySplit: FIRST - 1 }];

  const bad = wb.addWorksheet(T.unreadableSheet);
  bad.columns = [{ width: 6 }, { width: 50 }, { width: 100 }];
  T.unreadableHeaders.forEach((h, i) => {
    const c = bad.getRow(1).getCell(i + 1);
    c.value = h;
    c.font = { ...font, bold: true };
    c.fill = HEAD_FILL;
  });
  unreadable.forEach((u, i) => {
    const row = bad.getRow(2 + i);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = u.file;
    row.getCell(3).value = u.reason;
  });
  if (meta.appraisal) addAppraisalSheets(wb, meta.appraisal);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
