// A workbook that passes every package check (limits/) but that exceljs still cannot load gets the same plain
// Vietnamese message from every reader — never the parser's own English ("Cannot read properties of undefined
// (reading 'richText')", "1:171: unmatched closing tag") that names nothing the user can find in the file.
import { describe, expect, it } from 'vitest';
import { builtinBooks, DutoanError, loadPriceBook } from '@dutoan/core';
import { auditWorkbook, classifyLoadFailure, loadWorkbook, readEstimateWorkbook, readPriceSheet } from '@dutoan/xlsx';
import { buildZip, minimalWorkbookParts } from './support/zip-builder.ts';

const ws = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
const sst =
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>a</t></si></sst>';

const damaged = {
  /** A cell points at shared string 7 of a table of 1: exceljs fails with its own TypeError. */
  structure: buildZip(minimalWorkbookParts(ws('<row r="1"><c r="A1" t="s"><v>7</v></c></row>'), sst)),
  /** A closing tag with no opening one: saxes rejects the sheet XML. */
  xml: buildZip(minimalWorkbookParts(ws('<row r="1"></c></row>'))),
};
const expected = {
  structure: 'gói .xlsx thiếu hoặc sai một phần bắt buộc',
  xml: 'nội dung XML bên trong gói .xlsx bị hỏng',
};
const ENGLISH = /Cannot|undefined|properties|unmatched|closing tag|TypeError|\d+:\d+:/;
const book = loadPriceBook(builtinBooks['mau-2026']!);

describe.each(Object.keys(damaged) as Array<keyof typeof damaged>)('a workbook exceljs cannot load (%s)', (kind) => {
  const name = `hong-${kind}.xlsx`;
  const check = (message: string) => {
    expect(message).toContain(`Tệp ${name} không mở được: ${expected[kind]}`);
    expect(message).toContain('Hãy mở thử bằng Excel');
    expect(message).not.toMatch(ENGLISH);
  };

  it('readEstimateWorkbook: one NOT_A_WORKBOOK finding', async () => {
    const r = await readEstimateWorkbook(damaged[kind], { name });
    expect(r.estimate).toBeNull();
    expect(r.findings.map((f) => f.code)).toEqual(['NOT_A_WORKBOOK']);
    check(r.findings[0]!.message);
  });

  it('readPriceSheet: PRICE_SHEET_INVALID with the file as the path', async () => {
    const e = await readPriceSheet(damaged[kind], { file: name }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DutoanError);
    expect((e as DutoanError).code).toBe('PRICE_SHEET_INVALID');
    expect((e as DutoanError).issues[0]!.path).toBe(name);
    check((e as DutoanError).issues[0]!.message);
  });

  it('loadWorkbook (the audit’s exceljs reader, also behind the audit report): WORKBOOK_UNREADABLE', async () => {
    const e = await loadWorkbook(damaged[kind], name).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DutoanError);
    expect((e as DutoanError).code).toBe('WORKBOOK_UNREADABLE');
    check((e as DutoanError).message);
  });

  it('auditWorkbook: its own package reader copes, and says the table is missing — in Vietnamese', async () => {
    const e = await auditWorkbook(damaged[kind], book, { name }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DutoanError);
    expect((e as DutoanError).code).toBe('TABLE_NOT_FOUND');
    expect((e as DutoanError).message).not.toMatch(ENGLISH);
  });
});

describe('without a file name', () => {
  it('the messages say "Tệp …", never "Tệp tệp …"', async () => {
    const e = await loadWorkbook(damaged.structure).catch((x: unknown) => x);
    expect((e as DutoanError).message).toMatch(/^Tệp không mở được: /);
    const a = await auditWorkbook(new Uint8Array(0), book).catch((x: unknown) => x);
    expect(a).toBeInstanceOf(DutoanError);
    expect((a as DutoanError).message).not.toMatch(/Tệp tệp/i);
  });
});

describe('classifyLoadFailure', () => {
  it('sorts the parsers’ texts into damaged compression, damaged XML, and the rest', () => {
    expect(classifyLoadFailure(new Error("Corrupted zip: can't find end of central directory"))).toBe('zip');
    expect(classifyLoadFailure(new Error('invalid stored block lengths'))).toBe('zip');
    expect(classifyLoadFailure(new Error('1:170: disallowed character.'))).toBe('xml');
    expect(classifyLoadFailure(new Error("Cannot set properties of undefined (setting 'sheetNo')"))).toBe('structure');
    expect(classifyLoadFailure('something else')).toBe('structure');
  });
});
