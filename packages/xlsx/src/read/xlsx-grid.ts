import type { GridSheet, WorkbookGrid } from '@dutoan/core/audit';
import { checkFileSize } from '../limits/check-package.ts';
import { checkSheetCount, sheetExtentError } from '../limits/check-sheets.ts';
import { resolveWorkbookLimits, type WorkbookLimits } from '../limits/limits.ts';
import type { decryptWorkbook } from './encryption/decrypt-workbook.ts';
import { isCompoundFile } from './encryption/signature.ts';
import { openPackage, type Package } from './package/open-package.ts';
import { readRelationships, relsPathOf, resolveTarget, type Relationship } from './package/relationships.ts';
import { readApplication } from './parts/app-properties.ts';
import { readSharedStrings } from './parts/shared-strings.ts';
import { readStyles } from './parts/styles.ts';
import { readWorkbookPart } from './parts/workbook.ts';
import { readWorksheet } from './parts/worksheet.ts';
import { bytesError, count } from './problem.ts';
import { OPEN, XmlDamage, XmlScanner } from './xml/scanner.ts';

/** Options of reading .xlsx bytes into a grid (the file's name in messages, the limits against hostile files). */
export interface ReadXlsxOptions {
  /** File name used in messages ('' = none: "Tệp …"). */
  name?: string;
  /** Limits against hostile files (defaults: packages/xlsx/src/limits/limits.ts, then DUTOAN_* variables). */
  limits?: Partial<WorkbookLimits>;
}

/** Local name of a part's root element ("workbook", "document"…), or null when the part has none. */
function rootName(xml: string): string | null {
  const s = new XmlScanner(xml);
  try {
    return s.next() === OPEN ? s.name : null;
  } catch {
    return null;
  }
}

/** What kind of zip package this is when it holds no workbook (for the message). */
function zipKind(names: ReadonlySet<string>): 'docx' | 'pptx' | 'ods' | 'xlsb' | 'zip' {
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('ppt/presentation.xml')) return 'pptx';
  if (names.has('mimetype') && names.has('content.xml')) return 'ods';
  if (names.has('xl/workbook.bin')) return 'xlsb';
  return 'zip';
}

/** A part read with a parser; XML that is not well-formed becomes the one "damaged XML" refusal naming the part. */
function parse<T>(file: string, part: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof XmlDamage) throw bytesError('WORKBOOK_UNREADABLE', { file, kind: 'xml', part });
    throw e;
  }
}

const SPREADSHEET_MAIN = /spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml|ms-excel\.addin\.macroEnabled\.main\+xml/;

/** The workbook part: from the package relationships, else where the content types or convention put it. */
function findWorkbook(pkg: Package, file: string): string {
  const rels = parse(file, '_rels/.rels', () => readRelationships(pkg.text('_rels/.rels'), ''));
  const declared = rels.find((r) => r.type === 'officeDocument')?.target;
  const isWorkbook = (path: string) => {
    const xml = pkg.text(path);
    return xml !== null && rootName(xml) === 'workbook';
  };
  if (declared && isWorkbook(declared)) return declared;
  if (isWorkbook('xl/workbook.xml')) return 'xl/workbook.xml';
  const types = pkg.text('[Content_Types].xml');
  if (types) {
    const s = new XmlScanner(types);
    try {
      for (let t = s.next(); t; t = s.next()) {
        if (t === OPEN && s.name === 'Override' && SPREADSHEET_MAIN.test(s.attr('ContentType') ?? '')) {
          const part = resolveTarget('', s.attr('PartName') ?? '');
          if (isWorkbook(part)) return part;
        }
      }
    } catch {
      /* damaged content types: the workbook is looked for elsewhere */
    }
  }
  const kind = zipKind(pkg.names);
  // A package that declares its main part at a path it does not hold is a damaged workbook, not another format.
  if (declared && kind === 'zip' && pkg.text(declared) === null) throw bytesError('WORKBOOK_UNREADABLE', { file, kind: 'no-workbook', part: declared });
  throw bytesError('FILE_NOT_XLSX', { file, kind: 'foreign', what: kind });
}

