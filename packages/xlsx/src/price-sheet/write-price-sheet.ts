import ExcelJS from 'exceljs';
import { bookName, columnLetters, priceSheetLayout, unitLabel, type PriceBook } from '@dutoan/core';
import { columns, HEADER_ROW, INFO_FIRST_ROW, infoRows, SHEET_GUIDE, SHEET_INFO, SHEET_PRICES, type InfoKey } from './layout.ts';

const t = priceSheetLayout.priceSheetText;

const FONT = 'Times New Roman';
const viDate = (iso: string | undefined) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

/**
 * Write the price sheet (phiếu nhập đơn giá) for a book: one row per item, columns for the decision's figure
 * and where it stands in the decision, plus the book's details and the certification block. Built from a
 * sample book it says MẪU in its title, banner and "Dữ liệu MẪU" cell, and carries the sample prices.
 * Input cells are shaded; the sheet is not protected (a Finance officer may copy a row to add a level) — the
 * importer checks codes, units and sections against the catalogue instead.
 */
export async function writePriceSheet(book: PriceBook): Promise<Uint8Array> {
  const sample = book.status === 'sample';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dutoan';
  wb.title = sample ? t.sheetTitleSample : t.sheetTitle;

  // Hướng dẫn
  const guide = wb.addWorksheet(SHEET_GUIDE);
  guide.getColumn(1).width = 120;
  guide.getCell('A1').value = sample ? t.sheetTitleSample : t.sheetTitle;
  guide.getCell('A1').font = { name: FONT, size: 14, bold: true, color: sample ? { argb: 'FFC00000' } : undefined };
  t.guide.forEach((line, i) => {
    const c = guide.getCell(`A${i + 3}`);
    c.value = line;
    c.font = { name: FONT, size: 12 };
    c.alignment = { wrapText: true };
  });

  // Thông tin
  const info = wb.addWorksheet(SHEET_INFO);
  info.getColumn(1).width = 42;
  info.getColumn(2).width = 60;
  info.getColumn(3).width = 44;
  info.getCell('A1').value = sample ? t.sheetTitleSample : t.sheetTitle;
  info.getCell('A1').font = { name: FONT, size: 14, bold: true, color: sample ? { argb: 'FFC00000' } : undefined };
  info.getCell('A2').value = sample ? t.sheetSampleBanner : t.sheetDraftBanner;
  info.getCell('A2').font = { name: FONT, size: 12, italic: true, bold: sample, color: { argb: 'FFC00000' } };
  const values: Record<InfoKey, string> = {
    id: book.id,
    // The name only: a completeness mark left in a draft's title must not come back with the filled sheet.
    title: bookName(book.title),
    issuer: book.issuer,
    decisionNumber: book.decision?.number ?? '',
    decisionDate: viDate(book.decision?.date),
    decisionTitle: book.decision?.title ?? '',
    // A draft's effective date is a placeholder (lao-cai-2026 holds the signing date): the officer must type it.
    from: book.status === 'draft' ? '' : viDate(book.effective.from),
    to: viDate(book.effective.to),
    region: book.region,
    sample: sample ? 'x' : '',
    by: book.certification?.by ?? '',
    position: book.certification?.position ?? '',
    organisation: book.certification?.organisation ?? '',
    certDate: viDate(book.certification?.date),
    confirm: book.certification ? 'x' : '',
  };
  infoRows.forEach((r, i) => {
    const row = INFO_FIRST_ROW + i;
    info.getCell(`A${row}`).value = r.label;
    info.getCell(`A${row}`).font = { name: FONT, size: 12, bold: true };
    const v = info.getCell(`B${row}`);
    v.value = values[r.key];
    v.font = { name: FONT, size: 12 };
    v.numFmt = '@';
    v.protection = { locked: false };
    if ('hint' in r) {
      info.getCell(`C${row}`).value = r.hint;
      info.getCell(`C${row}`).font = { name: FONT, size: 11, italic: true, color: { argb: 'FF666666' } };
    }
  });
  info.getCell(`A${INFO_FIRST_ROW + infoRows.length + 1}`).value = t.certificationStatement;
  info.getCell(`A${INFO_FIRST_ROW + infoRows.length + 1}`).font = { name: FONT, size: 12, italic: true };

  // Đơn giá
  const ws = wb.addWorksheet(SHEET_PRICES, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  const last = columnLetters(columns.length);
  ws.mergeCells(`A1:${last}1`);
  ws.getCell('A1').value = sample ? t.sheetTitleSample : t.sheetTitle;
  ws.getCell('A1').font = { name: FONT, size: 14, bold: true, color: sample ? { argb: 'FFC00000' } : undefined };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells(`A2:${last}2`);
  ws.getCell('A2').value = t.sheetBookLine(book.id, book.decision ? `${book.decision.number} ngày ${viDate(book.decision.date)}` : '');
  ws.getCell('A2').font = { name: FONT, size: 12, italic: true };
  ws.mergeCells(`A3:${last}3`);
  ws.getCell('A3').value = sample ? t.sheetSampleBanner : t.sheetDraftBanner;
  ws.getCell('A3').font = { name: FONT, size: 12, bold: true, color: { argb: 'FFC00000' } };
  ws.mergeCells(`A4:${last}4`);
  ws.getCell('A4').value = t.sheetInstruction;
  ws.getCell('A4').font = { name: FONT, size: 11, italic: true };
  ws.getCell('A4').alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(4).height = 48;
  ws.getCell(`${last}5`).value = t.sheetUnitNote;
  ws.getCell(`${last}5`).font = { name: FONT, size: 11, italic: true };
  ws.getCell(`${last}5`).alignment = { horizontal: 'right' };

  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    if ('input' in c) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  });
  header.height = 48;

  book.items.forEach((it, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    const vals: Record<string, string | number | null> = {
      stt: i + 1,
      section: it.section,
      code: it.code,
      name: it.name,
      variant: it.variant ?? '',
      unit: unitLabel(it.unit),
      price: it.price === null ? null : Number(it.price),
      where: it.price === null ? '' : it.provenance.status === 'sample' ? t.sampleItemWhere : it.provenance.where,
      labour: it.labour ? Number(it.labour.amount) : null,
      labourBase: it.labour ? Number(it.labour.baseSalary) : null,
      note: '',
    };
    columns.forEach((c, ci) => {
      const cell = row.getCell(ci + 1);
      cell.value = vals[c.key] ?? null;
      cell.font = { name: FONT, size: 12 };
      cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
      if ('input' in c) {
        cell.protection = { locked: false };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
      }
      if (c.key === 'price' || c.key === 'labour' || c.key === 'labourBase') {
        cell.numFmt = '#,##0';
        cell.dataValidation = { type: 'whole', operator: 'greaterThan', formulae: [0], allowBlank: true, showErrorMessage: true, error: t.sheetWholeNumber };
      }
      if (c.key === 'name') cell.alignment = { wrapText: true };
    });
  });

  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
