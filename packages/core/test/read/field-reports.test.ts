/**
 * The reading kit on the patterns of the held-out field reports (wave 3): dotted header abbreviations, price
 * quote headers, an explanation column, totals named by "giá trị … thuế", words labels ending in "bằng chữ".
 * Expectations are the columns and labels as an accountant reads them (written here by hand).
 */
import { describe, expect, it } from 'vitest';
import { headerColumn } from '../../src/read/table-header.ts';
import { isWordsLabel, readSumLabel } from '../../src/read/labels.ts';
import { foldText } from '../../src/util/fold-text.ts';

describe('headerColumn — dotted abbreviations', () => {
  it.each([
    ['Đ.vị', 'unit'],
    ['Đ.v.t', 'unit'],
    ['Đ.V.T', 'unit'],
    ['S.lượng', 'quantity'],
    ['K.lượng', 'quantity'],
    ['Đ.giá', 'price'],
    ['Đ.giá (đồng)', 'price'],
    ['T.tiền', 'amount'],
    ['Th.tiền', 'amount'],
    ['G.chú', 'note'],
    ['Số TT', 'stt'],
    ['Đ/v', 'unit'],
    ['Đ/vị tính', 'unit'],
    ['S/lượng', 'quantity'],
  ])('%s → %s', (t, col) => expect(headerColumn(t)).toBe(col));

  it('does not read a dotted word that is no header as one', () => {
    expect(headerColumn('Q.Đ. số 12')).toBeNull();
    expect(headerColumn('T.P. Lào Cai')).toBeNull();
  });
});

describe('headerColumn — price quotes and explanation columns', () => {
  it.each([
    ['Giá chào (đã bao gồm VAT)', 'price'],
    ['Đơn giá chào (đồng, đã gồm VAT)', 'price'],
    ['Mức giá thuê', 'price'],
    ['Thành tiền chào giá (đồng)', 'amount'],
    ['Tổng giá chào', 'amount'],
    ['Giá trị (đồng)', 'amount'],
    ['Diễn giải khối lượng', 'explanation'],
    ['Cách tính', 'explanation'],
    ['Diễn giải', 'content'],
    ['Hạng mục công việc', 'content'],
  ])('%s → %s', (t, col) => expect(headerColumn(t)).toBe(col));
});

describe('labels — totals and words as typed in the field', () => {
  const f = foldText;
  it('reads "Giá trị trước thuế" / "Giá trị sau thuế" as totals', () => {
    expect(readSumLabel(f('Giá trị trước thuế'))).toEqual({ kind: 'total', sections: null, vat: 'before' });
    expect(readSumLabel(f('Giá trị sau thuế'))).toEqual({ kind: 'total', sections: null, vat: 'after' });
    expect(readSumLabel(f('Kinh phí chưa có thuế'))).toEqual({ kind: 'total', sections: null, vat: 'before' });
    expect(readSumLabel(f('Giá trị hợp đồng'))).toBeNull();
  });
  it('reads a label ending in "bằng chữ" before its colon', () => {
    const t = 'Tổng giá chào bằng chữ: Một trăm triệu đồng';
    expect(isWordsLabel(f(t), t)).toBe(true);
    const u = 'Tổng giá trị (viết bằng chữ): Hai triệu đồng';
    expect(isWordsLabel(f(u), u)).toBe(true);
    const v = 'Giá chào trên đã bao gồm thuế GTGT: xem bằng chữ ở trang sau';
    expect(isWordsLabel(f(v), v)).toBe(false);
  });
});
