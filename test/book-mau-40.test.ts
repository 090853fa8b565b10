/**
 * Issue 13's round trip on the fictional 40-item decision (examples/books/mau-40-hang-muc.json, MẪU): the price
 * sheet written for it with every figure blank → filled by this script from the decision → `dutoan book import` →
 * an estimate with levels, per-field lines and coefficients → the standard workbook with its "Hệ số" column →
 * LibreOffice recalculates every formula → the same đồng; then the audit of the workbook. And the import's bad
 * input: every planted mistake at its cell, nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { computeEstimate, isDutoanError, loadPriceBook, locationText, numberText, planEstimateWorkbook, priceSheetLayout, type Estimate, type PriceBook } from '@dutoan/core';
import { auditWorkbook, readEstimateWorkbook, readPriceSheet, writeEstimateWorkbook, writePriceSheet } from '@dutoan/xlsx';
import { dutoan } from './book-support.ts';
import { convertBatch, skipMessage, sofficeForTests } from './support/libreoffice.ts';

const L = priceSheetLayout;
const exe = sofficeForTests();
if (!exe) console.warn(skipMessage);
const readJson = (p: string) => JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8'));
const decision: PriceBook = loadPriceBook(readJson('../examples/books/mau-40-hang-muc.json'));
const input = readJson('../examples/books/mau-40-hang-muc.du-toan.json');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dutoan-mau40-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The sheet's cells by header text: a row's cell of the column whose header is `header`. */
function columnOf(ws: ExcelJS.Worksheet, headerRow: number, header: string): number {
  let col = 0;
  ws.getRow(headerRow).eachCell((c, n) => {
    if (String(c.value) === header) col = n;
  });
  if (!col) throw new Error(`no column ${header}`);
  return col;
}

describe('the 40-item MẪU decision', () => {
  it('has 40 items with levels, per-field items, labour and material lines, coefficients — every figure MẪU', () => {
    expect(decision.items).toHaveLength(40);
    expect(decision.status).toBe('sample');
    expect(decision.items.filter((i) => i.code === 'NL.TR').map((i) => i.variant)).toHaveLength(4); // four rows per field
    expect(decision.items.filter((i) => i.code === 'NC.CL').map((i) => i.variant)).toEqual(['Mức độ phức tạp 1', 'Mức độ phức tạp 2', 'Mức độ phức tạp 3']);
    expect(decision.items.some((i) => i.code === 'VT.CL')).toBe(true); // materials apart from labour
    expect(decision.items.find((i) => i.code === 'GK.TL')!.unit).toBe('bộ'); // a unit the vocabulary does not know, kept
    for (const x of [...decision.items, ...decision.coefficients]) expect(x.provenance).toMatchObject({ doc: 'MẪU', status: 'sample' });
    expect(decision.coefficients.map((k) => [k.id, k.value])).toEqual([['K.1975', '1.3'], ['K.NN', '1.2'], ['K.HH', '1.15'], ['K.VC', '1.1'], ['K.KV', null]]);
  });
});

