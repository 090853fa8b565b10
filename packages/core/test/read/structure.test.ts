import { describe, expect, it } from 'vitest';
import {
  auditSubmission,
  builtinBooks,
  DutoanError,
  ItemMatcher,
  loadPriceBook,
  readSubmissionFromGrid,
  type Finding,
  type GridSheet,
  type WorkbookGrid,
} from '../../src/index.ts';
import { frame, HEADER, SheetBuilder } from './grid-builder.ts';

/**
 * The six layouts issue 11 names as false errors of the old reader, typed as agencies type them, with every
 * figure computed by hand (sample-book prices: CL.RL 8.888.000 / mét, CL.SB 6.666.000, SH.A4 1.111 / trang,
 * BM.HS 3.333 / hồ sơ), each clean and with one defect planted the way a person makes it.
 */
const book = loadPriceBook(builtinBooks['mau-2026']!);
const at = (f: Finding) => ('cell' in f.location ? `${f.location.sheet}!${f.location.cell}` : f.location.line);
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error').map((f) => `${f.code}@${at(f)}`);
const warnings = (fs: Finding[]) => fs.filter((f) => f.severity === 'warning').map((f) => `${f.code}@${at(f)}`);
const infos = (fs: Finding[]) => fs.filter((f) => f.severity === 'info').map((f) => `${f.code}@${at(f)}`);
const grid = (...sheets: GridSheet[]): WorkbookGrid => ({ sheets });
const audit = (g: WorkbookGrid) => {
  const sub = readSubmissionFromGrid(g, { book });
  return { sub, findings: auditSubmission(sub, book) };
};

/**
 * 1. One "Cộng" over sections I and II (=SUM(F9:F11)), VAT 8 % on it, "Tổng cộng".
 *    10 m × 8.888.000 = 88.880.000; 20.000 trang × 1.111 = 22.220.000; Cộng 111.100.000;
 *    VAT 111.100.000 × 8 % = 8.888.000; Tổng cộng 119.988.000.
 *    Defect: the Cộng typed 111.000.000 (VAT then 8.880.000, total 119.880.000, words retyped).
 */
function oneSumOverSections(wrong = false): WorkbookGrid {
  const b = frame(new SheetBuilder('Dự toán'), 15);
  const cong = wrong ? 111_000_000 : 111_100_000;
  const vat = wrong ? 8_880_000 : 8_888_000;
  b.put('G6', 'Đơn vị tính: đồng').row(7, HEADER);
  b.row(8, ['I', 'Chỉnh lý tài liệu']);
  b.row(9, ['1', 'Chỉnh lý tài liệu rời lẻ', 'Mét giá', 10, 8_888_000]).put('F9', 88_880_000, '=ROUND(D9*E9,0)');
  b.row(10, ['II', 'Số hóa tài liệu']);
  b.row(11, ['1', 'Số hóa tài liệu khổ A4', 'Trang A4', 20_000, 1111]).put('F11', 22_220_000, '=ROUND(D11*E11,0)');
  b.put('B12', 'Cộng').put('F12', cong, wrong ? undefined : '=SUM(F9:F11)');
  b.put('B13', 'Thuế GTGT 8%').put('F13', vat, '=ROUND(F12*8%,0)').put('G13', 'Thuê dịch vụ, thuế suất 8%');
  b.put('B14', 'Tổng cộng').put('F14', cong + vat, '=F12+F13');
  b.put('A15', wrong ? 'Bằng chữ: Một trăm mười chín triệu tám trăm tám mươi nghìn đồng.' : 'Bằng chữ: Một trăm mười chín triệu chín trăm tám mươi tám nghìn đồng.');
  return grid(b.build());
}

/**
 * 2. "Cộng I", "Cộng II", "Tổng cộng (I+II)", then VAT 10 % on the grand total and "Tổng kinh phí".
 *    Cộng I 88.880.000; Cộng II 22.220.000; Tổng cộng 111.100.000; VAT 11.110.000; Tổng kinh phí 122.210.000.
 *    Defect: the VAT formula takes Cộng II (22.220.000 × 10 % = 2.222.000; total 113.322.000).
 */
