// Builds test/fixtures/writers/: our estimates re-serialised the way other writers save them, and workbooks of
// other content written by every writer that runs here (issue 12). Regenerate (needs LibreOffice and Debian's
// python3-openpyxl; the encryption uses random salts, so encrypted files differ from run to run):
//   node packages/cli/bin/run-ts.js scripts/make-writer-corpus.ts
//
// test/fixtures/writers/<original>/<transformation>.xlsx, for the originals: the three examples' standard
// workbooks and the hand-made submission (test/fixtures/hand-made/so-tu-phap-tu-lap.xlsx):
//   original        the file itself
//   prefix          every SpreadsheetML element with a namespace prefix (<x:worksheet>, as the Open XML SDK and ClosedXML)
//   no-r            rows and cells without the optional r attribute (gaps filled with empty <row/> and <c/>)
//   inline-strings  every shared string moved into its cell as an inline string; the shared-string part removed
//   moved-workbook  the workbook part at wb/book.xml, declared in _rels/.rels (not xl/workbook.xml)
//   encrypted-standard, encrypted-agile   Excel's default-password encryption, by officecrypto-tool (independent)
//   libreoffice     re-saved by LibreOffice Calc (cached values kept: no recalculation on load)
//   sheetjs         read and written again by SheetJS (npm "xlsx")
//   xlsx-populate   read and written again by xlsx-populate
//   openpyxl        read and written again by openpyxl: formulas kept, NO cached values (openpyxl never computes)
// test/fixtures/writers/foreign/<writer>.xlsx: a three-sheet workbook unlike ours (German, French and Vietnamese
// text, dates, merged cells, rich text, booleans, formulas), written by openpyxl, SheetJS, xlsx-populate, exceljs,
// exceljs's streaming writer, LibreOffice, and a hand-written Open XML SDK–style package. Its cells are listed in
// `foreignContent` below; the test checks each writer's file against them.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { baselineWorkbooks } from './make-tampered-corpus.ts';
import { convertBatch, findSoffice } from '../test/support/libreoffice.ts';
import { buildZip, unzip, type BuildEntry } from '../test/support/zip-builder.ts';

const require = createRequire(import.meta.url);
export const corpusDir = new URL('../test/fixtures/writers/', import.meta.url).pathname;
export const openpyxlScript = new URL('./make-writer-corpus-openpyxl.py', import.meta.url).pathname;

export const byteTransforms = ['prefix', 'no-r', 'inline-strings', 'moved-workbook', 'encrypted-standard', 'encrypted-agile', 'sheetjs', 'xlsx-populate'] as const;
export const transformations = ['original', ...byteTransforms, 'libreoffice', 'openpyxl'] as const;
export type Transformation = (typeof transformations)[number];

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const enc = new TextEncoder();
const dec = new TextDecoder();

type Parts = Array<{ name: string; data: Uint8Array }>;
const text = (p: { data: Uint8Array }) => dec.decode(p.data);
const rezip = (parts: Parts): Uint8Array => buildZip(parts.map((p) => ({ name: p.name, data: p.data }) as BuildEntry));
const mapXml = (parts: Parts, f: (name: string, xml: string) => string): Parts =>
  parts.map((p) => (/\.(xml|rels)$/.test(p.name) ? { name: p.name, data: enc.encode(f(p.name, text(p))) } : p));

/** Every element of every SpreadsheetML part gets the prefix "x:" (the default namespace becomes xmlns:x). */
function prefixElements(bytes: Uint8Array): Uint8Array {
  return rezip(
    mapXml(unzip(bytes), (_name, xml) => {
      if (!xml.includes(`xmlns="${MAIN}"`)) return xml;
      return xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s>/])/g, (_m, slash: string, name: string) => `<${slash}x:${name}`);
    }),
  );
}

function colNumber(letters: string): number {
  let c = 0;
  for (const ch of letters) c = c * 26 + ch.charCodeAt(0) - 64;
  return c;
}

