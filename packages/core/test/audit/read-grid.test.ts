import { describe, expect, it } from 'vitest';
import {
  auditSubmission,
  builtinBooks,
  DutoanError,
  foldText,
  loadPriceBook,
  numberText,
  parseCellRef,
  readSubmissionFromGrid,
  type GridValue,
  type WorkbookGrid,
} from '../../src/index.ts';

const book = loadPriceBook(builtinBooks['mau-2026']!);

describe('foldText', () => {
  it('folds case, diacritics (incl. đ), NFC and NFD alike', () => {
    const nfc = 'Nội dung công việc'.normalize('NFC');
    const nfd = 'Nội dung công việc'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(foldText(nfc)).toBe('noi dung cong viec');
    expect(foldText(nfd)).toBe('noi dung cong viec');
    expect(foldText('  ĐƠN   VỊ TÍNH ')).toBe('don vi tinh');
    expect(foldText('Đơn giá (đồng)')).toBe('don gia dong');
    expect(foldText('Thuế GTGT 10%')).toBe('thue gtgt 10%');
    expect(foldText(null)).toBe('');
  });
});

describe('grid helpers', () => {
  it('numberText removes binary noise without floats leaking', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(16665000)).toBe('16665000');
    expect(numberText(350.5)).toBe('350.5');
    expect(numberText(1e-7)).toBe('0.0000001');
    expect(numberText(-413)).toBe('-413');
  });
  it('parseCellRef reads quoted sheet names and absolute refs', () => {
    expect(parseCellRef("'Dự toán'!$F$40")).toEqual({ sheet: 'Dự toán', row: 40, col: 6 });
    expect(parseCellRef('AB12')).toEqual({ row: 12, col: 28 });
    expect(parseCellRef("'A1'!A1:B2")).toBeNull();
  });
});

/**
 * A hand-made sheet, as a clerk would type it: table starting in column B, unaccented upper-case headers with
 * units in brackets, a column-number row, blank rows, section amounts on the section rows, no VAT row in I,
 * "Cong" rows, typed numbers (no formulas), words in the cell after "Bang chu:".
 *   II: SH.A4 10.000 × 1.111 = 11.110.000; BM.HS 100 × 3.333 = 333.300 → 11.443.300
 *   I:  CL.RL 2 × 8.888.000 = 17.776.000
 *   total 29.219.300
 */
function handMadeGrid(): WorkbookGrid {
  const rows: GridValue[][] = [];
  const put = (r: number, cells: GridValue[]) => (rows[r - 1] = cells);
  put(1, [null, 'UBND XA THU NGHIEM', null, null, 'CONG HOA XA HOI CHU NGHIA VIET NAM']);
  put(2, [null, 'BAN CHI HUY', null, null, 'Doc lap - Tu do - Hanh phuc']);
  put(3, [null, null, null, null, 'Thu Nghiem, ngay 5 thang 4 nam 2026']);
  put(4, []);
  put(5, [null, 'DU TOAN KINH PHI SO HOA NAM 2026']);
  put(6, []);
  put(7, [null, 'TT', 'NOI DUNG CONG VIEC', 'DVT', 'KHOI LUONG', 'DON GIA (dong)', 'THANH TIEN (dong)', 'GHI CHU']);
  put(8, [null, '1', '2', '3', '4', '5', '6=4x5', '7']);
  put(9, []);
  put(10, [null, 'I', 'Chinh ly tai lieu', null, null, null, 17776000]);
  put(11, [null, '1', 'Chinh ly tai lieu roi le chua lap ho so', 'met', 2, 8888000, 17776000, 'QD 356']);
  put(12, []);
  put(13, [null, 'II', 'SO HOA TAI LIEU']);
  put(14, [null, '1', 'So hoa tai lieu kho A4', 'trang', 10000, '1.111', 11110000]);
  put(15, [null, '2', 'Bien muc du lieu cap ho so', 'ho so', 100, 3333, 333300]);
  put(16, [null, null, 'Cong', null, null, null, 11443300]);
  put(17, [null, null, 'Thue GTGT 0%', null, null, null, 0, 'Tu thuc hien']);
  put(18, []);
  put(19, [null, null, 'TONG CONG', null, null, null, 29219300]);
  put(20, [null, 'Bang chu: Hai muoi chin trieu hai tram muoi chin nghin ba tram dong']);
  put(21, []);
  put(22, [null, 'NGUOI LAP BIEU', null, 'KE TOAN', null, 'CHU TICH']);
  put(23, [null, '(Ky, ghi ro ho ten)', null, '(Ky, ghi ro ho ten)', null, '(Ky ten, dong dau)']);
  put(26, [null, 'Nguyen Van A', null, 'Tran Thi B', null, 'Le Van C']);
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { sheets: [{ name: 'Sheet1', values: rows }] };
}

