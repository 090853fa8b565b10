/**
 * The layout corpus (test/fixtures/layouts/, issue 11) proves itself here, independently of any reader:
 * - the kit's hand arithmetic and its amount-in-words writer against published figures (DOMAIN.md §4);
 * - the prices it states are the MẪU book's;
 * - expected.json is exactly what the layout definitions produce, and well-formed (known codes, every defect
 *   planted, every clean file expecting nothing, ≥ 40 layouts);
 * - every committed workbook holds what its layout says, cell by cell — typed values, formula texts, merges,
 *   hidden rows, columns and sheets — and every formula's cached value, which LibreOffice computed (the files
 *   it saved say so), equals the hand-computed figure.
 * No LibreOffice is needed: the generator ran it (scripts/make-layout-corpus.ts); this checks what it left.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { builtinBooks, findingCodes } from '@dutoan/core';
import { readWorkbookGrid } from '@dutoan/xlsx';
import { layouts } from './fixtures/layouts/define/index.ts';
import { P } from './fixtures/layouts/kit/book.ts';
import { PLACEHOLDER_CODES, type FileExpectation } from './fixtures/layouts/kit/case.ts';
import { compareGridToSpec, compareStructure } from './fixtures/layouts/kit/compare.ts';
import { corpusFiles } from './fixtures/layouts/kit/corpus.ts';
import { Dec } from './fixtures/layouts/kit/dec.ts';
import { amountWords } from './fixtures/layouts/kit/words.ts';

const dir = new URL('./fixtures/layouts/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as {
  book: string;
  layouts: Array<{ id: string; defects: unknown[] }>;
  files: FileExpectation[];
};
const built = corpusFiles(layouts);

/** One entry of a zip (docProps/app.xml) through its central directory, inflated with node's zlib. */
function zipEntryText(bytes: Uint8Array, name: string): string | null {
  const buf = Buffer.from(bytes);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let k = 0; k < count; k++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const skip = nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    if (buf.subarray(p + 46, p + 46 + nameLen).toString('utf8') === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    p += 46 + skip;
  }
  return null;
}

describe('the corpus kit computes like a person with a calculator', () => {
  it('rounds half away from zero, shifts by powers of ten, reads binary noise to 15 digits', () => {
    expect(Dec.of('2.5').round(0).toString()).toBe('3');
    expect(Dec.of('-2.5').round(0).toString()).toBe('-3');
    expect(Dec.of('577099800').round(-3).toString()).toBe('577100000');
    expect(Dec.of('576822020').round(-3).toString()).toBe('576822000');
    expect(Dec.of('35.5').mul('6666000').toString()).toBe('236643000');
    expect(Dec.of('4666200').shift(-3).toString()).toBe('4666.2');
    expect(Dec.of('0.001111').mul('150000').toString()).toBe('166.65');
    expect(Dec.fromNumber(0.001111 * 150000).toString()).toBe('166.65');
    expect(Dec.fromNumber(0.1 + 0.2).toString()).toBe('0.3');
    expect(Dec.of('1234567.5').toVi()).toBe('1.234.567,5');
  });

  it('writes amounts in words as DOMAIN.md §4 and the hand-made fixture spell them', () => {
    expect(amountWords(1_050_000n)).toBe('Một triệu không trăm năm mươi nghìn đồng');
    expect(amountWords(1_000_500n)).toBe('Một triệu năm trăm đồng');
    expect(amountWords(105n)).toBe('Một trăm linh năm đồng');
    expect(amountWords(105n, { zeroTens: 'lẻ' })).toBe('Một trăm lẻ năm đồng');
    expect(amountWords(21n)).toBe('Hai mươi mốt đồng');
    expect(amountWords(24n)).toBe('Hai mươi tư đồng');
    expect(amountWords(24n, { four: 'bốn' })).toBe('Hai mươi bốn đồng');
    expect(amountWords(25n)).toBe('Hai mươi lăm đồng');
    expect(amountWords(15n)).toBe('Mười lăm đồng');
    expect(amountWords(11n)).toBe('Mười một đồng');
    expect(amountWords(14n)).toBe('Mười bốn đồng');
    expect(amountWords(0n)).toBe('Không đồng');
    expect(amountWords(577_100_000n, { tail: '.' })).toBe('Năm trăm bảy mươi bảy triệu một trăm nghìn đồng.');
    expect(amountWords(576_822_000n)).toBe('Năm trăm bảy mươi sáu triệu tám trăm hai mươi hai nghìn đồng');
    expect(amountWords(1_007_000_000n, { billion: 'tỉ', seven: 'bẩy', commas: true })).toBe('Một tỉ, không trăm linh bẩy triệu đồng');
    expect(amountWords(2_017_000n, { thousand: 'ngàn', ending: 'đồng chẵn', tail: './.' })).toBe('Hai triệu không trăm mười bảy ngàn đồng chẵn./.');
    expect(amountWords(254_451_000n, { unaccented: true })).toBe('Hai tram nam muoi tu trieu bon tram nam muoi mot nghin dong');
  });

  it('states the MẪU book’s prices (regenerate the corpus if the sample book changes)', () => {
    const book = builtinBooks['mau-2026']!;
    const prices = Object.fromEntries(book.items.filter((i) => i.price !== null).map((i) => [i.code, String(i.price).replace(/\./g, '')]));
    expect(prices).toEqual(P);
    expect(expected.book).toBe(book.id);
  });
});

