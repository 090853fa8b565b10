/** A1 addresses: column letters, cell and range parsing/formatting (0-based row/column indexes). */

export interface Rect {
  /** 0-based first row. */
  row: number;
  /** 0-based first column. */
  col: number;
  rows: number;
  cols: number;
}

export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col > 16383) throw new RangeError(`column index out of range: ${col}`);
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) throw new RangeError(`not a column: ${letters}`);
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rectAddress(r: Rect): string {
  const a = cellAddress(r.row, r.col);
  if (r.rows === 1 && r.cols === 1) return a;
  return `${a}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** Sheet name as Excel writes it in a reference: quoted when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseCell(a: string): { row: number; col: number } {
  const m = CELL_RE.exec(a.trim());
  if (!m) throw new RangeError(`not a cell address: ${a}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

/** Splits "'Sheet 1'!A1:B2" into the sheet name (or null) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses "A1", "A1:G10", "A:C" (whole columns, `maxRows` rows) or "3:5" (whole rows). */
export function parseRange(local: string, maxRows = 1048576, maxCols = 16384): Rect {
  const [a, b = a] = local.trim().split(':') as [string, string?];
  const colOnly = /^\$?([A-Za-z]{1,3})$/;
  const rowOnly = /^\$?(\d{1,7})$/;
  const ca = colOnly.exec(a);
  const cb = colOnly.exec(b!);
  if (ca && cb) {
    const c0 = columnIndex(ca[1]!);
    const c1 = columnIndex(cb[1]!);
    return { row: 0, col: Math.min(c0, c1), rows: maxRows, cols: Math.abs(c1 - c0) + 1 };
  }
  const ra = rowOnly.exec(a);
  const rb = rowOnly.exec(b!);
  if (ra && rb) {
    const r0 = Number(ra[1]) - 1;
    const r1 = Number(rb[1]) - 1;
    return { row: Math.min(r0, r1), col: 0, rows: Math.abs(r1 - r0) + 1, cols: maxCols };
  }
  const p = parseCell(a);
  const q = parseCell(b!);
  return {
    row: Math.min(p.row, q.row),
    col: Math.min(p.col, q.col),
    rows: Math.abs(q.row - p.row) + 1,
    cols: Math.abs(q.col - p.col) + 1,
  };
}