function sumsPerSectionVatOnTotal(vatOnSection = false): WorkbookGrid {
  const b = frame(new SheetBuilder('DT'), 17);
  const vat = vatOnSection ? 2_222_000 : 11_110_000;
  b.row(7, HEADER);
  b.row(8, ['I', 'Chỉnh lý tài liệu']);
  b.row(9, ['1', 'Chỉnh lý tài liệu rời lẻ', 'Mét giá', 10, 8_888_000]).put('F9', 88_880_000, '=D9*E9');
  b.put('B10', 'Cộng I').put('F10', 88_880_000, '=SUM(F9:F9)');
  b.row(11, ['II', 'Số hóa tài liệu']);
  b.row(12, ['1', 'Số hóa tài liệu khổ A4', 'Trang A4', 20_000, 1111]).put('F12', 22_220_000, '=D12*E12');
  b.put('B13', 'Cộng II').put('F13', 22_220_000, '=SUM(F12:F12)');
  b.put('B14', 'Tổng cộng (I+II)').put('F14', 111_100_000, '=F10+F13');
  b.put('B15', 'Thuế GTGT 10%').put('F15', vat, vatOnSection ? '=ROUND(F13*10%,0)' : '=ROUND(F14*10%,0)').put('G15', 'Thuê dịch vụ');
  b.put('B16', 'Tổng kinh phí').put('F16', 111_100_000 + vat, '=F14+F15');
  b.put('A17', vatOnSection ? 'Bằng chữ: Một trăm mười ba triệu ba trăm hai mươi hai nghìn đồng.' : 'Bằng chữ: Một trăm hai mươi hai triệu hai trăm mười nghìn đồng.');
  return grid(b.build());
}

/**
 * 3. A two-row merged header ("Kinh phí (đồng)" over Đơn giá | Thành tiền) and the numbering row
 *    "(1) (2) (3) (4) (5) (6)=(4)x(5) (7)". 10 m × 8.888.000 = 88.880.000; VAT 0 %; TỔNG CỘNG 88.880.000.
 */
function twoRowHeader(): WorkbookGrid {
  const b = frame(new SheetBuilder('Sheet1'), 15);
  b.row(7, ['STT', 'Nội dung công việc', 'ĐVT', 'Khối lượng', 'Kinh phí (đồng)', null, 'Ghi chú']);
  b.row(8, [null, null, null, null, 'Đơn giá', 'Thành tiền']);
  for (const m of ['A7:A8', 'B7:B8', 'C7:C8', 'D7:D8', 'E7:F7', 'G7:G8']) b.merge(m);
  b.row(9, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)=(4)x(5)', '(7)']);
  b.row(10, ['I', 'Chỉnh lý tài liệu']);
  b.row(11, ['1', 'Chỉnh lý tài liệu rời lẻ', 'Mét giá', 10, 8_888_000, 88_880_000]);
  b.row(12, [null, 'Cộng', null, null, null, 88_880_000]);
  b.row(13, [null, 'Thuế GTGT 0%', null, null, null, 0, 'Đơn vị tự thực hiện, không phát sinh thuế GTGT']);
  b.row(14, [null, 'TỔNG CỘNG', null, null, null, 88_880_000]);
  b.put('A15', 'Bằng chữ: Tám mươi tám triệu tám trăm tám mươi nghìn đồng.');
  return grid(b.build());
}

/**
 * 4. A "Hệ số" column: 5,5 m × 8.888.000 × 1,3 (records before 1975) = 48.884.000 × 1,3 = 63.549.200;
 *    10 m × 6.666.000 × 1 = 66.660.000; Cộng 130.209.200; VAT 0 %; Tổng cộng 130.209.200.
 *    Defect: the coefficient left out of G9 (48.884.000; Cộng 115.544.000).
 */
