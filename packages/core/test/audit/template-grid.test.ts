import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  auditSubmission,
  builtinBooks,
  computeEstimate,
  loadPriceBook,
  planEstimateWorkbook,
  readSubmissionFromGrid,
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
