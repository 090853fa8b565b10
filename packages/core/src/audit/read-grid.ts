import { DutoanError } from '../errors.ts';
import { definedNames as N, templateText as T } from '../layout/template.ts';
import { auditReadVi } from '../messages/audit.ts';
import type { SectionId } from '../model/fields.ts';
import { Decimal } from '../money/decimal.ts';
import { parseQuantity } from '../money/parse.ts';
import { foldStartsWith, foldText } from '../util/fold-text.ts';
import type { Location } from './finding.ts';
import { legacyEncoding } from './legacy-encoding.ts';
import { cellAddress, gridValueText, numberText, parseCellRef, SheetView, type GridSheet, type WorkbookGrid } from './grid.ts';
import type {
  ReadNumber,
  ReadText,
  SubmittedEstimate,
  SubmittedLine,
  SubmittedSection,
  SubmittedSigner,
  SubmittedVat,
} from './submitted.ts';

/**
 * Reading a submitted estimate from a plain grid (đọc bảng dự toán): our standard template AND hand-made
 * workbooks. The table is found by its header row (STT | Nội dung công việc | Đơn vị tính | Khối lượng | Đơn giá |
 * Thành tiền | Ghi chú) matched tolerantly (any case, with or without diacritics, NFC or NFD, common synonyms
 * and abbreviations); rows are classified by their label (section I/II/III, Cộng, Thuế GTGT, TỔNG CỘNG, Làm
 * tròn, Bằng chữ). Where the workbook carries the template's defined names or hidden item-code column they are
 * preferred. Nothing is recomputed here: values are what the cells hold.
 */

type Col = 'stt' | 'content' | 'unit' | 'quantity' | 'price' | 'amount' | 'note' | 'code';

/** Folded header texts per column (compared after removing "(…)" and dots). */
export const headerSynonyms: Record<Col, readonly string[]> = {
  stt: ['stt', 'tt', 'so tt', 'so thu tu'],
  content: ['noi dung cong viec', 'noi dung', 'ten cong viec', 'hang muc cong viec', 'hang muc', 'ten hang muc', 'dien giai', 'cong viec'],
  unit: ['don vi tinh', 'dvt', 'dv tinh', 'don vi'],
  quantity: ['khoi luong', 'so luong', 'kl', 'sl'],
  price: ['don gia', 'muc gia', 'gia'],
  amount: ['thanh tien', 'kinh phi', 'so tien', 'tong tien', 'gia tri'],
  note: ['ghi chu', 'can cu', 'can cu ghi chu'],
  code: ['ma hang muc', 'ma hm', 'ma', 'ma so', 'ma dinh muc'],
};

/**
 * Defined names of the standard template (core layout `definedNames`, written by @dutoan/xlsx and the add-in)
 * that this reader understands. A name that is absent is looked for by its label instead.
 */
export const templateNames = {
  parentBody: [N.parentBody],
  agency: [N.agency],
  dateLine: [N.dateLine],
  sampleLabel: [N.sampleLabel],
  grandTotal: [N.grandTotal],
  rounding: [N.rounding],
  finalAmount: [N.finalAmount],
  words: [N.words],
  preparer: [N.preparer],
  accountant: [N.accountant],
  head: [N.head],
  bookId: [N.bookId],
  bookStatus: [N.bookStatus],
  bookHash: [N.bookHash],
} as const;

const CODE_RE = /^[A-Z][A-Z0-9]{0,9}(?:[.-][A-Z0-9]{1,10}){0,4}$/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };
const SECTION_BY_NUMBER: Record<number, SectionId> = { 1: 'I', 2: 'II', 3: 'III' };
const SECTION_KEYWORDS: Array<[SectionId, readonly string[]]> = [
  ['I', ['chinh ly']],
  ['II', ['so hoa', 'tao lap co so du lieu', 'tao lap csdl']],
  ['III', ['chi phi khac', 'chi khac', 'cac chi phi khac']],
];
const ROLE_LABELS = {
  preparer: ['nguoi lap bieu', 'nguoi lap', 'lap bieu'],
  accountant: ['ke toan truong', 'phu trach ke toan', 'ke toan'],
  head: ['thu truong don vi', 'thu truong co quan', 'thu truong', 'tm uy ban nhan dan', 'tm ubnd', 'chu tich', 'giam doc', 'kt chu tich', 'kt giam doc'],
} as const;
/** Labels that sit between a role and the signer's name ("CHỦ TỊCH" under "TM. ỦY BAN NHÂN DÂN", "(Ký…)"). */
const ROLE_LIKE = ['chu tich', 'pho chu tich', 'giam doc', 'pho giam doc', 'thu truong', 'ke toan', 'nguoi lap', 'tm', 'kt', 'q', 'ky', 'da ky'];