function coefficientColumn(dropped = false): WorkbookGrid {
  const b = frame(new SheetBuilder('Dự toán'), 14);
  const g9 = dropped ? 48_884_000 : 63_549_200;
  b.row(7, ['STT', 'Nội dung công việc', 'Đơn vị tính', 'Khối lượng', 'Đơn giá', 'Hệ số', 'Thành tiền', 'Ghi chú']);
  b.row(8, ['I', 'Chỉnh lý tài liệu']);
  b.row(9, ['1', 'Chỉnh lý tài liệu rời lẻ trước 30/4/1975', 'Mét giá', 5.5, 8_888_000, 1.3]).put('G9', g9, dropped ? '=ROUND(D9*E9,0)' : '=ROUND(D9*E9*F9,0)');
  b.row(10, ['2', 'Chỉnh lý tài liệu đã lập hồ sơ sơ bộ', 'Mét giá', 10, 6_666_000, 1]).put('G10', 66_660_000, '=ROUND(D10*E10*F10,0)');
  b.put('B11', 'Cộng').put('G11', g9 + 66_660_000, '=SUM(G9:G10)');
  b.put('B12', 'Thuế GTGT 0%').put('G12', 0).put('H12', 'Tự thực hiện');
  b.put('B13', 'Tổng cộng').put('G13', g9 + 66_660_000, '=G11+G12');
  b.put('A14', dropped ? 'Bằng chữ: Một trăm mười lăm triệu năm trăm bốn mươi tư nghìn đồng.' : 'Bằng chữ: Một trăm ba mươi triệu hai trăm linh chín nghìn hai trăm đồng.');
  return grid(b.build());
}

