import { inflateRawSync } from 'node:zlib';
import { columnLetters, DutoanError, excelSerialDate, type GridValue, type WorkbookGrid } from '@dutoan/core';
import { resolveWorkbookLimits } from '../limits/limits.ts';
import { limitsVi } from '../limits/messages.ts';
import { entryData, isZipProblem, readZipDirectory, type ZipEntry } from '../limits/zip-directory.ts';

/**
 * A fast, read-only path from .xlsx bytes to the plain grid (đọc nhanh): inflates only workbook.xml, its
 * relationships, sharedStrings, styles and the worksheets, and scans their cells — no styles objects, no
 * drawing, no full object model. It produces exactly what `workbookToGrid(exceljs workbook)` produces (a test
 * compares the two on every workbook of the corpus, hand-made ones and LibreOffice-saved ones) and returns null
 * on anything it does not expect, so the caller falls back to exceljs. Run `checkWorkbookLimits` first: the zip
 * directory and sizes are trusted here only after that check.
 */

const ENT: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(raw: string): string {
  // XML end-of-line handling first (a literal CR LF or CR is read as LF; "&#13;" stays a CR).
  const s = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  let out = s.includes('&')
    ? s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
        e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENT[e]!,
      )
    : s;
  // OOXML escapes characters XML cannot carry as _xHHHH_.
  if (out.includes('_x')) out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return out;
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? m[1] : undefined;
}

/** Text of the <t> runs of a shared/inline string, phonetic runs (<rPh>) excluded. */
function runsText(xml: string): string {
  const clean = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let out = '';
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(clean))) out += m[1] !== undefined ? decode(m[1]) : '';
  return out;
}

function colNumber(letters: string): number {
  let c = 0;
  for (let i = 0; i < letters.length; i++) c = c * 26 + letters.charCodeAt(i) - 64;
  return c;
}

/** Shift the relative A1 references of a shared formula from its master cell to another cell (as exceljs does). */
function translate(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  // Outside string literals only; references not preceded by a letter, digit, "_" or "." (names, functions).
  return formula
    .split(/("[^"]*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(^|[^A-Za-z0-9_.!$'])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g, (_, pre: string, cAbs: string, c: string, rAbs: string, r: string) => {
            const col = cAbs ? c : columnLetters(colNumber(c) + dCol);
            const row = rAbs ? r : String(Number(r) + dRow);
            return `${pre}${cAbs}${col}${rAbs}${row}`;
          }),
    )
    .join('');
}

/** Built-in number formats that display dates or times (ECMA-376 §18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

function isDateFormat(code: string): boolean {
  const f = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmyhs]/i.test(f) && !/^general$/i.test(f.trim());
}

interface Styles {
  dateStyle: boolean[];
}

function readStyles(xml: string | null): Styles {
  if (!xml) return { dateStyle: [] };
  const custom = new Map<number, string>();
  const numFmts = /<numFmts\b[\s\S]*?<\/numFmts>/.exec(xml)?.[0] ?? '';
  for (const m of numFmts.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const id = attr(m[1]!, 'numFmtId');
    const code = attr(m[1]!, 'formatCode');
    if (id !== undefined && code !== undefined) custom.set(Number(id), decode(code));
  }
  const xfs = /<cellXfs\b[\s\S]*?<\/cellXfs>/.exec(xml)?.[0] ?? '';
  const dateStyle: boolean[] = [];
  for (const m of xfs.matchAll(/<xf\b([^>]*?)(?:\/>|>)/g)) {
    const id = Number(attr(m[1]!, 'numFmtId') ?? '0');
    const code = custom.get(id);
    dateStyle.push(code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id));
  }
  return { dateStyle };
}

class Zip {
  private readonly entries = new Map<string, ZipEntry>();
  constructor(private readonly bytes: Uint8Array) {
    const dir = readZipDirectory(bytes);
    if (isZipProblem(dir)) throw new Error('zip');
    for (const e of dir.entries) this.entries.set(e.name.replace(/^\//, ''), e);
  }
  text(path: string): string | null {
    const e = this.entries.get(path.replace(/^\//, ''));
    if (!e) return null;
    if (e.method === 0) return new TextDecoder().decode(entryData(this.bytes, e));
    if (e.method !== 8) throw new Error('method');
    return new TextDecoder().decode(inflateRawSync(entryData(this.bytes, e), { maxOutputLength: Math.max(1, e.uncompressedSize) }));
  }
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl', ...target.split('/')];
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/**
 * Read the grid, or null when the package has a shape this reader does not handle (the caller then uses
 * exceljs). Throws DutoanError only for the sheet limits (too many sheets, rows or columns), like
 * `checkLoadedWorkbookLimits` after exceljs.
 */
