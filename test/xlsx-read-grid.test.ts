import { describe, expect, it, beforeAll } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cellAddress, DutoanError, type WorkbookGrid } from '@dutoan/core';
import { readXlsxGrid } from '@dutoan/xlsx';
import { baselineWorkbooks, makeTamperedCorpus } from '../scripts/make-tampered-corpus.ts';
import { buildHandMadeWorkbook } from './fixtures/hand-made/make-hand-made.ts';
import { exceljsToGrid } from './support/exceljs-grid.ts';
import { convertBatch, skipMessage, sofficeForTests } from './support/libreoffice.ts';
import { buildZip, minimalWorkbookParts, type BuildEntry } from './support/zip-builder.ts';

// The byte layer (packages/xlsx/src/read) against two independent expectations: exceljs as a referee on every
// workbook exceljs can read (our own files, hand-made ones, LibreOffice re-saves), and hand-written packages in the
// dialects other writers use, each with its cells written out in the test.

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

/** The referee: exceljs loads the bytes (test-only; the product never reads with exceljs). */
async function viaExceljs(bytes: Uint8Array): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return exceljsToGrid(wb, { maxRows: 1e6, maxCols: 16384, maxSheets: 1000 });
}

function expectSame(ours: WorkbookGrid, referee: WorkbookGrid, label: string) {
  expect(cells(ours), label).toEqual(cells(referee));
  expect(ours.sheets.map((s) => s.name), label).toEqual(referee.sheets.map((s) => s.name));
  expect(ours.names, label).toEqual(referee.names);
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

describe('byte layer = exceljs (referee), cell for cell', () => {
  it('on every corpus workbook, the hand-made fixtures and a workbook of odd features', async () => {
    for (const { label, bytes } of corpus) expectSame(readXlsxGrid(bytes), await viaExceljs(bytes), label);
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
      expectSame(readXlsxGrid(bytes), await viaExceljs(bytes), `${c.label} (LibreOffice)`);
    }
  });

  it('refuses what is not a workbook with a DutoanError, never null or another exception', () => {
    expect(() => readXlsxGrid(new TextEncoder().encode('not a zip'))).toThrow(DutoanError);
  });
});

// ---------------------------------------------------------------- dialects of other writers, by hand
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const ws = (body: string, extra = '') => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}">${extra}<sheetData>${body}</sheetData></worksheet>`;
const read = (parts: BuildEntry[]) => readXlsxGrid(buildZip(parts), { name: 'x.xlsx' });
const codeOf = (parts: BuildEntry[]): string => {
  try {
    read(parts);
    return 'read';
  } catch (e) {
    return (e as DutoanError).code;
  }
};
const withPart = (parts: BuildEntry[], name: string, data: string) => parts.map((p) => (p.name === name ? { ...p, data } : p));

