import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { DutoanError } from '@dutoan/core';
import { limitsFromEnv, readZipDirectory, resolveWorkbookLimits, isZipProblem, type WorkbookLimits } from '../../src/limits/index.ts';
import { readXlsxGrid } from '../../src/read/index.ts';
import { buildZip, minimalWorkbookParts, sheetXml } from '../../../../test/support/zip-builder.ts';

const enc = new TextEncoder();
const validParts = () => minimalWorkbookParts(sheetXml([['STT', 'Nội dung'], [1, 'Số hóa']]));

async function excelBytes(fill: (ws: ExcelJS.Worksheet) => void = () => {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dự toán');
  ws.getCell('A1').value = 'STT';
  fill(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The refusal of the byte layer for these bytes, or null when they are read. */
function workbookLimitError(bytes: Uint8Array, limits?: Partial<WorkbookLimits>, name = 'x.xlsx'): DutoanError | null {
  try {
    readXlsxGrid(bytes, { name, ...(limits ? { limits } : {}) });
    return null;
  } catch (e) {
    if (e instanceof DutoanError) return e;
    throw e;
  }
}
function code(bytes: Uint8Array, limits?: Partial<WorkbookLimits>): string | null {
  return workbookLimitError(bytes, limits)?.code ?? null;
}

describe('readZipDirectory', () => {
  it('lists the entries of an exceljs workbook with their declared sizes', async () => {
    const bytes = await excelBytes();
    const dir = readZipDirectory(bytes);
    if (isZipProblem(dir)) throw new Error(dir.kind);
    const names = dir.entries.map((e) => e.name);
    expect(names).toContain('xl/workbook.xml');
    expect(names).toContain('[Content_Types].xml');
    expect(dir.declaredCount).toBe(dir.entries.length);
    expect(dir.entries.every((e) => e.method === 8 || e.method === 0)).toBe(true);
  });

  it('finds the end record behind a zip comment', () => {
    const dir = readZipDirectory(buildZip(validParts(), { comment: 'chú thích '.repeat(100) }));
    expect(isZipProblem(dir)).toBe(false);
  });

  it('reports no end record for non-zip bytes and truncation for a cut file', () => {
    expect(readZipDirectory(enc.encode('STT;Nội dung\n1;Số hóa\n'))).toEqual({ kind: 'no-eocd' });
    const full = buildZip(validParts());
    expect(readZipDirectory(full.subarray(0, full.length - 30))).toEqual({ kind: 'no-eocd' });
  });
});

describe('the limits of the byte layer (before any cell is read)', () => {
  it('accepts real workbooks from exceljs and a hand-built one', async () => {
    expect(code(await excelBytes())).toBeNull();
    expect(code(buildZip(validParts()))).toBeNull();
  });

  it('refuses an empty file and a file over the size limit, with sizes in MB', () => {
    expect(code(new Uint8Array(0))).toBe('FILE_EMPTY');
    const big = buildZip(validParts());
    const e = workbookLimitError(big, { maxFileBytes: 100 }, 'lon.xlsx')!;
    expect(e.code).toBe('FILE_TOO_LARGE');
    expect(e.message).toContain('lon.xlsx quá lớn');
    // 25 MB default, stated in the message.
    const d = workbookLimitError(new Uint8Array(25 * 1024 * 1024 + 1), undefined, 'y.xlsx')!;
    expect(d.code).toBe('FILE_TOO_LARGE');
    expect(d.message).toContain('giới hạn 25 MB');
  });

  it('recognises what a non-xlsx file is', () => {
    expect(code(enc.encode('%PDF-1.7\n...'))).toBe('FILE_NOT_XLSX');
    expect(workbookLimitError(enc.encode('%PDF-1.7\n'), undefined, 'a')!.message).toContain('PDF');
    expect(workbookLimitError(enc.encode('<html><table><tr><td>1</td></tr></table></html>'), undefined, 'a')!.message).toContain('HTML');
    expect(workbookLimitError(enc.encode('STT,Nội dung\n1,Số hóa\n'), undefined, 'a')!.message).toContain('CSV');
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = (s: string, at: number) => [...s].forEach((ch, i) => ole.set([ch.charCodeAt(0), 0], at + 2 * i));
    name('Workbook', 600);
    expect(code(ole)).toBe('FILE_LEGACY_XLS');
    // A container that only names an encrypted package (no valid compound-file structure) cannot be decrypted:
    // it is damaged, not protected by a password (real encrypted files: test/writers-corpus.test.ts).
    name('EncryptedPackage', 700);
    expect(code(ole)).toBe('FILE_DAMAGED');
  });

  it('tells a truncated download from garbage', () => {
    const full = buildZip(validParts());
    expect(code(full.subarray(0, Math.floor(full.length / 2)))).toBe('FILE_TRUNCATED');
    // Cut inside the central directory: the end record is gone too.
    expect(code(full.subarray(0, full.length - 10))).toBe('FILE_TRUNCATED');
  });

  it('refuses too many entries, counted from the directory', () => {
    const parts = validParts();
    for (let i = 0; i < 50; i++) parts.push({ name: `xl/media/x${i}.bin`, data: 'x' });
    expect(code(buildZip(parts), { maxZipEntries: 20 })).toBe('ZIP_TOO_MANY_ENTRIES');
    expect(code(buildZip(parts))).toBeNull();
  });

  it('refuses a zip bomb by declared total, by ratio, and by a lying declared size', () => {
    // 40 MB of zeros deflate to ~40 KB: ratio ≈ 1000:1 > 200:1.
    const zeros = new Uint8Array(40 * 1024 * 1024);
    const parts = validParts();
    expect(code(buildZip([...parts, { name: 'xl/media/bom.bin', data: zeros }]))).toBe('ZIP_BOMB');
    expect(code(buildZip([...parts, { name: 'xl/media/bom.bin', data: zeros }]), { maxUncompressedBytes: 10 * 1024 * 1024 })).toBe('ZIP_TOO_LARGE');
    // The same 40 MB declared as 1 KB: only the capped inflation sees it.
    const lying = buildZip([...parts, { name: 'xl/media/bom.bin', data: zeros, declaredSize: 1024 }]);
    expect(code(lying)).toBe('ZIP_BOMB');
    expect(workbookLimitError(lying, undefined, 'b.xlsx')!.message).toContain('nhiều hơn kích thước khai báo');
    expect(code(lying, { verifyInflatedSizes: false })).toBeNull();
  });

  it('refuses encrypted entries, unknown methods, and zips that are not workbooks', () => {
    const parts = validParts();
    expect(code(buildZip(parts.map((p, i) => (i === 2 ? { ...p, flags: 1 } : p))))).toBe('FILE_ENCRYPTED');
    expect(code(buildZip(parts.map((p, i) => (i === 2 ? { ...p, method: 12 } : p))))).toBe('FILE_NOT_XLSX');
    const docx = buildZip([{ name: 'word/document.xml', data: '<w:document/>' }]);
    expect(workbookLimitError(docx, undefined, 'a')!.message).toContain('Word');
    const ods = buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 }, { name: 'content.xml', data: '<x/>' }]);
    expect(workbookLimitError(ods, undefined, 'a')!.message).toContain('.ods');
  });

  it('the reader throws the DutoanError; its message names the file once', () => {
    try {
      readXlsxGrid(new Uint8Array(0), { name: 'rong.xlsx' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DutoanError);
      expect((e as DutoanError).message.split('rong.xlsx').length).toBe(2);
    }
  });
});

describe('limits configuration', () => {
  it('reads DUTOAN_* variables in MB or counts and refuses junk', () => {
    expect(limitsFromEnv({ DUTOAN_MAX_FILE_MB: '50', DUTOAN_MAX_ROWS: '500' })).toEqual({ maxFileBytes: 50 * 1024 * 1024, maxRowsPerSheet: 500 });
    expect(() => limitsFromEnv({ DUTOAN_MAX_FILE_MB: 'nhiều' })).toThrow(/DUTOAN_MAX_FILE_MB/);
    expect(() => limitsFromEnv({ DUTOAN_MAX_ROWS: '-1' })).toThrow(DutoanError);
  });
  it('explicit limits override the defaults', () => {
    expect(resolveWorkbookLimits({ maxSheets: 3 }).maxSheets).toBe(3);
    expect(resolveWorkbookLimits().maxFileBytes).toBe(25 * 1024 * 1024);
  });
});

describe('sheet limits (while the sheets are read)', () => {
  it('measures the last row and column holding a value', async () => {
    const bytes = await excelBytes((ws) => {
      ws.getCell('C500').value = 1;
    });
    expect(workbookLimitError(bytes)).toBeNull();
    const rows = workbookLimitError(bytes, { maxRowsPerSheet: 499 }, 'a.xlsx')!;
    expect(rows.code).toBe('SHEET_TOO_MANY_ROWS');
    expect(rows.message).toContain('dòng 500');
    expect(rows.issues[0]!.path).toBe('Dự toán!A500');
    expect(workbookLimitError(bytes, { maxColumnsPerSheet: 2 })!.code).toBe('SHEET_TOO_MANY_COLUMNS');
    expect(workbookLimitError(bytes, { maxSheets: 0 })!.code).toBe('WORKBOOK_TOO_MANY_SHEETS');
  });
  it('a single value in column XFD exceeds the default column limit', async () => {
    const bytes = await excelBytes((ws) => {
      ws.getCell('XFD1').value = 'x';
    });
    expect(workbookLimitError(bytes)!.code).toBe('SHEET_TOO_MANY_COLUMNS');
  });
});
