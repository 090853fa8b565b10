import { describe, expect, it } from 'vitest';
import { builtinBooks, computeEstimate, isDutoanError, withUserBaseSalaries, type EstimateInputJson, type PriceBookInput } from '../../src/index.ts';

/**
 * A FICTIONAL book (status sample) whose items state their labour share, computed on 2.340.000 đ/tháng.
 * SH.A4 1.111 đ of which 500 đ labour; CL.RL 8.888.000 đ of which 4.000.000 đ labour; BM.HS states none.
 */
const base = builtinBooks['mau-2026']!;
const withLabour: PriceBookInput = {
  ...base,
  id: 'mau-co-nhan-cong',
  items: base.items.map((it) =>
    it.code === 'SH.A4' ? { ...it, labour: { amount: '500', baseSalary: '2340000' } } : it.code === 'CL.RL' ? { ...it, labour: { amount: '4000000', baseSalary: '2340000' } } : it,
  ),
};
const vat0 = { rate: 0 as const, basis: 'Tự thực hiện' };
const input = (from: string, to: string): EstimateInputJson => ({
  schemaVersion: 1,
  header: { agency: 'ĐƠN VỊ THỬ', date: '2026-04-10' },
  workPeriod: { from, to },
  sections: [
    { id: 'I', vat: vat0, lines: [{ item: 'CL.RL', quantity: 20 }] },
    { id: 'II', vat: vat0, lines: [{ item: 'SH.A4', quantity: '39.500' }, { item: 'BM.HS', quantity: 381 }] },
  ],
});

describe('re-basing the labour share to the base salary of the work period', () => {
  it('work after 01/7/2026: a labelled adjustment line with its arithmetic, added to the subtotal', () => {
    // I : CL.RL 20 × 8.888.000 = 177.760.000 ; labour 20 × 4.000.000 × (2.530.000 − 2.340.000) ÷ 2.340.000
    //     = 15.200.000.000.000 ÷ 2.340.000 = 6.495.726,50 → 6.495.726 ; subtotal 184.255.726
    // II: SH.A4 39.500 × 1.111 = 43.884.500 ; BM.HS 381 × 3.333 = 1.269.873
    //     labour 39.500 × 500 × 190.000 ÷ 2.340.000 = 3.752.500.000.000 ÷ 2.340.000 = 1.603.632,48 → 1.603.632
    //     subtotal 43.884.500 + 1.269.873 + 1.603.632 = 46.758.005 ; BM.HS states no labour → a note
    const e = computeEstimate(input('2026-07-01', '2026-09-30'), withLabour);
    const [I, II] = e.sections;
    expect(I!.rebase!.adjustment!.amount).toBe('6495726');
    expect(I!.subtotal).toBe('184255726');
    expect(I!.rebase!.adjustment!.label).toContain('2.530.000');
    expect(I!.rebase!.adjustment!.label).toContain('161/2026/NĐ-CP');
    expect(I!.rebase!.adjustment!.arithmetic[0]).toBe('CL.RL: 20 × 4.000.000 đ (phần nhân công) × (2.530.000 − 2.340.000) ÷ 2.340.000 = 6.495.726,4957 → 6.495.726 đ');
    expect(II!.rebase!.adjustment!.amount).toBe('1603632');
    expect(II!.subtotal).toBe('46758005');
    expect(II!.rebase!.notes).toHaveLength(1);
    expect(II!.rebase!.notes[0]).toContain('BM.HS');
    expect(II!.rebase!.notes[0]).toContain('không nêu phần chi phí nhân công');
    expect(e.total).toBe(String(184_255_726 + 46_758_005));
    // The lines themselves keep the book's prices.
    expect(II!.lines.map((l) => l.amount)).toEqual(['43884500', '1269873']);
  });

  it('work before 01/7/2026 on a book computed on 2.340.000: nothing to adjust, nothing to say', () => {
    const e = computeEstimate(input('2026-04-15', '2026-06-30'), withLabour);
    expect(e.sections.every((s) => s.rebase === undefined)).toBe(true);
    expect(e.sections[0]!.subtotal).toBe('177760000');
  });

  it('a period across 01/7/2026 is not split by guesswork: a note, and the totals unchanged', () => {
    const e = computeEstimate(input('2026-04-20', '2026-12-31'), withLabour);
    const I = e.sections[0]!;
    expect(I.rebase!.adjustment).toBeUndefined();
    expect(I.rebase!.notes[0]).toContain('2.340.000');
    expect(I.rebase!.notes[0]).toContain('2.530.000');
    expect(I.rebase!.notes[0]).toContain('CL.RL');
    expect(I.subtotal).toBe('177760000');
  });

  it('a book without labour shares says it cannot re-base instead of guessing', () => {
    const e = computeEstimate(input('2026-07-01', '2026-09-30'), base);
    for (const s of e.sections) {
      expect(s.rebase!.adjustment).toBeUndefined();
      expect(s.rebase!.notes[0]).toMatch(/không điều chỉnh được/);
    }
    expect(e.sections[0]!.subtotal).toBe('177760000');
  });

  it('later base salaries come from a user file with a date (status user)', () => {
    // 39.500 × 500 × (2.800.000 − 2.340.000) ÷ 2.340.000 = 9.085.000.000.000 ÷ 2.340.000 = 3.882.478,6 → 3.882.479
    const wage = withUserBaseSalaries({ baseSalaries: [{ from: '2027-07-01', amount: '2.800.000', doc: 'NĐ giả định/2027', where: 'Điều 3' }] });
    const e = computeEstimate(input('2027-08-01', '2027-09-30'), withLabour, { wage });
    expect(e.sections[1]!.rebase!.adjustment!.amount).toBe('3882479');
    expect(e.sections[1]!.rebase!.adjustment!.label).toContain('NĐ giả định/2027');
  });

  it('a user file cannot change a base salary already on record', () => {
    try {
      withUserBaseSalaries({ baseSalaries: [{ from: '2026-07-01', amount: 2600000, doc: 'x', where: 'y' }] });
      expect.unreachable();
    } catch (e) {
      expect(isDutoanError(e) && e.code).toBe('SALARY_CONFLICT');
      expect(String(e)).toContain('161/2026/NĐ-CP');
    }
  });
});