/** Rows and cells without r: each follows the one before, gaps filled with empty rows and cells. */
function removeReferences(bytes: Uint8Array): Uint8Array {
  return rezip(
    mapXml(unzip(bytes), (name, xml) => {
      if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) return xml;
      let prevRow = 0;
      return xml.replace(/<row\b([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g, (_m, attrs: string, _end: string, body: string | undefined) => {
        const r = Number(/\sr="(\d+)"/.exec(attrs)?.[1] ?? prevRow + 1);
        const filler = '<row/>'.repeat(Math.max(0, r - prevRow - 1));
        prevRow = r;
        const rowAttrs = attrs.replace(/\sr="\d+"/, '');
        if (body === undefined) return `${filler}<row${rowAttrs}/>`;
        let prevCol = 0;
        const cells = body.replace(/<c\b([^>]*?)(\/>|>[\s\S]*?<\/c>)/g, (_c, cAttrs: string, rest: string) => {
          const m = /\sr="([A-Z]+)\d+"/.exec(cAttrs);
          const col = m ? colNumber(m[1]!) : prevCol + 1;
          const gap = '<c/>'.repeat(Math.max(0, col - prevCol - 1));
          prevCol = col;
          return `${gap}<c${cAttrs.replace(/\sr="[A-Z]+\d+"/, '')}${rest}`;
        });
        return `${filler}<row${rowAttrs}>${cells}</row>`;
      });
    }),
  );
}

/** Shared strings moved into their cells (<c t="inlineStr"><is>…</is></c>); the shared-string part dropped. */
function inlineStrings(bytes: Uint8Array): Uint8Array {
  const parts = unzip(bytes);
  const sst = parts.find((p) => p.name === 'xl/sharedStrings.xml');
  if (!sst) return bytes;
  const items = [...text(sst).matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? '<t></t>');
  const out = mapXml(
    parts.filter((p) => p !== sst),
    (name, xml) => {
      if (name === '[Content_Types].xml') return xml.replace(/<Override PartName="\/xl\/sharedStrings.xml"[^>]*\/>/, '');
      if (name === 'xl/_rels/workbook.xml.rels') return xml.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, '');
      if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) return xml;
      return xml.replace(/<c\b([^>]*?)\st="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g, (_m, a: string, b: string, i: string) => `<c${a} t="inlineStr"${b}><is>${items[Number(i)]}</is></c>`);
    },
  );
  return rezip(out);
}

