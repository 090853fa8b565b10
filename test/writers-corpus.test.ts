// Files from every writer (issue 12): our estimates re-serialised the way other writers save them, and workbooks of
// other content written by every writer that runs here (test/fixtures/writers, built by
// scripts/make-writer-corpus.ts). Each re-serialised file must give the SAME grid as its original — values,
// formulas, defined names, sheets — and the same audit findings; the files of writers that store formulas without
// cached values (openpyxl, xlsx-populate) the same formulas with null values (their audit equality waits for the
// formula evaluator: test/writers-audit.pending.ts). The foreign workbooks: every one read, its sheets named, its
// cells as written (the content is listed in the script), no crash, no English.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinBooks, cellAddress, DutoanError, loadPriceBook, type Finding, type GridSheet, type WorkbookGrid } from '@dutoan/core';
import { auditWorkbook, readXlsxGrid } from '@dutoan/xlsx';
import { corpusDir, foreignContent, foreignWriters, openpyxlScript, transformations, type Transformation } from '../scripts/make-writer-corpus.ts';

const require = createRequire(import.meta.url);
const book = loadPriceBook(builtinBooks['mau-2026']!);
const originals = readdirSync(corpusDir).filter((d) => d !== 'foreign').sort();
const file = (o: string, t: string) => new Uint8Array(readFileSync(join(corpusDir, o, `${t}.xlsx`)));
/** Writers that store formulas without their cached values. */
const NO_CACHE: readonly Transformation[] = ['openpyxl', 'xlsx-populate'];

type Cell = { value: unknown; formula: string | undefined };
function cellMap(g: WorkbookGrid): Map<string, Cell> {
  const out = new Map<string, Cell>();
  const put = (s: GridSheet, r: number, c: number) => {
    const v = s.values[r]?.[c];
    const f = s.formulas?.[r]?.[c];
    const formula = typeof f === 'string' ? f : undefined;
    if ((v === null || v === undefined) && formula === undefined) return;
    out.set(`${s.name}!${cellAddress(r + 1, c + 1)}`, { value: v instanceof Date ? v.toISOString() : (v ?? null), formula });
  };
  for (const s of g.sheets) {
    s.values.forEach((row, r) => row?.forEach((_v, c) => put(s, r, c)));
    s.formulas?.forEach((row, r) => row?.forEach((_f, c) => put(s, r, c)));
  }
  return out;
}
const sheetsOf = (g: WorkbookGrid) => g.sheets.map((s) => `${s.name}${s.state && s.state !== 'visible' ? ` (${s.state})` : ''}`);
const brief = (fs: readonly Finding[]) =>
  fs.map((f) => `${f.code}@${'cell' in f.location ? `${f.location.sheet}!${f.location.cell}` : String(f.location.line)}:${f.severity}`).sort();

describe('the corpus of re-serialised estimates', () => {
  it('holds every transformation of the three examples and the hand-made submission', () => {
    expect(originals).toEqual(['so-tu-phap', 'so-van-hoa', 'trung-tam-luu-tru', 'xa-bao-ha']);
    for (const o of originals) for (const t of transformations) expect(existsSync(join(corpusDir, o, `${t}.xlsx`)), `${o}/${t}`).toBe(true);
    expect(readdirSync(join(corpusDir, 'foreign')).sort()).toEqual([...foreignWriters].map((w) => `${w}.xlsx`).sort());
  });

  for (const o of originals) {
    describe(o, () => {
      const base = readXlsxGrid(file(o, 'original'));
      const baseCells = cellMap(base);

      for (const t of transformations.filter((x) => x !== 'original' && !NO_CACHE.includes(x))) {
        it(`${t}: the same cells, names and sheets as the original, and the same audit findings`, async () => {
          const g = readXlsxGrid(file(o, t), { name: `${t}.xlsx` });
          expect(sheetsOf(g)).toEqual(sheetsOf(base));
          expect(g.names).toEqual(base.names);
          expect(Object.fromEntries(cellMap(g))).toEqual(Object.fromEntries(baseCells));
          const [a, b] = await Promise.all([auditWorkbook(file(o, 'original'), book), auditWorkbook(file(o, t), book)]);
          expect(brief(b.findings)).toEqual(brief(a.findings));
        });
      }

      for (const t of NO_CACHE) {
        it(`${t} (formulas stored without cached values): the same formulas, their values null, every other cell the same`, () => {
          const g = readXlsxGrid(file(o, t), { name: `${t}.xlsx` });
          expect(sheetsOf(g)).toEqual(sheetsOf(base));
          expect(g.names).toEqual(base.names);
          const cells = cellMap(g);
          const expected = new Map<string, Cell>();
          for (const [k, c] of baseCells) {
            if (c.formula !== undefined) expected.set(k, { value: null, formula: c.formula });
            // xlsx-populate writes a text made of digits (the STT "1" typed as text) back as a number.
            else if (t === 'xlsx-populate' && typeof c.value === 'string' && /^\d+$/.test(c.value)) expected.set(k, { value: Number(c.value), formula: undefined });
            else expected.set(k, c);
          }
          expect(Object.fromEntries(cells)).toEqual(Object.fromEntries(expected));
          expect([...baseCells.values()].filter((c) => c.formula !== undefined).length).toBeGreaterThan(10);
        });
      }
    });
  }
});

/** python3 with openpyxl: required under CI (.ci/run installs python3-openpyxl), optional elsewhere. */
function openpyxlAvailable(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import openpyxl'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error('python3-openpyxl không có trên máy CI: .ci/run phải cài gói Debian python3-openpyxl.');
    return false;
  }
}

