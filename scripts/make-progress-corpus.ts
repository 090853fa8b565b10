// A fictional province (MẪU) of 120 units with four reporting rounds, for the progress tests and benchmark:
//   node packages/cli/bin/run-ts.js scripts/make-progress-corpus.ts OUT-DIR
// writes OUT-DIR/don-vi.json (the list of units, sample: true), OUT-DIR/bao-cao/*.xlsx (the reports: the
// template's columns, hand-made variants with other headers, text numbers, dates as text, names without
// diacritics or with "UBND"), OUT-DIR/du-toan/*.xlsx (standard estimate workbooks, MẪU price book) and
// OUT-DIR/truth.json (the figures the generator decided, for tests that recompute the consolidation by hand).
// Every figure is integer arithmetic of the unit's number: the corpus is the same on every run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { builtinBooks, computeEstimate, loadPriceBook, progressLayout, type EstimateInputJson, type RegistryFile } from '@dutoan/core';
import { writeEstimateWorkbook } from '@dutoan/xlsx';

export const CORPUS_DATES = ['2026-04-20', '2026-05-15', '2026-05-30', '2026-06-20'] as const;
/** The fictional start of the work (the plan's own day is blank). */
export const CORPUS_START = '2026-04-01';
export const CORPUS_UNITS = 120;

export interface TruthRound {
  date: string;
  pagesA4: number;
  pagesA3: number;
  /** Mét giá in hundredths (integer). */
  metresHundredths: number;
  files: number;
  documents: number;
  spending: number;
  staff: number;
}
export interface TruthUnit {
  label: string;
  kind: 'xa' | 'phuong' | 'co-quan';
  name: string;
  /** Pages of the estimate (A4 + A3); null = the unit sent no estimate. */
  estimatePages: number | null;
  rounds: TruthRound[];
  /** How its reports were written: 'one-file' | 'template' | 'hand-made' | 'upper'. */
  layout: string;
}

const pad = (i: number) => String(i).padStart(3, '0');
const kindOf = (i: number): TruthUnit['kind'] => (i <= 95 ? 'xa' : i <= 115 ? 'phuong' : 'co-quan');
const nameOf = (i: number) => (kindOf(i) === 'co-quan' ? `Sở Hư Cấu ${pad(i)}` : `Hư Cấu ${pad(i)}`);
const labelOf = (i: number) => (kindOf(i) === 'xa' ? `xã ${nameOf(i)}` : kindOf(i) === 'phuong' ? `phường ${nameOf(i)}` : nameOf(i));
const PROFILES = [
  [250, 550, 750, 1000], // fast: done by 20/6
  [150, 400, 550, 800], // steady
  [80, 180, 250, 380], // slow: late
] as const;

/** The generator's figures: unit i (1-based). */
export function truthOf(i: number): TruthUnit {
  const estimate = 20_000 + ((i * 7919) % 40_000);
  const a3Est = 200 + ((i * 37) % 800);
  const profile = PROFILES[i % 3]!;
  const rounds: TruthRound[] = [];
  if (i <= 110) {
    CORPUS_DATES.forEach((date, k) => {
      if (i % 9 === 0 && k === 2) return; // misses the third round
      const pm = profile[k]!;
      const pages = Math.floor((estimate * pm) / 1000);
      const a3 = Math.floor((a3Est * pm) / 1000);
      rounds.push({ date, pagesA4: pages - a3, pagesA3: a3, metresHundredths: Math.floor((estimate * pm) / 50_000), files: Math.floor(pages / 105), documents: Math.floor(pages / 105) * 12, spending: pages * 1500, staff: 2 + (i % 5) });
    });
  }
  return { label: labelOf(i), kind: kindOf(i), name: nameOf(i), estimatePages: i <= 114 ? estimate : null, rounds, layout: ['one-file', 'template', 'hand-made', 'upper'][i % 4]! };
}

export function corpusRegistry(): RegistryFile {
  return {
    id: 'tinh-hu-cau',
    title: 'Tỉnh Hư Cấu (120 đơn vị hư cấu)',
    sample: true,
    provenance: { doc: 'MẪU', where: 'scripts/make-progress-corpus.ts', status: 'sample', note: 'Số liệu hư cấu' },
    units: Array.from({ length: CORPUS_UNITS }, (_, k) => ({ kind: kindOf(k + 1), name: nameOf(k + 1) })),
  };
}