describe('readSubmissionFromGrid — hand-made sheet', () => {
  it('finds the table under unaccented headers and reads every part with its cell', () => {
    const s = readSubmissionFromGrid(handMadeGrid());
    expect(s.kind).toBe('generic');
    expect(s.sheet).toBe('Sheet1');
    expect(s.header.agency).toEqual({ at: { sheet: 'Sheet1', cell: 'B2' }, text: 'BAN CHI HUY' });
    expect(s.header.parentBody?.text).toBe('UBND XA THU NGHIEM');
    expect(s.header.date).toBe('2026-04-05');
    expect(s.sections.map((x) => x.id)).toEqual(['I', 'II']);
    const [I, II] = s.sections;
    expect(I!.lines.map((l) => [l.content.at, l.quantity.value, l.unitPrice.value, l.amount.value])).toEqual([
      [{ sheet: 'Sheet1', cell: 'C11' }, '2', '8888000', '17776000'],
    ]);
    expect(I!.subtotal?.value).toBe('17776000'); // stated on the section row
    expect(I!.vat).toBeNull();
    expect(II!.lines.map((l) => l.unitPrice.value)).toEqual(['1111', '3333']); // "1.111" typed as text
    expect(II!.subtotal?.at).toEqual({ sheet: 'Sheet1', cell: 'G16' });
    expect(II!.vat?.rate.value).toBe('0');
    expect(II!.vat?.basis.text).toBe('Tu thuc hien');
    expect(s.grandTotal?.value).toBe('29219300');
    expect(s.words.text).toBe('Hai muoi chin trieu hai tram muoi chin nghin ba tram dong');
    expect(s.header.signers.head.name).toEqual({ at: { sheet: 'Sheet1', cell: 'F26' }, text: 'Le Van C' });
    expect(s.header.signers.accountant.name.text).toBe('Tran Thi B');
  });

  it('audits it: maps items by name and unit; the only findings are the missing VAT basis of I and the unaccented words', () => {
    const fs = auditSubmission(readSubmissionFromGrid(handMadeGrid()), book);
    // The words are written without diacritics: still read (29.219.300, equal to the total), with a warning.
    expect(fs.map((f) => `${f.code}@${'cell' in f.location ? f.location.cell : ''}:${f.severity}`)).toEqual([
      'VAT_BASIS_MISSING@C10:warning',
      'WORDS_NO_DIACRITICS@B20:warning',
    ]);
    expect(fs[1]!.expected).toBe('Hai mươi chín triệu hai trăm mười chín nghìn ba trăm đồng');
  });

  it('reports a wrong figure at its cell', () => {
    const g = handMadeGrid();
    (g.sheets[0]!.values[14] as GridValue[])[6] = 333000; // G15: 100 × 3.333 = 333.300
    const fs = auditSubmission(readSubmissionFromGrid(g), book).filter((f) => f.severity === 'error');
    expect(fs.map((f) => `${f.code}@${'cell' in f.location ? f.location.cell : ''}`)).toEqual(['ARITHMETIC@G15', 'SUBTOTAL@G16']);
  });

  it('reads NFD text the same as NFC', () => {
    const g = handMadeGrid();
    const nfd = (v: GridValue) => (typeof v === 'string' ? v.normalize('NFD') : v);
    const values = g.sheets[0]!.values.map((r) => (r ?? []).map(nfd));
    const s = readSubmissionFromGrid({ sheets: [{ name: 'Sheet1', values }] });
    expect(s.sections.flatMap((x) => x.lines).length).toBe(3);
  });

  it('does not take "Vật tư…" for a VAT row, nor "Số: …" or "(Kèm theo …)" for the agency', () => {
    const g = handMadeGrid();
    const v = g.sheets[0]!.values as GridValue[][];
    v[1] = [null, 'Số: 12/DT-BCH'];
    v[5] = [null, '(Kèm theo Tờ trình số 3)'];
    v[14] = [null, '2', 'Vật tư văn phòng phẩm', 'gói', 1, 333300, 333300];
    const s = readSubmissionFromGrid(g);
    expect(s.header.agency.text).toBe('UBND XA THU NGHIEM');
    expect(s.sections[1]!.lines.map((l) => l.content.text)).toEqual(['So hoa tai lieu kho A4', 'Vật tư văn phòng phẩm']);
    expect(s.sections[1]!.vat?.label.text).toBe('Thue GTGT 0%');
  });

  it('throws TABLE_NOT_FOUND when no sheet has the table header', () => {
    const grid: WorkbookGrid = { sheets: [{ name: 'Trống', values: [['xin chào']] }] };
    expect(() => readSubmissionFromGrid(grid)).toThrow(DutoanError);
    try {
      readSubmissionFromGrid(grid);
    } catch (e) {
      expect((e as DutoanError).code).toBe('TABLE_NOT_FOUND');
      expect((e as DutoanError).message).toContain('"Trống"');
    }
  });

  it('honours a grid origin (Office.js usedRange not starting at A1) and formulas', () => {
    const g = handMadeGrid();
    const values = g.sheets[0]!.values.map((r) => (r ?? []).slice(1)); // drop column A → origin B1
    const formulas = values.map((r, i) => r.map((_, c) => (i === 10 && c === 5 ? '=E11*F11' : null)));
    const s = readSubmissionFromGrid({ sheets: [{ name: 'S', values, formulas, origin: { row: 1, col: 2 } }] });
    const l = s.sections[0]!.lines[0]!;
    expect(l.amount.at).toEqual({ sheet: 'S', cell: 'G11' });
    expect(l.amount.formula).toBe('E11*F11');
  });
});