export function readWorkbookGridFast(bytes: Uint8Array, name: string = limitsVi.defaultName): WorkbookGrid | null {
  let zip: Zip;
  let workbookXml: string | null;
  let relsXml: string | null;
  try {
    zip = new Zip(bytes);
    workbookXml = zip.text('xl/workbook.xml');
    relsXml = zip.text('xl/_rels/workbook.xml.rels');
  } catch {
    return null;
  }
  if (!workbookXml || !relsXml) return null;
  const limits = resolveWorkbookLimits();

  const rels = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const id = attr(m[1]!, 'Id');
    const target = attr(m[1]!, 'Target');
    if (id && target) rels.set(id, resolveTarget(decode(target)));
  }
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbookXml);
  const sheetsDecl: Array<{ name: string; path: string }> = [];
  for (const m of workbookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const rid = attr(m[1]!, 'r:id');
    const sheetName = attr(m[1]!, 'name');
    const path = rid ? rels.get(rid) : undefined;
    if (!sheetName || !path) return null;
    sheetsDecl.push({ name: decode(sheetName), path });
  }
  if (sheetsDecl.length > limits.maxSheets) {
    throw new DutoanError('WORKBOOK_TOO_MANY_SHEETS', limitsVi.tooManySheets(name, sheetsDecl.length, limits.maxSheets));
  }
  const names: Record<string, string> = {};
  for (const m of workbookXml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const n = attr(m[1]!, 'name');
    const ref = decode(m[2]!).trim();
    if (n && !(n in names) && !ref.includes(':') && !ref.includes(',') && /![$A-Z]+\$?\d+$/.test(ref)) names[decode(n)] = ref;
  }

  let shared: string[] = [];
  let styles: Styles;
  const sheets: WorkbookGrid['sheets'][number][] = [];
  try {
    const sst = zip.text('xl/sharedStrings.xml');
    if (sst) shared = Array.from(sst.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g), (m) => (m[1] !== undefined ? runsText(m[1]) : ''));
    styles = readStyles(zip.text('xl/styles.xml'));
    for (const decl of sheetsDecl) {
      const xml = zip.text(decl.path);
      if (xml === null) return null;
      const sheet = readSheet(xml, shared, styles, date1904);
      if (!sheet) return null;
      if (sheet.lastRow > limits.maxRowsPerSheet) {
        throw new DutoanError('SHEET_TOO_MANY_ROWS', limitsVi.tooManyRows(name, decl.name, sheet.lastRow, limits.maxRowsPerSheet), [
          { path: `${decl.name}!A${sheet.lastRow}`, message: limitsVi.rowLimitShort(limits.maxRowsPerSheet) },
        ]);
      }
      if (sheet.lastCol > limits.maxColumnsPerSheet) {
        throw new DutoanError('SHEET_TOO_MANY_COLUMNS', limitsVi.tooManyColumns(name, decl.name, sheet.lastCol, limits.maxColumnsPerSheet), [
          { path: decl.name, message: limitsVi.columnLimitShort(limits.maxColumnsPerSheet) },
        ]);
      }
      sheets.push({ name: decl.name, values: sheet.values, formulas: sheet.formulas });
    }
  } catch (e) {
    if (e instanceof DutoanError) throw e;
    return null;
  }
  return { sheets, names };
}

