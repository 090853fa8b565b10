/**
 * A hand-made table with a visible "Mã" column and an item of several levels (mức), the content naming none of
 * them — the level written elsewhere, as agencies do. Prices of examples/books/mau-40-hang-muc.json (MẪU): NL.TR
 * "Trường số, ký hiệu" 121, "Trường trích yếu nội dung" 343, "Trường ngày tháng văn bản" 101, "Trường tác giả văn
 * bản" 131 đ/trường. 1.000 trường × 343 = 343.000.
 * (Our standard workbook names the level in the content; a level it names that the book lacks is test/book-version.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditSubmission, loadPriceBook, readSubmissionFromGrid, type Finding } from '../../src/index.ts';
import { frame, SheetBuilder } from '../read/grid-builder.ts';

const book = loadPriceBook(JSON.parse(readFileSync(new URL('../../../../examples/books/mau-40-hang-muc.json', import.meta.url), 'utf8')));
const at = (f: Finding) => ('cell' in f.location ? f.location.cell : f.location.line);

function table(content: string, price: number) {
  const b = frame(new SheetBuilder('Dự toán'), 14);
  b.row(7, ['STT', 'Mã', 'Nội dung công việc', 'Đơn vị tính', 'Khối lượng', 'Đơn giá', 'Thành tiền']);
  b.row(8, ['I', '', 'Số hóa tài liệu']);
  b.row(9, ['1', 'NL.TR', content, 'Trường', 1000, price]).put('G9', 1000 * price, '=E9*F9');
  b.put('C10', 'Cộng').put('G10', 1000 * price, '=SUM(G9:G9)');
  b.put('C11', 'Tổng cộng').put('G11', 1000 * price, '=G10');
  const sub = readSubmissionFromGrid({ sheets: [b.build()] }, { book });
  const findings = auditSubmission(sub, book);
  const of = (code: string) => findings.filter((f) => f.code === code).map((f) => `${f.severity}@${at(f)}`);
  return { sub, findings, of };
}

describe('a code of several levels whose level the line does not name (hand-made table)', () => {
  it('the price 343 is one level\'s only: that level, said as an inference (ITEM_MATCHED), no error', () => {
    const t = table('Nhập dữ liệu đặc tả theo trường', 343);
    expect(t.sub.kind).toBe('generic');
    expect(t.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(t.of('ITEM_MATCHED')).toEqual(['info@C9']);
    expect(t.findings.find((f) => f.code === 'ITEM_MATCHED')!.params).toMatchObject({ code: 'NL.TR', name: 'Nhập dữ liệu đặc tả theo trường (Trường trích yếu nội dung)' });
  });

  it('the price 999 is no level\'s: whichever is meant the price is wrong (PRICE_MISMATCH naming the four), and the levels are named', () => {
    const t = table('Nhập dữ liệu đặc tả theo trường', 999);
    expect(t.of('PRICE_MISMATCH')).toEqual(['error@F9']);
    expect(t.findings.find((f) => f.code === 'PRICE_MISMATCH')!.params).toMatchObject({ item: 'NL.TR', actual: '999', expected: '121 / 343 / 101 / 131' });
    expect(t.of('ITEM_AMBIGUOUS')).toEqual(['warning@C9']);
    expect(t.of('UNKNOWN_ITEM')).toEqual([]);
  });
});
