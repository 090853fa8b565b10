/**
 * The follow-up of the plan on a fictional province (MẪU) of 120 units with four reporting rounds
 * (scripts/make-progress-corpus.ts): the consolidation workbook is recalculated by LibreOffice and its figures are
 * compared with sums the test makes itself from the generator's figures (BigInt), the forecast of three units is
 * checked against a hand computation, and the burn-up chart is in the workbook and drawn when LibreOffice prints it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { progressTerms, registryFromJson } from '../packages/core/src/index.ts';
import { readProgressReportFiles, readUnitEstimates, writeProgressConsolidation, type ProgressConsolidationResult } from '../packages/xlsx/src/index.ts';
import { CORPUS_DATES, CORPUS_START, makeProgressCorpus, type CorpusFiles } from '../scripts/make-progress-corpus.ts';
import { convertBatch, skipMessage, sofficeForTests } from './support/libreoffice.ts';

const C = progressTerms.consolidation;
const soffice = sofficeForTests();
/** Holidays typed by the user (30/4 and 1/5 2026 fall on Thursday and Friday). */
const HOLIDAYS = ['2026-04-30', '2026-05-01'];
const TARGET = 3_201_277n;

let corpus: CorpusFiles;
let result: ProgressConsolidationResult;
let dir: string;

beforeAll(async () => {
  corpus = await makeProgressCorpus();
  const registry = registryFromJson(corpus.registry);
  const read = await readProgressReportFiles(corpus.reports, { registry, reportingDates: CORPUS_DATES });
  const est = await readUnitEstimates(corpus.estimates, registry);
  result = await writeProgressConsolidation({
    registry,
    reports: read.reports,
    findings: [...read.findings, ...est.findings],
    estimates: est.estimates,
    plan: { reportingDates: CORPUS_DATES, deadline: '2026-06-30', target: TARGET.toString(), targetSource: { doc: 'MẪU', where: 'hư cấu', status: 'sample' }, start: CORPUS_START },
    calendar: { daysPerWeek: 5, holidays: HOLIDAYS },
  });
  dir = mkdtempSync(join(tmpdir(), 'dutoan-progress-'));
  writeFileSync(join(dir, 'tien-do.xlsx'), result.bytes);
}, 900_000);

/** Pages (A4 + A3) of unit i's latest round on or before `date`, from the generator's figures. */
function truthPagesAt(i: number, date: string): bigint | null {
  let found: bigint | null = null;
  for (const r of corpus.truth[i]!.rounds) if (r.date <= date) found = BigInt(r.pagesA4) + BigInt(r.pagesA3);
  return found;
}

