import ExcelJS from 'exceljs';
import { decisionActionLabels, decisionsColumns as C, decisionsSheetName, readDecisionsGrid, type Appraisal, type DecisionEntry } from '@dutoan/core';
import { readXlsxGrid } from '../read/read-xlsx-grid.ts';

/**
 * Read a decisions workbook (.xlsx with the "Quyết định thẩm định" sheet) through the byte layer: the decisions it
 * gives, or DECISIONS_INVALID listing every bad cell. The bytes are only read.
 */
export function readDecisionsWorkbook(bytes: Uint8Array, file: string): DecisionEntry[] {
  return readDecisionsGrid(readXlsxGrid(bytes, { name: file }), file);
}

const FONT = 'Times New Roman';
const head = [C.line, C.stt, C.content, C.unit, C.quantity, C.price, C.requested, C.appraised, C.action, C.value, C.note] as const;
const widths = [14, 6, 48, 10, 14, 14, 16, 16, 18, 14, 40];

/**
 * An empty decisions sheet pre-filled with the submission's lines (`dutoan appraise template`): per line its Dòng
 * (how the decisions name it), STT, content, unit, quantity, price and amount as submitted, the appraised amount,
 * and the three columns the appraiser fills — Hành động (a list: chấp nhận, thay khối lượng, thay đơn giá, loại),
 * Giá trị, Ghi chú. A row left without an action is no decision.
 */
export async function writeDecisionsTemplate(appraisal: Appraisal, meta: { file: string }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dutoan';
  const ws = wb.addWorksheet(decisionsSheetName);
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getCell('A1').value = `QUYẾT ĐỊNH THẨM ĐỊNH — ${meta.file}${appraisal.agency ? ` (${appraisal.agency})` : ''}`;
  ws.getCell('A1').font = { name: FONT, size: 13, bold: true };
  ws.getCell('A2').value = `Ghi Hành động (${Object.values(decisionActionLabels).join(', ')}), Giá trị (khối lượng hoặc đơn giá mới, kiểu Việt Nam: 1.234.500 hoặc 12,5) và Ghi chú; dòng để trống Hành động là không có quyết định. Bảng đơn giá: ${appraisal.book.id}${appraisal.book.sample ? ' (MẪU)' : ''}.`;
  ws.getCell('A2').font = { name: FONT, size: 11, italic: true };
  const HEAD = 4;
  head.forEach((h, i) => {
    const c = ws.getCell(HEAD, i + 1);
    c.value = h;
    c.font = { name: FONT, size: 11, bold: true };
    c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  const num = (v: string | null) => (v === null ? null : Number(v));
  let r = HEAD + 1;
  for (const s of appraisal.sections) {
    for (const l of s.lines) {
      const values: Array<string | number | null> = [
        l.ref,
        l.stt,
        l.content,
        l.unit,
        num(l.quantity.requested),
        num(l.price.requested),
        num(l.amount.requested),
        num(l.amount.appraised),
        l.decision ? decisionActionLabels[l.decision.action] : null,
        l.decision?.value !== undefined && l.decision?.value !== null ? num(l.decision.value) : null,
        l.decision?.note || null,
      ];
      values.forEach((v, i) => {
        const c = ws.getCell(r, i + 1);
        c.value = v;
        c.font = { name: FONT, size: 11 };
        c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
        if (i >= 4 && i <= 7) c.numFmt = i === 4 ? '#,##0.####' : '#,##0';
        if (i === 2 || i === 10) c.alignment = { wrapText: true };
        if (i >= 8) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
      });
      ws.getCell(r, 9).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${Object.values(decisionActionLabels).join(',')}"`],
        showErrorMessage: true,
        error: `Một trong: ${Object.values(decisionActionLabels).join(', ')}`,
      };
      r++;
    }
  }
  ws.views = [{ state: 'frozen', ySplit: HEAD }];
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