describe('expected.json', () => {
  it('is exactly what the layout definitions produce', () => {
    expect(expected.files).toEqual(JSON.parse(JSON.stringify(built.map((f) => f.expectation))));
    expect(expected.layouts.map((l) => l.id)).toEqual(layouts.map((l) => l.id));
  });

  it('is well-formed: ≥ 40 layouts, each clean and with planted defects; known codes; no error expected on a clean file', () => {
    expect(layouts.length).toBeGreaterThanOrEqual(40);
    const known = new Set<string>([...findingCodes, ...Object.keys(PLACEHOLDER_CODES)]);
    const names = new Set<string>();
    for (const f of expected.files) {
      expect(names.has(f.file), f.file).toBe(false);
      names.add(f.file);
      for (const e of [...f.errors, ...f.warnings, ...f.allowed]) expect(known.has(e.code), `${f.file}: ${e.code}`).toBe(true);
      const sheets = built.find((b) => b.expectation.file === f.file)!.spec.sheets.map((s) => s.name);
      for (const e of [...f.errors, ...f.warnings]) {
        expect(e.cell, f.file).toMatch(/^[A-Z]{1,3}\d+$/);
        expect(sheets, f.file).toContain(e.sheet);
      }
      if (f.variant === 'clean') expect([f.errors, f.warnings, f.defect], f.file).toEqual([[], [], null]);
      else expect(f.errors.length + f.warnings.length, f.file).toBeGreaterThan(0);
      if (f.figures.rounding !== null) expect(BigInt(f.figures.finalAmount) - BigInt(f.figures.grandTotal), f.file).toBe(BigInt(f.figures.rounding));
    }
    for (const l of layouts) {
      expect(expected.files.filter((f) => f.layout === l.id && f.variant === 'clean'), l.id).toHaveLength(1);
      expect(expected.files.filter((f) => f.layout === l.id && f.variant === 'defect').length, l.id).toBeGreaterThanOrEqual(2);
    }
    const onDisk = readdirSync(dir).filter((n) => n.endsWith('.xlsx')).sort();
    expect(onDisk).toEqual([...names].sort());
  });
});

describe('every committed workbook is its layout, and its cached values are LibreOffice’s and equal the hand computation', () => {
  it.each(built.map((f) => [f.expectation.file, f] as const))('%s', async (file, f) => {
    const bytes = new Uint8Array(readFileSync(new URL(file, dir)));
    const grid = await readWorkbookGrid(bytes, file);
    const diffs = [...compareGridToSpec(grid, f.spec), ...(await compareStructure(bytes, f.spec))];
    expect(diffs).toEqual([]);
    const app = zipEntryText(bytes, 'docProps/app.xml');
    expect(app).not.toBeNull();
    if (f.expectation.writer === 'LibreOffice') expect(app).toContain('<Application>LibreOffice');
    else expect(app).not.toContain('LibreOffice');
  });

  it('a cached value that is not the hand-computed figure is caught (the check can fail)', async () => {
    const f = built.find((x) => x.expectation.writer === 'LibreOffice')!;
    const grid = await readWorkbookGrid(new Uint8Array(readFileSync(new URL(f.expectation.file, dir))));
    const [addr, cell] = [...f.spec.sheets[0]!.cells].find(([, c]) => c.f !== undefined)!;
    const sheet = grid.sheets.find((s) => s.name === f.spec.sheets[0]!.name)!;
    const { row, col } = (() => {
      const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
      let c = 0;
      for (const ch of m[1]!) c = c * 26 + ch.charCodeAt(0) - 64;
      return { row: Number(m[2]) - (sheet.origin?.row ?? 1), col: c - (sheet.origin?.col ?? 1) };
    })();
    const values = sheet.values.map((r) => (r ? [...r] : r));
    values[row]![col] = (cell.v as Dec).toNumber() + 1;
    const tampered = { ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, values } : s)) };
    expect(compareGridToSpec(tampered, f.spec).join('\n')).toContain(`${sheet.name}!${addr}: value`);
  });
});
