// Tampered corpus for the audit (bộ hồ sơ bị làm sai có chủ đích): standard workbooks written from the three
// examples (mau-2026 sample book), each then given ONE defect the way a person would make it in Excel — a typed
// price, an edited formula, a cleared cell — after which every formula of "Dự toán" is recalculated (as Excel
// does) and, unless the defect is about the words, "Bằng chữ" is retyped to match. Each case states the finding
// it must produce and where; the cell is located from the workbook itself (defined names, hidden item codes),
// never from the audit reader.
//
//   node packages/cli/bin/run-ts.js scripts/make-tampered-corpus.ts OUT_DIR   → OUT_DIR/*.xlsx + manifest.json
import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  amountInWords,
  builtinBooks,
  computeEstimate,
  Decimal,
  definedNames as N,
  gridEvaluator,
  isFormulaError,
  loadPriceBook,
  sheetNames,
  type EstimateInputJson,
  type FindingCode,
  type PriceBook,
  type Severity,
} from '@dutoan/core';
import { readWorkbookGrid, writeEstimateWorkbook } from '@dutoan/xlsx';

export const examples = ['xa-bao-ha', 'so-van-hoa', 'trung-tam-luu-tru'] as const;
export type ExampleName = (typeof examples)[number];

export interface ExpectedFinding {
  code: FindingCode;
  sheet: string;
  cell: string;
  severity: Severity;
}

export interface CorpusCase {
  /** File stem, e.g. "01-price-mismatch-xa-bao-ha". */
  name: string;
  example: ExampleName;
  /** What was done to the workbook (Vietnamese). */
  defect: string;
  expected: ExpectedFinding[];
  /** Audit against a non-sample copy of the sample book (same prices, status "user"). */
  officialBook?: boolean;
  /** The expected findings replace the untouched workbook's findings instead of adding to them. */
  replacesBaseline?: boolean;
  bytes: Uint8Array;
}

const sampleBook = loadPriceBook(builtinBooks['mau-2026']!);
/** The sample prices under a non-sample status: what auditing a MẪU submission with a real book looks like. */
export const officialLikeBook: PriceBook = loadPriceBook({ ...builtinBooks['mau-2026']!, id: 'thu-nghiem-chinh-thuc', status: 'user' });
export { sampleBook };

const ESTIMATE: string = sheetNames.estimate;
const BOOK_SHEET: string = sheetNames.book;

export function exampleInput(name: ExampleName): EstimateInputJson {
  return JSON.parse(readFileSync(new URL(`../examples/${name}.json`, import.meta.url), 'utf8')) as EstimateInputJson;
}

async function writeExample(input: EstimateInputJson): Promise<Uint8Array> {
  return writeEstimateWorkbook(computeEstimate(input, sampleBook), { book: sampleBook });
}

// ---------------------------------------------------------------------------------------------------------------
// Every formula of "Dự toán" recomputed by core's evaluator (exact decimal), from the cells as edited — what
// Excel shows after the edit — and written back as the cached results.