const T = progressLayout;
const templateHeaders = T.templateOrder.map((k) => T.columnOf(k).header);
const handHeaders = ['TT', 'Tên đơn vị', 'Ngày', 'Mét giá đã chỉnh lý', 'Số trang A4', 'Số trang A3', 'Khổ lớn hơn A3', 'Số hồ sơ', 'Số văn bản', 'Kinh phí đã chi', 'Số người', 'Ghi chú'];
const vn = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const metresText = (h: number) => `${Math.floor(h / 100)},${String(h % 100).padStart(2, '0')}`;
const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const unaccented = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** One report workbook with the given rows of one unit. */
async function reportWorkbook(u: TruthUnit, rows: TruthRound[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(u.layout === 'hand-made' ? 'Sheet1' : T.REPORT_SHEET);
  ws.getCell('A1').value = 'MẪU — BÁO CÁO KẾT QUẢ SỐ HÓA (số liệu hư cấu)';
  ws.getCell('A2').value = u.layout === 'hand-made' ? `Đơn vị: ${unaccented(u.label)}` : `Đơn vị: ${u.label}`;
  const headerRow = u.layout === 'hand-made' ? 4 : T.HEADER_ROW;
  ws.getRow(headerRow).values = u.layout === 'hand-made' ? handHeaders : templateHeaders;
  rows.forEach((x, k) => {
    const row = ws.getRow(headerRow + 1 + k);
    const metres = x.metresHundredths / 100;
    if (u.layout === 'hand-made') {
      row.values = [k + 1, unaccented(u.label), ddmmyyyy(x.date), metresText(x.metresHundredths), vn(x.pagesA4), vn(x.pagesA3), '', vn(x.files), vn(x.documents), vn(x.spending), String(x.staff), ''];
    } else {
      const unit = u.layout === 'upper' ? `UBND ${u.label}`.toUpperCase() : u.layout === 'template' && u.kind !== 'co-quan' ? `UBND ${u.label}` : u.label;
      const date = u.layout === 'upper' ? new Date(`${x.date}T00:00:00Z`) : ddmmyyyy(x.date);
      row.values = [k + 1, unit, date, metres, x.pagesA4, x.pagesA3, null, x.files, x.documents, x.spending, x.staff, 'MẪU'];
    }
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const exampleInput = JSON.parse(
  (await import('node:fs')).readFileSync(new URL('../examples/xa-bao-ha.json', import.meta.url), 'utf8'),
) as EstimateInputJson;

/** The standard estimate workbook of unit i (MẪU price book), with its pages as the generator decided. */
async function estimateWorkbook(u: TruthUnit, i: number): Promise<Uint8Array> {
  const input = structuredClone(exampleInput);
  const a3 = 200 + ((i * 37) % 800);
  const est = u.estimatePages!;
  input.header.agency = u.kind === 'co-quan' ? u.label.toUpperCase() : `ỦY BAN NHÂN DÂN ${u.label.toUpperCase()}`;
  input.header.agencyKind = u.kind === 'co-quan' ? 'department' : 'commune';
  const metres = Math.max(1, Math.floor(est / 5000));
  for (const s of input.sections) {
    for (const l of s.lines ?? []) {
      if (l.item === 'SH.A4') l.quantity = String(est - a3);
      else if (l.item === 'SH.A3') l.quantity = String(a3);
      else if (l.item === 'KT.DL') l.quantity = String(est);
      else if (l.item === 'CL.RL') l.quantity = String(metres);
      else if (l.item === 'VT.HOP') l.quantity = String(metres * 8);
      else if (l.item === 'BM.HS') l.quantity = String(Math.floor(est / 105));
    }
  }
  input.volumes = { ...input.volumes, metres: String(metres), pagesA4: String(est - a3), pagesA3: String(a3), files: String(Math.floor(est / 105)) };
  const book = loadPriceBook(builtinBooks['mau-2026']!);
  return writeEstimateWorkbook(computeEstimate(input, book), { book });
}

export interface CorpusFiles {
  registry: RegistryFile;
  reports: Array<{ name: string; bytes: Uint8Array }>;
  estimates: Array<{ name: string; bytes: Uint8Array }>;
  truth: TruthUnit[];
}

/** Build the corpus in memory (no file written). `estimates: false` skips the estimate workbooks (the benchmark). */
export async function makeProgressCorpus(opts: { estimates?: boolean } = {}): Promise<CorpusFiles> {
  const truth = Array.from({ length: CORPUS_UNITS }, (_, k) => truthOf(k + 1));
  const reports: CorpusFiles['reports'] = [];
  const estimates: CorpusFiles['estimates'] = [];
  for (let i = 1; i <= CORPUS_UNITS; i++) {
    const u = truth[i - 1]!;
    if (u.rounds.length) {
      if (u.layout === 'one-file') reports.push({ name: `bao-cao-${pad(i)}.xlsx`, bytes: await reportWorkbook(u, u.rounds) });
      else for (const r of u.rounds) reports.push({ name: `bao-cao-${pad(i)}-${r.date}.xlsx`, bytes: await reportWorkbook(u, [r]) });
    }
    if (opts.estimates !== false && u.estimatePages !== null) estimates.push({ name: `du-toan-${pad(i)}.xlsx`, bytes: await estimateWorkbook(u, i) });
  }
  return { registry: corpusRegistry(), reports, estimates, truth };
}

/** Write the corpus under `dir`. */
export async function writeProgressCorpus(dir: string): Promise<CorpusFiles> {
  const c = await makeProgressCorpus();
  mkdirSync(join(dir, 'bao-cao'), { recursive: true });
  mkdirSync(join(dir, 'du-toan'), { recursive: true });
  writeFileSync(join(dir, 'don-vi.json'), JSON.stringify(c.registry, null, 2));
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(c.truth, null, 1));
  for (const f of c.reports) writeFileSync(join(dir, 'bao-cao', f.name), f.bytes);
  for (const f of c.estimates) writeFileSync(join(dir, 'du-toan', f.name), f.bytes);
  return c;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('Cách dùng: node packages/cli/bin/run-ts.js scripts/make-progress-corpus.ts THƯ-MỤC');
    process.exit(2);
  }
  const c = await writeProgressCorpus(dir);
  console.log(`Đã ghi ${c.reports.length} báo cáo, ${c.estimates.length} dự toán, danh sách ${c.registry.units.length} đơn vị (MẪU) vào ${dir}`);
}
