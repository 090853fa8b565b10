// Lập dự toán / Kiểm tra / Ghi bằng chữ end to end against the fake Excel host (Node). The fake evaluates the
// written formulas itself, so it acts as an independent engine: every formula cell must compute, in the fake,
// the figure core computed (the plan's cached value).
import { auditSubmission, builtinBooks, computeEstimate, loadPriceBook, planEstimateSheet, planEstimateWorkbook, readSubmissionFromGrid, type Estimate, type EstimateInputJson, type Finding, type WorkbookGrid } from '@dutoan/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellAddress } from '../src/office/a1.ts';
import { createOps } from '../src/office/operations.ts';
import { MARK_FILL, MARKS_NAME, parseUnion, unionFormula } from '../src/office/check-workbook.ts';
import { FakeExcelHost, fakeRun } from './fake-office/index.ts';
import { estimateToInput, formToInput, inputToForm } from '../src/taskpane/form.ts';

const repo = join(import.meta.dirname, '..', '..', '..');
const book = loadPriceBook(builtinBooks['mau-2026']!);
const example = (name: string) => JSON.parse(readFileSync(join(repo, 'examples', `${name}.json`), 'utf8')) as EstimateInputJson;

function withLines(n: number): EstimateInputJson {
  const items = ['SH.A4', 'SH.A3', 'BM.HS', 'BM.VB', 'KT.DL'];
  return {
    schemaVersion: 1,
    header: { agency: 'ĐO SỐ LẦN ĐỒNG BỘ', date: '2026-04-10' },
    sections: [{ id: 'II', vat: { rate: 8, basis: 'Nhà thầu nộp thuế GTGT' }, lines: Array.from({ length: n }, (_, i) => ({ item: items[i % 5]!, quantity: String(100 + i) })) }],
    rounding: { toThousand: true },
  };
}

