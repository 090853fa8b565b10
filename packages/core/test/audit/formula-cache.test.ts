import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  auditSubmission,
  builtinBooks,
  computeEstimate,
  loadPriceBook,
  planEstimateWorkbook,
  planGrid,
  readSubmissionFromGrid,
  recalculateGrid,
  submissionFromEstimate,
  type Finding,
  type GridSheet,
  type WorkbookGrid,
} from '../../src/index.ts';

const book = loadPriceBook(builtinBooks['mau-2026']!);
const estimate = computeEstimate(JSON.parse(readFileSync(new URL('../../../../examples/xa-bao-ha.json', import.meta.url), 'utf8')), book);
const plan = planEstimateWorkbook(estimate);

/** The workbook audit's path: recalculate, read, audit. */
function audit(grid: WorkbookGrid): Finding[] {
  const recalculation = recalculateGrid(grid);
  return auditSubmission({ ...readSubmissionFromGrid(recalculation.grid), recalculation }, book);
}
const brief = (fs: Finding[]) => fs.map((f) => `${f.code} ${f.severity} ${'cell' in f.location ? `${f.location.sheet}!${f.location.cell}` : f.location.line}`);

/** A copy of the grid with one cell of a sheet changed (value and/or formula). */
function withCell(grid: WorkbookGrid, sheet: string, row: number, col: number, value: unknown, formula?: string): WorkbookGrid {
  return {
    ...grid,
    sheets: grid.sheets.map((s): GridSheet => {
      if (s.name !== sheet) return s;
      const values = s.values.map((r) => (r ? [...r] : []));
      const formulas = (s.formulas ?? []).map((r) => (r ? [...r] : []));
      (values[row - 1] ??= [])[col - 1] = value as never;
      if (formula !== undefined) (formulas[row - 1] ??= [])[col - 1] = formula;
      return { ...s, values, formulas };
    }),
  };
}

describe('formula-cache rule: FORMULA_STALE, FORMULA_RECOMPUTED, FORMULA_UNEVALUATED', () => {
  const clean = audit(planGrid(plan));

  it('a clean standard workbook gives no formula finding', () => {
    expect(brief(clean).filter((f) => f.startsWith('FORMULA_'))).toEqual([]);
  });

  it('without cached values (openpyxl): the same findings as with them, plus one info per sheet — no "ô bỏ trống"', () => {
    const r = audit(planGrid(plan, { cached: false }));
    const extra = r.filter((f) => f.code === 'FORMULA_RECOMPUTED');
    expect(brief(extra)).toEqual(['FORMULA_RECOMPUTED info Dự toán!F10']);
    expect(extra[0]!.message).toBe(
      'Sheet "Dự toán": 19 ô công thức không có kết quả lưu sẵn trong tệp (tệp do chương trình không tính công thức ghi ra, ví dụ openpyxl); các giá trị này được tính lại từ công thức để thẩm tra (ô đầu tiên: F10).',
    );
    expect(brief(r.filter((f) => f.code !== 'FORMULA_RECOMPUTED'))).toEqual(brief(clean));
  });

  it('a stale line amount is an error at its cell, with the formula as the accountant sees it', () => {
    // F11 = ROUND(ROUND(D11*E11,4),0) = 20 × 8.888.000 = 177.760.000; its cached value says 177.761.000.
    const r = audit(withCell(planGrid(plan), 'Dự toán', 11, 6, 177_761_000));
    const stale = r.filter((f) => f.code === 'FORMULA_STALE');
    // The section's "Cộng" (F12) caches the true sum, not the sum of the figures shown: it is stale too, as read.
    expect(brief(stale)).toEqual(['FORMULA_STALE error Dự toán!F11', 'FORMULA_STALE error Dự toán!F12']);
    expect(stale[0]!.message).toBe(
      'Ô Dự toán!F11 ghi 177.761.000 nhưng công thức =ROUND(ROUND(D11*E11;4);0) cho 177.760.000: số ghi trong tệp chưa được tính lại theo công thức (hoặc đã bị sửa). Mở tệp bằng Excel, nhấn Ctrl+Alt+F9 để tính lại rồi lưu.',
    );
    expect([stale[0]!.expected, stale[0]!.actual]).toEqual(['177760000', '177761000']);
  });

  it('a stale cell that feeds a figure is an error; one nothing uses is a warning', () => {
    let g = planGrid(plan);
    g = { ...g, sheets: [...g.sheets, { name: 'Phụ', values: [[8_888_000, 5]], formulas: [['=4444000*2', '=1+1']] }] };
    // The price of line 11 now comes from Phụ!A1, whose cached value is right; Phụ!B1 caches 5 for 1+1.
    g = withCell(g, 'Dự toán', 11, 5, 8_888_000, "='Phụ'!A1");
    expect(brief(audit(g).filter((f) => f.code === 'FORMULA_STALE'))).toEqual(['FORMULA_STALE warning Phụ!B1']);
    // Phụ!A1 now shows 8.000.000 for =4444000*2: stale, and an error because the price E11 is read from it
    // (E11 shows 8.888.000 while Phụ!A1 shows 8.000.000: stale as read, too).
    g = withCell(g, 'Phụ', 1, 1, 8_000_000);
    expect(brief(audit(g).filter((f) => f.code === 'FORMULA_STALE'))).toEqual(['FORMULA_STALE error Dự toán!E11', 'FORMULA_STALE error Phụ!A1', 'FORMULA_STALE warning Phụ!B1']);
  });

  it('a formula that cannot be recomputed is said, and never guessed', () => {
    const g = withCell(planGrid(plan, { cached: false }), 'Dự toán', 11, 6, null, '=OFFSET(D11,0,2)');
    const r = audit(g).filter((f) => f.code === 'FORMULA_UNEVALUATED');
    expect(brief(r)).toEqual(['FORMULA_UNEVALUATED warning Dự toán!F11']);
    expect(r[0]!.message).toBe('Không tính lại được công thức ô Dự toán!F11 (=OFFSET(D11;0;2)): dùng hàm chưa được hỗ trợ (OFFSET); tệp không có kết quả ghi sẵn nên giá trị của ô không biết được.');
  });
});