/** A relationship of the workbook of one type, else the conventional part beside the workbook when it exists. */
function relatedPart(pkg: Package, rels: readonly Relationship[], workbook: string, type: string, conventional: string): string | null {
  const r = rels.find((x) => x.type === type);
  if (r) return r.target;
  const fallback = resolveTarget(workbook, conventional);
  return pkg.names.has(fallback) ? fallback : null;
}

/** Decrypts a workbook in Excel's default-password encryption (read/encryption/decrypt-workbook.ts). */
export type DecryptWorkbook = typeof decryptWorkbook;

/**
 * `readXlsxGrid` with the decryption given by the caller: null when the caller has checked that the bytes are not
 * an encrypted container (`isCompoundFile`), so that reading a plain workbook loads no cipher, hash or compound-file
 * code (`readWorkbookGrid` imports it only for an encrypted file: the start of `dutoan audit`).
 */
export function readXlsxGridWith(input: Uint8Array, opts: ReadXlsxOptions, decrypt: DecryptWorkbook | null): WorkbookGrid {
  const file = opts.name ?? '';
  const l = resolveWorkbookLimits(opts.limits);
  checkFileSize(input, l, file);
  if (isCompoundFile(input) && !decrypt) throw new Error('readXlsxGridWith: an encrypted container read without its decryption (programming error)');
  const bytes = isCompoundFile(input) ? decrypt!(input, l, file) : input;
  const pkg = openPackage(bytes, l, file);

  const workbookPath = findWorkbook(pkg, file);
  const workbook = parse(file, workbookPath, () => readWorkbookPart(pkg.text(workbookPath)!));
  const relsPath = relsPathOf(workbookPath);
  const rels = parse(file, relsPath, () => readRelationships(pkg.text(relsPath), workbookPath));
  const byId = new Map(rels.map((r) => [r.id, r]));

  // Worksheets only: chart sheets, dialog and macro sheets have no cells.
  const declared = workbook.sheets.filter((d) => {
    const type = byId.get(d.relId)?.type;
    return type === undefined || type === 'worksheet';
  });
  checkSheetCount(declared.length, l, file);

  const sstPath = relatedPart(pkg, rels, workbookPath, 'sharedStrings', 'sharedStrings.xml');
  const shared = sstPath ? parse(file, sstPath, () => readSharedStrings(pkg.text(sstPath))) : [];
  const stylesPath = relatedPart(pkg, rels, workbookPath, 'styles', 'styles.xml');
  const styles = parse(file, stylesPath ?? 'styles.xml', () => readStyles(stylesPath ? pkg.text(stylesPath) : null));
  const ctx = { shared, styles, date1904: workbook.date1904, maxRows: l.maxRowsPerSheet, maxCols: l.maxColumnsPerSheet };

  const sheets: GridSheet[] = [];
  for (const d of declared) {
    const path = byId.get(d.relId)?.target;
    const xml = path ? pkg.text(path) : null;
    const state = d.state ? { state: d.state } : {};
    if (xml === null) {
      // Declared but absent from the package: the sheet is named, with no cells (the readers then say what is missing).
      sheets.push({ name: d.name, values: [], ...state });
      continue;
    }
    const read = parse(file, path!, () => readWorksheet(xml, ctx));
    if (!read.ok) {
      if (read.kind === 'shared-string') {
        throw bytesError('WORKBOOK_UNREADABLE', { file, kind: 'shared-string', sheet: d.name, cell: read.cell, index: read.index, count: count(shared.length) });
      }
      throw bytesError('WORKBOOK_UNREADABLE', { file, kind: 'cell-ref', sheet: d.name, ref: read.ref });
    }
    const extent = sheetExtentError(d.name, read.lastRow, read.lastCol, l, file);
    if (extent) throw extent;
    sheets.push({ name: d.name, ...read.sheet, ...state });
  }

  const rootRels = readRelationships(pkg.text('_rels/.rels'), '');
  const appPath = rootRels.find((r) => r.type === 'extended-properties')?.target ?? 'docProps/app.xml';
  let application: string | undefined;
  try {
    application = readApplication(pkg.text(appPath));
  } catch {
    application = undefined; // informational only: a damaged app.xml does not make the workbook unreadable
  }
  return { sheets, names: workbook.names, ...(workbook.date1904 ? { date1904: true } : {}), ...(application ? { application } : {}) };
}
