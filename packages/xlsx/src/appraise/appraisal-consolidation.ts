import type ExcelJS from 'exceljs';
import { Decimal, kindWords, type AppraisalConsolidation, type ConsolidatedRow, type ConsolidationGroup } from '@dutoan/core';

/** Vietnamese texts of the appraisal sheets of the province consolidation. */
export const appraisalConsolidationVi = {
  sheet: 'Thẩm định',
  missingSheet: 'Chưa nộp',
  title: 'TỔNG HỢP KẾT QUẢ THẨM ĐỊNH DỰ TOÁN KINH PHÍ CHỈNH LÝ, SỐ HÓA TÀI LIỆU LƯU TRỮ',
  /** The line under the title: files, the list of units, the money unit. */
  meta: (n: number, list: string, units: number) => `${n} hồ sơ · Danh sách đơn vị: ${list} (${units} đơn vị) · Đơn vị tính: đồng`,
  headers: ['STT', 'Cơ quan, đơn vị', 'Tệp', 'Mét giá', 'Số trang', 'Giá trị đề nghị', 'Giá trị thẩm định', 'Chênh lệch', 'Ghi chú'],
  groups: { commune: 'A. CÁC XÃ, PHƯỜNG', department: 'B. CÁC SỞ, BAN, NGÀNH', unlisted: 'C. ĐƠN VỊ KHÔNG CÓ TRONG DANH SÁCH' } as Record<ConsolidationGroup, string>,
  /** "Cộng các xã, phường": a group's total row. */
  groupTotal: (g: string) => `Cộng ${g.slice(3).toLowerCase()}`,
  total: 'TỔNG CỘNG',
  noAppraisal: 'Chưa thẩm định (không có bảng đơn giá)',
  planTarget: 'Số trang còn phải số hóa theo Kế hoạch (đến 30/6/2026)',
  planCovered: 'Số trang các dự toán đã nộp',
  planShare: 'Tỷ lệ số trang các dự toán / Kế hoạch',
  /** Where the plan's page figure comes from, with its status. */
  planSource: (doc: string, where: string, status: string) => `Nguồn: ${doc}, ${where} (${status})`,
  missingTitle: 'ĐƠN VỊ CHƯA NỘP DỰ TOÁN',
  /** "12/99 đơn vị trong danh sách chưa có hồ sơ". */
  missingMeta: (n: number, units: number) => `${n}/${units} đơn vị trong danh sách chưa có hồ sơ`,
  missingHeaders: ['STT', 'Đơn vị', 'Loại', 'Nguồn danh sách'],
  department: 'Sở, ban, ngành',
  sample: 'MẪU — danh sách đơn vị hư cấu',
};
const T = appraisalConsolidationVi;
const font = { name: 'Times New Roman', size: 12 };
const HEAD: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const MONEY = '#,##0';

/**
 * The appraisal sheets of the province consolidation (@dutoan/xlsx): "Thẩm định" — one row per submission in its
 * group (communes and wards, departments, not on the list), metres, pages, requested / appraised / difference,
 * the flags (old unit name, not on the list, two submissions); group and grand totals as live SUM formulas (with
 * cached values summed exactly); the plan's pages beside the pages covered — and "Chưa nộp", the units of the list
 * with no submission.
 */
