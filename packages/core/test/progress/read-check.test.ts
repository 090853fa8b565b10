import { describe, expect, it } from 'vitest';
import {
  checkProgressReports,
  consolidateProgress,
  laoCaiPlan2026,
  laoCaiRegistry,
  progressLayout,
  readProgressReports,
  type GridValue,
  type ProgressFinding,
  type ProgressReport,
  type WorkbookGrid,
} from '../../src/index.ts';

const registry = laoCaiRegistry();
const dates = laoCaiPlan2026.reportingDates.value!;
const H = progressLayout.templateOrder.map((k) => progressLayout.columnOf(k).header);
const SHEET = progressLayout.REPORT_SHEET;

/** A report sheet as the template lays it out: header at row 6, rows below (values row-major from A1). */
function grid(rows: GridValue[][], opts: { formulas?: Record<string, string>; name?: string } = {}): WorkbookGrid {
  const values: GridValue[][] = [['BÁO CÁO'], [], [], [], [], H, ...rows];
  const formulas: unknown[][] = values.map((r) => r.map(() => null));
  for (const [cell, f] of Object.entries(opts.formulas ?? {})) {
    const col = cell.charCodeAt(0) - 64;
    const row = Number(cell.slice(1));
    formulas[row - 1]![col - 1] = f;
  }
  return deepFreeze({ sheets: [{ name: opts.name ?? SHEET, values, formulas }] });
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !(o instanceof Date)) {
    for (const v of Object.values(o as object)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

// STT | Đơn vị | Ngày | mét | A4 | A3 | lớn | hồ sơ | văn bản | kinh phí | người | ghi chú
const row = (unit: string, date: GridValue, a4: GridValue, extra: Partial<Record<'metres' | 'a3' | 'staff' | 'files', GridValue>> = {}): GridValue[] => [
  1,
  unit,
  date,
  extra.metres ?? 10,
  a4,
  extra.a3 ?? 0,
  null,
  extra.files ?? 100,
  null,
  1_000_000,
  extra.staff ?? 3,
  '',
];

const read = (g: WorkbookGrid, file = 'bc.xlsx') => readProgressReports(g, { file, registry, reportingDates: dates });
const codes = (fs: readonly ProgressFinding[]) => fs.map((f) => `${f.code}@${f.cell}`);

describe('reading progress reports', () => {
  it('reads a clean report with no finding, figures exact', () => {
    const r = read(grid([row('xã Bảo Hà', '20/04/2026', 12_345, { metres: 2.5, a3: 100 })]));
    expect(r.findings).toEqual([]);
    expect(r.reports).toHaveLength(1);
    expect(r.reports[0]).toMatchObject({ unit: { label: 'xã Bảo Hà' }, date: '2026-04-20', metres: '2.5', pagesA4: '12345', pagesA3: '100', pagesLarger: null, staff: '3', rejected: false });
    expect(r.reports[0]!.source.cells.pagesA4).toBe(`${SHEET}!E7`);
  });

  it('text in a number cell: an error at the cell, the report kept out', () => {
    const r = read(grid([row('xã Bảo Hà', '20/04/2026', 'mười nghìn')]));
    expect(codes(r.findings)).toEqual([`PROGRESS_NOT_A_NUMBER@${SHEET}!E7`]);
    expect(r.findings[0]!.message).toBe('Cột "Trang A4 đã số hóa (lũy kế)": "mười nghìn" không phải số. Ghi số, ví dụ 1.234.567 hoặc 12,5.');
    expect(r.reports[0]!.rejected).toBe(true);
    // "1,234.5" (English format) is refused too; "1.234.567" and "12,5" are read.
    expect(codes(read(grid([row('xã Bảo Hà', '20/04/2026', '1,234.5')])).findings)).toEqual([`PROGRESS_NOT_A_NUMBER@${SHEET}!E7`]);
    const ok = read(grid([row('xã Bảo Hà', '20/04/2026', '1.234.567', { metres: '12,5' })]));
    expect(ok.findings).toEqual([]);
    expect(ok.reports[0]).toMatchObject({ pagesA4: '1234567', metres: '12.5' });
  });

  it('a negative figure, as a number or as text, and a fraction of a page: errors at the cell', () => {
    const r = read(grid([row('xã Bảo Hà', '20/04/2026', -5), row('xã Bảo Hà', '15/05/2026', 10, { staff: '-2' }), row('xã Bảo Hà', '30/05/2026', 10.5)]));
    expect(codes(r.findings)).toEqual([`PROGRESS_NEGATIVE@${SHEET}!E7`, `PROGRESS_NEGATIVE@${SHEET}!K8`, `PROGRESS_NOT_WHOLE@${SHEET}!E9`]);
    expect(r.findings[0]!.message).toContain('số âm (-5)');
    expect(r.reports.every((x) => x.rejected)).toBe(true);
  });

  it('the wrong unit name: an error at the cell; an old unit name: a warning, counted for the new unit', () => {
    const r = read(grid([row('xã Không Có Thật', '20/04/2026', 10), row('UBND xã Cam Cọn', '20/04/2026', 10), row('Tân An', '20/04/2026', 10), row('', '20/04/2026', 10)]));
    expect(codes(r.findings)).toEqual([`PROGRESS_UNIT_UNKNOWN@${SHEET}!B7`, `PROGRESS_UNIT_FORMER@${SHEET}!B8`, `PROGRESS_UNIT_AMBIGUOUS@${SHEET}!B9`, `PROGRESS_UNIT_MISSING@${SHEET}!B10`]);
    expect(r.findings[1]!.message).toBe('"UBND xã Cam Cọn" là tên đơn vị cũ (xã Cam Cọn), đã sắp xếp vào xã Bảo Hà từ 01/7/2025; số liệu được tính cho xã Bảo Hà. Ghi tên đơn vị mới.');
    expect(r.reports.map((x) => x.rejected)).toEqual([true, false, true, true]);
    expect(r.reports[1]!.unit!.label).toBe('xã Bảo Hà');
  });

  it('dates: a day not in the plan is a warning; no day or not a day is an error; serials and date cells read', () => {
    const r = read(grid([row('xã Bảo Hà', '21/04/2026', 10), row('xã Bảo Hà', null, 10), row('xã Bảo Hà', '31/04/2026', 10), row('xã Bảo Hà', 46157, 10), row('xã Bảo Hà', new Date(Date.UTC(2026, 5, 20)), 10)]));
    expect(codes(r.findings)).toEqual([`PROGRESS_DATE_NOT_PLANNED@${SHEET}!C7`, `PROGRESS_DATE_MISSING@${SHEET}!C8`, `PROGRESS_DATE_INVALID@${SHEET}!C9`]);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.reports[3]!.date).toBe('2026-05-15'); // Excel serial 46157 = 15/5/2026 (1/1/2026 = 46023, + 134 days)
    expect(r.reports[4]!.date).toBe('2026-06-20');
  });

  it('a formula cell is read by its cached value; without one it is an error', () => {
    const g = grid([row('xã Bảo Hà', '20/04/2026', 300), row('xã Bảo Hà', '15/05/2026', null)], { formulas: { E7: '=100+200', E8: '=E7+100' } });
    const r = read(g);
    expect(r.reports[0]!.pagesA4).toBe('300');
    expect(codes(r.findings)).toEqual([`PROGRESS_FORMULA_NO_VALUE@${SHEET}!E8`]);
  });

  it('a hand-made sheet: other headers over two rows, a totals row and empty rounds skipped', () => {
    const g: WorkbookGrid = {
      sheets: [
        {
          name: 'Sheet1',
          values: [
            ['Báo cáo số hóa'],
            ['TT', 'Tên đơn vị', 'Ngày', 'Mét giá', 'Số trang đã số hóa', null, 'Số người'],
            [null, null, null, null, 'A4', 'A3', null],
            [1, 'UBND phường Sa Pa', '20/4/2026', '3,5', '15.000', '200', '4'],
            [2, 'UBND phường Sa Pa', '15/5/2026', null, null, null, null],
            [null, 'Tổng cộng', null, '3,5', '15.000', '200', null],
          ],
        },
      ],
    };
    const r = read(g);
    expect(r.findings).toEqual([]);
    expect(r.reports).toHaveLength(1);
    expect(r.reports[0]).toMatchObject({ unit: { label: 'phường Sa Pa' }, metres: '3.5', pagesA4: '15000', pagesA3: '200', staff: '4' });
  });

  it('a workbook with no report table says so', () => {
    const r = read({ sheets: [{ name: 'Dự toán', values: [['DỰ TOÁN KINH PHÍ'], ['STT', 'Nội dung']] }] }, 'du-toan.xlsx');
    expect(codes(r.findings)).toEqual(['PROGRESS_NO_TABLE@null']);
    expect(r.findings[0]!.message).toMatch(/^Tệp du-toan\.xlsx không có bảng báo cáo tiến độ/);
  });
});

describe('checks across reports', () => {
  const reports = (...files: Array<[string, GridValue[][]]>): ProgressReport[] => files.flatMap(([f, rows]) => read(grid(rows), f).reports);

  it('two reports of one unit for one date: the first is kept, the second refused at its cell; the same report twice counts once', () => {
    const list = reports(['a.xlsx', [row('xã Bảo Hà', '20/04/2026', 1000)]], ['b.xlsx', [row('UBND xã Bảo Hà', '20/04/2026', 2000)]], ['c.xlsx', [row('xã Bảo Hà', '20/04/2026', 1000)]]);
    const c = checkProgressReports(list);
    expect(c.findings.map((f) => `${f.code}@${f.file}!${f.cell}`)).toEqual([`PROGRESS_DUPLICATE@b.xlsx!${SHEET}!C7`, `PROGRESS_DUPLICATE_SAME@c.xlsx!${SHEET}!C7`]);
    expect(c.findings[0]!.message).toContain(`xã Bảo Hà đã có báo cáo ngày 20/04/2026 (a.xlsx, ${SHEET}!C7) với số liệu khác; không ghi đè`);
    const kept = c.accepted.get('xa-bao-ha')!;
    expect(kept).toHaveLength(1);
    expect(kept[0]!.pagesA4).toBe('1000');
    expect(kept[0]!.source.file).toBe('a.xlsx');
    expect(c.rejected.has(list[1]!)).toBe(true);
  });

  it('a cumulative figure that goes down is refused at its cell, naming the earlier report', () => {
    const list = reports(['a.xlsx', [row('xã Bảo Hà', '20/04/2026', 5000, { files: 50 }), row('xã Bảo Hà', '15/05/2026', 4000, { files: 60 }), row('xã Bảo Hà', '30/05/2026', 6000, { files: 70 })]]);
    const c = checkProgressReports(list);
    expect(codes(c.findings)).toEqual([`PROGRESS_DECREASING@${SHEET}!E8`]);
    expect(c.findings[0]!.message).toBe(`Cột "Trang A4 đã số hóa (lũy kế)": số lũy kế giảm, 4.000 < 5.000 của báo cáo ngày 20/04/2026 (a.xlsx, ${SHEET}!C7). Số lũy kế chỉ tăng hoặc giữ nguyên; báo cáo này không được tổng hợp.`);
    expect(c.accepted.get('xa-bao-ha')!.map((r) => r.date)).toEqual(['2026-04-20', '2026-05-30']);
  });

  it('pages beyond the estimate and pages per metre above the bound are warnings at the pages cell', () => {
    const list = reports(['a.xlsx', [row('xã Bảo Hà', '20/04/2026', 41_000, { metres: 2 }), row('xã Bảo Hà', '15/05/2026', 41_000, { metres: 20 })]]);
    const c = checkProgressReports(list, { estimates: new Map([['xa-bao-ha', { unitId: 'xa-bao-ha', file: 'du-toan-bao-ha.xlsx', pages: '40000', metres: '20' }]]) });
    expect(codes(c.findings)).toEqual([`PROGRESS_BEYOND_ESTIMATE@${SHEET}!E7`, `PROGRESS_PAGES_PER_METRE@${SHEET}!E7`, `PROGRESS_BEYOND_ESTIMATE@${SHEET}!E8`]);
    expect(c.findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(c.findings[1]!.message).toContain('41.000 trang đã số hóa trên 2 mét giá đã chỉnh lý = 20.500 trang/mét, quá 12.000');
    // 41.000 pages on 20 m = 2.050 pages/m: plausible, no warning; fewer pages than metres hold is never warned.
    expect(checkProgressReports(reports(['a.xlsx', [row('xã Bảo Hà', '20/04/2026', 500, { metres: 20 })]])).findings).toEqual([]);
  });

  it('a report on a day not in the plan counts at the next reporting date', () => {
    const list = reports(['a.xlsx', [row('xã Bảo Hà', '21/04/2026', 700), row('phường Sa Pa', '20/04/2026', 300)]]);
    const c = checkProgressReports(list);
    const plan = { reportingDates: dates, deadline: '2026-06-30', target: '3201277', targetSource: { doc: 'KH', where: 'II.1', status: 'official' }, asOf: '2026-05-15' };
    const k = consolidateProgress({ registry, accepted: c.accepted, estimates: new Map(), plan, calendar: { daysPerWeek: 5, holidays: [] } });
    expect(k.dates).toEqual(['2026-04-20', '2026-05-15']);
    expect(k.province.map((p) => [p.pages, p.reported, p.carried])).toEqual([
      ['300', 1, 0],
      ['1000', 1, 1],
    ]);
    expect(k.missing.find((m) => m.unit.label === 'xã Bảo Hà')!.dates).toEqual(['2026-04-20']);
    expect(k.missing.filter((m) => m.none)).toHaveLength(97);
  });
});