/** Options of reading a submission from a workbook grid. */
export interface ReadGridOptions {
  /** Read this sheet; default: the first sheet whose table header is found, "Dự toán" first. */
  sheet?: string;
}

interface HeaderMatch {
  row: number;
  cols: Partial<Record<Col, number>>;
  score: number;
}

function headerColumn(text: string): Col | null {
  const f = foldText(text.replace(/\([^)]*\)/g, ' ')).replace(/\./g, '').replace(/\s+/g, ' ').trim();
  if (!f || f.length > 40) return null;
  for (const col of ['content', 'unit', 'quantity', 'price', 'amount', 'note', 'stt', 'code'] as const) {
    if (headerSynonyms[col].some((s) => f === s || (s.length > 3 && f.startsWith(s + ' ')))) return col;
  }
  return null;
}

function findHeader(view: SheetView): HeaderMatch | null {
  const last = Math.min(view.lastRow, 80);
  let best: HeaderMatch | null = null;
  for (let r = 1; r <= last; r++) {
    const cols: Partial<Record<Col, number>> = {};
    for (let c = 1; c <= Math.min(view.lastCol, 40); c++) {
      const t = view.text(r, c);
      if (!t) continue;
      const col = headerColumn(t);
      if (col && cols[col] === undefined) cols[col] = c;
    }
    const main = (['stt', 'content', 'unit', 'quantity', 'price', 'amount', 'note'] as const).filter((k) => cols[k] !== undefined).length;
    if (cols.content === undefined || cols.amount === undefined || (cols.quantity === undefined && cols.price === undefined)) continue;
    if (main < 4) continue;
    if (!best || main > best.score) best = { row: r, cols, score: main };
    if (main === 7) break;
  }
  return best;
}

/** Reads a number the way a reviewer would: numbers as stored; text in Vietnamese notation; "-413" and "(413)" negative. */
function parseNumberText(raw: string): string | null {
  let s = raw.replace(/[\s\u00a0\u202f]/g, '').replace(/(đồng|đ|vnđ|vnd)$/i, '');
  let neg = false;
  if (/^\(.*\)$/.test(s)) {
    neg = true;
    s = s.slice(1, -1);
  }
  if (/^[-−–]/.test(s)) {
    neg = true;
    s = s.slice(1);
  }
  if (!s) return null;
  try {
    const d = parseQuantity(s, { maxDecimals: 12, max: '1e18' });
    return (neg && !d.isZero() ? d.neg() : d).toString();
  } catch {
    return null;
  }
}

class Reader {
  readonly sheet: string;
  constructor(readonly view: SheetView, readonly template: boolean) {
    this.sheet = view.name;
  }
  at(row: number, col: number): Location {
    return { sheet: this.sheet, cell: cellAddress(row, col) };
  }
  text(row: number, col: number | undefined, fallbackCol: number): ReadText {
    if (col === undefined) return { at: this.at(row, fallbackCol), text: '' };
    return { at: this.at(row, col), text: this.view.text(row, col) };
  }
  number(row: number, col: number | undefined, fallbackCol: number, formulaExpected = false): ReadNumber {
    if (col === undefined) return { at: this.at(row, fallbackCol), value: null, raw: '', formula: null, formulaExpected: false };
    const v = this.view.value(row, col);
    const formula = this.view.formula(row, col);
    const expected = formulaExpected && this.template;
    if (typeof v === 'number') {
      const t = Number.isFinite(v) ? numberText(v) : '';
      return { at: this.at(row, col), value: t || null, raw: t, formula, formulaExpected: expected };
    }
    const raw = gridValueText(v);
    const value = typeof v === 'string' && raw ? parseNumberText(raw) : null;
    return { at: this.at(row, col), value, raw, formula, formulaExpected: expected };
  }
  isNumeric(row: number, col: number | undefined): boolean {
    if (col === undefined) return false;
    const v = this.view.value(row, col);
    if (typeof v === 'number') return Number.isFinite(v);
    return typeof v === 'string' && v.trim() !== '' && parseNumberText(v) !== null;
  }
}

function romanOrNumber(text: string): number | null {
  const f = foldText(text).replace(/[.)]$/, '').trim();
  if (ROMAN[f] !== undefined) return ROMAN[f]!;
  return null;
}

