import { builtinBooks, computeEstimate, loadPriceBook, type Estimate, type PriceBook } from '../../src/index.ts';

/**
 * A FICTIONAL book (status sample) whose items CL.RL and CL.SB state a labour share of 1.000 đ per mét giá and SH.A4
 * of 500 đ per page, priced on 2.340.000 đ; and an estimate for work after 01/7/2026 (2.530.000 đ) whose re-basing
 * amounts include exact halves:
 *   CL.RL 0,117 m   : 0,117 × 1.000 × (2.530.000 − 2.340.000) ÷ 2.340.000 = 9,5      → 10
 *   CL.SB 12,987 m  : 12,987 × 1.000 × 190.000 ÷ 2.340.000                = 1.054,5  → 1.055
 *   SH.A4 39.500 tr : 39.500 × 500 × 190.000 ÷ 2.340.000                  = 1.603.632,48… → 1.603.632
 * (BM.HS states no labour share: a note, no adjustment.) Shared by the core, add-in and LibreOffice tests.
 */
export function labourBookEstimate(): { book: PriceBook; estimate: Estimate } {
  const base = builtinBooks['mau-2026']!;
  const labour: Record<string, string> = { 'CL.RL': '1000', 'CL.SB': '1000', 'SH.A4': '500' };
  const book = loadPriceBook({ ...base, id: 'mau-co-nhan-cong', items: base.items.map((it) => (labour[it.code] ? { ...it, labour: { amount: labour[it.code]!, baseSalary: '2340000' } } : it)) });
  const vat0 = { rate: 0 as const, basis: 'Tự thực hiện' };
  const estimate = computeEstimate(
    {
      schemaVersion: 1,
      header: { agency: 'ĐƠN VỊ THỬ', date: '2026-04-10' },
      workPeriod: { from: '2026-07-01', to: '2026-09-30' },
      sections: [
        { id: 'I', vat: vat0, lines: [{ item: 'CL.RL', quantity: '0,117' }, { item: 'CL.SB', quantity: '12,987' }] },
        { id: 'II', vat: vat0, lines: [{ item: 'BM.HS', quantity: 381 }, { item: 'SH.A4', quantity: '39.500' }] },
      ],
    },
    book,
  );
  return { book, estimate };
}
