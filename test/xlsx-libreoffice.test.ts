/**
 * LibreOffice as the referee of the standard workbook: every generated workbook is recalculated by LibreOffice
 * headless (throwaway profile with OOXMLRecalcMode = 0, "always recalculate"), and every formula cell's
 * recalculated value must equal our computed figure to the đồng. A workbook with a planted wrong cached value proves
 * the recalculation really happens (and a run with LibreOffice's default settings shows why the profile matters).
 * One soffice run converts all the files. Under CI a missing LibreOffice fails the suite; elsewhere it skips.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { builtinBooks, computeEstimate, loadPriceBook, numberText, planEstimateWorkbook, type Estimate, type PriceBook, type PriceBreakdown, type WorkbookPlan } from '@dutoan/core';
import { readEstimateWorkbook, renderWorkbookPlan, writeEstimateWorkbook } from '@dutoan/xlsx';
import { sampleEstimates } from '../packages/xlsx/test/support/arbitraries.ts';
import { labourBookEstimate } from '../packages/core/test/support/labour-book.ts';
import { convertBatch, skipMessage, sofficeForTests, type ConvertResult } from './support/libreoffice.ts';

const exe = sofficeForTests();
if (!exe) console.warn(skipMessage);

const sampleBook = loadPriceBook(builtinBooks['mau-2026']!);
const example = (name: string) => computeEstimate(JSON.parse(readFileSync(new URL(`../examples/${name}.json`, import.meta.url), 'utf8')), sampleBook);

/** A breakdown for the "Chi tiết đơn giá" sheet (fictional figures, sample book): its sums are formulas too. */
const breakdown: PriceBreakdown = {
  code: 'CL.RL',
  title: 'Chỉnh lý tài liệu rời lẻ (số liệu MẪU)',
  unit: 'Mét giá',
  groups: [
    { label: 'Nhân công', lines: [{ no: '1', name: 'Bước 1', detail: '6,00 phút × 1.234,5678 đ/phút', amount: '7407' }, { no: '2', name: 'Bước 2', detail: '30 phút', amount: '37037' }] },
    { label: 'Vật tư', lines: [{ no: '1', name: 'Hộp', detail: '8 hộp × 44.444 đ', amount: '355552' }] },
    { label: 'Chi phí khác', lines: [] },
  ],
  notes: ['Số liệu MẪU.'],
};

/** Re-basing rows at exact halves (live formulas in Thuyết minh mục 7, read by "Dự toán"): see the fixture. */
const rebased = labourBookEstimate();

interface Case {
  name: string;
  estimate: Estimate;
  book?: PriceBook;
  breakdowns?: PriceBreakdown[];
  plan: WorkbookPlan;
  file: string;
}

/** Every formula cell of a plan: "Sheet!A1" → our figure. */
function ourFormulaFigures(plan: WorkbookPlan): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of plan.sheets) for (const c of s.cells) if (c.kind === 'formula') m.set(`${s.name}!${c.address}`, c.value);
  return m;
}

/**
 * The referee's verdict: every formula cell of the recalculated workbook against our figure. Returns the
 * differences (empty = LibreOffice agrees to the đồng) and how many cells were compared.
 */
async function referee(plan: WorkbookPlan, recalculated: string): Promise<{ compared: number; differences: string[] }> {
  const ours = ourFormulaFigures(plan);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(recalculated);
  const differences: string[] = [];
  const seen = new Set<string>();
  wb.eachSheet((ws) => {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const key = `${ws.name}!${cell.address}`;
        seen.add(key);
        const mine = ours.get(key);
        const result = cell.result;
        const lo = typeof result === 'number' ? numberText(result) : JSON.stringify(result);
        if (mine === undefined) differences.push(`${key}: công thức lạ =${cell.formula} (${lo})`);
        else if (lo !== mine) differences.push(`${key}: LibreOffice ${lo} ≠ của ta ${mine} (=${cell.formula})`);
      }),
    );
  });
  for (const key of ours.keys()) if (!seen.has(key)) differences.push(`${key}: công thức bị mất sau khi LibreOffice tính lại`);
  return { compared: seen.size, differences };
}