describe('Lập dự toán through the fake host', () => {
  for (const name of ['xa-bao-ha', 'so-van-hoa', 'trung-tam-luu-tru']) {
    it(`writes exactly core's layout plan for ${name}, and the host computes every total to the đồng`, async () => {
      const estimate = computeEstimate(example(name), book);
      const host = new FakeExcelHost();
      const r = await createOps(fakeRun(host)).fillEstimate(estimate);
      expect(r.syncs).toBeLessThanOrEqual(3);
      expect(host.syncs.length).toBe(r.syncs);
      const { sheet, names } = planEstimateSheet(estimate);
      const snap = host.state.snapshot(r.sheetName);
      for (const c of sheet.cells) {
        const got = snap.cells[c.address];
        if (c.kind === 'text' && c.value === '') {
          expect(got?.value ?? null, c.address).toBeNull();
          continue;
        }
        expect(got, c.address).toBeDefined();
        if (c.kind === 'formula') {
          expect(got!.formula, c.address).toBe(`=${c.formula}`);
          expect(got!.computed, `${c.address} = ${c.formula}`).toBe(Number(c.value));
        } else if (c.kind === 'number') {
          expect(got!.value, c.address).toBe(Number(c.value));
        } else {
          expect(got!.value, c.address).toBe(c.value);
          expect(got!.formula, c.address).toBeNull();
        }
      }
      // nothing written that the plan does not have
      const planned = new Set(sheet.cells.map((c) => c.address));
      for (const [addr, cell] of Object.entries(snap.cells)) if (cell.value !== null || cell.formula !== null) expect(planned.has(addr), addr).toBe(true);
      expect([...snap.merges].sort()).toEqual([...sheet.merges].sort());
      const wbPlan = planEstimateWorkbook(estimate, { book });
      expect(names.every((n) => wbPlan.names.some((m) => m.name === n.name))).toBe(true);
      const expectedNames = Object.fromEntries(wbPlan.names.map((n) => [n.name, `'${n.sheet}'!${n.ref.replace(/\$/g, '')}`]));
      expect(host.state.workbookNames()).toEqual(expectedNames);
      // the whole standard workbook: the companions, the machine-readable sheet hidden, "Dự toán" active
      expect(r.sheetNames).toEqual(wbPlan.sheets.map((s) => s.name));
      expect(host.state.sheets.map((s) => [s.name, s.visibility])).toEqual([['Sheet1', 'Visible'], ...wbPlan.sheets.map((s) => [s.name, s.state === 'hidden' ? 'Hidden' : 'Visible'])]);
      expect(host.state.activeSheet).toBe('Dự toán');
      expect(snap.protected).toBe(true);
      expect(snap.hiddenCols).toEqual([7, 8]); // H and I: item code and variant
      expect(snap.frozenRows).toBe(sheet.frozenRows);
    });
  }

  it('uses the same number of syncs for 10 and for 5,000 lines (≤ 3), each request under 5 MB', async () => {
    const counts: number[] = [];
    for (const n of [10, 5000]) {
      const host = new FakeExcelHost();
      await createOps(fakeRun(host)).fillEstimate(computeEstimate(withLines(n), book));
      counts.push(host.syncs.length);
      for (const s of host.syncs) expect(s.requestBytes).toBeLessThan(5 * 1024 * 1024);
      expect(host.syncs.some((s) => s.calcSuspended && s.ops.some((o) => o.kind === 'formulas'))).toBe(true);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  it('neutralises formula injection in the agency name and notes', async () => {
    const input = example('xa-bao-ha');
    input.header.agency = '=HYPERLINK("http://evil.example","Bấm")';
    input.sections[0]!.lines![0]!.note = '@SUM(1+1)';
    const estimate = computeEstimate(input, book);
    const host = new FakeExcelHost();
    const r = await createOps(fakeRun(host)).fillEstimate(estimate);
    const snap = host.state.snapshot(r.sheetName);
    const formulas = Object.entries(snap.cells).filter(([, c]) => c.formula !== null).map(([, c]) => c.formula!);
    expect(formulas.some((f) => f.includes('HYPERLINK') || f.includes('SUM(1+1)'))).toBe(false);
    expect(Object.values(snap.cells).some((c) => c.value === '=HYPERLINK("http://evil.example","Bấm")')).toBe(true);
  });
});

/** Core's own view of its plan: the grid an ideal renderer would produce (cached values, formulas, names). */
function planGrid(estimate: Estimate): WorkbookGrid {
  const { sheet, names } = planEstimateSheet(estimate);
  const values: Array<Array<string | number | null>> = [];
  const formulas: Array<Array<string | number | null>> = [];
  for (const c of sheet.cells) {
    const v = c.kind === 'text' ? c.value : Number(c.value);
    (values[c.row - 1] ??= [])[c.col - 1] = v;
    (formulas[c.row - 1] ??= [])[c.col - 1] = c.kind === 'formula' ? `=${c.formula}` : v;
  }
  return { sheets: [{ name: sheet.name, values, formulas }], names: Object.fromEntries(names.map((n) => [n.name, `'${n.sheet}'!${n.ref}`])) };
}
const brief = (fs: Finding[]) => fs.map((f) => `${f.code} ${f.severity} ${'cell' in f.location ? f.location.cell : f.location.line}`);

describe('Kiểm tra and Ghi bằng chữ through the fake host', () => {
  async function filled() {
    const estimate = computeEstimate(example('xa-bao-ha'), book);
    const host = new FakeExcelHost();
    const ops = createOps(fakeRun(host));
    const r = await ops.fillEstimate(estimate);
    const { rows, sheet } = planEstimateSheet(estimate);
    // the sheet stays protected as written; the test edits cells directly, as a user who unprotected it would
    return { host, ops, sheetName: r.sheetName, rows, sheet, estimate };
  }

  it('reads back exactly what core sees in its own plan: same findings on an untouched sheet, ≤ 3 syncs', async () => {
    const { host, ops, estimate } = await filled();
    const before = host.syncs.length;
    const r = await ops.checkWorkbook(book);
    expect(r.kind).toBe('checked');
    if (r.kind !== 'checked') return;
    expect(brief(r.findings)).toEqual(brief(auditSubmission(readSubmissionFromGrid(planGrid(estimate)), book)));
    // read, read "Đơn giá" (the standard estimate checked against a book: BOOK_VERSION_CHANGED, book-version.test.ts), marks
    expect(host.syncs.length - before).toBeLessThanOrEqual(3);
    expect(r.syncs).toBe(host.syncs.length - before);
  });

  it('reports the planted defects with their codes and cells, and tints those cells', async () => {
    const { host, ops, sheetName, rows, estimate } = await filled();
    const baseline = brief(auditSubmission(readSubmissionFromGrid(planGrid(estimate)), book));
    const line = rows.sections[1]!.firstLine; // first line of section II
    host.state.setCell(sheetName, `F${line}`, 999); // typed over the amount formula
    host.state.setCell(sheetName, `E${line + 1}`, 3000); // a unit price that is not the book's
    host.state.setCell(sheetName, `A${rows.words}`, 'Bằng chữ: Một trăm đồng');
    const before = host.syncs.length;
    const r = await ops.checkWorkbook(book);
    expect(host.syncs.length - before).toBe(3); // read, read "Đơn giá" (standard estimate), marks
    expect(r.kind).toBe('checked');
    if (r.kind !== 'checked') return;
    const baseCodes = new Set(baseline.map((b) => b.split(' ')[0]));
    const codes = new Set(r.findings.map((f) => f.code).filter((c) => !baseCodes.has(c)));
    for (const c of ['FORMULA_OVERWRITTEN', 'ARITHMETIC', 'PRICE_MISMATCH', 'WORDS_MISMATCH']) expect(codes, c).toContain(c);
    const at = (code: string) => r.findings.filter((f) => f.code === code).map((f) => ('cell' in f.location ? f.location.cell : ''));
    expect(at('FORMULA_OVERWRITTEN')).toContain(`F${line}`);
    expect(at('PRICE_MISMATCH')).toContain(`E${line + 1}`);
    const snap = host.state.snapshot(sheetName);
    expect(snap.cells[`F${line}`]!.cfFill).toBe(MARK_FILL.error);
    expect(snap.cells[`E${line + 1}`]!.cfFill).toBe(MARK_FILL.error);
    expect(snap.cells[`E${line + 1}`]!.fill).toBe('#FFFDE7'); // the template's input tint stays underneath
    // where the marks are is remembered in a sheet-scoped name (a union reference)
    expect(snap.names[MARKS_NAME]).toContain(`'${sheetName}'!$F$${line}`);
    // a second check after fixing clears the old marks
    host.state.setCell(sheetName, `F${line}`, `=ROUND(D${line}*E${line},0)`);
    host.state.setCell(sheetName, `E${line + 1}`, 2222);
    await ops.writeWords({});
    const r2 = await ops.checkWorkbook(book);
    expect(r2.kind === 'checked' && brief(r2.findings)).toEqual(baseline);
    const after = host.state.snapshot(sheetName);
    expect(after.cells[`F${line}`]!.cfFill).toBeNull();
    expect(after.cells[`E${line + 1}`]!.cfFill).toBeNull();
    expect(after.cells[`E${line + 1}`]!.fill).toBe('#FFFDE7');
    expect(after.names[MARKS_NAME] ?? '').not.toContain(`$F$${line}`);
  });

  it('union references of the marks name round-trip, sheet names with quotes and commas included', () => {
    const rects = [{ row: 11, col: 5, rows: 1, cols: 1 }, { row: 12, col: 4, rows: 3, cols: 1 }];
    expect(unionFormula("Dự toán, bản 2", rects)).toBe("='Dự toán, bản 2'!$F$12,'Dự toán, bản 2'!$E$13:$E$15");
    expect(parseUnion(unionFormula("Dự toán, bản 2", rects))).toEqual(rects);
    expect(parseUnion("='Dự toán'!#REF!,'Dự toán'!$B$2")).toEqual([{ row: 1, col: 1, rows: 1, cols: 1 }]);
  });

  it('on a sheet protected without "format cells", lists the findings and leaves the cells untouched', async () => {
    const { host, ops, sheetName, rows } = await filled();
    const sh = host.state.sheet(sheetName)!;
    sh.protectionOptions = {};
    host.state.setCell(sheetName, `F${rows.sections[0]!.firstLine}`, 1);
    const before = host.syncs.length;
    const r = await ops.checkWorkbook(book);
    expect(host.syncs.length - before).toBe(2); // read, read "Đơn giá" (standard estimate); no marks
    expect(r.kind === 'checked' && r.marksSkipped).toBe(true);
    expect(r.kind === 'checked' && r.findings.some((f) => f.code === 'FORMULA_OVERWRITTEN')).toBe(true);
  });

  it('Ghi bằng chữ writes the words of the final amount into the words cell, keeping the label', async () => {
    const { host, ops, sheetName, rows, estimate } = await filled();
    host.state.setCell(sheetName, `A${rows.words}`, 'Bằng chữ: (chưa ghi)');
    const before = host.syncs.length;
    const r = await ops.writeWords({});
    expect(host.syncs.length - before).toBe(2);
    expect(r).toMatchObject({ kind: 'written', cell: `A${rows.words}`, amount: estimate.finalAmount });
    expect(host.state.snapshot(sheetName).cells[`A${rows.words}`]!.value).toBe(`Bằng chữ: ${estimate.amountInWords}`);
  });

  it('says clearly when the active sheet is not an estimate', async () => {
    const host = new FakeExcelHost();
    host.state.setCell('Sheet1', 'A1', 'Bảng lương tháng 3');
    host.state.setCell('Sheet1', 'B2', 12);
    const ops = createOps(fakeRun(host));
    const r = await ops.checkWorkbook(book);
    expect(r.kind).toBe('not-estimate');
    expect(host.syncs.length).toBe(1);
    const w = await ops.writeWords({});
    expect(w.kind).toBe('not-estimate');
  });

  it('selecting a finding selects its cell on its sheet (1 sync)', async () => {
    const { host, ops, sheetName } = await filled();
    host.state.activeSheet = 'Sheet1';
    const before = host.syncs.length;
    await ops.selectCell(sheetName, 'F12');
    expect(host.syncs.length - before).toBe(1);
    expect(host.state.selection).toEqual({ sheet: sheetName, address: 'F12' });
    expect(host.state.activeSheet).toBe(sheetName);
    expect(cellAddress(11, 5)).toBe('F12');
  });
});

describe('Đọc từ trang tính (core reads the sheet back)', () => {
  const dropNotes = (e: Estimate) => ({ ...e, sections: e.sections.map((s) => ({ ...s, lines: s.lines.map((l) => ({ ...l, note: '' })) })) });
  for (const name of ['xa-bao-ha', 'so-van-hoa']) {
    it(`${name}: the sheet the add-in wrote reads back to an input that computes the same estimate (notes aside)`, async () => {
      const estimate = computeEstimate(example(name), book);
      const host = new FakeExcelHost();
      const ops = createOps(fakeRun(host));
      await ops.fillEstimate(estimate);
      await ops.fillEstimate(estimate); // a second copy: "Dự toán (2)", names scoped to it
      const before = host.syncs.length;
      const r = await ops.readEstimateSheet();
      expect(host.syncs.length - before).toBe(2);
      expect(r.kind).toBe('read');
      if (r.kind !== 'read') return;
      expect(r.sheet).toBe('Dự toán (2)');
      const again = computeEstimate(formToInput(inputToForm(estimateToInput(r.estimate, book), book, '2026-01-01'), 'mau-2026'), book);
      expect(dropNotes(again)).toEqual(dropNotes({ ...estimate, volumes: again.volumes, conversion: again.conversion, workPeriod: again.workPeriod } as Estimate));
    });
  }

  it('a sheet that is not a standard estimate is not read, and says why', async () => {
    const host = new FakeExcelHost();
    host.state.setCell('Sheet1', 'A1', 'Bảng kê');
    const r = await createOps(fakeRun(host)).readEstimateSheet();
    expect(r.kind).toBe('not-read');
    expect(r.findings.length).toBeGreaterThan(0);
  });
});