describe('openpyxl run now (not only the committed files)', () => {
  it('re-saves every original without cached values; the byte layer keeps the formulas and gives null values', (ctx) => {
    if (!openpyxlAvailable()) return ctx.skip('python3-openpyxl chưa cài: apt-get install python3-openpyxl');
    const dir = mkdtempSync(join(tmpdir(), 'dutoan-openpyxl-'));
    try {
      const args = originals.flatMap((o) => [join(corpusDir, o, 'original.xlsx'), join(dir, `${o}.xlsx`)]);
      execFileSync('/usr/bin/python3', [openpyxlScript, ...args], { stdio: 'ignore', timeout: 120_000 });
      for (const o of originals) {
        const fresh = cellMap(readXlsxGrid(new Uint8Array(readFileSync(join(dir, `${o}.xlsx`)))));
        const committed = cellMap(readXlsxGrid(file(o, 'openpyxl')));
        expect(Object.fromEntries(fresh), o).toEqual(Object.fromEntries(committed));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('encryption', () => {
  it('a real password (not Excel\'s default) gets the clear message, with either method', () => {
    const officeCrypto = require('officecrypto-tool') as { encrypt: (b: Buffer, o: { password: string; type?: string }) => Buffer };
    const plain = Buffer.from(file('xa-bao-ha', 'original'));
    for (const type of ['standard', 'agile']) {
      const bytes = new Uint8Array(officeCrypto.encrypt(plain, { password: 'MatKhau-2026', ...(type === 'standard' ? { type } : {}) }));
      const e = (() => {
        try {
          readXlsxGrid(bytes, { name: 'mat-khau.xlsx' });
        } catch (x) {
          return x as DutoanError;
        }
        throw new Error(`${type}: a workbook with a real password was read`);
      })();
      expect(e.code, type).toBe('FILE_ENCRYPTED');
      expect(e.message, type).toContain('Tệp mat-khau.xlsx được đặt mật khẩu mở tệp (đã mã hóa)');
    }
  });

  it('a changed byte of the encrypted package: agile files fail their integrity check; standard ones (no check) are refused by what they decrypt to', () => {
    const flip = (t: string, fromEnd: number) => {
      const b = file('so-tu-phap', t).slice();
      b[b.length - fromEnd] = b[b.length - fromEnd]! ^ 0xff;
      try {
        readXlsxGrid(b, { name: 'hong.xlsx' });
      } catch (x) {
        return x as DutoanError;
      }
      return null;
    };
    const agile = flip('encrypted-agile', 2000);
    expect(agile?.code).toBe('FILE_DAMAGED');
    expect(agile?.params).toMatchObject({ kind: 'encrypted-integrity' });
    expect(agile?.message).toContain('mã kiểm tra toàn vẹn không khớp');
    const standard = flip('encrypted-standard', 5000);
    expect(standard).toBeInstanceOf(DutoanError);
    expect(standard!.message).toMatch(/^Tệp hong\.xlsx/);
  });
});

describe('workbooks of other content from every writer (foreign)', () => {
  const c = foreignContent;
  for (const w of foreignWriters) {
    it(`${w}: read, its three sheets named, its cells as written`, async () => {
      const g = readXlsxGrid(new Uint8Array(readFileSync(join(corpusDir, 'foreign', `${w}.xlsx`))), { name: `${w}.xlsx` });
      expect(g.sheets.map((s) => s.name)).toEqual(c.sheets);
      const [a, b, v] = g.sheets as [GridSheet, GridSheet, GridSheet];
      const noCache = w === 'openpyxl' || w === 'xlsx-populate';
      expect(a.values[0]?.[0]).toBe(c.title);
      expect(a.merges).toEqual(['A1:D1']);
      expect(a.values[2]).toEqual(['Nr.', 'Bestand', 'Datum', 'Anzahl', 'Geprüft']);
      c.rows.forEach((r, i) => expect(a.values[3 + i], `row ${4 + i}`).toEqual(r));
      expect(a.values[6]?.[1]).toBe('Summe');
      expect(a.formulas?.[6]?.[3]).toBe('=SUM(D4:D6)');
      expect(a.values[6]?.[3]).toBe(noCache ? null : c.sum);
      expect(b.values[0]?.[0]).toBe(c.french);
      expect(b.values[1]).toEqual([c.german, c.frenchDate]);
      expect(b.values[2]?.[0]).toBe(42);
      // LibreOffice writes the sheet name without quotes where none are needed.
      expect([`='Übersicht'!D7*2`, '=Übersicht!D7*2']).toContain(b.formulas?.[3]?.[0]);
      expect(b.values[3]?.[0]).toBe(noCache ? null : c.twice);
      expect(v.values).toEqual([[c.vietnamese[0]], [c.vietnamese[1], c.vietnamese[2]], [c.vietnamese[3], c.vietnamese[4]]]);
      // Not an estimate: the audit says so in Vietnamese, naming the sheets — no crash, no English.
      const e = await auditWorkbook(new Uint8Array(readFileSync(join(corpusDir, 'foreign', `${w}.xlsx`))), book, { name: `${w}.xlsx` }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(DutoanError);
      expect((e as DutoanError).code).toBe('TABLE_NOT_FOUND');
      for (const s of c.sheets) expect((e as DutoanError).message).toContain(s);
      expect((e as DutoanError).message).not.toMatch(/Cannot|undefined|TypeError|\n\s+at /);
    });
  }

  it('the writing application is named when the file says it', () => {
    const app = (w: string) => readXlsxGrid(new Uint8Array(readFileSync(join(corpusDir, 'foreign', `${w}.xlsx`)))).application;
    expect(app('libreoffice')).toMatch(/^LibreOffice/);
    expect(app('sheetjs')).toBe('SheetJS');
    expect(app('openxml-sdk-style')).toBeUndefined();
  });
});