describe('dialects of valid writers, with the cells written out here', () => {
  it('namespace prefix on every element (Open XML SDK, ClosedXML): the same cells', () => {
    const sheet = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>STT</x:t></x:is></x:c><x:c r="B1"><x:v>12.5</x:v></x:c><x:c r="C1"><x:f>B1*2</x:f><x:v>25</x:v></x:c></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="D1:E1"/></x:mergeCells></x:worksheet>`;
    const parts = withPart(minimalWorkbookParts(sheet), 'xl/workbook.xml', `<?xml version="1.0"?><x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheets><x:sheet name="Dự toán" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`);
    const g = read(parts);
    expect(g.sheets[0]!.name).toBe('Dự toán');
    expect(g.sheets[0]!.values).toEqual([['STT', 12.5, 25]]);
    expect(g.sheets[0]!.formulas?.[0]?.[2]).toBe('=B1*2');
    expect(g.sheets[0]!.merges).toEqual(['D1:E1']);
  });

  it('rows and cells without r follow the one before; a row with r resets the column', () => {
    const g = read(minimalWorkbookParts(ws('<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row><row r="5"><c><v>5</v></c></row><row><c><v>6</v></c></row>')));
    const v = g.sheets[0]!.values;
    expect([v[0]?.[0], v[0]?.[1], v[1]?.[2], v[1]?.[3], v[4]?.[0], v[5]?.[0]]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('rich text and phonetic runs, inline and shared; escapes; single-quoted attributes; CDATA', () => {
    const sst = `<?xml version="1.0"?><sst xmlns="${MAIN}"><si><r><rPr><b/></rPr><t xml:space="preserve">Nội dung </t></r><r><t>in đậm &amp; thường</t></r><rPh sb='0' eb='1'><t>ふりがな</t></rPh></si><si><t>a_x000D_b</t></si><si/></sst>`;
    const sheet = ws(`<row r='1'><c r='A1' t='s'><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><r><t>Dipl. </t></r><r><t>Päd.</t></r></is></c><c r="E1" t="str"><f>"x"&amp;"y"</f><v><![CDATA[x<y]]></v></c></row>`);
    const g = read(minimalWorkbookParts(sheet, sst));
    expect(g.sheets[0]!.values[0]).toEqual(['Nội dung in đậm & thường', 'a\rb', '', 'Dipl. Päd.', 'x<y']);
    expect(g.sheets[0]!.formulas?.[0]?.[4]).toBe('="x"&"y"');
  });

  it('booleans, errors, t="d" ISO dates, numbers as written, a number cell holding text', () => {
    const g = read(minimalWorkbookParts(ws('<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#DIV/0!</v></c><c r="D1" t="d"><v>2026-04-10T00:00:00</v></c><c r="E1"><v>1E+20</v></c><c r="F1"><v>-0.5</v></c><c r="G1"><v>abc</v></c></row>')));
    expect(g.sheets[0]!.values[0]).toEqual([true, false, '#DIV/0!', new Date(Date.UTC(2026, 3, 10)), 1e20, -0.5, 'abc']);
  });

  it('a formula without a cached value keeps its formula and has the value null (openpyxl, hand-written exporters)', () => {
    const g = read(minimalWorkbookParts(ws('<row r="1"><c r="A1"><v>3</v></c><c r="B1"><f>A1*2</f></c><c r="C1" t="str"><f>"a"</f></c></row>')));
    expect(g.sheets[0]!.values[0]).toEqual([3, null, null]);
    expect(g.sheets[0]!.formulas?.[0]).toEqual([undefined, '=A1*2', '="a"']);
  });

  it('shared formulas expanded, references after a sheet name moved too, absolute ones and quoted text not', () => {
    const sheet = ws(
      '<row r="2"><c r="F2"><f t="shared" ref="F2:F4" si="0">ROUND(D2*E2,0)+\'Chi tiết\'!B2+$A$1+"D2"</f><v>1</v></c></row>' +
        '<row r="3"><c r="F3"><f t="shared" si="0"/><v>2</v></c></row><row r="4"><c r="F4"><f t="shared" si="0"/><v>0</v></c><c r="G4"><f t="shared" si="0"/></c></row>',
    );
    const f = read(minimalWorkbookParts(sheet)).sheets[0]!.formulas!;
    expect(f[1]?.[5]).toBe('=ROUND(D2*E2,0)+\'Chi tiết\'!B2+$A$1+"D2"');
    expect(f[2]?.[5]).toBe('=ROUND(D3*E3,0)+\'Chi tiết\'!B3+$A$1+"D2"');
    expect(f[3]?.[5]).toBe('=ROUND(D4*E4,0)+\'Chi tiết\'!B4+$A$1+"D2"');
    expect(f[3]?.[6]).toBe('=ROUND(E4*F4,0)+\'Chi tiết\'!C4+$A$1+"D2"');
  });

  it('dates by number format in the 1900 and 1904 systems; number formats, hidden rows and columns, sheet state', () => {
    const styles = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="3"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const sheet = ws('<row r="1"><c r="A1" s="1"><v>46122</v></c><c r="B1" s="2"><v>1234567</v></c><c r="C1" s="3"><v>46123</v></c></row><row r="2" hidden="1"><c r="A2"><v>1</v></c></row>', '<cols><col min="2" max="3" hidden="1" width="0"/></cols>');
    const parts = (wb: string) => [
      ...withPart(minimalWorkbookParts(sheet), 'xl/workbook.xml', wb).map((p) =>
        p.name === 'xl/_rels/workbook.xml.rels'
          ? { ...p, data: String(p.data).replace('</Relationships>', `<Relationship Id="rId9" Type="${REL}/styles" Target="styles.xml"/></Relationships>`) }
          : p,
      ),
      { name: 'xl/styles.xml', data: styles },
    ];
    const wb1900 = `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="rId1" state="hidden"/></sheets></workbook>`;
    const g = read(parts(wb1900));
    const s = g.sheets[0]!;
    // 46122 = 2026-04-10 (45658 is 2025-01-01, + 464 days); 46123 the day after
    expect(s.values[0]).toEqual([new Date(Date.UTC(2026, 3, 10)), 1234567, new Date(Date.UTC(2026, 3, 11))]);
    expect(s.numberFormats?.[0]).toEqual(['dd/mm/yyyy', '#,##0', 'mm-dd-yy']);
    expect(s.hiddenRows).toEqual([2]);
    expect(s.hiddenCols).toEqual([2, 3]);
    expect(s.state).toBe('hidden');
    expect(g.date1904).toBeUndefined();
    const g1904 = read(parts(wb1900.replace('<sheets>', '<workbookPr date1904="1"/><sheets>')));
    // the 1904 system counts 1,462 days fewer: serial 46122 is 2030-04-11 there
    expect(g1904.sheets[0]!.values[0]?.[0]).toEqual(new Date(Date.UTC(2030, 3, 11)));
    expect(g1904.date1904).toBe(true);
  });

  it('the workbook part found through _rels/.rels wherever it is (not only xl/workbook.xml); the application named', () => {
    const base = minimalWorkbookParts(ws('<row r="1"><c r="A1"><v>7</v></c></row>'));
    const moved = base.map((p) => {
      if (p.name === 'xl/workbook.xml') return { ...p, name: 'data/book.xml' };
      if (p.name === 'xl/_rels/workbook.xml.rels') return { ...p, name: 'data/_rels/book.xml.rels', data: String(p.data).replace('worksheets/sheet1.xml', '../xl/worksheets/sheet1.xml') };
      if (p.name === '_rels/.rels') {
        return {
          ...p,
          data: `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/data/book.xml"/><Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
        };
      }
      return p;
    });
    moved.push({ name: 'docProps/app.xml', data: '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>' });
    const g = read(moved);
    expect(g.sheets[0]!.values[0]?.[0]).toBe(7);
    expect(g.application).toBe('Microsoft Excel');
  });

  it('ISO strict namespaces (Excel "Strict Open XML"): read the same', () => {
    const strictMain = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
    const strictRel = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
    const parts = minimalWorkbookParts(`<?xml version="1.0"?><worksheet xmlns="${strictMain}"><sheetData><row r="1"><c r="A1"><v>9</v></c></row></sheetData></worksheet>`).map((p) => ({
      ...p,
      data: String(p.data).replaceAll(MAIN, strictMain).replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/relationships', strictRel),
    }));
    expect(read(parts).sheets[0]!.values[0]?.[0]).toBe(9);
  });

  it('damage gets one message per kind, naming the part, sheet or cell', () => {
    const one = minimalWorkbookParts(ws('<row r="1"><c r="A1" t="s"><v>7</v></c></row>'), `<?xml version="1.0"?><sst xmlns="${MAIN}"><si><t>a</t></si></sst>`);
    const e1 = (() => { try { read(one); } catch (e) { return e as DutoanError; } })()!;
    expect(e1.code).toBe('WORKBOOK_UNREADABLE');
    expect(e1.message).toBe('Tệp x.xlsx không mở được: trang "Dự toán", ô A1 trỏ tới chuỗi dùng chung số 7 nhưng tệp chỉ có 1 chuỗi. Hãy mở thử bằng Excel; nếu Excel mở được thì lưu lại thành tệp mới rồi gửi lại.');
    const stray = (() => { try { read(minimalWorkbookParts(ws('<row r="1"></c></row>'))); } catch (e) { return e as DutoanError; } })()!;
    expect(stray.message).toContain('nội dung XML bên trong gói .xlsx bị hỏng (thẻ sai hoặc ký tự lạ) ở phần "xl/worksheets/sheet1.xml"');
    expect(codeOf(minimalWorkbookParts(ws('<row r="1"><c r="A0"><v>1</v></c></row>')))).toBe('WORKBOOK_UNREADABLE');
    // a package whose relationships name a workbook part it does not hold
    const noBook = minimalWorkbookParts(ws('')).filter((p) => p.name !== 'xl/workbook.xml');
    const e3 = (() => { try { read(noBook); } catch (e) { return e as DutoanError; } })()!;
    expect(e3.message).toContain('gói .xlsx khai báo phần sổ "xl/workbook.xml" nhưng không có phần đó');
  });

  it('the limits are checked on what the reader sees: last row and column with data, sheet count', () => {
    const parts = minimalWorkbookParts(ws('<row r="1"><c r="A1"><v>1</v></c></row><row r="500"><c r="C500"><v>1</v></c></row>'));
    const rows = (() => { try { readXlsxGrid(buildZip(parts), { name: 'a.xlsx', limits: { maxRowsPerSheet: 499 } }); } catch (e) { return e as DutoanError; } })()!;
    expect(rows.code).toBe('SHEET_TOO_MANY_ROWS');
    expect(rows.message).toContain('dòng 500 (giới hạn 499 dòng)');
    expect(rows.issues[0]!.path).toBe('Dự toán!A500');
    expect(() => readXlsxGrid(buildZip(parts), { limits: { maxColumnsPerSheet: 2 } })).toThrow(/cột thứ 3 \(giới hạn 2 cột\)/);
    expect(() => readXlsxGrid(buildZip(parts), { limits: { maxSheets: 0 } })).toThrow(/1 trang tính \(giới hạn 0\)/);
    // a styled empty cell far away is not data
    expect(read(minimalWorkbookParts(ws('<row r="1"><c r="A1"><v>1</v></c><c r="XFD1" s="0"/></row>'))).sheets[0]!.values[0]).toEqual([1]);
  });
});