export function addAppraisalSheets(wb: ExcelJS.Workbook, c: AppraisalConsolidation): void {
  const ws = wb.addWorksheet(T.sheet, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [{ width: 6 }, { width: 38 }, { width: 30 }, { width: 10 }, { width: 12 }, { width: 18 }, { width: 18 }, { width: 16 }, { width: 60 }];
  ws.getCell('A1').value = T.title;
  ws.getCell('A1').font = { ...font, bold: true, size: 14 };
  ws.getCell('A2').value = T.meta(c.rows.length, c.registry.title, c.registry.units);
  ws.getCell('A2').font = { ...font, italic: true };
  if (c.registry.sample || c.rows.some((r) => r.appraisal?.book.sample)) {
    ws.getCell('A3').value = 'MẪU';
    ws.getCell('A3').font = { ...font, bold: true, color: { argb: 'FFC00000' } };
  }
  let r = 5;
  T.headers.forEach((h, i) => {
    const cell = ws.getRow(r).getCell(i + 1);
    cell.value = h;
    cell.font = { ...font, bold: true };
    cell.fill = HEAD;
    cell.alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' };
  });
  r++;
  const cols = ['D', 'E', 'F', 'G', 'H'];
  const groupTotals: number[] = [];
  const grand = cols.map(() => new Decimal(0));
  for (const g of ['commune', 'department', 'unlisted'] as const) {
    const rows = c.rows.filter((x) => x.group === g);
    if (rows.length === 0) continue;
    ws.getRow(r).getCell(2).value = T.groups[g];
    ws.getRow(r).getCell(2).font = { ...font, bold: true };
    r++;
    const first = r;
    const sums = cols.map(() => new Decimal(0));
    rows.forEach((x, i) => {
      const row = ws.getRow(r++);
      const vals = figuresOf(x);
      row.getCell(1).value = i + 1;
      row.getCell(2).value = x.unit ? x.unit.label : x.agency || '(không rõ tên)';
      row.getCell(3).value = x.file;
      vals.forEach((v, k) => {
        const cell = row.getCell(4 + k);
        if (v !== null) {
          cell.value = Number(v);
          sums[k] = sums[k]!.add(v);
        }
        cell.numFmt = k === 0 ? '#,##0.00' : MONEY;
      });
      const notes = [...(x.appraisal ? [] : [T.noAppraisal]), ...(x.appraisal && x.appraisal.counts['not-appraised'] > 0 ? [`${x.appraisal.counts['not-appraised']} khoản chưa thẩm định được`] : []), ...x.flags.map((f) => f.message)];
      row.getCell(9).value = notes.join(' ');
      row.getCell(9).alignment = { wrapText: true, vertical: 'top' };
      if (x.flags.length) row.getCell(9).font = { ...font, color: { argb: 'FFC00000' } };
    });
    const last = r - 1;
    const tr = ws.getRow(r);
    tr.getCell(2).value = T.groupTotal(T.groups[g]);
    tr.getCell(2).font = { ...font, bold: true };
    cols.forEach((col, k) => {
      const cell = tr.getCell(4 + k);
      cell.value = { formula: `SUM(${col}${first}:${col}${last})`, result: Number(sums[k]!.toString()) };
      cell.numFmt = k === 0 ? '#,##0.00' : MONEY;
      cell.font = { ...font, bold: true };
      grand[k] = grand[k]!.add(sums[k]!);
    });
    groupTotals.push(r);
    r++;
  }
  const totalRow = r;
  const tr = ws.getRow(r++);
  tr.getCell(2).value = T.total;
  tr.getCell(2).font = { ...font, bold: true };
  cols.forEach((col, k) => {
    const cell = tr.getCell(4 + k);
    cell.value = groupTotals.length ? { formula: groupTotals.map((x) => `${col}${x}`).join('+'), result: Number(grand[k]!.toString()) } : 0;
    cell.numFmt = k === 0 ? '#,##0.00' : MONEY;
    cell.font = { ...font, bold: true };
  });
  // The plan's figure beside the estimates.
  r++;
  const target = ws.getRow(r++);
  target.getCell(2).value = T.planTarget;
  if (c.plan.pagesTarget !== null) target.getCell(5).value = Number(c.plan.pagesTarget);
  target.getCell(5).numFmt = MONEY;
  target.getCell(9).value = T.planSource(c.plan.source.doc, c.plan.source.where, c.plan.source.status);
  const targetRow = r - 1;
  const covered = ws.getRow(r++);
  covered.getCell(2).value = T.planCovered;
  covered.getCell(5).value = { formula: `E${totalRow}`, result: Number(grand[1]!.toString()) };
  covered.getCell(5).numFmt = MONEY;
  const share = ws.getRow(r++);
  share.getCell(2).value = T.planShare;
  if (c.plan.pagesTarget !== null) {
    share.getCell(5).value = { formula: `IF(E${targetRow}=0,0,E${totalRow}/E${targetRow})`, result: Number(grand[1]!.div(c.plan.pagesTarget).toDecimalPlaces(6).toString()) };
    share.getCell(5).numFmt = '0.00%';
  }
  ws.views = [{ state: 'frozen', ySplit: 5 }];

  const miss = wb.addWorksheet(T.missingSheet);
  miss.columns = [{ width: 6 }, { width: 40 }, { width: 18 }, { width: 70 }];
  miss.getCell('A1').value = T.missingTitle;
  miss.getCell('A1').font = { ...font, bold: true, size: 14 };
  miss.getCell('A2').value = T.missingMeta(c.missing.length, c.registry.units);
  miss.getCell('A2').font = { ...font, italic: true };
  T.missingHeaders.forEach((h, i) => {
    const cell = miss.getRow(4).getCell(i + 1);
    cell.value = h;
    cell.font = { ...font, bold: true };
    cell.fill = HEAD;
  });
  c.missing.forEach((u, i) => {
    const row = miss.getRow(5 + i);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = u.label;
    row.getCell(3).value = u.kind === 'co-quan' ? T.department : kindWords[u.kind];
    row.getCell(4).value = `${u.provenance.doc}${u.provenance.where ? `, ${u.provenance.where}` : ''}`;
  });
}

function figuresOf(x: ConsolidatedRow): Array<string | null> {
  return [x.metres, x.pages, x.figures.requested, x.figures.appraised, x.figures.difference];
}