/** 4b. The same table with its numbering row under the header, whose amount cell says `formula`. */
function coefficientColumnNumbered(formula: string): WorkbookGrid {
  const b = frame(new SheetBuilder('Dự toán'), 15);
  b.row(7, ['STT', 'Nội dung công việc', 'Đơn vị tính', 'Khối lượng', 'Đơn giá', 'Hệ số', 'Thành tiền', 'Ghi chú']);
  b.row(8, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', formula, '(8)']);
  b.row(9, ['I', 'Chỉnh lý tài liệu']);
  b.row(10, ['1', 'Chỉnh lý tài liệu rời lẻ trước 30/4/1975', 'Mét giá', 5.5, 8_888_000, 1.3]).put('G10', 63_549_200, '=ROUND(D10*E10*F10,0)');
  b.row(11, ['2', 'Chỉnh lý tài liệu đã lập hồ sơ sơ bộ', 'Mét giá', 10, 6_666_000, 1]).put('G11', 66_660_000, '=ROUND(D11*E11*F11,0)');
  b.put('B12', 'Cộng').put('G12', 63_549_200 + 66_660_000, '=SUM(G10:G11)');
  b.put('B13', 'Thuế GTGT 0%').put('G13', 0).put('H13', 'Tự thực hiện');
  b.put('B14', 'Tổng cộng').put('G14', 63_549_200 + 66_660_000, '=G12+G13');
  b.put('A15', 'Bằng chữ: Một trăm ba mươi triệu hai trăm linh chín nghìn hai trăm đồng.');
  return grid(b.build());
}

/**
 * 5. "Đơn vị tính: 1.000 đồng" above the table: 10 m × 8.888 = 88.880; 20.000 trang × 1,111 = 22.220 (nghìn
 *    đồng); Cộng 111.100; VAT 0 %; Tổng cộng 111.100 nghìn đồng = 111.100.000 đồng, as the words say.
 *    Defect: the price of CL.RL typed 9.999 (99.990; Cộng 122.210, words retyped).
 */
function thousandDong(wrongPrice = false): WorkbookGrid {
  const b = frame(new SheetBuilder('Dự toán'), 15);
  const p = wrongPrice ? 9999 : 8888;
  b.put('G6', 'Đơn vị tính: 1.000 đồng').row(7, HEADER);
  b.row(8, ['I', 'Chỉnh lý tài liệu']);
  b.row(9, ['1', 'Chỉnh lý tài liệu rời lẻ', 'Mét giá', 10, p]).put('F9', p * 10, '=D9*E9');
  b.row(10, ['II', 'Số hóa tài liệu']);
  b.row(11, ['1', 'Số hóa tài liệu khổ A4', 'Trang A4', 20_000, 1.111]).put('F11', 22_220, '=D11*E11');
  b.put('B12', 'Cộng').put('F12', p * 10 + 22_220, '=SUM(F9:F11)');
  b.put('B13', 'Thuế GTGT 0%').put('F13', 0).put('G13', 'Tự thực hiện');
  b.put('B14', 'Tổng cộng').put('F14', p * 10 + 22_220, '=F12+F13');
  b.put('A15', wrongPrice ? 'Bằng chữ: Một trăm hai mươi hai triệu hai trăm mười nghìn đồng.' : 'Bằng chữ: Một trăm mười một triệu một trăm nghìn đồng.');
  return grid(b.build());
}

/**
 * 6. Units typed "m", "tr", "HS" and names abbreviated ("Số hóa TL khổ A4", "Biên mục HS"):
 *    10 × 8.888.000 = 88.880.000; 20.000 × 1.111 = 22.220.000; 200 × 3.333 = 666.600; Cộng 111.766.600.
 */
function abbreviations(): WorkbookGrid {
  const b = frame(new SheetBuilder('Dự toán'), 16);
  b.row(7, ['TT', 'Nội dung', 'ĐVT', 'KL', 'Đơn giá', 'Thành tiền', 'Ghi chú']);
  b.row(8, ['I', 'CHỈNH LÝ TL']);
  b.row(9, ['1', 'Chỉnh lý TL rời lẻ', 'm', 10, 8_888_000]).put('F9', 88_880_000, '=D9*E9');
  b.row(10, ['II', 'SỐ HÓA TL']);
  b.row(11, ['1', 'Số hóa TL khổ A4', 'tr', 20_000, 1111]).put('F11', 22_220_000, '=D11*E11');
  b.row(12, ['2', 'Biên mục HS', 'HS', 200, 3333]).put('F12', 666_600, '=D12*E12');
  b.put('B13', 'Cộng').put('F13', 111_766_600, '=SUM(F9:F12)');
  b.put('B14', 'Thuế GTGT 0%').put('F14', 0).put('G14', 'Tự thực hiện');
  b.put('B15', 'Tổng cộng').put('F15', 111_766_600, '=F13+F14');
  b.put('A16', 'Bằng chữ: Một trăm mười một triệu bảy trăm sáu mươi sáu nghìn sáu trăm đồng.');
  return grid(b.build());
}

describe('the six layouts of issue 11: no false error, the planted defect at its cell', () => {
  it('1. one Cộng over every section, VAT 8 % on it: the Cộng is read as the sum of I and II, said in an info', () => {
    const { sub, findings } = audit(oneSumOverSections());
    expect(errors(findings)).toEqual([]);
    expect(warnings(findings)).toEqual([]);
    expect(infos(findings)).toEqual(['SUM_SCOPE@Dự toán!F12', 'VAT_BASE@Dự toán!F13']);
    expect(findings.find((f) => f.code === 'SUM_SCOPE')!.message).toBe('Dòng "Cộng" được hiểu là cộng mọi phần (I, II) (=SUM(F9:F11)).');
    const cong = sub.sums!.find((s) => s.label.text === 'Cộng')!;
    expect([cong.role, cong.sections, cong.everything, cong.how, cong.covers.lines.length]).toEqual(['total', ['I', 'II'], true, 'formula', 2]);
    expect(sub.vats![0]!.base!.sum).toBe(cong);
    expect(sub.grandTotal?.value).toBe('119988000');
    expect(errors(audit(oneSumOverSections(true)).findings)).toEqual(['TOTAL@Dự toán!F12']);
  });

  it('2. Cộng I, Cộng II, Tổng cộng (I+II), VAT on the grand total: the VAT base is the Tổng cộng', () => {
    const { sub, findings } = audit(sumsPerSectionVatOnTotal());
    expect(errors(findings)).toEqual([]);
    expect(warnings(findings)).toEqual([]);
    expect(sub.vats![0]!.base!.sum?.label.text).toBe('Tổng cộng (I+II)');
    expect(sub.sections.map((s) => [s.label, s.subtotal?.value])).toEqual([['I', '88880000'], ['II', '22220000']]);
    expect(sub.grandTotal?.value).toBe('122210000');
    // VAT taken on Cộng II under a total of both sections: wrong, and said at the VAT cell.
    const bad = audit(sumsPerSectionVatOnTotal(true)).findings;
    expect(errors(bad)).toEqual(['VAT_AMOUNT@DT!F15']);
    expect(bad.find((f) => f.code === 'VAT_AMOUNT')!.expected).toBe('11110000');
  });

  it('3. two-row merged header and the numbering row: the numbering row is not a work line', () => {
    const { sub, findings } = audit(twoRowHeader());
    expect(errors(findings)).toEqual([]);
    expect(sub.sections.flatMap((s) => s.lines).map((l) => [l.content.at, l.unitPrice.value, l.amount.value])).toEqual([
      [{ sheet: 'Sheet1', cell: 'B11' }, '8888000', '88880000'],
    ]);
  });

  it('4. a Hệ số column: amount = quantity × price × coefficient, named in an info; dropping it is ARITHMETIC', () => {
    const { sub, findings } = audit(coefficientColumn());
    expect(errors(findings)).toEqual([]);
    expect(infos(findings)).toContain('LINE_READING@Dự toán!G9');
    expect(sub.sections[0]!.lines[0]!.coefficients?.map((c) => [c.name, c.value.value])).toEqual([['Hệ số', '1.3']]);
    const bad = audit(coefficientColumn(true)).findings;
    expect(errors(bad)).toEqual(['ARITHMETIC@Dự toán!G9']);
    expect(bad.find((f) => f.code === 'ARITHMETIC')!.expected).toBe('63549200');
  });

  it('4b. a numbering row stating "(7)=(4)x(5)x(6)": the reading is the sheet\'s own, no LINE_READING; "(7)=(4)x(5)" states another, so it stays', () => {
    const stated = audit(coefficientColumnNumbered('(7)=(4)x(5)x(6)'));
    expect(errors(stated.findings)).toEqual([]);
    expect(stated.sub.statedLineReading).toEqual(['Dự toán']);
    expect(stated.findings.map((f) => f.code)).not.toContain('LINE_READING');
    const other = audit(coefficientColumnNumbered('(7) = (4) × (5)'));
    expect(errors(other.findings)).toEqual([]);
    expect(other.sub.statedLineReading).toBeUndefined();
    expect(infos(other.findings)).toContain('LINE_READING@Dự toán!G10');
  });

  it('5. "Đơn vị tính: 1.000 đồng": figures read in nghìn đồng, compared in đồng; a wrong price found', () => {
    const { sub, findings } = audit(thousandDong());
    expect(errors(findings)).toEqual([]);
    expect(sub.moneyUnit).toMatchObject({ scale: 1000, how: 'note', text: 'Đơn vị tính: 1.000 đồng' });
    expect(sub.grandTotal?.value).toBe('111100000');
    expect(sub.sections[1]!.lines[0]!.unitPrice.value).toBe('1111');
    const bad = audit(thousandDong(true)).findings;
    expect(errors(bad)).toEqual(['PRICE_MISMATCH@Dự toán!E9']);
    expect(bad[0]!.message).toBe('Đơn giá 9.999 nghìn đồng (9.999.000 đồng) của hạng mục CL.RL khác bảng đơn giá "mau-2026" (8.888 nghìn đồng (8.888.000 đồng)).');
  });

  it('6. units "m", "tr", "HS" and abbreviated names map to the book items', () => {
    const { sub, findings } = audit(abbreviations());
    expect(errors(findings)).toEqual([]);
    expect(warnings(findings)).toEqual([]);
    const m = new ItemMatcher(book);
    expect(sub.sections.flatMap((s) => s.lines).map((l) => [l.unitCode, (m.map(l) as { item?: { code: string } }).item?.code])).toEqual([
      ['met-gia', 'CL.RL'],
      ['trang-a4', 'SH.A4'],
      ['ho-so', 'BM.HS'],
    ]);
  });
});

describe('structure inference beyond the six', () => {
  it('a flat list: its Cộng is the table total (TOTAL when wrong)', () => {
    const b = frame(new SheetBuilder('DS'), 12);
    b.row(7, HEADER);
    b.row(8, ['1', 'Chỉnh lý tài liệu rời lẻ', 'Mét giá', 10, 8_888_000, 88_880_000]);
    b.row(9, ['2', 'Số hóa tài liệu khổ A4', 'Trang A4', 20_000, 1111, 22_220_000]);
    b.row(10, [null, 'Cộng', null, null, null, 111_000_000]); // 88.880.000 + 22.220.000 = 111.100.000
    b.row(11, [null, 'Tổng cộng', null, null, null, 111_000_000, 'Tự thực hiện, không tính thuế GTGT']);
    b.put('A12', 'Bằng chữ: Một trăm mười một triệu đồng.');
    const { sub, findings } = audit(grid(b.build()));
    expect(sub.sections.map((s) => s.label)).toEqual(['']);
    expect(errors(findings)).toEqual(['TOTAL@DS!F10']);
  });

  it('under a rounding row, an amount row labelled its own way is the final amount (not a new part); a wrong one is ROUNDING', () => {
    // 10 m × 8.888.000 = 88.880.000; 1.000 trang × 1.111 = 1.111.000; Cộng 89.991.000 (no VAT, basis stated);
    // rounded to thousands: 89.991.000, adjustment 0. Words: tám mươi chín triệu chín trăm chín mươi mốt nghìn.
    const table = (final: number) => {
      const b = frame(new SheetBuilder('DT'), 15);
      b.row(7, HEADER);
      b.row(8, ['1', 'Chỉnh lý tài liệu rời lẻ', 'Mét giá', 10, 8_888_000, 88_880_000]);
      b.row(9, ['2', 'Số hóa tài liệu khổ A4', 'Trang A4', 1000, 1111, 1_111_000]);
      b.row(10, [null, 'Cộng', null, null, null, 89_991_000]);
      b.row(11, [null, 'Thuế GTGT 0%', null, null, null, 0, 'Đơn vị tự thực hiện, không phát sinh thuế GTGT']);
      b.row(12, [null, 'Tổng cộng', null, null, null, 89_991_000]);
      b.row(13, [null, 'Làm tròn', null, null, null, 0]);
      b.row(14, [null, 'Kinh phí thực hiện', null, null, null, final]);
      b.put('A15', 'Bằng chữ: Tám mươi chín triệu chín trăm chín mươi mốt nghìn đồng.');
      return grid(b.build());
    };
    const clean = audit(table(89_991_000));
    expect(clean.sub.finalAmount?.at).toEqual({ sheet: 'DT', cell: 'F14' });
    expect(clean.sub.sections).toHaveLength(1);
    expect(errors(clean.findings)).toEqual([]);
    expect(errors(audit(table(89_000_000)).findings)).toEqual(['ROUNDING@DT!F14', 'WORDS_MISMATCH@DT!A15']);
  });

  it('a summary sheet referring to two detail sheets: every detail audited, each reference checked', () => {
    const summary = frame(new SheetBuilder('Tổng hợp'), 12);
    summary.row(7, ['STT', 'Nội dung', 'Kinh phí', 'Ghi chú']);
    summary.row(8, ['I', 'Chỉnh lý tài liệu']).put('C8', 88_880_000, "='Chi tiết I'!F9");
    summary.row(9, ['II', 'Số hóa tài liệu']).put('C9', 22_219_000, "='Chi tiết II'!F9"); // detail total is 22.220.000
    summary.row(10, [null, 'Tổng cộng']).put('C10', 111_099_000, '=C8+C9').put('D10', 'Tự thực hiện, không tính thuế GTGT');
    summary.put('A11', 'Bằng chữ: Một trăm mười một triệu không trăm chín mươi chín nghìn đồng.');
    const d1 = new SheetBuilder('Chi tiết I').row(5, HEADER);
    d1.row(6, ['1', 'Chỉnh lý tài liệu rời lẻ', 'Mét giá', 10, 8_888_000, 88_880_000]).row(9, [null, 'Cộng', null, null, null, 88_880_000]);
    const d2 = new SheetBuilder('Chi tiết II').row(5, HEADER);
    d2.row(6, ['1', 'Số hóa tài liệu khổ A4', 'Trang A4', 20_000, 1111, 22_220_000]).row(9, [null, 'Cộng', null, null, null, 22_220_000]);
    const { sub, findings } = audit(grid(summary.build(), d1.build(), d2.build()));
    expect(sub.sheet).toBe('Tổng hợp');
    expect(sub.sections.map((s) => [s.label, s.title.text, s.lines.length])).toEqual([['I', 'Chỉnh lý tài liệu', 1], ['II', 'Số hóa tài liệu', 1]]);
    expect(errors(findings)).toEqual(['SUMMARY_MISMATCH@Tổng hợp!C9']);
    expect(findings.find((f) => f.code === 'SUMMARY_MISMATCH')!.expected).toBe('22220000');
  });

  it('a hidden row that no sum counts is not part of the estimate (said in an info)', () => {
    const b = frame(new SheetBuilder('DT'), 13);
    b.row(7, HEADER).row(8, ['I', 'Chỉnh lý tài liệu']);
    b.row(9, ['1', 'Chỉnh lý tài liệu rời lẻ', 'Mét giá', 10, 8_888_000, 88_880_000]);
    b.row(10, ['2', 'Chỉnh lý tài liệu đã lập hồ sơ sơ bộ', 'Mét giá', 3, 7_000_000, 21_000_000]).hide(10); // an old price, hidden
    b.row(11, [null, 'Cộng', null, null, null, 88_880_000, 'Tự thực hiện, không tính thuế GTGT']);
    b.row(12, [null, 'Tổng cộng', null, null, null, 88_880_000]);
    b.put('A13', 'Bằng chữ: Tám mươi tám triệu tám trăm tám mươi nghìn đồng.');
    const { sub, findings } = audit(grid(b.build()));
    expect(errors(findings)).toEqual([]);
    expect(infos(findings)).toContain('ROW_NOT_COUNTED@DT!B10');
    expect(sub.sections[0]!.lines.map((l) => l.content.text)).toEqual(['Chỉnh lý tài liệu rời lẻ']);
  });

  it('"Trong đó" rows under a line break it down and are not counted again', () => {
    const b = frame(new SheetBuilder('DT'), 13);
    b.row(7, HEADER).row(8, ['I', 'Số hóa tài liệu']);
    b.row(9, ['1', 'Số hóa tài liệu khổ A4', 'Trang A4', 20_000, 1111, 22_220_000]);
    b.row(10, [null, 'Trong đó:']);
    b.row(11, [null, '- Tài liệu hành chính', 'Trang', 12_000, 1111, 13_332_000]);
    b.row(12, [null, '- Tài liệu chuyên môn', 'Trang', 8_000, 1111, 8_888_000]);
    b.row(13, [null, 'Tổng cộng', null, null, null, 22_220_000, 'Tự thực hiện, không tính thuế GTGT']);
    b.put('A14', 'Bằng chữ: Hai mươi hai triệu hai trăm hai mươi nghìn đồng.');
    const { sub, findings } = audit(grid(b.build()));
    expect(errors(findings)).toEqual([]);
    expect(sub.sections[0]!.lines).toHaveLength(1);
  });

  it('an ambiguous "1,234" takes the reading that explains the amount, and says how it was read', () => {
    const b = frame(new SheetBuilder('DT'), 11);
    b.row(7, HEADER).row(8, ['I', 'Biên mục']);
    b.row(9, ['1', 'Biên mục, nhập dữ liệu đặc tả cấp hồ sơ', 'Hồ sơ', '1,234', 3333, 4_112_922]); // 1.234 × 3.333
    b.row(10, [null, 'Tổng cộng', null, null, null, 4_112_922, 'Tự thực hiện, không tính thuế GTGT']);
    b.put('A11', 'Bằng chữ: Bốn triệu một trăm mười hai nghìn chín trăm hai mươi hai đồng.');
    const { sub, findings } = audit(grid(b.build()));
    expect(sub.sections[0]!.lines[0]!.quantity.value).toBe('1234');
    expect(errors(findings)).toEqual([]);
    const note = findings.find((f) => f.code === 'NUMBER_FORMAT')!;
    expect([note.severity, at(note), note.expected]).toEqual(['warning', 'DT!D9', '1234']);
  });

  it('no table anywhere: TABLE_NOT_FOUND naming the sheets; two whole estimates on unlinked sheets: a warning naming both', () => {
    expect(() => readSubmissionFromGrid(grid({ name: 'Tờ trình', values: [['Kính trình Sở Tài chính']] }))).toThrow(DutoanError);
    const one = oneSumOverSections().sheets[0]!;
    const two = { ...sumsPerSectionVatOnTotal().sheets[0]!, name: 'Dự toán (2)' };
    const { sub, findings } = audit(grid({ ...one, name: 'DT cũ' }, two));
    expect(warnings(findings)).toEqual(['STRUCTURE_AMBIGUOUS@DT cũ!B7']);
    expect(sub.sheet).toBe('DT cũ');
  });
});
