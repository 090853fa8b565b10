import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  builtinBooks,
  computeEstimate,
  definedNames,
  loadPriceBook,
  estimateColumns,
  formatDateLine,
  parseDateLine,
  planEstimateSheet,
  planEstimateWorkbook,
  styleTable,
  type Estimate,
  type PlanCell,
  type SheetPlan,
} from '@dutoan/core';

const book = builtinBooks['mau-2026']!;
const load = (name: string) => JSON.parse(readFileSync(new URL(`../../../../examples/${name}.json`, import.meta.url), 'utf8'));
const at = (s: SheetPlan, a: string): PlanCell | undefined => s.cells.find((c) => c.address === a);
const byText = (s: SheetPlan, t: string) => s.cells.filter((c) => c.kind === 'text' && c.value === t);

describe('planEstimateSheet — xã Bảo Hà (commune, sample book, rounding to thousands)', () => {
  const e = computeEstimate(load('xa-bao-ha'), book);
  const { sheet, names, rows } = planEstimateSheet(e);

  it('puts the table header on row 8, sections I, II, III with their lines, Cộng and Thuế GTGT rows', () => {
    expect(rows.headerRow).toBe(8);
    expect(['A8', 'B8', 'C8', 'D8', 'E8', 'F8', 'G8'].map((a) => at(sheet, a)?.value)).toEqual([
      'STT', 'Nội dung công việc', 'Đơn vị tính', 'Khối lượng', 'Đơn giá', 'Thành tiền', 'Ghi chú',
    ]);
    // Row 10 section I; 11 its one line; 12 Cộng; 13 Thuế GTGT; 14 section II; 15–18 four lines; 19, 20; 21 III; 22–23; 24, 25.
    expect(rows.sections).toEqual([
      { id: 'I', row: 10, firstLine: 11, lastLine: 11, subtotal: 12, vat: 13 },
      { id: 'II', row: 14, firstLine: 15, lastLine: 18, subtotal: 19, vat: 20 },
      { id: 'III', row: 21, firstLine: 22, lastLine: 23, subtotal: 24, vat: 25 },
    ]);
    expect([rows.grandTotal, rows.rounding, rows.finalAmount]).toEqual([26, 27, 28]);
  });

  it('writes live formulas with our figures as cached values', () => {
    // 20 mét × 8.888.000 = 177.760.000
    expect(at(sheet, 'F11')).toMatchObject({ kind: 'formula', formula: 'ROUND(ROUND(D11*E11,4),0)', value: '177760000' });
    expect(at(sheet, 'D11')).toMatchObject({ kind: 'number', value: '20', input: true });
    expect(at(sheet, 'H11')?.value).toBe('CL.RL');
    // 381 hồ sơ × 3.333 = 1.269.873
    expect(at(sheet, 'F17')).toMatchObject({ formula: 'ROUND(ROUND(D17*E17,4),0)', value: '1269873' });
    expect(at(sheet, 'F19')).toMatchObject({ formula: 'SUM(F15:F18)', value: '64025373' });
    expect(at(sheet, 'D20')).toMatchObject({ kind: 'number', value: '0', style: 'vat.rate' });
    expect(at(sheet, 'F20')).toMatchObject({ formula: 'ROUND(F19*D20,0)', value: '0' });
    expect(at(sheet, 'F14')).toMatchObject({ formula: 'F19+F20', value: '64025373' });
    // 177.760.000 + 64.025.373 + 12.666.040 = 254.451.413; làm tròn −413 → 254.451.000
    expect(at(sheet, 'F26')).toMatchObject({ formula: 'F10+F14+F21', value: '254451413' });
    expect(at(sheet, 'F27')).toMatchObject({ formula: 'ROUND(F26,-3)-F26', value: '-413' });
    expect(at(sheet, 'F28')).toMatchObject({ formula: 'F26+F27', value: '254451000' });
  });

  it('writes Bằng chữ as text, the MẪU line, the commune signature titles and the date line', () => {
    const w = at(sheet, `A${rows.words}`)!;
    expect(w.kind).toBe('text');
    expect(w.value).toBe('Bằng chữ: Hai trăm năm mươi tư triệu bốn trăm năm mươi mốt nghìn đồng chẵn');
    expect(at(sheet, 'A6')).toMatchObject({ value: 'MẪU — không dùng để lập dự toán thật', style: 'sample' });
    expect(byText(sheet, 'PHỤ TRÁCH KẾ TOÁN')).toHaveLength(1);
    expect(byText(sheet, 'TM. ỦY BAN NHÂN DÂN')).toHaveLength(1);
    expect(byText(sheet, 'CHỦ TỊCH')).toHaveLength(1);
    expect(byText(sheet, '(Ký tên, đóng dấu)')).toHaveLength(1);
    expect(byText(sheet, '(Ký, ghi rõ họ tên)')).toHaveLength(2);
    expect(byText(sheet, 'KẾ TOÁN TRƯỞNG')).toHaveLength(0);
    expect(at(sheet, 'D3')).toMatchObject({ value: 'Bảo Hà, ngày 10 tháng 4 năm 2026', style: 'head.date' });
    expect(styleTable['head.date'].font.italic).toBe(true);
  });

  it('names every key cell, and each name points at a cell of the plan', () => {
    const map = new Map(names.map((n) => [n.name, n.ref]));
    expect(map.get(definedNames.grandTotal)).toBe('$F$26');
    expect(map.get(definedNames.rounding)).toBe('$F$27');
    expect(map.get(definedNames.finalAmount)).toBe('$F$28');
    expect(map.get(definedNames.words)).toBe(`$A$${rows.words}`);
    expect(map.get('DT_CONG_II')).toBe('$F$19');
    expect(map.get('DT_THUE_III')).toBe('$F$25');
    expect(map.get(definedNames.table)).toBe('$A$8');
    for (const n of names) {
      if (n.ref.includes(':')) continue;
      expect(at(sheet, n.ref.replace(/\$/g, '')), n.name).toBeDefined();
    }
    expect(new Set(names.map((n) => n.name)).size).toBe(names.length);
  });

  it('locks formulas and labels, unlocks inputs, validates quantities, prices and the VAT rate', () => {
    for (const c of sheet.cells) if (c.kind === 'formula') expect(c.input, c.address).toBeUndefined();
    expect(at(sheet, 'E15')?.input).toBe(true);
    expect(at(sheet, 'B12')?.input).toBeUndefined();
    expect(sheet.validations).toEqual(
      expect.arrayContaining([
        { range: 'D11', rule: 'quantity' },
        { range: 'D15:D18', rule: 'quantity' },
        { range: 'E22:E23', rule: 'unitPrice' },
        { range: 'D13', rule: 'vatRate' },
      ]),
    );
    expect(sheet.protect).toBe(true);
    expect(sheet.frozenRows).toBe(9);
    expect(sheet.print).toMatchObject({ paper: 'A4', fitToWidth: true, repeatRows: { from: 8, to: 9 }, printAreaLastCol: 'G' });
    expect(sheet.columns.filter((c) => c.hidden).map((c) => c.letter)).toEqual(['H', 'I']);
    expect(estimateColumns.code.letter).toBe('H');
  });

  it('every formula refers only to cells that hold numbers or formulas', () => {
    for (const c of sheet.cells.filter((x) => x.kind === 'formula')) {
      for (const ref of c.formula!.match(/[A-Z]+\d+/g) ?? []) {
        const target = at(sheet, ref);
        expect(target && target.kind !== 'text', `${c.address} → ${ref}`).toBe(true);
      }
    }
  });
});

