// Benchmark (issue 16): consolidating 1,000 progress reports — 250 fictional units (MẪU) × 4 rounds, one .xlsx
// file per report, as units send them — in one process: read every file (limits, bytes → grid, reader, checks at
// the cell), check across reports, consolidate and forecast, write the consolidation workbook with the province's
// burn-up chart (ECharts → SVG → PNG). Goal ≤ 10 s on the 2-core machine. Side by side, the same run with one
// chart per unit (250 more PNGs), for reference. Prints figures; asserts nothing. Files are made in memory.
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { progressLayout as L, registryFromJson, type RegistryFile } from '@dutoan/core';
import { readProgressReportFiles, writeProgressConsolidation, type NamedBytes } from '@dutoan/xlsx';
import type { BenchRow } from './compute.bench.ts';

const UNITS = 250;
const DATES = ['2026-04-20', '2026-05-15', '2026-05-30', '2026-06-20'];
const PROFILE = [150, 400, 550, 800];

function registry(): RegistryFile {
  return {
    id: 'bench',
    title: 'Tỉnh Hư Cấu (250 đơn vị)',
    sample: true,
    provenance: { doc: 'MẪU', where: 'bench/progress.bench.ts', status: 'sample' },
    units: Array.from({ length: UNITS }, (_, i) => ({ kind: 'xa' as const, name: `Thử ${String(i + 1).padStart(3, '0')}` })),
  };
}

async function reports(): Promise<NamedBytes[]> {
  const headers = L.templateOrder.map((k) => L.columnOf(k).header);
  const out: NamedBytes[] = [];
  for (let i = 1; i <= UNITS; i++) {
    const estimate = 20_000 + ((i * 7919) % 40_000);
    for (let k = 0; k < DATES.length; k++) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet(L.REPORT_SHEET);
      ws.getCell('A1').value = 'MẪU — BÁO CÁO TIẾN ĐỘ';
      ws.getRow(L.HEADER_ROW).values = headers;
      const pages = Math.floor((estimate * PROFILE[k]!) / 1000);
      ws.getRow(L.HEADER_ROW + 1).values = [1, `UBND xã Thử ${String(i).padStart(3, '0')}`, new Date(`${DATES[k]}T00:00:00Z`), Math.floor(pages / 50) / 100, pages, 0, null, Math.floor(pages / 105), null, pages * 1500, 3, ''];
      out.push({ name: `bc-${i}-${k}.xlsx`, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
    }
  }
  return out;
}

async function run(files: readonly NamedBytes[], unitCharts: boolean): Promise<{ seconds: number; used: number; bytes: number }> {
  const reg = registryFromJson(registry());
  const t0 = performance.now();
  const read = await readProgressReportFiles(files, { registry: reg, reportingDates: DATES });
  const r = await writeProgressConsolidation({
    registry: reg,
    reports: read.reports,
    findings: read.findings,
    estimates: new Map(),
    plan: { reportingDates: DATES, deadline: '2026-06-30', target: '3201277', targetSource: { doc: 'MẪU', where: 'bench', status: 'sample' }, start: '2026-04-01' },
    calendar: { daysPerWeek: 5, holidays: ['2026-04-30', '2026-05-01'] },
    unitCharts,
  });
  return { seconds: (performance.now() - t0) / 1000, used: r.consolidation.reportsUsed, bytes: r.bytes.byteLength };
}

export async function benchProgress(): Promise<BenchRow[]> {
  const files = await reports();
  await run(files.slice(0, 40), false); // warm-up (module loading, JIT)
  const plain = await run(files, false);
  const charts = await run(files, true);
  if (plain.used !== 1000 || charts.used !== 1000) throw new Error(`expected 1000 reports consolidated, got ${plain.used} / ${charts.used}`);
  return [
    { name: '1,000 reports: read + check + consolidate + workbook (s)', value: plain.seconds, unit: 's', goal: '≤ 10', ok: plain.seconds <= 10 },
    { name: '… with one chart per unit (250 PNG) (s)', value: charts.seconds, unit: 's', goal: '—', ok: true },
    { name: 'consolidation workbook, 250 unit charts (MB)', value: charts.bytes / 1024 / 1024, unit: 'MB', goal: '—', ok: true },
  ];
}