/** Cells of one worksheet; merged-over cells are left out (as exceljs reports them as merges). */
function readSheet(
  xml: string,
  shared: readonly string[],
  styles: Styles,
  date1904: boolean,
): { values: GridValue[][]; formulas: Array<Array<string | null>>; lastRow: number; lastCol: number } | null {
  const values: GridValue[][] = [];
  const formulas: Array<Array<string | null>> = [];
  const merged = new Set<string>();
  const mergeXml = /<mergeCells\b[\s\S]*?<\/mergeCells>/.exec(xml)?.[0];
  if (mergeXml) {
    for (const m of mergeXml.matchAll(/<mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
      const c1 = colNumber(m[1]!);
      const r1 = Number(m[2]);
      const c2 = colNumber(m[3]!);
      const r2 = Number(m[4]);
      if ((r2 - r1 + 1) * (c2 - c1 + 1) > 100_000) return null;
      for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) merged.add(`${r}:${c}`);
    }
  }
  const sharedMasters = new Map<string, { formula: string; row: number; col: number }>();
  const dataStart = xml.indexOf('<sheetData');
  const dataEnd = xml.lastIndexOf('</sheetData>');
  if (dataStart < 0) return null;
  const data = dataEnd > dataStart ? xml.slice(dataStart, dataEnd) : '';
  let lastRow = 0;
  let lastCol = 0;
  const re = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(data))) {
    const attrs = m[1]!;
    const body = m[2];
    const ref = attr(attrs, 'r');
    if (!ref) return null;
    const rm = /^([A-Z]{1,3})(\d+)$/.exec(ref);
    if (!rm) return null;
    const col = colNumber(rm[1]!);
    const row = Number(rm[2]);
    if (body === undefined || body === '') continue;
    if (merged.has(`${row}:${col}`)) continue;
    const t = attr(attrs, 't') ?? 'n';
    const fm = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
    let formula: string | null = null;
    if (fm) {
      const fAttrs = fm[1]!;
      const text = fm[2] !== undefined ? decode(fm[2]) : '';
      const si = attr(fAttrs, 'si');
      if (attr(fAttrs, 't') === 'shared' && si !== undefined) {
        const master = sharedMasters.get(si);
        if (text) sharedMasters.set(si, { formula: text, row, col });
        else if (master) formula = translate(master.formula, row - master.row, col - master.col);
        else return null;
        formula ??= text;
      } else formula = text;
    }
    const vm = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(body);
    const raw = vm ? decode(vm[1]!) : undefined;
    let value: GridValue = null;
    switch (t) {
      case 's':
        value = raw === undefined ? null : (shared[Number(raw)] ?? null);
        break;
      case 'str':
        value = raw ?? '';
        break;
      case 'inlineStr': {
        const is = /<is>([\s\S]*?)<\/is>/.exec(body);
        value = is ? runsText(is[1]!) : '';
        break;
      }
      case 'b':
        value = raw === undefined ? null : raw === '1' || raw === 'true';
        break;
      case 'e':
        value = raw ?? null;
        break;
      default: {
        if (raw === undefined || raw === '') value = null;
        else {
          const n = Number(raw);
          if (!Number.isFinite(n)) return null;
          const s = Number(attr(attrs, 's') ?? '0');
          value = styles.dateStyle[s] ? excelSerialDate(n, date1904) : n;
        }
      }
    }
    if (formula === null && value === null) continue;
    // A formula cell without a cached value reads as an empty result, as in exceljs.
    (values[row - 1] ??= [])[col - 1] = value;
    if (formula !== null) (formulas[row - 1] ??= [])[col - 1] = `=${formula}`;
    if (row > lastRow) lastRow = row;
    if (col > lastCol) lastCol = col;
  }
  return { values, formulas, lastRow, lastCol };
}
