/**
 * Issue 13, item 4: a section given without lines is filled from the survey volumes, by unit, with items of the
 * chosen book only — and never by a guess between alternatives. Figures computed by hand from the MẪU prices of
 * mau-2026 (packages/core/src/data/books/mau-2026.ts): CL.RL 8.888.000 đ/mét giá, SH.A4 1.111 đ/trang, SH.A3
 * 2.222, BM.HS 3.333 đ/hồ sơ, BM.VB 555 đ/văn bản, KS.KH 5.555.000 đ/phông, VT.HOP 44.444 đ/hộp.
 */
import { describe, expect, it } from 'vitest';
import { problems } from '../support/problems.ts';
import { builtinBooks, computeEstimate, loadPriceBook, renderError, type PriceBook } from '../../src/index.ts';

const mau = loadPriceBook(builtinBooks['mau-2026']!);
/** mau-2026 without the alternatives CL.SB (section I, mét giá) and KT.DL (section II, trang A4). */
const single: PriceBook = loadPriceBook({ ...mau, id: 'mau-thu', items: mau.items.filter((i) => i.code !== 'CL.SB' && i.code !== 'KT.DL') });
const vat = { rate: 0, basis: 'MẪU: không chịu thuế' } as const;
const volumes = { metres: '20', pagesA4: '39.500', pagesA3: '500', files: '381', documents: '1.200', fonds: 1, surveyed: true };
const input = (sections: unknown[], v: unknown = volumes) => ({ schemaVersion: 1, header: { agency: 'ĐƠN VỊ THỬ', date: '2026-04-10' }, volumes: v, sections });

describe('lines from the survey volumes, by unit', () => {
  it('fills each section without lines from the volume of its items\' unit, says so in Ghi chú; listed lines stay', () => {
    const e = computeEstimate(
      input([
        { id: 'I', vat },
        { id: 'II', vat },
        { id: 'III', vat, lines: [{ item: 'VT.HOP', quantity: '160' }] },
      ]),
      single,
    );
    const brief = e.sections.map((s) => s.lines.map((l) => `${l.item} ${l.quantity} × ${l.unitPrice} = ${l.amount}`));
    expect(brief).toEqual([
      ['CL.RL 20 × 8888000 = 177760000'], // 20 × 8.888.000
      [
        'SH.A4 39500 × 1111 = 43884500', // 39.500 × 1.111
        'SH.A3 500 × 2222 = 1111000',
        'BM.HS 381 × 3333 = 1269873', // 381 × 3.333
        'BM.VB 1200 × 555 = 666000',
      ],
      ['VT.HOP 160 × 44444 = 7111040'], // listed, not filled (and no fonds line added to it)
    ]);
    expect(e.sections.map((s) => s.subtotal)).toEqual(['177760000', '46931373', '7111040']); // 43.884.500 + 1.111.000 + 1.269.873 + 666.000
    expect(e.total).toBe('231802413'); // 177.760.000 + 46.931.373 + 7.111.040
    expect(e.sections[0]!.lines[0]!.note.endsWith('mã CL.RL. Khối lượng lấy từ số mét giá khảo sát')).toBe(true);
    expect(e.sections[1]!.lines.map((l) => l.note.split('. ').at(-1))).toEqual([
      'Khối lượng lấy từ số trang A4 khảo sát',
      'Khối lượng lấy từ số trang A3 khảo sát',
      'Khối lượng lấy từ số hồ sơ khảo sát',
      'Khối lượng lấy từ số văn bản khảo sát',
    ]);
  });

  it('section III without lines: the survey line per phông from the fonds; boxes, transport are not volumes', () => {
    const e = computeEstimate(input([{ id: 'III', vat }]), single);
    expect(e.sections[0]!.lines.map((l) => `${l.item} ${l.quantity} = ${l.amount}`)).toEqual(['KS.KH 1 = 5555000']);
  });

  it('a volume several items of the section share is not guessed: one message each, at the section\'s lines', () => {
    const f = () => computeEstimate(input([{ id: 'I', vat }, { id: 'II', vat }]), mau);
    expect(problems(f)).toEqual(['sections[0].lines LINES_FROM_VOLUMES_AMBIGUOUS', 'sections[1].lines LINES_FROM_VOLUMES_AMBIGUOUS']);
    try {
      f();
    } catch (err) {
      const issues = (err as { issues: Array<{ message: string }> }).issues;
      expect(issues[0]!.message).toBe(
        'Phần I không liệt kê dòng; khối lượng khảo sát 20 mét giá ứng với nhiều hạng mục của bảng đơn giá ("CL.RL", "CL.SB"): liệt kê các dòng của phần này (mã hạng mục, mức, khối lượng).',
      );
      expect(issues[1]!.message).toContain('39.500 trang A4');
      expect(issues[1]!.message).toContain('("SH.A4", "KT.DL")');
      expect(renderError(err as never, 'en')).toContain('Section I lists no lines; the survey volume 20 shelf metre fits several items');
    }
  });

  it('levels of one code are alternatives too: not filled', () => {
    const levels = loadPriceBook({
      ...single,
      id: 'mau-muc',
      items: single.items.flatMap((i) => (i.code === 'CL.RL' ? [{ ...i, variant: 'Mức 1' }, { ...i, variant: 'Mức 2', price: '9999000' }] : [i])),
    });
    expect(problems(() => computeEstimate(input([{ id: 'I', vat }]), levels))).toEqual(['sections[0].lines LINES_FROM_VOLUMES_AMBIGUOUS']);
  });

  it('no volume for the section: LINES_FROM_VOLUMES_NONE; an empty list is still SECTION_NO_LINES', () => {
    expect(problems(() => computeEstimate(input([{ id: 'I', vat }], {}), single))).toEqual(['sections[0].lines LINES_FROM_VOLUMES_NONE']);
    expect(problems(() => computeEstimate(input([{ id: 'I', vat }], { pagesA4: '100' }), single))).toEqual(['sections[0].lines LINES_FROM_VOLUMES_NONE']);
    expect(problems(() => computeEstimate(input([{ id: 'I', vat, lines: [] }]), single))).toEqual(['sections[0].lines SECTION_NO_LINES']);
  });
});