/** Section number from a label such as "I. Chỉnh lý…", "PHẦN II: Số hóa", "Phần thứ III". */
function sectionFromLabel(label: string): { id: SectionId | null; numbered: boolean } {
  const f = foldText(label);
  const m = /^(?:phan (?:thu )?)?(i{1,3}|iv|v|vi{0,3}|ix|x)(?:[ .:)-]|$)/.exec(f);
  if (m && (f.startsWith('phan') || /^[ivx]+[.:)]/.test(foldText(label.replace(/\s+/g, ' '))) || /^[ivx]+ /.test(f))) {
    const n = ROMAN[m[1]!];
    if (n !== undefined) return { id: SECTION_BY_NUMBER[n] ?? null, numbered: true };
  }
  for (const [id, words] of SECTION_KEYWORDS) if (words.some((w) => f.includes(w))) return { id, numbered: false };
  return { id: null, numbered: false };
}

function sectionByKeywords(label: string): SectionId | null {
  const f = foldText(label);
  for (const [id, words] of SECTION_KEYWORDS) if (words.some((w) => f.includes(w))) return id;
  return null;
}

const isGrandTotalLabel = (f: string) =>
  f === 'tong' || foldStartsWith(f, ['tong cong', 'tong du toan', 'tong kinh phi', 'tong so', 'cong tong', 'tong truoc thue', 'tong thue', 'tong tien thue', 'tong gia tri']);
