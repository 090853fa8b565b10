import { describe, expect, it, beforeAll } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cellAddress, type WorkbookGrid } from '@dutoan/core';
import { loadWorkbook, readWorkbookGridFast, workbookToGrid } from '@dutoan/xlsx';
import { baselineWorkbooks, makeTamperedCorpus } from '../scripts/make-tampered-corpus.ts';
import { buildHandMadeWorkbook } from './fixtures/hand-made/make-hand-made.ts';
import { convertBatch, skipMessage, sofficeForTests } from './support/libreoffice.ts';

/** Every non-empty cell as "Sheet!A1 → value | formula", so two grids compare cell by cell. */
function cells(g: WorkbookGrid): string[] {
  const out: string[] = [];
  for (const s of g.sheets) {
    const r0 = s.origin?.row ?? 1;
    const c0 = s.origin?.col ?? 1;
    s.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        const f = s.formulas?.[r]?.[c] ?? null;
        if ((v === null || v === undefined) && f === null) return;
        const shown = v instanceof Date ? `date:${v.toISOString()}` : `${typeof v}:${String(v)}`;
        out.push(`${s.name}!${cellAddress(r0 + r, c0 + c)} → ${shown} | ${f}`);
      }),
    );
    s.formulas?.forEach((row, r) => row?.forEach((f, c) => {
      if (typeof f === 'string' && (s.values[r]?.[c] === undefined)) out.push(`${s.name}!${cellAddress(r0 + r, c0 + c)} → (no value) | ${f}`);
    }));
  }
  return out.sort();
}

async function viaExceljs(bytes: Uint8Array): Promise<WorkbookGrid> {
  return workbookToGrid(await loadWorkbook(bytes));
}

function expectSame(fast: WorkbookGrid | null, slow: WorkbookGrid, label: string) {
  expect(fast, label).not.toBeNull();
  expect(cells(fast!), label).toEqual(cells(slow));
  expect(fast!.sheets.map((s) => s.name), label).toEqual(slow.sheets.map((s) => s.name));
  expect(fast!.names, label).toEqual(slow.names);
}

/** A workbook with the features a clerk's file may have: rich text, dates, booleans, errors, shared formulas, merges, escapes. */
async function oddWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lạ & "khó" <1>');
  ws.getCell('A1').value = { richText: [{ text: 'Nội dung ', font: { bold: true } }, { text: 'in đậm & thường' }] };
  ws.getCell('B1').value = new Date(Date.UTC(2026, 3, 10));
  ws.getCell('B1').numFmt = 'dd/mm/yyyy';
  ws.getCell('B2').value = new Date(Date.UTC(2026, 3, 11, 12, 30));
  ws.getCell('C1').value = true;
  ws.getCell('C2').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
  ws.getCell('D1').value = 2;
  ws.getCell('E1').value = 3;
  ws.getCell('D2').value = 4;
  ws.getCell('E2').value = 5;
  ws.getCell('D3').value = 0.1 + 0.2;
  ws.getCell('E3').value = 1e-7;
  ws.getCell('F1').value = { formula: 'ROUND(D1*E1,0)', result: 6, shareType: 'shared', ref: 'F1:F3' } as ExcelJS.CellFormulaValue;
  ws.getCell('F2').value = { sharedFormula: 'F1', result: 20 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('F3').value = { sharedFormula: 'F1', result: 0 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('G1').value = { formula: 'IF(D1>1,"lớn","nhỏ")', result: 'lớn' };
  ws.getCell('G2').value = { formula: 'SUM($D$1:D2)' } as ExcelJS.CellFormulaValue;
  ws.getCell('A4').value = 'gộp ô';
  ws.mergeCells('A4:C5');
  ws.getCell('A6').value = 'dòng 1\r\ndòng 2 _x000D_ \t tab';
  ws.getCell('A7').value = { text: 'liên kết', hyperlink: 'https://example.org/?a=1&b=2' };
  ws.getCell('H9').value = '   ';
  wb.addWorksheet('Trống');
  wb.definedNames.add(`'Lạ & "khó" <1>'!$F$1`, 'TEN_O');
  wb.definedNames.add(`'Lạ & "khó" <1>'!$A$1:$B$2`, 'TEN_VUNG');
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

let corpus: Array<{ label: string; bytes: Uint8Array }>;
beforeAll(async () => {
  corpus = [];
  for (const [name, bytes] of Object.entries(await baselineWorkbooks())) corpus.push({ label: name, bytes });
  for (const c of await makeTamperedCorpus()) corpus.push({ label: c.name, bytes: c.bytes });
  corpus.push({ label: 'hand-made', bytes: readFileSync(new URL('./fixtures/hand-made/so-tu-phap-tu-lap.xlsx', import.meta.url)) });
  corpus.push({ label: 'hand-made clean', bytes: await buildHandMadeWorkbook({ clean: true }) });
  corpus.push({ label: 'odd features', bytes: await oddWorkbook() });
});

describe('fast grid reader = exceljs, cell for cell', () => {
  it('on every corpus workbook, the hand-made fixtures and a workbook of odd features', async () => {
    for (const { label, bytes } of corpus) expectSame(readWorkbookGridFast(bytes), await viaExceljs(bytes), label);
  });

  it('on workbooks saved by LibreOffice (another writer: shared strings, its own XML)', async (ctx) => {
    const exe = sofficeForTests();
    if (!exe) return ctx.skip(skipMessage);
    const dir = mkdtempSync(join(tmpdir(), 'dutoan-fastgrid-'));
    const picked = corpus.filter((c) => ['xa-bao-ha', 'hand-made', 'odd features'].includes(c.label) || c.label.startsWith('20-'));
    const inDir = join(dir, 'in');
    mkdirSync(inDir);
    const files = picked.map((c, i) => {
      const f = join(inDir, `f${i}.xlsx`);
      writeFileSync(f, c.bytes);
      return f;
    });
    const r = await convertBatch(exe, files, join(dir, 'out'), { to: 'xlsx', recalc: false });
    for (const [i, c] of picked.entries()) {
      const out = r.outputs.get(files[i]!);
      if (!out) throw new Error(`LibreOffice did not convert ${c.label}:\n${r.log}`);
      const bytes = readFileSync(out);
      expectSame(readWorkbookGridFast(bytes), await viaExceljs(bytes), `${c.label} (LibreOffice)`);
    }
  });

  it('returns null (exceljs then decides) for a package it does not understand', () => {
    expect(readWorkbookGridFast(new TextEncoder().encode('not a zip'))).toBeNull();
  });
});
