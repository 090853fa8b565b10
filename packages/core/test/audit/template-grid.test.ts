import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  auditSubmission,
  builtinBooks,
  computeEstimate,
  loadPriceBook,
  planEstimateWorkbook,
  readSubmissionFromGrid,
  submissionFromEstimate,
  type Finding,
  type GridValue,
  type WorkbookGrid,
  type WorkbookPlan,
} from '../../src/index.ts';

const book = loadPriceBook(builtinBooks['mau-2026']!);
const load = (name: string) => JSON.parse(readFileSync(new URL(`../../../../examples/${name}.json`, import.meta.url), 'utf8'));

/** The layout plan as the grid a renderer would produce (values = cached figures, formulas "=…"), like Office.js reads it back. */
function gridFromPlan(plan: WorkbookPlan): WorkbookGrid {
  return {
    sheets: plan.sheets.map((s) => {
      const values: GridValue[][] = [];
      const formulas: Array<Array<string | null>> = [];
      for (const c of s.cells) {
        (values[c.row - 1] ??= [])[c.col - 1] = c.kind === 'text' ? c.value : Number(c.value);
        (formulas[c.row - 1] ??= [])[c.col - 1] = c.kind === 'formula' ? `=${c.formula}` : null;
      }
      return { name: s.name, values, formulas };
    }),
    names: Object.fromEntries(plan.names.map((n) => [n.name, `'${n.sheet}'!${n.ref}`])),
  };
}
const brief = (fs: Finding[]) => fs.map((f) => `${f.code}@${'cell' in f.location ? f.location.cell : f.location.line}:${f.severity}`);

describe('the standard template (core layout plan) read back through the grid', () => {
  for (const name of ['xa-bao-ha', 'so-van-hoa', 'trung-tam-luu-tru']) {
    it(`${name}: every figure read back equals the computed estimate; only the sample-book warning`, () => {
      const e = computeEstimate(load(name), book);
      const s = readSubmissionFromGrid(gridFromPlan(planEstimateWorkbook(e, { book })));
      expect(s.kind).toBe('template');
      expect(s.sheet).toBe('Dự toán');
      expect(s.header.agency.text).toBe(e.header.agency);
      expect(s.header.date).toBe(e.header.date);
      expect(s.sections.map((x) => x.id)).toEqual(e.sections.map((x) => x.id));
      for (const [i, sec] of e.sections.entries()) {
        const got = s.sections[i]!;
        expect(got.lines.map((l) => [l.itemCode?.text, l.quantity.value, l.unitPrice.value, l.amount.value, l.amount.formula !== null])).toEqual(
          sec.lines.map((l) => [l.item, l.quantity, l.unitPrice, l.amount, true]),
        );
        expect([got.subtotal?.value, got.vat?.rate.value, got.vat?.amount.value, got.vat?.basis.text, got.total?.value]).toEqual([
          sec.subtotal, String(sec.vat.rate), sec.vat.amount, sec.vat.basis, sec.total,
        ]);
      }
      expect(s.grandTotal?.value).toBe(e.total);
      expect(s.rounding?.value ?? '0').toBe(e.rounding.adjustment);
      expect((s.finalAmount ?? s.grandTotal)?.value).toBe(e.finalAmount);
      expect(s.words.text).toBe(e.amountInWords);
      expect(s.book.hash?.text).toBe(e.book.hash);
      expect(Object.values(s.header.signers).map((x) => x.name.text)).toEqual([e.header.signers.preparer, e.header.signers.accountant, e.header.signers.head]);
      expect(brief(auditSubmission(s, book))).toEqual(['SAMPLE_BOOK@A6:warning']);
    });
  }
});

describe('re-basing adjustment rows (điều chỉnh theo lương cơ sở)', () => {
  // A FICTIONAL book whose SH.A4 and CL.RL state their labour share on 2.340.000 đ/tháng (as in the re-basing
  // tests); work after 01/7/2026 adds one adjustment row per section:
  //   I : 20 × 4.000.000 × 190.000 ÷ 2.340.000 = 6.495.726,50 → 6.495.726 ; Cộng 177.760.000 + 6.495.726 = 184.255.726
  //   II: 39.500 × 500 × 190.000 ÷ 2.340.000 = 1.603.632,48 → 1.603.632 ; Cộng 43.884.500 + 1.269.873 + 1.603.632 = 46.758.005
  const base = builtinBooks['mau-2026']!;
  const withLabour = loadPriceBook({
    ...base,
    id: 'mau-co-nhan-cong',
    items: base.items.map((it) =>
      it.code === 'SH.A4' ? { ...it, labour: { amount: '500', baseSalary: '2340000' } } : it.code === 'CL.RL' ? { ...it, labour: { amount: '4000000', baseSalary: '2340000' } } : it,
    ),
  });
  const e = computeEstimate(
    {
      schemaVersion: 1,
      header: { agency: 'ĐƠN VỊ THỬ', date: '2026-04-10', signers: { preparer: 'A', accountant: 'B', head: 'C' } },
      workPeriod: { from: '2026-07-01', to: '2026-09-30' },
      sections: [
        { id: 'I', vat: { rate: 0, basis: 'Tự thực hiện' }, lines: [{ item: 'CL.RL', quantity: 20 }] },
        { id: 'II', vat: { rate: 0, basis: 'Tự thực hiện' }, lines: [{ item: 'SH.A4', quantity: '39.500' }, { item: 'BM.HS', quantity: 381 }] },
      ],
    },
    withLabour,
  );

  it('are read as adjustments counted in Cộng, not as lines; the audit stays clean', () => {
    const s = readSubmissionFromGrid(gridFromPlan(planEstimateWorkbook(e, { book: withLabour })));
    expect(s.sections.map((x) => (x.adjustments ?? []).map((a) => a.amount.value))).toEqual([['6495726'], ['1603632']]);
    expect(s.sections.map((x) => x.lines.length)).toEqual([1, 2]);
    expect(s.sections.map((x) => x.subtotal?.value)).toEqual(['184255726', '46758005']);
    expect(brief(auditSubmission(s, withLabour))).toEqual(['SAMPLE_BOOK@A6:warning']);
  });

  it('a wrong adjustment amount shows in the section Cộng that no longer adds up', () => {
    const grid = gridFromPlan(planEstimateWorkbook(e, { book: withLabour }));
    const s = readSubmissionFromGrid(grid);
    const at = s.sections[0]!.adjustments![0]!.amount.at as { cell: string };
    const row = Number(at.cell.slice(1));
    (grid.sheets[0]!.values[row - 1] as GridValue[])[5] = 6_000_000;
    expect(brief(auditSubmission(readSubmissionFromGrid(grid), withLabour))).toEqual(['SAMPLE_BOOK@A6:warning', `SUBTOTAL@F${row + 1}:error`]);
  });

  it('the JSON estimate path carries them too', () => {
    expect(brief(auditSubmission(submissionFromEstimate(e), withLabour))).toEqual(['SAMPLE_BOOK@sampleLabel:warning']);
  });
});
