import ExcelJS from 'exceljs';
import { formatQuantity } from '@dutoan/core/money';
import { countFindings, locationText, type Finding, type WorkbookGrid } from '@dutoan/core/audit';
import { readXlsxGrid } from '../read/read-xlsx-grid.ts';
import { auditXlsxVi as T } from './messages.ts';

/** What the audit report workbook states about the audited file (its name, the agency, the price book, when the audit ran). */
export interface ReportMeta {
  /** The submitted file's name, shown in the title. */
  file: string;
  agency: string;
  /** "mau-2026 (MẪU)", "qd-356-2026", or the no-book text. */
  book: string;
  /** When the audit ran, shown as is (the caller formats it). */
  when: string;
}

const RED: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF7C80' } };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const font = { name: 'Times New Roman', size: 12 };

function uniqueSheetName(wb: ExcelJS.Workbook, wanted: string): string {
  let name = wanted;
  for (let i = 2; wb.getWorksheet(name); i++) name = `${wanted} (${i})`;
  return name;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The submission's cells as a new exceljs workbook, values only (a report shows what was submitted, not a
 * recomputation): every sheet in order with its visibility, values (a formula cell's cached result; none when the
 * file had none), number formats, merged ranges, hidden rows and columns. Read from the grid — the one path from
 * bytes to cells — so a file from any writer gets its report.
 */
function valuesCopy(grid: WorkbookGrid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of grid.sheets) {
    let ws: ExcelJS.Worksheet;
    try {
      ws = wb.addWorksheet(s.name, s.state && s.state !== 'visible' ? { state: s.state } : {});
    } catch {
      ws = wb.addWorksheet(uniqueSheetName(wb, s.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 28)));
    }
    const r0 = s.origin?.row ?? 1;
    const c0 = s.origin?.col ?? 1;
    s.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r0 + r, c0 + c);
        cell.value = v;
        const fmt = s.numberFormats?.[r]?.[c];
        if (fmt) cell.numFmt = fmt;
      }),
    );
    for (const m of s.merges ?? []) {
      try {
        ws.mergeCells(m);
      } catch {
        /* overlapping merges in the submission: the values are there, the merge is left out */
      }
    }
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
    for (const c of s.hiddenCols ?? []) ws.getColumn(c).hidden = true;
  }
  return wb;
}

/**
 * The audit report workbook (sổ kết quả thẩm tra): the submission's sheets with values only (formulas replaced by
 * their cached results), every cell with a finding filled red and carrying a note listing its findings, and a
 * first sheet "Kết quả thẩm tra" listing all findings with links to their cells. `submission` is the submitted
 * file's bytes (only read) or the grid already read from them.
 */
export async function writeAuditReport(submission: Uint8Array | WorkbookGrid, findings: readonly Finding[], meta: ReportMeta): Promise<Uint8Array> {
  const workbook = valuesCopy(submission instanceof Uint8Array ? readXlsxGrid(submission, { name: meta.file }) : submission);

  // Mark cells, one note per cell listing all its findings.
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!('cell' in f.location)) continue;
    const key = `${f.location.sheet}\u0000${f.location.cell}`;
    const list = byCell.get(key) ?? [];
    list.push(f);
    byCell.set(key, list);
  }
  for (const [key, list] of byCell) {
    const [sheet, addr] = key.split('\u0000') as [string, string];
    const ws = workbook.getWorksheet(sheet);
    if (!ws) continue;
    const cell = ws.getCell(addr);
    // A fresh style object: exceljs shares one style object between cells loaded with the same style.
    cell.style = { ...cell.style, fill: RED };
    const text = list.map((f) => `[${f.code}] ${T.severity[f.severity]}: ${f.message}`).join('\n\n');
    cell.note = { texts: [{ text }], editAs: 'absolute' } as unknown as ExcelJS.Comment;
  }

  // The findings sheet, first.
  const ws = workbook.addWorksheet(uniqueSheetName(workbook, T.reportSheet), { properties: { tabColor: { argb: 'FFC00000' } } });
  (ws as unknown as { orderNo: number }).orderNo = -1; // exceljs orders sheets by orderNo: this one first
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  ws.columns = [{ width: 6 }, { width: 22 }, { width: 11 }, { width: 18 }, { width: 80 }, { width: 20 }, { width: 20 }];
  const c = countFindings(findings);
  ws.getCell('A1').value = T.reportTitle(meta.file);
  ws.getCell('A1').font = { ...font, bold: true, size: 14 };
  ws.getCell('A2').value = T.reportMeta(meta.agency, meta.book, meta.when);
  ws.getCell('A3').value = T.reportSummary(c.error, c.warning, c.info);
  ws.getCell('A3').font = { ...font, bold: true, color: { argb: c.error ? 'FFC00000' : 'FF006100' } };
  ws.getCell('A4').value = T.valuesNote;
  ws.getCell('A4').font = { ...font, italic: true };
  const head = ws.getRow(6);
  T.reportHeaders.forEach((h, i) => {
    const cell = head.getCell(i + 1);
    cell.value = h;
    cell.font = { ...font, bold: true };
    cell.fill = HEAD_FILL;
  });
  findings.forEach((f, i) => {
    const row = ws.getRow(7 + i);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = f.code;
    row.getCell(3).value = T.severity[f.severity];
    const where = locationText(f.location);
    // A HYPERLINK formula: follows in Excel and LibreOffice alike (exceljs' internal links are not reliable).
    row.getCell(4).value =
      'cell' in f.location
        ? { formula: `HYPERLINK("#${quoteSheet(f.location.sheet).replace(/"/g, '""')}!${f.location.cell}","${where.replace(/"/g, '""')}")`, result: where }
        : where;
    if ('cell' in f.location) row.getCell(4).font = { ...font, color: { argb: 'FF0563C1' }, underline: true };
    row.getCell(5).value = f.message;
    row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(6).value = display(f.expected);
    row.getCell(7).value = display(f.actual);
    if (f.severity === 'error') row.getCell(3).font = { ...font, bold: true, color: { argb: 'FFC00000' } };
  });
  if (findings.length === 0) ws.getCell('A7').value = T.noFindings;
  ws.views = [{ state: 'frozen', ySplit: 6 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Numbers the Vietnamese way in the findings table; other texts as they are. */
function display(v: string | null): string {
  if (v === null) return '';
  return /^-?\d+(\.\d+)?$/.test(v) ? formatQuantity(v) : v;
}
