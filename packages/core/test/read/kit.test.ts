import { describe, expect, it } from 'vitest';
import { readUnit, unitAccepts } from '../../src/read/units.ts';
import { isDateLine, readDateCell, readDateText } from '../../src/read/dates.ts';
import { isVatLabel, readNumbering, readSumLabel, isWordsLabel, isRoundingLabel, isFinalLabel } from '../../src/read/labels.ts';
import { foldText } from '../../src/util/fold-text.ts';
import { headerColumn } from '../../src/read/table-header.ts';
import { SheetCells } from '../../src/read/cells.ts';

describe('readUnit — the spellings people type', () => {
  it.each([
    ['Mét giá', 'met-gia'],
    ['m', 'met-gia'],
    ['md', 'met-gia'],
    ['mét', 'met-gia'],
    ['M.', 'met-gia'],
    ['Trang A4', 'trang-a4'],
    ['tr', 'trang-a4'],
    ['trang', 'trang-a4'],
    ['Trang/A4', 'trang-a4'],
    ['Trang A3', 'trang-a3'],
    ['HS', 'ho-so'],
    ['hồ sơ', 'ho-so'],
    ['VB', 'van-ban'],
    ['Văn bản', 'van-ban'],
    ['Phông', 'phong'],
    ['HỘP', 'hop'],
    ['chuyến', 'chuyen'],
    ['Lần', 'lan'],
  ])('%s → %s', (t, code) => {
    expect(readUnit(t).code).toBe(code);
  });
  it('an unknown unit is read as written, with no code', () => {
    expect(readUnit(' Cái ')).toEqual({ text: 'Cái', code: null, anyPageSize: false, known: true });
    expect(readUnit('xyz')).toEqual({ text: 'xyz', code: null, anyPageSize: false, known: false });
    expect(readUnit('').code).toBeNull();
  });
  it('"trang" alone is accepted for every page size', () => {
    expect(unitAccepts(readUnit('trang'), 'trang-a3')).toBe(true);
    expect(unitAccepts(readUnit('Trang A4'), 'trang-a3')).toBe(false);
    expect(unitAccepts(readUnit('m'), 'met-gia')).toBe(true);
  });
});

describe('header names', () => {
  it('a spending rate is the price; a slash between two names of one column; two columns in one header are neither', () => {
    expect(headerColumn('Mức chi (đồng)')).toBe('price');
    expect(headerColumn('Khối lượng/Số lượng')).toBe('quantity');
    expect(headerColumn('Đơn giá/Mức chi')).toBe('price');
    expect(headerColumn('Thành tiền / Kinh phí (đồng)')).toBe('amount');
    expect(headerColumn('Đơn giá (đồng/trang)')).toBe('price');
    expect(headerColumn('Đơn giá/Thành tiền')).toBeNull();
    // A slashed abbreviation is still one ("Đ/v" = đơn vị).
    expect(headerColumn('Đ/v')).toBe('unit');
    expect(headerColumn('Số thứ tự')).toBe('stt');
    expect(headerColumn('Căn cứ')).toBe('note');
  });
});

describe('dates', () => {
  it('reads the place-and-date line and numeric dates', () => {
    expect(readDateText('Lào Cai, ngày 10 tháng 4 năm 2026')).toBe('2026-04-10');
    expect(readDateText('Bảo Hà, ngày 08 tháng 04 năm 2026')).toBe('2026-04-08');
    expect(readDateText('ngày 10/4/2026')).toBe('2026-04-10');
    expect(readDateText('10/4/2026')).toBe('2026-04-10');
    expect(readDateText('10-04-2026')).toBe('2026-04-10');
    expect(readDateText('10.4.2026')).toBe('2026-04-10');
    expect(readDateText('2026-04-10')).toBe('2026-04-10');
    expect(readDateText('Lào Cai, ngày … tháng … năm 2026')).toBeNull();
    expect(readDateText('ngày 31 tháng 2 năm 2026')).toBeNull();
    expect(isDateLine('Lào Cai, ngày … tháng … năm 2026')).toBe(true);
  });
  it('reads Excel serials only in date-formatted cells', () => {
    expect(readDateCell(46122, { numberFormat: 'dd/mm/yyyy' })).toBe('2026-04-10');
    expect(readDateCell(46122)).toBeNull();
    expect(readDateCell(new Date(Date.UTC(2026, 3, 10)))).toBe('2026-04-10');
  });
});