describe('what our own standard workbook carries beyond values', () => {
  it('the hidden code column, merged title rows, number formats, the hidden metadata sheet', async () => {
    const { writeEstimateWorkbook } = await import('@dutoan/xlsx');
    const { builtinBooks, computeEstimate, loadPriceBook } = await import('@dutoan/core');
    const book = loadPriceBook(builtinBooks['mau-2026']!);
    const input = JSON.parse(readFileSync(new URL('../examples/xa-bao-ha.json', import.meta.url), 'utf8'));
    const bytes = await writeEstimateWorkbook(computeEstimate(input, book), { book });
    const referee = new ExcelJS.Workbook();
    await referee.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    const g = readXlsxGrid(bytes);
    for (const ws of referee.worksheets) {
      const s = g.sheets.find((x) => x.name === ws.name)!;
      expect(s.state ?? 'visible', ws.name).toBe(ws.state);
      const merges = (ws.model as { merges?: string[] }).merges ?? [];
      expect([...(s.merges ?? [])].sort(), ws.name).toEqual([...merges].sort());
      const hidden: number[] = [];
      for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hidden.push(c);
      expect(s.hiddenCols, ws.name).toEqual(hidden);
      ws.eachRow((row, r) => row.eachCell((cell, c) => {
        if (cell.value === null || cell.type === ExcelJS.ValueType.Merge) return;
        const fmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
        expect(s.numberFormats?.[r - 1]?.[c - 1], `${ws.name}!${cell.address}`).toBe(fmt);
      }));
    }
    expect(g.sheets.find((x) => x.name === 'Dự toán')!.hiddenCols).toContain(8); // the code column H
  });
});