/** The workbook part moved to wb/book.xml (its own relationships beside it, targets absolute). */
function moveWorkbook(bytes: Uint8Array): Uint8Array {
  const parts = unzip(bytes).map((p) => {
    if (p.name === 'xl/workbook.xml') return { name: 'wb/book.xml', data: p.data };
    if (p.name === 'xl/_rels/workbook.xml.rels') {
      return { name: 'wb/_rels/book.xml.rels', data: enc.encode(text(p).replace(/Target="(?!\/)([^"]+)"/g, (_m, t: string) => `Target="/xl/${t}"`)) };
    }
    return p;
  });
  return rezip(
    mapXml(parts, (name, xml) => {
      if (name === '_rels/.rels') return xml.replace(/Target="\/?xl\/workbook.xml"/, 'Target="wb/book.xml"');
      if (name === '[Content_Types].xml') return xml.replace('PartName="/xl/workbook.xml"', 'PartName="/wb/book.xml"');
      return xml;
    }),
  );
}

/** Excel's default-password encryption by an independent implementation (officecrypto-tool, MIT). */
function encrypt(bytes: Uint8Array, type: 'standard' | 'agile'): Uint8Array {
  const officeCrypto = require('officecrypto-tool') as { encrypt: (b: Buffer, o: { password: string; type?: string }) => Buffer };
  return new Uint8Array(officeCrypto.encrypt(Buffer.from(bytes), { password: 'VelvetSweatshop', ...(type === 'standard' ? { type } : {}) }));
}

function viaSheetJs(bytes: Uint8Array): Uint8Array {
  const XLSX = require('xlsx') as typeof import('xlsx');
  const wb = XLSX.read(bytes, { type: 'array', cellFormula: true, cellNF: true, cellDates: false });
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

async function viaXlsxPopulate(bytes: Uint8Array): Promise<Uint8Array> {
  const XlsxPopulate = require('xlsx-populate') as { fromDataAsync: (b: Buffer) => Promise<{ outputAsync: () => Promise<Buffer> }> };
  const wb = await XlsxPopulate.fromDataAsync(Buffer.from(bytes));
  return new Uint8Array(await wb.outputAsync());
}

export async function transform(kind: (typeof byteTransforms)[number], bytes: Uint8Array): Promise<Uint8Array> {
  switch (kind) {
    case 'prefix':
      return prefixElements(bytes);
    case 'no-r':
      return removeReferences(bytes);
    case 'inline-strings':
      return inlineStrings(bytes);
    case 'moved-workbook':
      return moveWorkbook(bytes);
    case 'encrypted-standard':
      return encrypt(bytes, 'standard');
    case 'encrypted-agile':
      return encrypt(bytes, 'agile');
    case 'sheetjs':
      return viaSheetJs(bytes);
    case 'xlsx-populate':
      return viaXlsxPopulate(bytes);
  }
}

/** The originals: the three examples' standard workbooks and the hand-made submission. */
export async function originals(): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = { ...(await baselineWorkbooks()) };
  out['so-tu-phap'] = new Uint8Array(readFileSync(new URL('../test/fixtures/hand-made/so-tu-phap-tu-lap.xlsx', import.meta.url)));
  return out;
}

/** Run the openpyxl script on files (in → out pairs); throws when python3-openpyxl is missing. */
export function runOpenpyxl(args: string[]): void {
  execFileSync('/usr/bin/python3', [openpyxlScript, ...args], { stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000 });
}

// ---------------------------------------------------------------- foreign workbooks
/**
 * The content every foreign writer puts in its workbook (what the test expects back). Sheets:
 *   Übersicht (German): A1 merged A1:D1 "Aktenverzeichnis – Stadtarchiv Köln"; header row 3; rows 4–6: Nr., Bestand,
 *     Datum (a date), Anzahl (number), Geprüft (boolean); B7 "Summe", D7 =SUM(D4:D6) = 1.234,5 + 250 + 12 = 1.496,5.
 *   Journal (French): A1 "Remarque : Noël à Loïc — où est la clé ?", A2 "Dipl. Päd. Jürgen Müller", B2 2026-04-10,
 *     A3 42 (1904 is not used here), A4 =Übersicht!D7*2 = 2.993.
 *   Danh mục (Vietnamese): A1 "Số hóa tài liệu lưu trữ", A2 "Đơn vị tính", B2 "trang", A3 "Khối lượng", B3 150000.
 */
export const foreignContent = {
  sheets: ['Übersicht', 'Journal', 'Danh mục'] as [string, string, string],
  title: 'Aktenverzeichnis – Stadtarchiv Köln',
  rows: [
    [1, 'Ratsprotokolle 1950–1960', new Date(Date.UTC(2026, 0, 15)), 1234.5, true],
    [2, 'Bauakten Altstadt', new Date(Date.UTC(2026, 1, 28)), 250, false],
    [3, 'Fotosammlung Müller', new Date(Date.UTC(2026, 2, 31)), 12, true],
  ] as Array<[number, string, Date, number, boolean]>,
  sum: 1496.5,
  french: 'Remarque : Noël à Loïc — où est la clé ?',
  german: 'Dipl. Päd. Jürgen Müller',
  frenchDate: new Date(Date.UTC(2026, 3, 10)),
  twice: 2993,
  vietnamese: ['Số hóa tài liệu lưu trữ', 'Đơn vị tính', 'trang', 'Khối lượng', 150000] as const,
};
export const foreignWriters = ['openpyxl', 'sheetjs', 'xlsx-populate', 'exceljs', 'exceljs-stream', 'libreoffice', 'openxml-sdk-style'] as const;

function fillExceljs(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  const c = foreignContent;
  const a = wb.addWorksheet(c.sheets[0]);
  a.getCell('A1').value = { richText: [{ text: 'Aktenverzeichnis', font: { bold: true } }, { text: ' – Stadtarchiv Köln' }] };
  a.mergeCells('A1:D1');
  a.getRow(3).values = ['Nr.', 'Bestand', 'Datum', 'Anzahl', 'Geprüft'];
  c.rows.forEach((r, i) => {
    a.getRow(4 + i).values = r;
    a.getCell(`C${4 + i}`).numFmt = 'dd.mm.yyyy';
  });
  a.getCell('B7').value = 'Summe';
  a.getCell('D7').value = { formula: 'SUM(D4:D6)', result: c.sum };
  const b = wb.addWorksheet(c.sheets[1]);
  b.getCell('A1').value = c.french;
  b.getCell('A2').value = c.german;
  b.getCell('B2').value = c.frenchDate;
  b.getCell('B2').numFmt = 'dd/mm/yyyy';
  b.getCell('A3').value = 42;
  b.getCell('A4').value = { formula: "'Übersicht'!D7*2", result: c.twice };
  const v = wb.addWorksheet(c.sheets[2]);
  v.getCell('A1').value = c.vietnamese[0];
  v.getCell('A2').value = c.vietnamese[1];
  v.getCell('B2').value = c.vietnamese[2];
  v.getCell('A3').value = c.vietnamese[3];
  v.getCell('B3').value = c.vietnamese[4];
  return [a, b, v];
}

async function foreignExceljs(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fillExceljs(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function foreignExceljsStream(): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'dutoan-stream-'));
  const file = join(dir, 'stream.xlsx');
  // The streaming writer, inline strings (useSharedStrings: false), rows committed as they are written.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  for (const ws of fillExceljs(wb as unknown as ExcelJS.Workbook)) (ws as unknown as { commit: () => void }).commit();
  await wb.commit();
  const bytes = new Uint8Array(readFileSync(file));
  rmSync(dir, { recursive: true, force: true });
  return bytes;
}