describe('round trip: template → filled by a script → book import → estimate → workbook → LibreOffice → audit', () => {
  let imported: PriceBook;
  let estimate: Estimate;
  let workbook: string;

  beforeAll(async () => {
    // The template of a book with the decision's rows and no figure (what Finance gets before typing).
    const blank = loadPriceBook({ ...decision, items: decision.items.map((i) => ({ ...i, price: null, labour: undefined })), coefficients: decision.coefficients.map((k) => ({ ...k, value: null })) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writePriceSheet(blank)) as unknown as ArrayBuffer);
    // The script types each figure from the decision, found by code and level.
    const ws = wb.getWorksheet(L.SHEET_PRICES)!;
    const [cCode, cLevel, cPrice] = [L.priceSheetText.colCode, L.priceSheetText.colVariant, L.priceSheetText.colPrice].map((h) => columnOf(ws, L.HEADER_ROW, h));
    let typed = 0;
    for (let r = L.HEADER_ROW + 1; r <= ws.rowCount; r++) {
      const code = String(ws.getCell(r, cCode!).value ?? '');
      if (!code) continue;
      const level = String(ws.getCell(r, cLevel!).value ?? '') || undefined;
      const it = decision.items.find((i) => i.code === code && i.variant === level)!;
      ws.getCell(r, cPrice!).value = Number(it.price);
      typed++;
    }
    expect(typed).toBe(40);
    const ks = wb.getWorksheet(L.SHEET_COEFFICIENTS)!;
    const [kId, kValue] = [L.priceSheetText.colCoefId, L.priceSheetText.colCoefValue].map((h) => columnOf(ks, L.COEF_HEADER_ROW, h));
    for (let r = L.COEF_HEADER_ROW + 1; r <= ks.rowCount; r++) {
      const k = decision.coefficients.find((x) => x.id === ks.getCell(r, kId!).value);
      if (k?.value) ks.getCell(r, kValue!).value = k.value.replace('.', ','); // typed the Vietnamese way: "1,3"
    }
    const filled = join(dir, 'phieu-40.xlsx');
    writeFileSync(filled, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const out = join(dir, 'mau-40.json');
    const r = await dutoan(['book', 'import', filled, '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    imported = loadPriceBook(JSON.parse(readFileSync(out, 'utf8')));
    estimate = computeEstimate(input, imported);
    workbook = join(dir, 'du-toan-40.xlsx');
    writeFileSync(workbook, await writeEstimateWorkbook(estimate, { book: imported }));
  }, 240_000);

  it('book import keeps every row of the decision: codes, levels, units, sections, prices, coefficients', () => {
    const row = (b: PriceBook) => b.items.map((i) => [i.code, i.variant ?? '', i.unit, i.section, i.price]);
    expect(row(imported)).toEqual(row(decision));
    expect(imported.coefficients.map((k) => [k.id, k.value, k.appliesTo])).toEqual(decision.coefficients.map((k) => [k.id, k.value, k.appliesTo]));
    expect(imported.status).toBe('sample');
    expect(imported.title).toMatch(/MẪU/);
  });

  it('computes levels, per-field lines and coefficients to the đồng (hand-computed)', () => {
    const amounts = estimate.sections.map((s) => s.lines.map((l) => [l.item, l.factor ?? '', l.amount]));
    expect(amounts[0]!.slice(0, 2)).toEqual([
      ['NC.CL', '1.3', '72215000'], // 12,5 × 4.444.000 × 1,3 = 72.215.000
      ['NC.CL', '1.56', '28163850'], // 3,25 × 5.555.000 × 1,3 × 1,2 = 28.163.850
    ]);
    expect(amounts[1]!.slice(0, 2)).toEqual([
      ['SH.A4', '', '151500000'], // 150.000 × 1.010
      ['SH.A4', '1.15', '21509819'], // 12.346 × 1.515 × 1,15 = 21.509.818,5 — an exact half, rounded up
    ]);
    expect(amounts[1]!.slice(3, 7).map((x) => x[2])).toEqual(['2178000', '7408800', '1818000', '2358000']); // 18.000 fields × 121 / 343 × 1,2 / 101 / 131
    expect(amounts[2]![2]).toEqual(['VC.TL', '1.1', '4072200']); // 3 × 1.234.000 × 1,1
    expect(estimate.coefficients!.map((k) => k.id)).toEqual(['K.1975', 'K.NN', 'K.HH', 'K.VC']);
  });

  it('the workbook has the Hệ số column with a live formula, and Thuyết minh names each coefficient with its source', () => {
    const plan = planEstimateWorkbook(estimate, { book: imported });
    const sheet = plan.sheets[0]!;
    const cell = (a: string) => sheet.cells.find((c) => c.address === a);
    expect(cell('F8')).toMatchObject({ value: 'Hệ số' });
    expect(cell('G8')).toMatchObject({ value: 'Thành tiền' });
    const line = sheet.cells.find((c) => c.kind === 'formula' && c.value === '21509819')!;
    const r = line.address.slice(1);
    expect(line).toMatchObject({ address: `G${r}`, formula: `ROUND(ROUND(D${r}*E${r}*F${r},4),0)` });
    expect(cell(`F${r}`)).toMatchObject({ value: '1.15' });
    const notes = plan.sheets.find((s) => s.name === 'Thuyết minh')!.cells.map((c) => c.value).join('\n');
    for (const k of estimate.coefficients!) expect(notes).toContain(`${k.name} (${k.id})`);
    expect(notes).toContain('MẪU, Phụ lục MẪU, mục IV.3');
  });

  it.skipIf(!exe)('LibreOffice recalculates every formula to our figure, to the đồng', async () => {
    const plan = planEstimateWorkbook(estimate, { book: imported });
    const ours = new Map<string, string>();
    for (const s of plan.sheets) for (const c of s.cells) if (c.kind === 'formula') ours.set(`${s.name}!${c.address}`, c.value);
    const res = await convertBatch(exe!, [workbook], join(dir, 'tinh-lai'), { to: 'xlsx', recalc: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(res.outputs.get(workbook)!);
    const differences: string[] = [];
    let compared = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.type !== ExcelJS.ValueType.Formula) return;
          compared++;
          const lo = typeof c.result === 'number' ? numberText(c.result) : JSON.stringify(c.result);
          if (lo !== ours.get(`${ws.name}!${c.address}`)) differences.push(`${ws.name}!${c.address}: LibreOffice ${lo} ≠ ${ours.get(`${ws.name}!${c.address}`)}`);
        }),
      ),
    );
    expect(differences).toEqual([]);
    expect(compared).toBe(ours.size);
    expect(compared).toBe(29); // 19 lines, 3 × (Cộng, Thuế GTGT, section row), TỔNG CỘNG
    // Another writer: the workbook as LibreOffice saved it (its own styles, shared strings, cached values) — the
    // audit reads its Hệ số column the same way: no error; and a Thành tiền typed over on it is found at its cell.
    const lo = new Uint8Array(readFileSync(res.outputs.get(workbook)!));
    const clean = await auditWorkbook(lo, imported);
    expect(clean.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${locationText(f.location)}`)).toEqual([]);
    const ws = wb.getWorksheet('Dự toán')!;
    let row = 0;
    ws.eachRow((r, n) => {
      if (!row && r.getCell(9).value === 'SH.A4' && r.getCell(6).value === 1.15) row = n;
    });
    expect(row).toBeGreaterThan(0);
    ws.getCell(`G${row}`).value = 21509818; // 12.346 × 1.515 × 1,15 = 21.509.818,5 → 21.509.819: one đồng short, typed
    const planted = join(dir, 'lo-sai.xlsx');
    await wb.xlsx.writeFile(planted);
    const bad = await auditWorkbook(new Uint8Array(readFileSync(planted)), imported);
    // The section's "Cộng" below still holds LibreOffice's cached sum, now one đồng more than its lines: said too.
    let cong = 0;
    ws.eachRow((r, n) => {
      if (!cong && n > row && r.getCell(2).value === 'Cộng') cong = n;
    });
    expect(bad.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${locationText(f.location)}`)).toEqual([`ARITHMETIC@Dự toán!G${row}`, `SUBTOTAL@Dự toán!G${cong}`, `FORMULA_STALE@Dự toán!G${cong}`]);
  }, 240_000);

  // The reader finds the "Hệ số" column by its header and checks Thành tiền = D × E × F on every line.
  it('the audit of the workbook finds no error', async () => {
    const { findings } = await auditWorkbook(new Uint8Array(readFileSync(workbook)), imported);
    expect(findings.filter((f) => f.severity === 'error').map((f) => [f.code, locationText(f.location), f.message])).toEqual([]);
  }, 120_000);

  it('reads back to the same estimate: factors, each line\'s coefficients, levels, a unit the vocabulary does not know “cái”, the book version', async () => {
    const { estimate: back, findings } = await readEstimateWorkbook(new Uint8Array(readFileSync(workbook)));
    expect(findings).toEqual([]);
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(estimate)));
    // Independent of the writer: the two lines hand-computed above, and the book's own unit 'cái' of VT.CAP.
    const lines = back!.sections.flatMap((s) => s.lines);
    expect(lines.find((l) => l.amount === '28163850')).toMatchObject({ factor: '1.56', coefficients: [{ id: 'K.1975', value: '1.3' }, { id: 'K.NN', value: '1.2' }] });
    expect(lines.find((l) => l.amount === '151500000')!.factor).toBeUndefined();
    expect(lines.find((l) => l.item === 'VT.CAP')).toMatchObject({ unit: 'cái', unitCode: 'cái' });
    expect(back!.book.version).toBe(imported.version);
  });

  it('a price changed in the workbook is found at its cell', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(workbook);
    const ws = wb.getWorksheet('Dự toán')!;
    let row = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(9).value === 'NL.HS') row = n; // hidden code column I (J, K hidden with the Hệ số column)
    });
    expect(row).toBeGreaterThan(0);
    ws.getCell(`E${row}`).value = 3232; // 3.131 in the book
    const changed = join(dir, 'doi-gia.xlsx');
    await wb.xlsx.writeFile(changed);
    const { findings } = await auditWorkbook(new Uint8Array(readFileSync(changed)), imported);
    expect(findings.some((f) => f.code === 'PRICE_MISMATCH' && locationText(f.location) === `Dự toán!E${row}`)).toBe(true);
  }, 120_000);
});