describe('labels', () => {
  const f = foldText;
  it('numbering: roman, letters, digits, bullets; not the first letter of a word', () => {
    expect(readNumbering('II')).toMatchObject({ style: 'roman', value: 2 });
    expect(readNumbering('III.')).toMatchObject({ style: 'roman', value: 3 });
    expect(readNumbering('B')).toMatchObject({ style: 'letter', value: 2 });
    expect(readNumbering('A.')).toMatchObject({ style: 'letter', value: 1 });
    expect(readNumbering('2.3')).toMatchObject({ style: 'digits', depth: 2, value: 3 });
    expect(readNumbering('1.')).toMatchObject({ style: 'digits', depth: 1, value: 1 });
    expect(readNumbering('Phần II')).toMatchObject({ style: 'roman', value: 2 });
    expect(readNumbering('-')).toMatchObject({ style: 'bullet' });
    expect(readNumbering('In ấn tài liệu')).toBeNull();
    expect(readNumbering('Chỉnh lý')).toBeNull();
  });
  it('sum labels and what they name', () => {
    expect(readSumLabel(f('Cộng'))).toEqual({ kind: 'subtotal', sections: null, vat: null });
    expect(readSumLabel(f('Cộng phần II'))).toEqual({ kind: 'subtotal', sections: ['II'], vat: null });
    expect(readSumLabel(f('Cộng I'))).toEqual({ kind: 'subtotal', sections: ['I'], vat: null });
    expect(readSumLabel(f('Cộng phần I (gồm thuế)'))).toEqual({ kind: 'subtotal', sections: ['I'], vat: 'after' });
    expect(readSumLabel(f('Tổng cộng (I+II)'))).toEqual({ kind: 'total', sections: ['I', 'II'], vat: null });
    expect(readSumLabel(f('TỔNG CỘNG (I + II + III)'))).toEqual({ kind: 'total', sections: ['I', 'II', 'III'], vat: null });
    expect(readSumLabel(f('TỔNG CỘNG'))).toEqual({ kind: 'total', sections: null, vat: null });
    expect(readSumLabel(f('Tổng cộng trước thuế'))).toEqual({ kind: 'total', sections: null, vat: 'before' });
    expect(readSumLabel(f('Tổng cộng sau thuế'))).toEqual({ kind: 'total', sections: null, vat: 'after' });
    expect(readSumLabel(f('Tổng thuế GTGT'))).toEqual({ kind: 'total', sections: null, vat: 'vat' });
    expect(readSumLabel(f('Tổng kinh phí'))).toEqual({ kind: 'total', sections: null, vat: null });
    expect(readSumLabel(f('Tổng'))).toEqual({ kind: 'total', sections: null, vat: null });
    expect(readSumLabel(f('Cộng hòa xã hội chủ nghĩa Việt Nam'))).toBeNull();
    expect(readSumLabel(f('Tổng hợp, báo cáo kết quả'))).toBeNull();
    expect(readSumLabel(f('Chỉnh lý tài liệu'))).toBeNull();
    // "Tổng" and nothing but section numbers: one section's total (its VAT included when it has one), or several.
    expect(readSumLabel(f('Tổng II'))).toEqual({ kind: 'subtotal', sections: ['II'], vat: null });
    expect(readSumLabel(f('Tổng phần 2'))).toEqual({ kind: 'subtotal', sections: ['2'], vat: null });
    expect(readSumLabel(f('Tổng I + II'))).toEqual({ kind: 'total', sections: ['I', 'II'], vat: null });
    expect(readSumLabel(f('Tổng II (gồm thuế)'))).toEqual({ kind: 'subtotal', sections: ['II'], vat: 'after' });
    expect(readSumLabel(f('Tổng 2 lần kiểm tra'))).toBeNull();
  });
  it('VAT, rounding, final, words labels', () => {
    expect(isVatLabel(f('Thuế GTGT 10%'))).toBe(true);
    expect(isVatLabel(f('Thuế giá trị gia tăng (8%)'))).toBe(true);
    expect(isVatLabel(f('VAT 8%'))).toBe(true);
    expect(isVatLabel(f('Vật tư văn phòng phẩm'))).toBe(false);
    expect(isVatLabel(f('Tổng cộng (đã bao gồm thuế GTGT)'))).toBe(false);
    expect(isRoundingLabel(f('Làm tròn'))).toBe(true);
    expect(isRoundingLabel(f('Tổng kinh phí sau làm tròn'))).toBe(false);
    expect(isFinalLabel(f('Tổng kinh phí sau làm tròn'))).toBe(true);
    expect(isWordsLabel(f('Bằng chữ: một trăm đồng'))).toBe(true);
    expect(isWordsLabel(f('(Bằng chữ: một trăm đồng)'))).toBe(true);
    expect(isWordsLabel(f('Số tiền bằng chữ:'))).toBe(true);
  });
});

describe('SheetCells', () => {
  it('reads merged cells from their first cell, knows hidden rows and number formats', () => {
    const s = new SheetCells({
      name: 'S',
      values: [['Trong đó', null], ['Nhân công', 'Vật tư']],
      merges: ['A1:B1'],
      hiddenRows: [2],
      numberFormats: [[undefined, '#,##0']],
    });
    expect(s.text(1, 2)).toBe('');
    expect(s.mergedText(1, 2)).toBe('Trong đó');
    expect(s.isHiddenRow(2)).toBe(true);
    expect(s.numberFormat(1, 2)).toBe('#,##0');
    expect(s.at(2, 2)).toEqual({ sheet: 'S', cell: 'B2' });
  });
});