describe('planEstimateSheet — department (no sample mark when the book is not a sample, VAT 10%)', () => {
  const e0 = computeEstimate(load('so-van-hoa'), book);
  const e: Estimate = { ...e0, sampleLabel: null, book: { ...e0.book, status: 'official' } };
  const { sheet, rows } = planEstimateSheet(e);
  it('uses KẾ TOÁN TRƯỞNG / THỦ TRƯỞNG ĐƠN VỊ, no MẪU line, no Làm tròn row', () => {
    expect(byText(sheet, 'KẾ TOÁN TRƯỞNG')).toHaveLength(1);
    expect(byText(sheet, 'THỦ TRƯỞNG ĐƠN VỊ')).toHaveLength(1);
    expect(sheet.cells.some((c) => c.style === 'sample')).toBe(false);
    expect(rows.rounding).toBeNull();
    expect(rows.finalAmount).toBe(rows.grandTotal);
    expect(at(sheet, 'A1')?.value).toBe('UBND TỈNH LÀO CAI');
    expect(at(sheet, 'A2')?.value).toBe('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
  });
  it('writes the VAT rate as a percentage fraction: 10% → 0.1; 16,25 m → fractional quantity format', () => {
    const vatRow = rows.sections[0]!.vat;
    expect(at(sheet, `D${vatRow}`)?.value).toBe('0.1');
    // Cộng I = 116.655.000; × 10% = 11.665.500
    expect(at(sheet, `F${vatRow}`)?.value).toBe('11665500');
    expect(at(sheet, `D${rows.sections[0]!.firstLine}`)).toMatchObject({ value: '12.5', style: 'line.qtyFrac' });
  });
});

describe('user text stays text', () => {
  it('a description starting with "=" is a text cell, never a formula', () => {
    const input = load('xa-bao-ha');
    input.sections[0].lines[0].description = '=HYPERLINK("http://x","y")';
    input.header.signers.head = '+84 912';
    const e = computeEstimate(input, book);
    const plan = planEstimateWorkbook(e);
    const s = plan.sheets[0]!;
    expect(at(s, 'B11')).toMatchObject({ kind: 'text', value: '=HYPERLINK("http://x","y")' });
    expect(s.cells.find((c) => c.value === '+84 912')?.kind).toBe('text');
  });
});

describe('date line', () => {
  it('pads days below 10 and months 1–2 (NĐ 30/2020) and parses back', () => {
    expect(formatDateLine('Lào Cai', '2026-02-05')).toBe('Lào Cai, ngày 05 tháng 02 năm 2026');
    expect(formatDateLine('Lào Cai', '2026-11-20')).toBe('Lào Cai, ngày 20 tháng 11 năm 2026');
    expect(parseDateLine('Lào Cai, ngày 05 tháng 02 năm 2026')).toEqual({ place: 'Lào Cai', date: '2026-02-05' });
    expect(parseDateLine('Sa Pa, ngày 31 tháng 4 năm 2026')).toBeNull();
    expect(parseDateLine('Lào Cai, ngày … tháng … năm 2026')).toBeNull();
  });
});

describe('planEstimateWorkbook', () => {
  it('has Dự toán, Thuyết minh, Đơn giá and the hidden metadata sheet; MẪU on every visible sheet', () => {
    const e = computeEstimate(load('xa-bao-ha'), book);
    const plan = planEstimateWorkbook(e, { book: loadPriceBook(book) });
    expect(plan.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Dự toán', 'visible'],
      ['Thuyết minh', 'visible'],
      ['Đơn giá', 'visible'],
      ['_dutoan', 'hidden'],
    ]);
    for (const s of plan.sheets.filter((x) => x.state === 'visible')) {
      expect(s.cells.some((c) => c.style === 'sample' && c.value === 'MẪU — không dùng để lập dự toán thật'), s.name).toBe(true);
    }
    const names = new Map(plan.names.map((n) => [n.name, n]));
    expect(names.get('DT_BOOK_HASH')?.sheet).toBe('Đơn giá');
    const hashCell = plan.sheets[2]!.cells.find((c) => c.address === names.get('DT_BOOK_HASH')!.ref.replace(/\$/g, ''));
    expect(hashCell?.value).toBe(e.book.hash);
  });
});