function foreignSheetJs(): Uint8Array {
  const XLSX = require('xlsx') as typeof import('xlsx');
  const c = foreignContent;
  const wb = XLSX.utils.book_new();
  const a = XLSX.utils.aoa_to_sheet([[c.title], [], ['Nr.', 'Bestand', 'Datum', 'Anzahl', 'Geprüft'], ...c.rows, [null, 'Summe', null, { f: 'SUM(D4:D6)', v: c.sum, t: 'n' }]], { cellDates: true, dateNF: 'dd/mm/yyyy' });
  a['!merges'] = [XLSX.utils.decode_range('A1:D1')];
  XLSX.utils.book_append_sheet(wb, a, c.sheets[0]);
  const b = XLSX.utils.aoa_to_sheet([[c.french], [c.german, c.frenchDate], [42], [{ f: "'Übersicht'!D7*2", v: c.twice, t: 'n' }]], { cellDates: true, dateNF: 'dd/mm/yyyy' });
  XLSX.utils.book_append_sheet(wb, b, c.sheets[1]);
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[c.vietnamese[0]], [c.vietnamese[1], c.vietnamese[2]], [c.vietnamese[3], c.vietnamese[4]]]), c.sheets[2]);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', cellDates: false }) as ArrayBuffer);
}

async function foreignXlsxPopulate(): Promise<Uint8Array> {
  type Cell = { value: (v: unknown) => Cell; style: (k: string, v: unknown) => Cell; formula: (f: string) => Cell };
  type Sheet = { name: (n?: string) => Sheet; cell: (a: string) => Cell; range: (a: string) => { merged: (m: boolean) => void } };
  const XlsxPopulate = require('xlsx-populate') as {
    fromBlankAsync: () => Promise<{ sheet: (i: number) => Sheet; addSheet: (n: string) => Sheet; outputAsync: () => Promise<Buffer> }>;
    RichText: new () => { add: (t: string, s?: Record<string, unknown>) => unknown };
  };
  const c = foreignContent;
  const wb = await XlsxPopulate.fromBlankAsync();
  const a = wb.sheet(0).name(c.sheets[0]);
  const rich = new XlsxPopulate.RichText();
  rich.add('Aktenverzeichnis', { bold: true });
  rich.add(' – Stadtarchiv Köln');
  a.cell('A1').value(rich);
  a.range('A1:D1').merged(true);
  ['Nr.', 'Bestand', 'Datum', 'Anzahl', 'Geprüft'].forEach((h, i) => a.cell(`${'ABCDE'[i]}3`).value(h));
  c.rows.forEach((r, i) => {
    r.forEach((v, j) => a.cell(`${'ABCDE'[j]}${4 + i}`).value(v));
    a.cell(`C${4 + i}`).style('numberFormat', 'dd.mm.yyyy');
  });
  a.cell('B7').value('Summe');
  a.cell('D7').formula('SUM(D4:D6)');
  const b = wb.addSheet(c.sheets[1]);
  b.cell('A1').value(c.french);
  b.cell('A2').value(c.german);
  b.cell('B2').value(c.frenchDate).style('numberFormat', 'dd/mm/yyyy');
  b.cell('A3').value(42);
  b.cell('A4').formula("'Übersicht'!D7*2");
  const v = wb.addSheet(c.sheets[2]);
  v.cell('A1').value(c.vietnamese[0]);
  v.cell('A2').value(c.vietnamese[1]);
  v.cell('B2').value(c.vietnamese[2]);
  v.cell('A3').value(c.vietnamese[3]);
  v.cell('B3').value(c.vietnamese[4]);
  return new Uint8Array(await wb.outputAsync());
}