async function recalcEstimateSheet(wb: ExcelJS.Workbook): Promise<void> {
  const grid = await readWorkbookGrid(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  const ev = gridEvaluator(grid, { inputs: 'recalculate' });
  wb.getWorksheet(ESTIMATE)!.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type !== ExcelJS.ValueType.Formula) return;
      const v = ev.evaluateCell(ESTIMATE, Number(cell.row), Number(cell.col));
      if (isFormulaError(v)) throw new Error(`${cell.address} =${cell.formula}: ${v.error}`);
      cell.value = { formula: cell.formula, result: v instanceof Decimal ? Number(v.toString()) : v } as ExcelJS.CellFormulaValue;
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------------

/** A written workbook opened for one tampering. Cells are found by defined names and the hidden item codes. */
class Doc {
  constructor(readonly wb: ExcelJS.Workbook, private readonly words: Parameters<typeof amountInWords>[1]) {}
  get ws(): ExcelJS.Worksheet {
    return this.wb.getWorksheet(ESTIMATE)!;
  }
  /** { sheet, cell } of a defined name. */
  name(name: string): { sheet: string; cell: string; row: number } {
    const dn = (this.wb.definedNames.model as Array<{ name: string; ranges: string[] }>).find((d) => d.name === name);
    if (!dn) throw new Error(`no defined name ${name}`);
    const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(dn.ranges[0]!)!;
    return { sheet: m[1]!.replace(/''/g, "'"), cell: `${m[2]}${m[3]}`, row: Number(m[3]) };
  }
  /** Rows of the lines whose hidden code (column H) is `code`, top to bottom. */
  rows(code: string): number[] {
    const out: number[] = [];
    this.ws.eachRow((row, r) => {
      if (row.getCell('H').value === code) out.push(r);
    });
    if (!out.length) throw new Error(`no line ${code}`);
    return out;
  }
  row(code: string): number {
    return this.rows(code)[0]!;
  }
  formula(addr: string): string {
    return this.ws.getCell(addr).formula;
  }
  setFormula(addr: string, formula: string): void {
    this.ws.getCell(addr).value = { formula, result: 0 } as ExcelJS.CellFormulaValue;
  }
  set(addr: string, value: ExcelJS.CellValue, sheet = ESTIMATE): void {
    this.wb.getWorksheet(sheet)!.getCell(addr).value = value;
  }
  /** Replace a formula by its cached result, as a typed number. */
  freeze(addr: string): void {
    const c = this.ws.getCell(addr);
    c.value = c.result as number;
  }
  recalc(): Promise<void> {
    return recalcEstimateSheet(this.wb);
  }
  /** Retype "Bằng chữ" for the final amount (what a careful clerk does after a change). */
  refreshWords(): void {
    const final = this.ws.getCell(this.name(N.finalAmount).cell).result as number;
    this.ws.getCell(this.name(N.words).cell).value = `Bằng chữ: ${amountInWords(String(final), this.words)}`;
  }
  async bytes(): Promise<Uint8Array> {
    return new Uint8Array((await this.wb.xlsx.writeBuffer()) as ArrayBuffer);
  }
}

interface CaseDef {
  slug: string;
  example: ExampleName;
  defect: string;
  /** Change the example's input before computing (structural variants: removed section, duplicated line). */
  input?: (i: EstimateInputJson) => void;
  /** Edit the written workbook; returns the expected findings. Recalculation and words are handled after. */
  edit?: (d: Doc) => Array<Omit<ExpectedFinding, 'sheet'> & { sheet?: string }>;
  /** "Bằng chữ" is left as it was (the defect is about the words). */
  keepWords?: boolean;
  officialBook?: boolean;
  replacesBaseline?: boolean;
  expect?: (d: Doc) => Array<Omit<ExpectedFinding, 'sheet'> & { sheet?: string }>;
}

const E = (code: FindingCode, cell: string, severity: Severity = 'error', sheet?: string) => ({ code, cell, severity, ...(sheet ? { sheet } : {}) });

export const caseDefs: CaseDef[] = [
  {
    slug: 'price-mismatch', example: 'xa-bao-ha', defect: 'Gõ đơn giá số hóa trang A3 là 2.300 thay vì 2.222 của bảng giá',
    edit: (d) => { const r = d.row('SH.A3'); d.set(`E${r}`, 2300); return [E('PRICE_MISMATCH', `E${r}`)]; },
  },
  {
    slug: 'price-mismatch', example: 'so-van-hoa', defect: 'Đơn giá chỉnh lý tài liệu đã lập hồ sơ sơ bộ sửa thành 6.700.000',
    edit: (d) => { const r = d.row('CL.SB'); d.set(`E${r}`, 6700000); return [E('PRICE_MISMATCH', `E${r}`)]; },
  },
  {
    slug: 'unknown-item-code', example: 'xa-bao-ha', defect: 'Mã hạng mục ẩn của dòng biên mục hồ sơ sửa thành BM.XX (không có trong bảng giá)',
    edit: (d) => { const r = d.row('BM.HS'); d.set(`H${r}`, 'BM.XX'); return [E('UNKNOWN_ITEM', `B${r}`)]; },
  },
  {
    slug: 'unknown-item-name', example: 'trung-tam-luu-tru', defect: 'Dòng nghiệm thu bị thay bằng "Thuê máy chủ lưu trữ dữ liệu" (không mã, không có trong bảng giá)',
    edit: (d) => { const r = d.row('NT'); d.set(`H${r}`, null); d.set(`B${r}`, 'Thuê máy chủ lưu trữ dữ liệu'); return [E('UNKNOWN_ITEM', `B${r}`)]; },
  },
  {
    slug: 'unit-mismatch', example: 'xa-bao-ha', defect: 'Đơn vị tính của số hóa trang A4 ghi "Tờ"',
    edit: (d) => { const r = d.row('SH.A4'); d.set(`C${r}`, 'Tờ'); return [E('UNIT_MISMATCH', `C${r}`)]; },
  },
  {
    slug: 'unit-mismatch', example: 'so-van-hoa', defect: 'Đơn vị tính của chỉnh lý tài liệu rời lẻ ghi "Hộp"',
    edit: (d) => { const r = d.row('CL.RL'); d.set(`C${r}`, 'Hộp'); return [E('UNIT_MISMATCH', `C${r}`)]; },
  },
  {
    slug: 'arithmetic', example: 'xa-bao-ha', defect: 'Công thức thành tiền biên mục hồ sơ bị thêm "+1000"',
    edit: (d) => { const r = d.row('BM.HS'); d.setFormula(`F${r}`, `ROUND(D${r}*E${r},0)+1000`); return [E('ARITHMETIC', `F${r}`)]; },
  },
  {
    slug: 'arithmetic', example: 'so-van-hoa', defect: 'Công thức thành tiền biên mục văn bản lấy nhầm khối lượng, đơn giá của dòng dưới',
    edit: (d) => { const r = d.row('BM.VB'); d.setFormula(`F${r}`, `ROUND(D${r + 1}*E${r + 1},0)`); return [E('ARITHMETIC', `F${r}`)]; },
  },
  {
    slug: 'subtotal', example: 'xa-bao-ha', defect: 'Dòng Cộng phần II cộng thiếu dòng cuối',
    edit: (d) => { const c = d.name(N.subtotalRow('II')).cell; d.setFormula(c, d.formula(c).replace(/F(\d+)\)$/, (_, n) => `F${Number(n) - 1})`)); return [E('SUBTOTAL', c)]; },
  },
  {
    slug: 'section-total', example: 'so-van-hoa', defect: 'Tổng phần I quên cộng thuế GTGT',
    edit: (d) => { const c = d.name(N.sectionRow('I')).cell; d.setFormula(c, `F${d.name(N.subtotalRow('I')).row}`); return [E('SECTION_TOTAL', c)]; },
  },
  {
    slug: 'total', example: 'trung-tam-luu-tru', defect: 'TỔNG CỘNG bỏ sót phần III',
    edit: (d) => { const c = d.name(N.grandTotal).cell; d.setFormula(c, `F${d.name(N.sectionRow('I')).row}+F${d.name(N.sectionRow('II')).row}`); return [E('TOTAL', c)]; },
  },
  {
    slug: 'rounding', example: 'xa-bao-ha', defect: 'Làm tròn đến trăm đồng thay vì nghìn đồng',
    edit: (d) => { const c = d.name(N.rounding).cell; const t = d.name(N.grandTotal).cell; d.setFormula(c, `ROUND(${t},-2)-${t}`); return [E('ROUNDING', c)]; },
  },
  {
    slug: 'vat-rate', example: 'so-van-hoa', defect: 'Thuế suất GTGT phần I ghi 7%',
    edit: (d) => { const r = d.name(N.vatRow('I')).row; d.set(`D${r}`, 0.07); return [E('VAT_RATE', `D${r}`)]; },
  },
  {
    slug: 'vat-amount', example: 'so-van-hoa', defect: 'Thuế GTGT phần II làm tròn đến nghìn đồng (ROUND(…,-3)) thay vì đến đồng',
    edit: (d) => { const c = d.name(N.vatRow('II')); d.setFormula(c.cell, `ROUND(F${d.name(N.subtotalRow('II')).row}*D${c.row},-3)`); return [E('VAT_AMOUNT', c.cell)]; },
  },
  {
    slug: 'vat-basis-missing', example: 'xa-bao-ha', defect: 'Xóa căn cứ áp dụng thuế GTGT của phần I',
    edit: (d) => { const r = d.name(N.vatRow('I')).row; d.set(`G${r}`, null); return [E('VAT_BASIS_MISSING', `G${r}`, 'warning')]; },
  },
  {
    slug: 'words-mismatch', example: 'trung-tam-luu-tru', defect: 'Bằng chữ ghi "Một tỷ đồng"', keepWords: true,
    edit: (d) => { const c = d.name(N.words).cell; d.set(c, 'Bằng chữ: Một tỷ đồng'); return [E('WORDS_MISMATCH', c)]; },
  },
  {
    slug: 'words-stale', example: 'xa-bao-ha', defect: 'Sửa khối lượng số hóa A4 (39.500 → 39.600) mà không sửa Bằng chữ', keepWords: true,
    edit: (d) => { d.set(`D${d.row('SH.A4')}`, 39600); return [E('WORDS_MISMATCH', d.name(N.words).cell)]; },
  },
  {
    slug: 'words-unreadable', example: 'so-van-hoa', defect: 'Bằng chữ có chữ không phải cách đọc số ("năm hào")', keepWords: true,
    edit: (d) => { const c = d.name(N.words).cell; d.set(c, 'Bằng chữ: Hai trăm năm mươi tư triệu đồng và năm hào'); return [E('WORDS_UNREADABLE', c)]; },
  },
  {
    slug: 'words-missing', example: 'xa-bao-ha', defect: 'Xóa dòng Bằng chữ', keepWords: true,
    edit: (d) => { const c = d.name(N.words).cell; d.set(c, null); return [E('WORDS_MISSING', c, 'warning')]; },
  },
  {
    slug: 'formula-overwritten', example: 'so-van-hoa', defect: 'Thành tiền số hóa A4 gõ đè bằng số (đúng giá trị)',
    edit: (d) => { const c = `F${d.row('SH.A4')}`; d.freeze(c); return [E('FORMULA_OVERWRITTEN', c, 'warning')]; },
  },
  {
    slug: 'formula-overwritten', example: 'trung-tam-luu-tru', defect: 'Dòng Cộng phần I gõ đè bằng số (đúng giá trị)',
    edit: (d) => { const c = d.name(N.subtotalRow('I')).cell; d.freeze(c); return [E('FORMULA_OVERWRITTEN', c, 'warning')]; },
  },
  {
    slug: 'book-hash', example: 'xa-bao-ha', defect: 'Dấu vân tay bảng đơn giá bị sửa',
    edit: (d) => { const h = d.name(N.bookHash); d.set(h.cell, `sha256:${'0'.repeat(64)}`, h.sheet); return [E('BOOK_HASH_MISMATCH', h.cell, 'warning', BOOK_SHEET)]; },
  },
  {
    slug: 'sample-book', example: 'so-van-hoa', defect: 'Hồ sơ lập bằng bảng giá MẪU, thẩm tra bằng bảng giá thật (không sửa tệp)',
    officialBook: true, replacesBaseline: true,
    edit: (d) => [E('SAMPLE_BOOK', d.name(N.sampleLabel).cell), E('BOOK_HASH_MISMATCH', d.name(N.bookHash).cell, 'warning', BOOK_SHEET)],
  },
  {
    slug: 'metres-x1000', example: 'xa-bao-ha', defect: '20 mét giá gõ thành 20.000 (nhầm dấu thập phân)',
    edit: (d) => { const c = `D${d.row('CL.RL')}`; d.set(c, 20000); return [E('QUANTITY_IMPLAUSIBLE', c, 'warning')]; },
  },
  {
    slug: 'pages-decimal-slip', example: 'so-van-hoa', defect: '62.345 trang A4 thành 62,345 trang (nhầm dấu phẩy)',
    edit: (d) => { const c = `D${d.row('SH.A4')}`; d.set(c, 62.345); return [E('QUANTITY_IMPLAUSIBLE', c, 'warning')]; },
  },
  {
    slug: 'pages-per-metre', example: 'xa-bao-ha', defect: 'Mét giá chỉnh lý 20 → 2: 40.000 trang trên 2 mét',
    edit: (d) => { d.set(`D${d.row('CL.RL')}`, 2); return [E('QUANTITY_IMPLAUSIBLE', `D${d.row('KT.DL')}`, 'warning')]; },
  },
  {
    slug: 'pages-without-metres', example: 'xa-bao-ha', defect: 'Bỏ phần I (chỉnh lý): có số trang số hóa mà không có mét giá',
    input: (i) => void (i.sections = i.sections.filter((s) => s.id !== 'I')),
    expect: (d) => [E('QUANTITY_IMPLAUSIBLE', `D${d.row('KT.DL')}`, 'info')],
  },
  {
    slug: 'duplicate-line', example: 'so-van-hoa', defect: 'Dòng số hóa trang A3 bị chép lặp',
    input: (i) => {
      const s = i.sections.find((x) => x.id === 'II')!;
      const line = s.lines!.find((l) => l.item === 'SH.A3')!;
      s.lines!.splice(s.lines!.indexOf(line) + 1, 0, { ...line });
    },
    expect: (d) => [E('DUPLICATE_LINE', `B${d.rows('SH.A3')[1]}`)],
  },
  {
    slug: 'header-agency', example: 'xa-bao-ha', defect: 'Xóa tên cơ quan lập dự toán',
    edit: (d) => { const c = d.name(N.agency).cell; d.set(c, null); return [E('HEADER_MISSING', c, 'warning')]; },
  },
  {
    slug: 'header-date', example: 'so-van-hoa', defect: 'Ngày lập để trống "ngày … tháng … năm 2026"',
    edit: (d) => { const c = d.name(N.dateLine).cell; d.set(c, 'Lào Cai, ngày … tháng … năm 2026'); return [E('HEADER_MISSING', c, 'warning')]; },
  },
  {
    slug: 'header-signer', example: 'trung-tam-luu-tru', defect: 'Xóa họ tên kế toán trưởng',
    edit: (d) => { const c = d.name(N.accountant).cell; d.set(c, null); return [E('HEADER_MISSING', c, 'warning')]; },
  },
];

