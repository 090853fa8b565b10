// A damaged workbook that passes every package check (limits/) gets the same plain Vietnamese message from every
// reader — the audit, the standard-workbook reader, the price-sheet import — because they all read through the one
// byte layer: the part, sheet or cell that is damaged is named; no parser's English ever reaches the user.
import { describe, expect, it } from 'vitest';
import { builtinBooks, DutoanError, loadPriceBook } from '@dutoan/core';
import { auditWorkbook, readEstimateWorkbook, readPriceSheet } from '@dutoan/xlsx';
import { buildZip, minimalWorkbookParts } from './support/zip-builder.ts';

const ws = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
const sst =
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>a</t></si></sst>';

const damaged = {
  /** A cell points at shared string 7 of a table of 1. */
  structure: buildZip(minimalWorkbookParts(ws('<row r="1"><c r="A1" t="s"><v>7</v></c></row>'), sst)),
  /** A closing tag with no opening one. */
  xml: buildZip(minimalWorkbookParts(ws('<row r="1"></c></row>'))),
  /** The sheet part cut in the middle of a row. */
  cut: buildZip(minimalWorkbookParts(ws('<row r="1"><c r="A1"><v>1</v></c>').replace('</sheetData></worksheet>', ''))),
};
const expected = {
  structure: 'trang "Dự toán", ô A1 trỏ tới chuỗi dùng chung số 7 nhưng tệp chỉ có 1 chuỗi',
  xml: 'nội dung XML bên trong gói .xlsx bị hỏng (thẻ sai hoặc ký tự lạ) ở phần "xl/worksheets/sheet1.xml"',
  cut: 'nội dung XML bên trong gói .xlsx bị hỏng (thẻ sai hoặc ký tự lạ) ở phần "xl/worksheets/sheet1.xml"',
};
const ENGLISH = /Cannot|undefined|properties|unmatched|closing tag|TypeError|\d+:\d+:/;
const book = loadPriceBook(builtinBooks['mau-2026']!);

describe.each(Object.keys(damaged) as Array<keyof typeof damaged>)('a damaged workbook (%s)', (kind) => {
  const name = `hong-${kind}.xlsx`;
  const check = (message: string) => {
    expect(message).toBe(`Tệp ${name} không mở được: ${expected[kind]}. Hãy mở thử bằng Excel; nếu Excel mở được thì lưu lại thành tệp mới rồi gửi lại.`);
    expect(message).not.toMatch(ENGLISH);
  };

  it('readEstimateWorkbook: one TEMPLATE_UNREADABLE finding', async () => {
    const r = await readEstimateWorkbook(damaged[kind], { name });
    expect(r.estimate).toBeNull();
    expect(r.findings.map((f) => f.code)).toEqual(['TEMPLATE_UNREADABLE']);
    check(r.findings[0]!.message);
  });

  it('readPriceSheet: PRICE_SHEET_INVALID with the file as the path', async () => {
    const e = await readPriceSheet(damaged[kind], { file: name }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DutoanError);
    expect((e as DutoanError).code).toBe('PRICE_SHEET_INVALID');
    expect((e as DutoanError).issues[0]!.path).toBe(name);
    check((e as DutoanError).issues[0]!.message);
  });

  it('auditWorkbook: WORKBOOK_UNREADABLE, the same sentence', async () => {
    const e = await auditWorkbook(damaged[kind], book, { name }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DutoanError);
    expect((e as DutoanError).code).toBe('WORKBOOK_UNREADABLE');
    check((e as DutoanError).message);
  });
});

describe('without a file name', () => {
  it('the messages say "Tệp …", never "Tệp tệp …"', async () => {
    const e = await auditWorkbook(damaged.structure, book).catch((x: unknown) => x);
    expect((e as DutoanError).message).toMatch(/^Tệp không mở được: /);
    const a = await auditWorkbook(new Uint8Array(0), book).catch((x: unknown) => x);
    expect(a).toBeInstanceOf(DutoanError);
    expect((a as DutoanError).message).not.toMatch(/Tệp tệp/i);
  });
});

describe('in English for developers (the locale registry)', () => {
  it('the same code and parameters render in English', async () => {
    const { renderError } = await import('@dutoan/core');
    const e = (await auditWorkbook(damaged.structure, book, { name: 'hong.xlsx' }).catch((x: unknown) => x)) as DutoanError;
    expect(e.params).toMatchObject({ kind: 'shared-string', sheet: 'Dự toán', cell: 'A1', index: '7', count: '1' });
    expect(renderError(e, 'en')).toBe('File hong.xlsx cannot be opened: sheet "Dự toán", cell A1 refers to shared string 7 of 1.');
  });
});