/**
 * A package written the way the Open XML SDK's SAX writers write it: every element with the "x:" prefix, the
 * relationships prefix "r" renamed, no r attributes, inline strings only, no styles part beyond what dates need,
 * the 1904 date system, and a date cell stored as an ISO date (t="d").
 */
function foreignOpenXmlSdkStyle(): Uint8Array {
  const c = foreignContent;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const str = (s: string) => `<x:c t="inlineStr"><x:is><x:t>${esc(s)}</x:t></x:is></x:c>`;
  const num = (n: number, s?: number) => `<x:c${s !== undefined ? ` s="${s}"` : ''}><x:v>${n}</x:v></x:c>`;
  // 1904 serials: days since 1904-01-01.
  const serial1904 = (d: Date) => (d.getTime() - Date.UTC(1904, 0, 1)) / 86_400_000;
  const row = (cells: string) => `<x:row>${cells}</x:row>`;
  const sheet = (rows: string, extra = '') =>
    `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>${rows}</x:sheetData>${extra}</x:worksheet>`;
  const a = sheet(
    row(`<x:c t="inlineStr"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t>Aktenverzeichnis</x:t></x:r><x:r><x:t xml:space="preserve"> – Stadtarchiv Köln</x:t></x:r></x:is></x:c>`) +
      row('') +
      row(['Nr.', 'Bestand', 'Datum', 'Anzahl', 'Geprüft'].map(str).join('')) +
      c.rows.map((r) => row(num(r[0]) + str(r[1]) + num(serial1904(r[2]), 1) + num(r[3]) + `<x:c t="b"><x:v>${r[4] ? 1 : 0}</x:v></x:c>`)).join('') +
      row(`<x:c/>${str('Summe')}<x:c/><x:c><x:f>SUM(D4:D6)</x:f><x:v>${c.sum}</x:v></x:c>`),
    '<x:mergeCells count="1"><x:mergeCell ref="A1:D1"/></x:mergeCells>',
  );
  const b = sheet(row(str(c.french)) + row(str(c.german) + `<x:c t="d"><x:v>2026-04-10T00:00:00</x:v></x:c>`) + row(num(42)) + row(`<x:c><x:f>'Übersicht'!D7*2</x:f><x:v>${c.twice}</x:v></x:c>`));
  const v = sheet(row(str(c.vietnamese[0])) + row(str(c.vietnamese[1]) + str(c.vietnamese[2])) + row(str(c.vietnamese[3]) + num(c.vietnamese[4])));
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const parts: BuildEntry[] = [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        [1, 2, 3].map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    },
    { name: '_rels/.rels', data: `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="${rel}/officeDocument" Target="/xl/workbook.xml" Id="R1a2b"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      data:
        `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:x="${MAIN}" xmlns:d2p1="${rel}"><x:workbookPr date1904="true"/><x:sheets>` +
        c.sheets.map((n, i) => `<x:sheet name="${esc(n)}" sheetId="${i + 1}" d2p1:id="R${i + 1}"/>`).join('') +
        '</x:sheets></x:workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        '<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        [1, 2, 3].map((i) => `<Relationship Type="${rel}/worksheet" Target="/xl/worksheets/sheet${i}.xml" Id="R${i}"/>`).join('') +
        `<Relationship Type="${rel}/styles" Target="/xl/styles.xml" Id="R9"/></Relationships>`,
    },
    {
      name: 'xl/styles.xml',
      data: `<?xml version="1.0" encoding="utf-8"?><x:styleSheet xmlns:x="${MAIN}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></x:numFmts><x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="164" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>`,
    },
    { name: 'xl/worksheets/sheet1.xml', data: a },
    { name: 'xl/worksheets/sheet2.xml', data: b },
    { name: 'xl/worksheets/sheet3.xml', data: v },
  ];
  return buildZip(parts);
}