describe('progress consolidation of the fictional province (MẪU)', () => {
  it('reads every report of the clean corpus without an error or a warning', () => {
    const rounds = corpus.truth.reduce((s, u) => s + u.rounds.length, 0);
    expect(rounds).toBe(428); // 110 units × 4 rounds, minus the 12 units (9, 18, …, 108) that skip the third
    expect(result.consolidation.reportsUsed).toBe(428);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // The hand-made layout writes names without diacritics: a note, at the cell.
    expect(result.findings.every((f) => f.code === 'PROGRESS_UNIT_NO_DIACRITICS' && /^Sheet1!B\d+$/.test(f.cell!))).toBe(true);
  });

  it('recalculated by LibreOffice, the totals equal the sums made here in BigInt', async (ctx) => {
    if (!soffice) return ctx.skip(skipMessage);
    const out = await convertBatch(soffice, [join(dir, 'tien-do.xlsx')], join(dir, 'lo'), { to: 'xlsx', recalc: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out.outputs.get(join(dir, 'tien-do.xlsx'))!);
    const num = (sheet: string, cell: string) => {
      const v = wb.getWorksheet(sheet)!.getCell(cell).value as unknown;
      const r = typeof v === 'object' && v !== null && 'result' in v ? (v as { result: unknown }).result : v;
      return Number(r);
    };
    const province = wb.getWorksheet(C.provinceSheet)!;
    CORPUS_DATES.forEach((date, k) => {
      let sum = 0n;
      let reported = 0;
      for (let i = 0; i < 120; i++) {
        sum += truthPagesAt(i, date) ?? 0n;
        if (corpus.truth[i]!.rounds.some((r) => r.date === date)) reported++;
      }
      const row = 7 + k;
      expect(province.getCell(`A${row}`).text).toBeTruthy();
      expect(num(C.provinceSheet, `D${row}`), `pages at ${date}`).toBe(Number(sum));
      expect(num(C.provinceSheet, `B${row}`)).toBe(reported);
      expect(num(C.provinceSheet, `F${row}`)).toBeCloseTo(Number(sum) / Number(TARGET), 12);
      // Rounds sheet: the same total under each date.
      expect(num(C.roundsSheet, `${String.fromCharCode(67 + k)}${6 + 120}`)).toBe(Number(sum));
    });
    // Units sheet: latest figures, TỔNG CỘNG row (7 + 120) of live SUMs.
    let a4 = 0n;
    let a3 = 0n;
    let est = 0n;
    let spending = 0n;
    for (const u of corpus.truth) {
      const last = u.rounds[u.rounds.length - 1];
      if (last) {
        a4 += BigInt(last.pagesA4);
        a3 += BigInt(last.pagesA3);
        spending += BigInt(last.spending);
      }
      if (u.estimatePages !== null) est += BigInt(u.estimatePages);
    }
    const total = 127;
    expect(num(C.unitsSheet, `F${total}`)).toBe(Number(a4));
    expect(num(C.unitsSheet, `G${total}`)).toBe(Number(a3));
    expect(num(C.unitsSheet, `I${total}`)).toBe(Number(a4 + a3));
    expect(num(C.unitsSheet, `J${total}`)).toBe(Number(est));
    expect(num(C.unitsSheet, `R${total}`)).toBe(Number(spending));
    expect(num(C.unitsSheet, `K${total}`)).toBeCloseTo(Number(a4 + a3) / Number(est), 12);
    // One unit's share of its estimate, recalculated: unit 4 (row 10) at 20/6, 41.340 of 51.676 pages.
    expect(num(C.unitsSheet, 'I10')).toBe(41_340);
    expect(num(C.unitsSheet, 'K10')).toBeCloseTo(41_340 / 51_676, 12);
  }, 600_000);

  it('lists the units that have not reported', () => {
    const none = result.consolidation.missing.filter((m) => m.none).map((m) => m.unit.label);
    expect(none).toEqual(Array.from({ length: 10 }, (_, k) => corpus.truth[110 + k]!.label));
    const partial = result.consolidation.missing.filter((m) => !m.none);
    expect(partial.map((m) => m.unit.label)).toEqual([9, 18, 27, 36, 45, 54, 63, 72, 81, 90, 99, 108].map((i) => corpus.truth[i - 1]!.label));
    expect(partial.every((m) => m.dates.length === 1 && m.dates[0] === '2026-05-30')).toBe(true);
  });

  it('forecasts three units as computed by hand', () => {
    const unit = (i: number) => result.consolidation.units[i - 1]!;
    // Unit 2 (slow): estimate 20.000 + (2 × 7.919 mod 40.000) = 35.838 pages. 30/5: ⌊35.838 × 0,25⌋ = 8.959;
    // 20/6: ⌊35.838 × 0,38⌋ = 13.618; added 4.659 in the working days 1/6–19/6 = 15 → 310,6 pages/day.
    // Remaining 35.838 − 13.618 = 22.220; days ⌈22.220 × 15 ÷ 4.659⌉ = ⌈71,54⌉ = 72 working days from Mon 22/6:
    // day 71 = Mon 28/9 (14 weeks later), day 72 = Tue 29/9/2026 → late. Staff 2 + 2 mod 5 = 4; working days left
    // 22/6–30/6 = 7; staff ⌈22.220 × 15 × 4 ÷ (4.659 × 7)⌉ = ⌈40,88⌉ = 41, i.e. 37 more.
    const u2 = unit(2).latest!.forecast;
    expect(unit(2).latest!.pages).toBe('13618');
    expect(u2).toMatchObject({ status: 'late', workingDays: 15, daysNeeded: 72, finish: '2026-09-29', staffNeeded: 41, extraStaff: 37 });
    expect(u2.rate).toBe('310.6');
    expect(u2.text).toBe('Không kịp 30/06/2026 (dự kiến xong 29/09/2026); cần 41 người (thêm 37)');

    // Unit 3 (fast), at 15/5: estimate 20.000 + 23.757 = 43.757. 20/4: ⌊43.757 × 0,25⌋ = 10.939; 15/5:
    // ⌊43.757 × 0,55⌋ = 24.066; added 13.127 in the working days 21/4–15/5 without 30/4 and 1/5 (user's
    // holidays): 4 + 3 + 5 + 5 = 17. Remaining 19.691; ⌈19.691 × 17 ÷ 13.127⌉ = ⌈25,5⌉ = 26 working days from
    // Mon 18/5: 18–22/5 (5), 25–29/5 (10), 1–5/6 (15), 8–12/6 (20), 15–19/6 (25), Mon 22/6 (26) → on time.
    const p3 = unit(3).points.find((p) => p.date === '2026-05-15')!;
    expect(p3.pages).toBe('24066');
    expect(p3.forecast).toMatchObject({ status: 'on-time', workingDays: 17, daysNeeded: 26, finish: '2026-06-22', late: false });
    expect(unit(3).latest!.forecast.status).toBe('done'); // 20/6: 43.757 of 43.757

    // Unit 4 (steady), first report 20/4 with the start day 1/4: estimate 20.000 + 31.676 = 51.676;
    // ⌊51.676 × 0,15⌋ = 7.751 pages in the working days 1/4–20/4 = 3 + 5 + 5 + 1 = 14. Remaining 43.925;
    // ⌈43.925 × 14 ÷ 7.751⌉ = ⌈79,34⌉ = 80 working days from Tue 21/4 (30/4, 1/5 off): 21–24/4 (4), 27–29/4 (7),
    // then five a week: 8/5 (12), 15/5 (17), … 7/8 (77), Mon 10/8 (78), 11/8 (79), Wed 12/8/2026 (80) → late.
    // Staff 2 + 4 mod 5 = 6; working days 21/4–30/6 = 49; ⌈43.925 × 14 × 6 ÷ (7.751 × 49)⌉ = ⌈9,71⌉ = 10 (4 more).
    const p4 = unit(4).points[0]!;
    expect(p4.pages).toBe('7751');
    expect(p4.forecast).toMatchObject({ status: 'late', workingDays: 14, daysNeeded: 80, finish: '2026-08-12', staffNeeded: 10, extraStaff: 4 });
  });

  it('embeds the burn-up charts as PNG, and LibreOffice draws the province chart when printing', async (ctx) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(result.bytes.buffer.slice(result.bytes.byteOffset, result.bytes.byteOffset + result.bytes.byteLength) as ArrayBuffer);
    const media = (wb.model as unknown as { media: Array<{ type: string; extension: string; buffer: Buffer }> }).media;
    expect(media.length).toBe(1 + 110); // the province, and each unit that reported
    for (const m of media) {
      expect(m.extension).toBe('png');
      expect(m.buffer.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(m.buffer.byteLength).toBeGreaterThan(10_000);
    }
    expect(wb.getWorksheet(C.provinceSheet)!.getImages()).toHaveLength(1);
    expect(result.svgs[0]).toContain('Tiến độ số hóa — MẪU — toàn tỉnh');
    if (!soffice) return ctx.skip(skipMessage);
    const pdf = await convertBatch(soffice, [join(dir, 'tien-do.xlsx')], join(dir, 'pdf'), { to: 'pdf' });
    const file = pdf.outputs.get(join(dir, 'tien-do.xlsx'))!;
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', file, join(dir, 'trang')]);
    const png = join(dir, 'trang-01.png');
    expect(statSync(png).size).toBeGreaterThan(30_000);
    // The picture itself is looked at by a person (see the README); here: the page is not blank.
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-']).toString('utf8');
    expect(text).toContain('TỔNG HỢP TIẾN ĐỘ');
  }, 600_000);
});
