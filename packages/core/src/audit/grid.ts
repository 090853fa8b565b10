/**
 * A workbook as a plain 2-D grid of values and formulas — what both the exceljs adapter and the Excel add-in
 * (Office.js `range.values` / `range.formulas`) can produce cheaply. No I/O here.
 */
export type GridValue = string | number | boolean | Date | null | undefined;

/** One worksheet as plain data: values, formulas, merges, hidden rows and columns, number formats. */
export interface GridSheet {
  name: string;
  /** Cell values, row-major (cached results for formula cells). values[0][0] is the cell at `origin`. */
  values: ReadonlyArray<ReadonlyArray<GridValue> | undefined>;
  /** Same shape as `values`: a string starting with "=" marks a formula cell; anything else is a constant. */
  formulas?: ReadonlyArray<ReadonlyArray<unknown> | undefined>;
  /** 1-based sheet row and column of values[0][0]; default { row: 1, col: 1 } (A1). */
  origin?: { row: number; col: number };
  /** Merged ranges in A1 form ("A10:A11"); absent when the producer does not know them. */
  merges?: readonly string[];
  /** 1-based sheet rows / columns that are hidden; absent when unknown. */
  hiddenRows?: readonly number[];
  hiddenCols?: readonly number[];
  /** Sheet visibility; absent = visible. */
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** Same shape as `values`: the cell's number format code ("#,##0", "0%", "dd/mm/yyyy"); absent when unknown or General. */
  numberFormats?: ReadonlyArray<ReadonlyArray<string | undefined> | undefined>;
  /**
   * Same shape as `values`: true where the value was computed by dutoan from the cell's formula because the file
   * held no cached value (`recalculateGrid`), so messages can say "giá trị tính lại từ công thức".
   */
  computed?: ReadonlyArray<ReadonlyArray<boolean | undefined> | undefined>;
}

/** A whole workbook as plain data (what every reader reads): its sheets, defined names, date system and application. */
export interface WorkbookGrid {
  sheets: readonly GridSheet[];
  /** Workbook-level defined names → reference, e.g. { DT_TONG_CONG: "'Dự toán'!$F$40" }. */
  names?: Readonly<Record<string, string>>;
  /** The workbook uses the 1904 date system (dates are already converted in `values`). */
  date1904?: boolean;
  /** The application that wrote the file, when it says (docProps/app.xml), e.g. "Microsoft Excel", "LibreOffice". */
  application?: string;
}

/** Days from Excel's day 0 to 1970-01-01: 1900 date system (serial 1 = 1900-01-01, past Excel's 1900 leap-day quirk, i.e. serial > 60) and 1904 system. */
const EXCEL_UNIX_DAYS = { 1900: 25569, 1904: 24107 } as const;

/** An Excel date serial (what a date cell holds, and what Office.js returns for it) → JS Date, UTC, to the millisecond. */
export function excelSerialDate(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - EXCEL_UNIX_DAYS[date1904 ? 1904 : 1900]) * 86_400_000));
}

/** Column number (1-based) → letters: 1 → "A", 28 → "AB". */
export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = (n - m - 1) / 26;
  }
  return s;
}

/** "F12" from a 1-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** Parses "F12", "$F$12", "'Dự toán'!$F$12" → { sheet?, row, col }; null when it is not a single cell. */
export function parseCellRef(ref: string): Readonly<{ sheet?: string; row: number; col: number }> | null {
  const known = parsedRefs.get(ref);
  if (known !== undefined) return known;
  const m = /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  let out: Readonly<{ sheet?: string; row: number; col: number }> | null = null;
  if (m) {
    const letters = m[3]!.toUpperCase();
    let col = 0;
    for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    out = Object.freeze({ ...(sheet !== undefined ? { sheet } : {}), row: Number(m[4]), col });
  }
  if (parsedRefs.size >= 4096) parsedRefs.clear();
  parsedRefs.set(ref, out);
  return out;
}

/**
 * References already parsed (frozen, shared): the standard workbook's defined names and the findings' cells are
 * the same strings file after file, and were parsed three times per file (names, roles, evidence).
 */
const parsedRefs = new Map<string, Readonly<{ sheet?: string; row: number; col: number }> | null>();

/** Random access to one sheet of a grid by 1-based sheet coordinates. */
export class SheetView {
  readonly name: string;
  private readonly r0: number;
  private readonly c0: number;
  /** Last sheet row that has data. */
  readonly lastRow: number;
  /** Last sheet column that has data. */
  readonly lastCol: number;
  private readonly texts = new Map<number, string>();
  constructor(private readonly sheet: GridSheet) {
    this.name = sheet.name;
    this.r0 = sheet.origin?.row ?? 1;
    this.c0 = sheet.origin?.col ?? 1;
    this.lastRow = this.r0 + sheet.values.length - 1;
    let w = 0;
    for (const r of sheet.values) if (r && r.length > w) w = r.length;
    this.lastCol = this.c0 + w - 1;
  }
  /** The value of the cell at 1-based sheet row and column; none (null or undefined) when empty or outside the data. */
  value(row: number, col: number): GridValue {
    return this.sheet.values[row - this.r0]?.[col - this.c0];
  }
  /** Formula text without "=" when the cell holds a formula, else null. */
  formula(row: number, col: number): string | null {
    const f = this.sheet.formulas?.[row - this.r0]?.[col - this.c0];
    return typeof f === 'string' && f.startsWith('=') ? f.slice(1) : null;
  }
  /** The cell's value as trimmed NFC text ('' for empty); memoised per cell. */
  text(row: number, col: number): string {
    const key = row * 16384 + col;
    let t = this.texts.get(key);
    if (t === undefined) {
      t = gridValueText(this.value(row, col));
      this.texts.set(key, t);
    }
    return t;
  }
}

/** A cell value as trimmed NFC text; dates as YYYY-MM-DD; numbers without float noise. */
export function gridValueText(v: GridValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.normalize('NFC').trim();
  if (typeof v === 'number') return Number.isFinite(v) ? numberText(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
}

/** A JS number as a plain decimal string with binary float noise removed (15 significant digits, like Excel). */
export function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const p = n.toPrecision(15);
  // Expand the exponent form and drop trailing zeros without using float arithmetic.
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(p);
  if (!m) return p;
  const [, sign, lead, frac = '', expText] = m;
  const exp = expText ? Number(expText) : 0;
  let digits = lead! + frac;
  let point = lead!.length + exp;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  } else if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const dec = digits.slice(point).replace(/0+$/, '');
  return `${sign}${int}${dec ? '.' + dec : ''}`;
}