describe('bad input at import: every mistake at its cell, nothing written', () => {
  it('duplicate code, unit missing, level without price, coefficient without source, a price typed 1,234.5', async () => {
    // A real (not MẪU) sheet: every figure needs its place in the decision.
    const book = loadPriceBook({ ...decision, status: 'draft', decision: { number: '99/QĐ-THU', date: '2026-01-05' } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writePriceSheet(book)) as unknown as ArrayBuffer);
    const info = wb.getWorksheet(L.SHEET_INFO)!;
    info.eachRow((r) => {
      if (r.getCell(1).value === L.priceSheetText.infoFrom) r.getCell(2).value = '05/01/2026';
    });
    const ws = wb.getWorksheet(L.SHEET_PRICES)!;
    const col = (h: string) => columnOf(ws, L.HEADER_ROW, h);
    const [cCode, cLevel, cUnit, cPrice, cWhere] = [L.priceSheetText.colCode, L.priceSheetText.colVariant, L.priceSheetText.colUnit, L.priceSheetText.colPrice, L.priceSheetText.colWhere].map(col);
    const first = L.HEADER_ROW + 1;
    for (let r = first; r < first + 40; r++) ws.getCell(r, cWhere!).value = `Phụ lục, dòng ${r - first + 1}`;
    const letter = (c: number) => String.fromCharCode(64 + c);
    ws.getCell(first, cPrice!).value = '1,234.5'; // ambiguous
    const lvlRow = first + 1; // NC.CL Mức độ phức tạp 2
    ws.getCell(lvlRow, cPrice!).value = null;
    ws.getCell(first + 5, cUnit!).value = null; // VT.CL, unit missing
    ws.getCell(first + 7, cCode!).value = ws.getCell(first + 8, cCode!).value; // NC.CLKT twice with one level…
    ws.getCell(first + 7, cLevel!).value = ws.getCell(first + 8, cLevel!).value; // …a duplicate row
    const ks = wb.getWorksheet(L.SHEET_COEFFICIENTS)!;
    const kcol = (h: string) => columnOf(ks, L.COEF_HEADER_ROW, h);
    const kRow = L.COEF_HEADER_ROW + 1; // K.1975: a value, no document, no place
    ks.getCell(kRow, kcol(L.priceSheetText.colCoefDoc)).value = null;
    ks.getCell(kRow, kcol(L.priceSheetText.colCoefWhere)).value = null;
    for (let r = kRow + 1; r < kRow + 5; r++) {
      ks.getCell(r, kcol(L.priceSheetText.colCoefDoc)).value = '99/QĐ-THU';
      ks.getCell(r, kcol(L.priceSheetText.colCoefWhere)).value = 'Điều 3';
    }
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    let err: unknown;
    await readPriceSheet(bytes, { file: 'loi-40.xlsx' }).catch((e) => (err = e));
    expect(isDutoanError(err)).toBe(true);
    const got = (err as { issues: Array<{ path: string; code: string }> }).issues.map((i) => `${i.path} ${i.code}`).sort();
    expect(got).toEqual(
      [
        `Đơn giá!${letter(cPrice!)}${first} NUMBER_AMBIGUOUS`,
        `Đơn giá!${letter(cPrice!)}${lvlRow} PRICE_SHEET_LEVEL_NO_PRICE`,
        `Đơn giá!${letter(cUnit!)}${first + 5} PRICE_SHEET_UNIT_MISSING`,
        `Đơn giá!${letter(cCode!)}${first + 8} PRICE_SHEET_DUPLICATE`,
        `Hệ số!E${kRow} PRICE_SHEET_COEF_NO_SOURCE`,
      ].sort(),
    );

    const file = join(dir, 'loi-40.xlsx');
    writeFileSync(file, bytes);
    const out = join(dir, 'khong-ghi.json');
    const r = await dutoan(['book', 'import', file, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`• Đơn giá!${letter(cPrice!)}${first}: `);
    expect(r.stderr).toContain(`• Hệ số!E${kRow}: Hệ số K.1975 chưa ghi căn cứ`);
    expect(() => statSync(out)).toThrow();
  }, 120_000);
});

describe('dutoan book diff OLD NEW', () => {
  it('lists items added, removed and re-priced (old → new) and changed coefficients; exit 1 when they differ', async () => {
    const old = new URL('../examples/books/mau-40-hang-muc.json', import.meta.url).pathname;
    const raw = JSON.parse(readFileSync(old, 'utf8'));
    raw.version = '2';
    raw.items = raw.items.filter((i: { code: string }) => i.code !== 'VT.CAP');
    raw.items.find((i: { code: string }) => i.code === 'SH.A3').price = '2.121';
    raw.coefficients.find((k: { id: string }) => k.id === 'K.HH').value = '1,2';
    const next = join(dir, 'mau-40-v2.json');
    writeFileSync(next, JSON.stringify(raw));
    const r = await dutoan(['book', 'diff', old, next]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/phiên bản 1\) với .*mau-40-v2\.json \(phiên bản 2\):$/);
    expect(lines.slice(1)).toEqual([
      '− Bỏ VT.CAP — Cặp ba dây: 16.161 đồng',
      '~ Đổi giá SH.A3 — Số hóa tài liệu — trang khổ A3: 2.020 đồng → 2.121 đồng',
      '~ Đổi hệ số K.HH — Tài liệu hư hỏng, khó đọc khi số hóa: 1,15 → 1,2',
      'Thêm 0, bỏ 1, thay đổi 2.',
    ]);
    const same = await dutoan(['book', 'diff', old, old]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('Hai bảng đơn giá có cùng hạng mục, đơn giá và hệ số.');
  }, 240_000);
});