// ---------------------------------------------------------------- main
async function main(): Promise<void> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is needed: apt-get install libreoffice-calc-nogui');
  const work = mkdtempSync(join(tmpdir(), 'dutoan-writers-'));
  try {
    const lo: Array<{ from: string; to: string }> = [];
    const py: string[] = [];
    for (const [name, bytes] of Object.entries(await originals())) {
      const dir = join(corpusDir, name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'original.xlsx'), bytes);
      for (const t of byteTransforms) writeFileSync(join(dir, `${t}.xlsx`), await transform(t, bytes));
      const src = join(work, `${name}.xlsx`);
      writeFileSync(src, bytes);
      lo.push({ from: src, to: join(dir, 'libreoffice.xlsx') });
      py.push(join(dir, 'original.xlsx'), join(dir, 'openpyxl.xlsx'));
    }
    const foreign = join(corpusDir, 'foreign');
    mkdirSync(foreign, { recursive: true });
    writeFileSync(join(foreign, 'exceljs.xlsx'), await foreignExceljs());
    writeFileSync(join(foreign, 'exceljs-stream.xlsx'), await foreignExceljsStream());
    writeFileSync(join(foreign, 'sheetjs.xlsx'), foreignSheetJs());
    writeFileSync(join(foreign, 'xlsx-populate.xlsx'), await foreignXlsxPopulate());
    writeFileSync(join(foreign, 'openxml-sdk-style.xlsx'), foreignOpenXmlSdkStyle());
    runOpenpyxl([...py, '--foreign', join(foreign, 'openpyxl.xlsx')]);
    // LibreOffice: our files re-saved as they are; the foreign workbook recalculated and saved in its own dialect.
    const out = join(work, 'out');
    const r1 = await convertBatch(soffice, lo.map((x) => x.from), out, { to: 'xlsx', recalc: false });
    for (const x of lo) {
      const o = r1.outputs.get(x.from);
      if (!o) throw new Error(`LibreOffice did not convert ${x.from}:\n${r1.log}`);
      copyFileSync(o, x.to);
    }
    const fsrc = join(work, 'foreign', 'libreoffice.xlsx');
    mkdirSync(join(work, 'foreign'), { recursive: true });
    copyFileSync(join(foreign, 'openpyxl.xlsx'), fsrc);
    const r2 = await convertBatch(soffice, [fsrc], join(work, 'out2'), { to: 'xlsx', recalc: true });
    const o2 = r2.outputs.get(fsrc);
    if (!o2) throw new Error(`LibreOffice did not convert the foreign workbook:\n${r2.log}`);
    copyFileSync(o2, join(foreign, 'libreoffice.xlsx'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