/** The untouched workbook of each example. */
export async function baselineWorkbooks(): Promise<Record<ExampleName, Uint8Array>> {
  const out = {} as Record<ExampleName, Uint8Array>;
  for (const e of examples) out[e] = await writeExample(exampleInput(e));
  return out;
}

export async function makeTamperedCorpus(): Promise<CorpusCase[]> {
  const cases: CorpusCase[] = [];
  for (const [i, def] of caseDefs.entries()) {
    const input = exampleInput(def.example);
    def.input?.(input);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeExample(input)) as unknown as ArrayBuffer);
    const doc = new Doc(wb, (input.words ?? {}) as Parameters<typeof amountInWords>[1]);
    const found = def.edit ? def.edit(doc) : [];
    if (def.edit && !def.officialBook) {
      await doc.recalc();
      if (!def.keepWords) doc.refreshWords();
    }
    const expected = [...found, ...(def.expect ? def.expect(doc) : [])].map((f) => ({ ...f, sheet: f.sheet ?? ESTIMATE }));
    cases.push({
      name: `${String(i + 1).padStart(2, '0')}-${def.slug}-${def.example}`,
      example: def.example,
      defect: def.defect,
      expected,
      ...(def.officialBook ? { officialBook: true } : {}),
      ...(def.replacesBaseline ? { replacesBaseline: true } : {}),
      bytes: await doc.bytes(),
    });
  }
  return cases;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('Cách dùng: node packages/cli/bin/run-ts.js scripts/make-tampered-corpus.ts THƯ-MỤC-RA');
    process.exit(2);
  }
  mkdirSync(dir, { recursive: true });
  const cases = await makeTamperedCorpus();
  for (const c of cases) writeFileSync(join(dir, `${c.name}.xlsx`), c.bytes);
  const base = await baselineWorkbooks();
  for (const [name, bytes] of Object.entries(base)) writeFileSync(join(dir, `00-nguyen-ban-${name}.xlsx`), bytes);
  const manifest = cases.map(({ bytes: _b, ...rest }) => rest);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`Đã ghi ${cases.length} tệp bị làm sai và ${Object.keys(base).length} tệp nguyên bản vào ${dir}`);
}