const isRoundingLabel = (f: string) => foldStartsWith(f, ['lam tron', 'so lam tron', 'dieu chinh lam tron']);
const isFinalLabel = (f: string) => /(sau lam tron|da lam tron|lam tron con|lam tron thanh)/.test(f);
// "VAT" alone or with a rate — but not "vật tư" (materials), which folds to "vat tu".
const isVatLabel = (f: string) => /(^| )(thue gtgt|thue gia tri gia tang|thue vat)( |$|\d)/.test(f) || /^vat( ?\d|%| \(|$)/.test(f);
const isSubtotalLabel = (f: string) => foldStartsWith(f, ['cong', 'tong phan', 'tong muc']) && !f.startsWith('cong hoa');
const isAfterVatLabel = (f: string) => /(sau thue|gom thue|co thue|da co thue|bao gom thue)/.test(f);
const isWordsLabel = (f: string) => f.startsWith('bang chu') || f.startsWith('so tien bang chu') || f.startsWith('viet bang chu');
const isDateText = (f: string) => /(^| )ngay( |$)/.test(f) && /(^| )thang( |$)/.test(f) && /(^| )nam( |$)/.test(f);
const isSignatureLabel = (f: string) =>
  Object.values(ROLE_LABELS).some((labels) => foldStartsWith(f.replace(/^(tm|kt|q)\.? /, ''), labels));

const locKey = (l: Location) => ('cell' in l ? `${l.sheet}!${l.cell}` : l.line);

function parseDateLine(text: string): string | null {
  const m = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/.exec(foldText(text).replace(/\//g, ' '));
  if (!m) return null;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  const y = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Cells named by the workbook's defined names, resolved on the table's sheet (or their own sheet). */
function namedCells(grid: WorkbookGrid): Map<keyof typeof templateNames, { sheet: string | undefined; row: number; col: number }> {
  const out = new Map<keyof typeof templateNames, { sheet: string | undefined; row: number; col: number }>();
  const names = grid.names ?? {};
  const lower = new Map(Object.entries(names).map(([k, v]) => [k.toLowerCase(), v]));
  for (const [key, candidates] of Object.entries(templateNames) as Array<[keyof typeof templateNames, readonly string[]]>) {
    for (const c of candidates) {
      const ref = lower.get(c.toLowerCase());
      const parsed = ref ? parseCellRef(ref) : null;
      if (parsed) {
        out.set(key, { sheet: parsed.sheet, row: parsed.row, col: parsed.col });
        break;
      }
    }
  }
  return out;
}

type Named = ReturnType<typeof namedCells>;

/** The text of a named cell on whatever sheet it is (the table's sheet when the name has none). */
function namedText(grid: WorkbookGrid, named: Named, key: keyof typeof templateNames, tableSheet: string): ReadText | null {
  const n = named.get(key);
  if (!n) return null;
  const s = grid.sheets.find((x) => x.name === (n.sheet ?? tableSheet));
  if (!s) return null;
  return { at: { sheet: s.name, cell: cellAddress(n.row, n.col) }, text: new SheetView(s).text(n.row, n.col) };
}

/** A column outside the visible table whose cells hold item codes (the template's hidden code column). */
function findCodeColumn(view: SheetView, header: HeaderMatch, lastRow: number): number | undefined {
  if (header.cols.code !== undefined) return header.cols.code;
  const used = new Set(Object.values(header.cols));
  const contentCol = header.cols.content!;
  let best: { col: number; hits: number } | undefined;
  for (let c = 1; c <= Math.min(view.lastCol, 40); c++) {
    if (used.has(c)) continue;
    let hits = 0;
    let misses = 0;
    for (let r = header.row + 1; r <= lastRow; r++) {
      const t = view.text(r, c);
      if (!t) continue;
      if (CODE_RE.test(t) && view.text(r, contentCol)) hits++;
      else misses++;
    }
    if (hits > 0 && hits >= misses * 3 && (!best || hits > best.hits)) best = { col: c, hits };
  }
  return best?.col;
}

function chooseSheet(grid: WorkbookGrid, wanted: string | undefined): { sheet: GridSheet; header: HeaderMatch } {
  const sheets = [...grid.sheets];
  if (wanted !== undefined) {
    const s = sheets.find((x) => x.name === wanted) ?? sheets.find((x) => foldText(x.name) === foldText(wanted));
    if (!s) throw new DutoanError('SHEET_NOT_FOUND', auditReadVi.sheetNotFound(wanted, sheets.map((x) => x.name)));
    const header = findHeader(new SheetView(s));
    if (!header) tableNotFound([s]);
    return { sheet: s, header };
  }
  sheets.sort((a, b) => Number(foldText(b.name) === 'du toan') - Number(foldText(a.name) === 'du toan'));
  for (const s of sheets) {
    const header = findHeader(new SheetView(s));
    if (header) return { sheet: s, header };
  }
  return tableNotFound(grid.sheets);
}

/** The codes readSubmissionFromGrid throws when the sheet is not an estimate it can read (not a broken file). */
export const notAnEstimateCodes: readonly string[] = ['TABLE_NOT_FOUND', 'SHEET_NOT_FOUND', 'LEGACY_ENCODING'];

/** Whether `e` says "this sheet is not an estimate table" (the add-in then explains instead of failing). */
export function isNotAnEstimate(e: unknown): e is DutoanError {
  return e instanceof DutoanError && notAnEstimateCodes.includes(e.code);
}

/** TABLE_NOT_FOUND — or LEGACY_ENCODING when the sheets are typed in a pre-Unicode font (legacy-encoding.ts). */
function tableNotFound(sheets: readonly GridSheet[]): never {
  const legacy = legacyEncoding(sheets);
  if (legacy) throw new DutoanError('LEGACY_ENCODING', auditReadVi.legacyEncoding(legacy.cell, legacy.text));
  throw new DutoanError('TABLE_NOT_FOUND', auditReadVi.tableNotFound(sheets.map((s) => s.name)));
}

/**
 * Read a submission from a workbook grid. Throws DutoanError TABLE_NOT_FOUND (no sheet has the table header)
 * or SHEET_NOT_FOUND; everything else that is odd becomes data for the audit rules, never an exception.
 */
export function readSubmissionFromGrid(grid: WorkbookGrid, options: ReadGridOptions = {}): SubmittedEstimate {
  const { sheet, header } = chooseSheet(grid, options.sheet);
  const view = new SheetView(sheet);
  const named = namedCells(grid);
  const lastRow = view.lastRow;
  const codeCol = findCodeColumn(view, header, lastRow);
  const template = codeCol !== undefined && header.cols.code === undefined ? true : named.size > 0;
  const rd = new Reader(view, template);
  const C = header.cols;
  const contentCol = C.content!;
  const amountCol = C.amount!;
  const labelCols = [C.stt, C.content].filter((c): c is number => c !== undefined);

  const sections: SubmittedSection[] = [];
  const skipped: SubmittedEstimate['skipped'] = [];
  let current: SubmittedSection | null = null;
  let sectionRowAmount: ReadNumber | null = null;
  let totalBeforeVat: ReadNumber | null = null;
  let vatTotal: ReadNumber | null = null;
  let grandTotal: ReadNumber | null = null;
  let rounding: ReadNumber | null = null;
  let finalAmount: ReadNumber | null = null;
  let words: ReadText | null = null;
  let tableEnd = header.row;

  const closeSection = () => {
    if (current && sectionRowAmount) {
      if (!current.subtotal && !current.vat) current.subtotal = sectionRowAmount;
      else if (!current.total) current.total = sectionRowAmount;
    }
    sectionRowAmount = null;
  };
  const openSection = (id: SectionId | null, title: ReadText) => {
    closeSection();
    current = { id, title, lines: [], subtotal: null, vat: null, total: null };
    sections.push(current);
    return current;
  };
  const ensureSection = (row: number): SubmittedSection => current ?? openSection(null, { at: rd.at(row, contentCol), text: '' });

  const numericCols = [C.quantity, C.price, C.amount].filter((c): c is number => c !== undefined);
  const tableCols = Object.values(C).filter((c): c is number => c !== undefined);
  /** The column-number row under the header: "(1) (2) … (6) = (4) × (5)" or "1 2 3 … 6=4x5". */
  const isColumnNumberRow = (row: number) => {
    const nonEmpty = tableCols.map((c) => view.text(row, c)).filter((t) => t !== '');
    return nonEmpty.length >= 2 && nonEmpty.every((t) => /^\(?\d{1,2}\)?(?:\s*[=x×*+-]\s*\(?\d{1,2}\)?)*$/.test(t));
  };

  /**
   * An adjustment row: the template marks it in the hidden code column; otherwise a row labelled "Điều chỉnh…"
   * that has an amount but neither quantity nor unit price.
   */
  const adjustmentMarker = foldText(T.adjustmentMarker);
  const isAdjustmentRow = (row: number, label: string) => {
    if (codeCol !== undefined && foldText(view.text(row, codeCol)) === adjustmentMarker) return true;
    const noQty = C.quantity === undefined || view.text(row, C.quantity) === '';
    const noPrice = C.price === undefined || view.text(row, C.price) === '';
    return noQty && noPrice && label.startsWith('dieu chinh');
  };

  let r = header.row + 1;
  // Skip the column-number row and a second header row, if any.
  while (r <= lastRow && r <= header.row + 2) {
    const stt = C.stt !== undefined ? view.text(r, C.stt) : '';
    const content = view.text(r, contentCol);
    if (isColumnNumberRow(r)) r++;
    else if (!stt && content && headerColumn(content) === 'content') r++;
    else break;
  }

  for (; r <= lastRow; r++) {
    const sttText = C.stt !== undefined ? view.text(r, C.stt) : '';
    let label: ReadText = { at: rd.at(r, contentCol), text: view.text(r, contentCol) };
    if (!label.text && sttText && !/^[\d.]+$/.test(sttText) && romanOrNumber(sttText) === null) label = { at: rd.at(r, C.stt!), text: sttText };
    const f = foldText(label.text);
    const anyNumber = numericCols.some((c) => rd.isNumeric(r, c));
    const rowTexts = labelCols.map((c) => foldText(view.text(r, c)));

    // "Bằng chữ" anywhere in the row ends the table.
    let wordsHere: ReadText | null = null;
    for (let c = 1; c <= Math.min(view.lastCol, 40) && !wordsHere; c++) {
      const t = view.text(r, c);
      const ft = foldText(t);
      if (!isWordsLabel(ft)) continue;
      const after = t.replace(/^[^:]*:\s*/, '');
      if (t.includes(':') && after.trim()) wordsHere = { at: rd.at(r, c), text: after.trim() };
      else {
        for (let c2 = c + 1; c2 <= view.lastCol; c2++) {
          const t2 = view.text(r, c2);
          if (t2) {
            wordsHere = { at: rd.at(r, c2), text: t2 };
            break;
          }
        }
        wordsHere ??= { at: rd.at(r, c + 1), text: '' };
      }
    }
    if (wordsHere) {
      words = wordsHere;
      tableEnd = r;
      break;
    }
    if (!label.text && !sttText && !anyNumber) continue; // blank row
    if (rowTexts.some((t) => isSignatureLabel(t)) || (isDateText(f) && !anyNumber)) break;

    if (isRoundingLabel(f) || isFinalLabel(f)) {
      const n = rd.number(r, amountCol, contentCol, true);
      if (isFinalLabel(f) || looksLikeFinal(n, grandTotal)) finalAmount = n;
      else rounding = n;
      tableEnd = r;
      continue;
    }
    if (isGrandTotalLabel(f)) {
      closeSection();
      const n = rd.number(r, amountCol, contentCol, true);
      if (/truoc thue/.test(f)) totalBeforeVat = n;
      else if (/^tong (tien )?thue/.test(f)) vatTotal = n;
      else grandTotal = n;
      tableEnd = r;
      continue;
    }
    if (isVatLabel(f)) {
      const s = ensureSection(r);
      s.vat = readVat(rd, r, label, C, contentCol, amountCol);
      tableEnd = r;
      continue;
    }
    if (isSubtotalLabel(f)) {
      const s = ensureSection(r);
      const n = rd.number(r, amountCol, contentCol, true);
      if (isAfterVatLabel(f) || s.vat || s.subtotal) s.total = n;
      else s.subtotal = n;
      tableEnd = r;
      continue;
    }
    const roman = romanOrNumber(sttText);
    const fromLabel = sectionFromLabel(label.text);
    const isSectionRow =
      (roman !== null && sttText !== '' && !/^\d/.test(sttText)) ||
      (fromLabel.numbered && !anyNumber) ||
      (!anyNumber && !sttText && fromLabel.id !== null && sections.length === 0 && current === null);
    if (isSectionRow) {
      const id = roman !== null ? (SECTION_BY_NUMBER[roman] ?? null) : fromLabel.id;
      openSection(id ?? sectionByKeywords(label.text), label);
      if (rd.isNumeric(r, amountCol)) sectionRowAmount = rd.number(r, amountCol, contentCol, true);
      tableEnd = r;
      continue;
    }
    if (anyNumber && isAdjustmentRow(r, f)) {
      const s = ensureSection(r);
      (s.adjustments ??= []).push({ label, amount: rd.number(r, amountCol, contentCol, false) });
      tableEnd = r;
      continue;
    }
    if (anyNumber && (label.text || view.text(r, C.unit ?? contentCol))) {
      const s = ensureSection(r);
      const line: SubmittedLine = {
        section: s.id,
        stt: rd.text(r, C.stt, contentCol),
        content: { at: rd.at(r, contentCol), text: view.text(r, contentCol) },
        unit: rd.text(r, C.unit, contentCol),
        quantity: rd.number(r, C.quantity, contentCol),
        unitPrice: rd.number(r, C.price, contentCol),
        amount: rd.number(r, amountCol, contentCol, true),
        note: rd.text(r, C.note, contentCol),
        itemCode: codeCol !== undefined ? rd.text(r, codeCol, contentCol) : null,
      };
      s.lines.push(line);
      tableEnd = r;
      continue;
    }
    if (label.text) skipped.push({ at: label.at, text: label.text });
  }
  closeSection();
  dropGroupRows(sections, skipped);

  // Named cells override what labels found (template).
  const namedNumber = (key: keyof typeof templateNames, current: ReadNumber | null): ReadNumber | null => {
    const n = named.get(key);
    if (!n || (n.sheet !== undefined && n.sheet !== sheet.name)) return current;
    return rd.number(n.row, n.col, n.col, true);
  };
  grandTotal = namedNumber('grandTotal', grandTotal);
  finalAmount = namedNumber('finalAmount', finalAmount);
  rounding = namedNumber('rounding', rounding);
  // Without rounding the template names TỔNG CỘNG itself as the final amount: one cell, one figure.
  if (finalAmount && grandTotal && locKey(finalAmount.at) === locKey(grandTotal.at)) finalAmount = null;
  const namedWords = namedText(grid, named, 'words', sheet.name);
  if (namedWords) words = { at: namedWords.at, text: namedWords.text.replace(/^\s*b[^:]{0,12}ch[^:]{0,3}:\s*/iu, '') };
  words ??= { at: rd.at(tableEnd + 1, contentCol), text: '' };

  return {
    kind: template ? 'template' : 'generic',
    sheet: sheet.name,
    header: readHeader(rd, grid, named, header, tableEnd),
    sections,
    totalBeforeVat,
    vatTotal,
    grandTotal,
    rounding,
    finalAmount,
    words,
    book: readBookInfo(grid, named, sheet.name),
    skipped,
  };
}

function readVat(rd: Reader, r: number, label: ReadText, C: Partial<Record<Col, number>>, contentCol: number, amountCol: number): SubmittedVat {
  const amount = rd.number(r, amountCol, contentCol, true);
  const basis = rd.text(r, C.note, contentCol);
  const cells = [C.quantity, C.price].filter((c): c is number => c !== undefined).map((c) => rd.number(r, c, contentCol));
  // 1. A rate cell (the template's column D): Excel keeps 10% as 0.1.
  for (const n of cells) {
    if (n.value !== null && new Decimal(n.value).gte(0) && new Decimal(n.value).lte(1)) {
      return { label, rate: { at: n.at, value: new Decimal(n.value).mul(100).toString(), raw: n.raw }, basis, amount };
    }
    const pm = /^(\d+(?:[.,]\d+)?)\s*%$/.exec(n.raw);
    if (n.value === null && pm) return { label, rate: { at: n.at, value: new Decimal(pm[1]!.replace(',', '.')).toString(), raw: n.raw }, basis, amount };
  }
  // 2. The label: "Thuế GTGT 10%".
  const m = /(\d+(?:[.,]\d+)?)\s*%/.exec(label.text);
  if (m) return { label, rate: { at: label.at, value: new Decimal(m[1]!.replace(',', '.')).toString(), raw: `${m[1]}%` }, basis, amount };
  // 3. A plain number of percent ("10") in a rate column.
  for (const n of cells) {
    if (n.value !== null && new Decimal(n.value).lte(100)) return { label, rate: { at: n.at, value: n.value, raw: n.raw }, basis, amount };
  }
  return { label, rate: { at: label.at, value: null, raw: '' }, basis, amount };
}

/** A "Làm tròn" row that states the rounded amount itself (within 1.000 đ of TỔNG CỘNG) rather than the adjustment. */
function looksLikeFinal(n: ReadNumber, grandTotal: ReadNumber | null): boolean {
  if (n.value === null || !grandTotal?.value) return false;
  const v = new Decimal(n.value);
  return v.abs().gte(1000) && v.sub(grandTotal.value).abs().lt(1000);
}

/**
 * A numbered row with only an amount followed by rows numbered under it ("1" then "1.1", "1.2") is a group
 * heading whose amount repeats its children: dropped from the lines so it is not counted twice.
 */
function dropGroupRows(sections: SubmittedSection[], skipped: SubmittedEstimate['skipped']): void {
  for (const s of sections) {
    s.lines = s.lines.filter((l, i) => {
      const next = s.lines[i + 1];
      const stt = l.stt.text.replace(/\.$/, '');
      const isGroup = stt !== '' && next !== undefined && next.stt.text.startsWith(stt + '.') && l.quantity.value === null && l.unitPrice.value === null;
      if (isGroup) skipped.push({ at: l.content.at, text: l.content.text });
      return !isGroup;
    });
  }
}

function readHeader(
  rd: Reader,
  grid: WorkbookGrid,
  named: ReturnType<typeof namedCells>,
  header: HeaderMatch,
  tableEnd: number,
): SubmittedEstimate['header'] {
  const view = rd.view;
  const contentCol = header.cols.content!;
  // Left block above the table: parent body and agency; the motto sits to the right.
  let mottoCol = Infinity;
  let mottoRow = 1;
  for (let r = 1; r < header.row; r++) {
    for (let c = 1; c <= view.lastCol; c++) {
      const f = foldText(view.text(r, c));
      if (f.startsWith('cong hoa xa hoi') || f.startsWith('doc lap tu do')) {
        if (c < mottoCol) mottoCol = c;
        mottoRow = Math.max(mottoRow, r);
      }
    }
  }
  const leftLimit = Number.isFinite(mottoCol) ? mottoCol - 1 : Math.max(contentCol, 2);
  // The title ("DỰ TOÁN KINH PHÍ …") closes the header block.
  let titleRow = header.row;
  for (let r = 1; r < header.row && titleRow === header.row; r++) {
    for (let c = 1; c <= view.lastCol; c++) {
      if (foldStartsWith(foldText(view.text(r, c)), ['du toan', 'bang du toan', 'bang tong hop du toan'])) {
        titleRow = r;
        break;
      }
    }
  }
  const left: ReadText[] = [];
  for (let r = 1; r < titleRow; r++) {
    for (let c = 1; c <= leftLimit; c++) {
      const t = view.text(r, c);
      const f = foldText(t);
      if (!f || /^[-_=.*\s]+$/.test(t) || t.startsWith('(') || /^s[ốoô]\s*(?::|\d|hi[ệe]u)/iu.test(t.normalize('NFC')) || foldStartsWith(f, ['du toan', 'don vi tinh', 'ke hoach', 'mau so', 'bieu']) || isDateText(f)) continue;
      if (/^(kinh phi|nam|ve viec|v v)( |$)/.test(f)) continue;
      left.push({ at: rd.at(r, c), text: t });
      break;
    }
  }
  // Agency = the last line of the left block before the title.
  let agency: ReadText = left[left.length - 1] ?? { at: rd.at(1, 1), text: '' };
  let parentBody: ReadText | null = left.length >= 2 ? left[left.length - 2]! : null;
  agency = namedText(grid, named, 'agency', rd.sheet) ?? agency;
  if (named.has('agency')) parentBody = namedText(grid, named, 'parentBody', rd.sheet);

  // Date line: "Lào Cai, ngày 10 tháng 4 năm 2026", or a date cell after "ngày lập".
  let dateLine: ReadText | null = namedText(grid, named, 'dateLine', rd.sheet);
  for (let r = 1; r <= view.lastRow && !dateLine; r++) {
    if (r > header.row && r <= tableEnd) continue;
    for (let c = 1; c <= view.lastCol; c++) {
      const v = view.value(r, c);
      const t = view.text(r, c);
      if (isDateText(foldText(t)) && !foldText(t).startsWith('du toan')) {
        dateLine = { at: rd.at(r, c), text: t };
        break;
      }
      if (v instanceof Date && r < header.row) {
        dateLine = { at: rd.at(r, c), text: t };
        break;
      }
    }
  }
  dateLine ??= { at: rd.at(Math.min(mottoRow + 2, header.row - 1 > 0 ? header.row - 1 : 1), Number.isFinite(mottoCol) ? mottoCol : 1), text: '' };
  const date = /^\d{4}-\d{2}-\d{2}$/.test(dateLine.text) ? dateLine.text : parseDateLine(dateLine.text);

  return {
    parentBody,
    agency,
    dateLine,
    date,
    signers: readSigners(rd, tableEnd, header, (key) => namedText(grid, named, key, rd.sheet)),
  };
}

function readSigners(
  rd: Reader,
  tableEnd: number,
  header: HeaderMatch,
  byName: (key: 'preparer' | 'accountant' | 'head') => ReadText | null,
): SubmittedEstimate['header']['signers'] {
  const view = rd.view;
  const found: Partial<Record<keyof typeof ROLE_LABELS, { row: number; col: number; text: string }>> = {};
  for (let r = tableEnd + 1; r <= view.lastRow; r++) {
    for (let c = 1; c <= view.lastCol; c++) {
      const t = view.text(r, c);
      const f = foldText(t).replace(/^(tm|kt|q)\.? /, '');
      if (!f) continue;
      for (const key of ['preparer', 'accountant', 'head'] as const) {
        if (found[key]) continue;
        if (foldStartsWith(f, ROLE_LABELS[key])) {
          // "KẾ TOÁN" must not be taken for the accountant when it is the head's column (e.g. "TM. …").
          found[key] = { row: r, col: c, text: t };
          break;
        }
      }
    }
  }
  const names: Partial<Record<keyof typeof ROLE_LABELS, { row: number; col: number; text: string }>> = {};
  for (const key of ['preparer', 'accountant', 'head'] as const) {
    const role = found[key];
    if (!role) continue;
    for (let r = role.row + 1; r <= Math.min(view.lastRow, role.row + 10); r++) {
      const t = view.text(r, role.col);
      if (!t) continue;
      const f = foldText(t);
      if (t.startsWith('(') || foldStartsWith(f, ROLE_LIKE) || isSignatureLabel(f) || /^[-_.]+$/.test(t)) continue;
      names[key] = { row: r, col: role.col, text: t };
      break;
    }
  }
  const nameRow = Object.values(names)[0]?.row;
  const fallbackCols = [header.cols.content ?? 2, header.cols.quantity ?? 4, header.cols.amount ?? 6];
  const signer = (key: keyof typeof ROLE_LABELS, i: number): SubmittedSigner => {
    const role = found[key];
    const roleText: ReadText = role ? { at: rd.at(role.row, role.col), text: role.text } : { at: rd.at(tableEnd + 2, fallbackCols[i]!), text: '' };
    const named = byName(key);
    if (named) return { role: roleText, name: named };
    const name = names[key];
    if (name) return { role: roleText, name: { at: rd.at(name.row, name.col), text: name.text } };
    const at = role && nameRow !== undefined ? rd.at(nameRow, role.col) : roleText.at;
    return { role: roleText, name: { at, text: '' } };
  };
  return { preparer: signer('preparer', 0), accountant: signer('accountant', 1), head: signer('head', 2) };
}

function readBookInfo(grid: WorkbookGrid, named: Named, tableSheet: string): SubmittedEstimate['book'] {
  const id = namedText(grid, named, 'bookId', tableSheet);
  const status = namedText(grid, named, 'bookStatus', tableSheet);
  let hash = namedText(grid, named, 'bookHash', tableSheet);
  let sampleLabel = namedText(grid, named, 'sampleLabel', tableSheet);
  if (sampleLabel && !sampleLabel.text.trim()) sampleLabel = null;
  if (hash && named.size > 0) return { id, hash, status, sampleLabel };
  // No names (hand-made, or names lost): look for a fingerprint and a MẪU label anywhere.
  for (const s of grid.sheets) {
    const v = new SheetView(s);
    for (let r = s.origin?.row ?? 1; r <= v.lastRow; r++) {
      for (let c = s.origin?.col ?? 1; c <= v.lastCol; c++) {
        const t = v.text(r, c);
        if (!t) continue;
        if (!hash && /sha256:[0-9a-f]{64}/i.test(t)) hash = { at: { sheet: s.name, cell: cellAddress(r, c) }, text: /sha256:[0-9a-f]{64}/i.exec(t)![0] };
        if (!sampleLabel && t.length < 200) {
          const f = foldText(t);
          if (f === 'mau' || f.startsWith('mau khong dung') || /bang (don )?gia mau/.test(f)) sampleLabel = { at: { sheet: s.name, cell: cellAddress(r, c) }, text: t };
        }
      }
    }
  }
  return { id, hash, status, sampleLabel };
}
