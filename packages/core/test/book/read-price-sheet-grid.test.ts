// readPriceSheetFromGrid: the price sheet (phiếu nhập đơn giá) read from core's plain grid — what both the
// exceljs adapter and the Excel add-in (Office.js ranges) hand it. The grids here are typed by hand.
import { describe, expect, it } from 'vitest';
import { archivalItems, bookHash, isDutoanError, readPriceSheetFromGrid, unitLabel, type GridValue, type WorkbookGrid } from '../../src/index.ts';

const headers = ['STT', 'Phần', 'Mã hạng mục', 'Nội dung công việc', 'Mức / biến thể', 'Đơn vị tính', 'Đơn giá theo quyết định (đồng)', 'Vị trí trong quyết định'];

/** A sheet as a user fills it: the header in row 6, then one row per catalogue item with price 1000 × row. */
function grid(opts: { sample: boolean; price?: (row: number) => GridValue; formulaAt?: string }): WorkbookGrid {
  const info: GridValue[][] = [
    ['Thông tin bảng đơn giá'],
    [],
    [],
    ['Mã bảng đơn giá', 'tinh-x-2026'],
    ['Tên bảng đơn giá', 'Đơn giá lưu trữ tỉnh X năm 2026'],
    ['Cơ quan ban hành', 'UBND tỉnh X'],
    ['Số quyết định', opts.sample ? '' : '12/2026/QĐ-UBND'],
    ['Ngày ký quyết định', opts.sample ? '' : '15/01/2026'],
    // an Excel date serial, as Office.js returns a date cell: 46023 = 2026-01-01 (46023 − 45658 [2025-01-01] = 365)
    ['Hiệu lực từ ngày', 46023],
    ['Địa bàn áp dụng', 'Tỉnh X'],
    ['Dữ liệu MẪU (ghi x nếu là số hư cấu)', opts.sample ? 'x' : ''],
  ];
  const prices: GridValue[][] = [['PHIẾU NHẬP ĐƠN GIÁ'], [], [], [], [], headers];
  archivalItems.forEach((item, i) => {
    const row = 7 + i;
    prices.push([i + 1, item.section, item.code, item.name, null, unitLabel(item.unit), opts.price ? opts.price(row) : 1000 * row, `Phụ lục, dòng ${i + 1}`]);
  });
  const formulas: Array<Array<string | undefined>> = [];
  if (opts.formulaAt) formulas[Number(opts.formulaAt.slice(1)) - 1] = Object.assign([], { 6: '=1+1' });
  return { sheets: [{ name: 'Thông tin', values: info }, { name: 'Đơn giá', values: prices, formulas }] };
}

describe('readPriceSheetFromGrid', () => {
  it('a valid user sheet: every item priced as typed, decision and serial date read, status "user", hash stamped', () => {
    const book = readPriceSheetFromGrid(grid({ sample: false }));
    expect(book.status).toBe('user');
    expect(book.id).toBe('tinh-x-2026');
    expect(book.decision).toEqual({ number: '12/2026/QĐ-UBND', date: '2026-01-15' });
    expect(book.effective.from).toBe('2026-01-01');
    expect(book.items).toHaveLength(archivalItems.length);
    // the first item sits in row 7 → 7.000 đ; the third in row 9 → 9.000 đ
    expect(book.items[0]!.price).toBe('7000');
    expect(book.items[2]!.price).toBe('9000');
    expect(book.items[0]!.provenance.status).toBe('user');
    expect(bookHash(book)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('a sheet marked MẪU stays a sample book', () => {
    const book = readPriceSheetFromGrid(grid({ sample: true }));
    expect(book.status).toBe('sample');
    expect(book.title).toMatch(/^MẪU — /);
    expect(book.decision).toBeNull();
  });

  it('an invalid cell is reported at its Sheet!Cell, all problems at once', () => {
    // row 8: "1,234.5" is ambiguous in Vietnamese; row 9: zero; row 10: a formula where a figure is typed
    const g = grid({ sample: false, price: (r) => (r === 8 ? '1,234.5' : r === 9 ? 0 : 1000 * r), formulaAt: 'r10' });
    try {
      readPriceSheetFromGrid(g, { file: 'so-dang-mo' });
      expect.unreachable();
    } catch (e) {
      if (!isDutoanError(e)) throw e;
      expect(e.code).toBe('PRICE_SHEET_INVALID');
      expect(e.message).toContain('so-dang-mo');
      const paths = e.issues.map((i) => i.path);
      expect(paths).toEqual(['Đơn giá!G8', 'Đơn giá!G9', 'Đơn giá!G10']);
      expect(e.issues[2]!.message).toMatch(/công thức/i);
    }
  });

  it('a workbook without the sheets says which sheet is missing', () => {
    expect(() => readPriceSheetFromGrid({ sheets: [{ name: 'Sheet1', values: [] }] })).toThrow(/Không có sheet|bảng đơn giá/);
    try {
      readPriceSheetFromGrid({ sheets: [{ name: 'Sheet1', values: [] }] });
    } catch (e) {
      if (!isDutoanError(e)) throw e;
      expect(e.issues.map((i) => i.message).join('\n')).toContain('"Thông tin"');
      expect(e.issues.map((i) => i.message).join('\n')).toContain('"Đơn giá"');
    }
  });
});