describe.skipIf(!exe)('LibreOffice referee', () => {
  let dir: string;
  const cases: Case[] = [];
  let planted: Case;
  let recalc: ConvertResult;
  let keepCached: ConvertResult;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dutoan-lo-'));
    const add = async (name: string, estimate: Estimate, book?: PriceBook, breakdowns?: PriceBreakdown[]) => {
      const plan = planEstimateWorkbook(estimate, { ...(book ? { book } : {}), ...(breakdowns ? { breakdowns } : {}) });
      const file = join(dir, `${name}.xlsx`);
      writeFileSync(file, await writeEstimateWorkbook(estimate, { ...(book ? { book } : {}), ...(breakdowns ? { breakdowns } : {}) }));
      const c: Case = { name, estimate, plan, file, ...(book ? { book } : {}), ...(breakdowns ? { breakdowns } : {}) };
      cases.push(c);
      return c;
    };
    for (const name of ['xa-bao-ha', 'so-van-hoa', 'trung-tam-luu-tru']) await add(name, example(name));
    await add('chi-tiet-don-gia', example('xa-bao-ha'), sampleBook, [breakdown]);
    for (const [i, r] of sampleEstimates(12).entries()) await add(`ngau-nhien-${i + 1}`, r.estimate, r.book);
    await add('dieu-chinh-luong', rebased.estimate, rebased.book);

    // The planted workbook: F11's cached value is 1.000 đ too high (the formula itself is right).
    const e = example('xa-bao-ha');
    const plan = planEstimateWorkbook(e);
    const f11 = plan.sheets[0]!.cells.find((c) => c.address === 'F11')!;
    expect(f11).toMatchObject({ formula: 'ROUND(ROUND(D11*E11,4),0)', value: '177760000' }); // 20 × 8.888.000
    f11.value = '177761000';
    const file = join(dir, 'cai-sai.xlsx');
    writeFileSync(file, new Uint8Array((await (await renderWorkbookPlan(plan)).xlsx.writeBuffer()) as ArrayBuffer));
    planted = { name: 'cai-sai', estimate: e, plan, file };

    // One soffice run for all workbooks (recalculating), one with LibreOffice's defaults for the planted one.
    [recalc, keepCached] = await Promise.all([
      convertBatch(exe!, [...cases.map((c) => c.file), planted.file], join(dir, 'tinh-lai'), { to: 'xlsx', recalc: true }),
      convertBatch(exe!, [planted.file], join(dir, 'mac-dinh'), { to: 'xlsx', recalc: false }),
    ]);
    console.info(`LibreOffice: ${cases.length + 1} tệp tính lại trong ${recalc.ms} ms; lần chạy mặc định ${keepCached.ms} ms`);
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('converts every workbook without error (no repair needed) and exceljs re-reads the result', async () => {
    for (const c of [...cases, planted]) expect(recalc.outputs.has(c.file), `${c.name}: ${recalc.log}`).toBe(true);
    for (const c of cases) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(recalc.outputs.get(c.file)!);
      expect(wb.worksheets.map((w) => w.name).slice(0, 3)).toEqual(['Dự toán', 'Thuyết minh', 'Đơn giá']);
    }
  });

  it('agrees with every formula cell of the three examples to the đồng', async () => {
    for (const c of cases.filter((x) => !x.name.startsWith('ngau-nhien'))) {
      const { compared, differences } = await referee(c.plan, recalc.outputs.get(c.file)!);
      expect(differences, c.name).toEqual([]);
      expect(compared).toBeGreaterThan(10);
    }
  });

  it('agrees with every formula cell of 12 random estimates (fractional quantities, VAT 5/8/10 %, re-basing)', async () => {
    let total = 0;
    for (const c of cases.filter((x) => x.name.startsWith('ngau-nhien'))) {
      const { compared, differences } = await referee(c.plan, recalc.outputs.get(c.file)!);
      expect(differences, c.name).toEqual([]);
      total += compared;
    }
    expect(total).toBeGreaterThan(100);
  });

  it('re-basing rows are live formulas over visible cells, and LibreOffice agrees to the đồng, also at exact halves', async () => {
    const [I, II] = rebased.estimate.sections;
    expect(I!.rebase!.adjustment!.basis!.lines.map((l) => l.amount)).toEqual(['10', '1055']);
    expect(II!.rebase!.adjustment!.amount).toBe('1603632');
    const c = cases.find((x) => x.name === 'dieu-chinh-luong')!;
    const formulasOf = (sheet: string) => c.plan.sheets.find((s) => s.name === sheet)!.cells.filter((x) => x.kind === 'formula').map((x) => x.formula!);
    expect(formulasOf('Dự toán').filter((f) => f.startsWith("'Thuyết minh'!"))).toHaveLength(2);
    expect(formulasOf('Thuyết minh').filter((f) => f.startsWith('ROUND(ROUND('))).toHaveLength(3);
    const { compared, differences } = await referee(c.plan, recalc.outputs.get(c.file)!);
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(15);
  });

  it('catches a planted wrong cached value (so the recalculation is real)', async () => {
    const { differences } = await referee(planted.plan, recalc.outputs.get(planted.file)!);
    expect(differences).toEqual(['Dự toán!F11: LibreOffice 177760000 ≠ của ta 177761000 (=ROUND(ROUND(D11*E11,4),0))']);
  });

  it('…whereas LibreOffice with its default settings keeps the planted value (the trap the profile avoids)', async () => {
    const { differences } = await referee(planted.plan, keepCached.outputs.get(planted.file)!);
    expect(differences).toEqual([]);
  });

  it('a workbook recalculated and saved by LibreOffice reads back to the same estimate', async () => {
    for (const c of cases) {
      const { estimate, findings } = await readEstimateWorkbook(new Uint8Array(readFileSync(recalc.outputs.get(c.file)!)));
      expect(findings, c.name).toEqual([]);
      expect(JSON.parse(JSON.stringify(estimate)), c.name).toEqual(JSON.parse(JSON.stringify(c.estimate)));
    }
  });
});