describe('ARITHMETIC_BINARY_HALF: a one-đồng difference only a binary engine explains is info, not an error', () => {
  const line = (amount: string) => {
    const sub = submissionFromEstimate(estimate);
    const l = sub.sections[0]!.lines[0]!;
    return { ...sub, sections: [{ ...sub.sections[0]!, lines: [{ ...l, quantity: { ...l.quantity, value: '38.41' }, unitPrice: { ...l.unitPrice, value: '2340750' }, amount: { ...l.amount, value: amount } }] }] };
  };
  it('38,41 × 2.340.750 = 89.908.207,5: 89.908.207 (LibreOffice\'s ROUND) is info; 89.908.206 is ARITHMETIC', () => {
    const half = auditSubmission(line('89908207'), null).filter((f) => f.code.startsWith('ARITHMETIC'));
    expect(half.map((f) => `${f.code} ${f.severity}`)).toEqual(['ARITHMETIC_BINARY_HALF info']);
    expect(half[0]!.message).toMatch(/^Thành tiền 89\.908\.207 kém 1 đồng so với 38,41 × 2\.340\.750 = 89\.908\.207,5 làm tròn đến đồng \(89\.908\.208\)/);
    expect(auditSubmission(line('89908206'), null).filter((f) => f.code.startsWith('ARITHMETIC')).map((f) => `${f.code} ${f.severity}`)).toEqual(['ARITHMETIC error']);
    expect(auditSubmission(line('89908208'), null).filter((f) => f.code.startsWith('ARITHMETIC'))).toEqual([]);
  });
  it('one đồng less on a product that is not a half is still an error', () => {
    // 12,5 × 1.000 = 12.500 exactly: 12.499 has nothing to do with binary rounding.
    const sub = submissionFromEstimate(estimate);
    const l = sub.sections[0]!.lines[0]!;
    const s = { ...sub, sections: [{ ...sub.sections[0]!, lines: [{ ...l, quantity: { ...l.quantity, value: '12.5' }, unitPrice: { ...l.unitPrice, value: '1000' }, amount: { ...l.amount, value: '12499' } }] }] };
    expect(auditSubmission(s, null).filter((f) => f.code.startsWith('ARITHMETIC')).map((f) => f.code)).toEqual(['ARITHMETIC']);
  });
});
