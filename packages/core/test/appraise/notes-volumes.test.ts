import { describe, expect, it } from 'vitest';
import { appraiseSubmission, auditSubmission, lineRef, builtinBooks, computeEstimate, loadPriceBook, submissionFromEstimate, type NotesVolume } from '../../src/index.ts';
import xaBaoHa from '../../../../examples/xa-bao-ha.json' with { type: 'json' };
import soVanHoa from '../../../../examples/so-van-hoa.json' with { type: 'json' };

/**
 * A quantity the workbook's own Thuyết minh contradicts (APPRAISE_QUANTITY_FROM_NOTES): corrected only where one
 * line can be meant; otherwise not knowable, kept as submitted. Figures by hand from the examples (MẪU book).
 */
const book = loadPriceBook(builtinBooks['mau-2026']!);
const at = { sheet: 'Thuyết minh', cell: 'C6' };
const vol = (key: NotesVolume['key'], unit: NotesVolume['unit'], value: string): NotesVolume => ({ key, unit, value, at });

function appraise(input: unknown, item: string, quantity: string, volumes: NotesVolume[]) {
  const i = structuredClone(input) as { sections: Array<{ lines: Array<{ item: string; quantity: string }> }> };
  for (const s of i.sections) for (const l of s.lines) if (l.item === item) l.quantity = quantity;
  const sub = submissionFromEstimate(computeEstimate(i as never, book));
  return appraiseSubmission(sub, book, auditSubmission(sub, book), [], { volumes });
}
const lineOf = (a: ReturnType<typeof appraise>, code: string) => a.sections.flatMap((s) => s.lines).find((l) => l.item?.code === code)!;

describe('quantities from Thuyết minh', () => {
  it('SH.A4 39.600 against 39.500 trang A4 stated; KT.DL 40.000 = A4 + A3 stated: SH.A4 is appraised at 39.500', () => {
    const a = appraise(xaBaoHa, 'SH.A4', '39.600', [vol('pagesA4', 'trang-a4', '39500'), vol('pagesA3', 'trang-a3', '500')]);
    const l = lineOf(a, 'SH.A4');
    expect(l.quantity).toEqual({ requested: '39600', appraised: '39500' });
    // −100 × 1.111.
    expect(l.amount.difference).toBe('-111100');
    expect(l.reasons.find((r) => r.code === 'APPRAISE_QUANTITY_FROM_NOTES')!.message).toBe(
      'Khối lượng 39.600 của dòng "Số hóa tài liệu (quét, xử lý ảnh, tạo tệp PDF) — trang khổ A4" khác khối lượng 39.500 Trang A4 mà Thuyết minh (Thuyết minh!C6) nêu (các dòng khác cùng đơn vị đều khớp Thuyết minh): thẩm định theo Thuyết minh.',
    );
    expect(lineOf(a, 'KT.DL').amount.difference).toBe('0');
  });

  it('not knowable: without the A3 volume, KT.DL is unexplained too — both trang A4 lines kept as submitted', () => {
    const a = appraise(xaBaoHa, 'SH.A4', '39.600', [vol('pagesA4', 'trang-a4', '39500')]);
    expect(a.total.difference).toBe('0');
    expect(a.sections.flatMap((s) => s.lines).some((l) => l.reasons.some((r) => r.code === 'APPRAISE_QUANTITY_FROM_NOTES'))).toBe(false);
  });

  it('not knowable: two mét giá lines (CL.SB 12,5 + CL.RL 3,75) that no longer add up to 16,25 — kept', () => {
    const a = appraise(soVanHoa, 'CL.SB', '13', [vol('metres', 'met-gia', '16.25')]);
    expect(lineOf(a, 'CL.SB').quantity.appraised).toBe('13');
    expect(a.total.difference).toBe('0');
  });

  it('the appraiser’s quantity decision overrides Thuyết minh', () => {
    const i = structuredClone(xaBaoHa) as { sections: Array<{ lines: Array<{ item: string; quantity: string }> }> };
    for (const s of i.sections) for (const l of s.lines) if (l.item === 'CL.RL') l.quantity = '2';
    const sub = submissionFromEstimate(computeEstimate(i as never, book));
    const line = sub.sections.flatMap((s) => s.lines).find((l) => l.quantity.value === '2')!;
    const a = appraiseSubmission(sub, book, auditSubmission(sub, book), [{ line: lineRef(line), action: 'quantity', value: '19', note: '', source: 'decisions[0]' }], { volumes: [vol('metres', 'met-gia', '20')] });
    expect(lineOf(a, 'CL.RL').quantity.appraised).toBe('19');
  });
});

