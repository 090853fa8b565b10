import { cellAddress, excelSerialDate, type GridSheet, type GridValue } from '@dutoan/core/audit';
import { translateSharedFormula } from '../formula/shared-formula.ts';
import { CLOSE, OPEN, XmlScanner } from '../xml/scanner.ts';
import { readInlineString } from './shared-strings.ts';
import type { CellStyles } from './styles.ts';

/** What a worksheet reader needs besides the sheet's XML. */
export interface SheetContext {
  shared: readonly string[];
  styles: CellStyles;
  date1904: boolean;
  /** Cells beyond these are not stored (the caller refuses the sheet with the last row/column reached). */
  maxRows: number;
  maxCols: number;
}

/** A worksheet's cells, or the damage that stops reading it. */
export type SheetRead =
  | { ok: true; sheet: Omit<GridSheet, 'name' | 'state'>; lastRow: number; lastCol: number }
  | { ok: false; kind: 'shared-string'; cell: string; index: string }
  | { ok: false; kind: 'cell-ref'; ref: string };

class CellDamage {
  constructor(readonly problem: Extract<SheetRead, { ok: false }>) {}
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** "AB12" (any case) → [row, col]; null when it is not a valid cell reference. */
function parseRef(ref: string): [number, number] | null {
  let i = 0;
  let col = 0;
  for (; i < ref.length; i++) {
    let ch = ref.charCodeAt(i);
    if (ch >= 97 && ch <= 122) ch -= 32;
    if (ch < 65 || ch > 90) break;
    col = col * 26 + ch - 64;
  }
  if (i === 0 || i > 3 || i === ref.length) return null;
  let row = 0;
  for (let j = i; j < ref.length; j++) {
    const d = ref.charCodeAt(j) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  if (row < 1 || row > MAX_ROW || col > MAX_COL || ref.length - i > 7) return null;
  return [row, col];
}

/** A t="d" cell: an ISO 8601 date or date-time, read as UTC like date serials are. */
function isoDate(raw: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(raw.trim());
  if (!m) {
    // A time alone ("T12:30:00" or "12:30:00"): a time of Excel's day 0.
    const t = /^T?(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(raw.trim());
    return t ? new Date(Date.UTC(1899, 11, 31, Number(t[1]), Number(t[2]), Number(t[3] ?? 0))) : null;
  }
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms));
  if (m[8] && m[8] !== 'Z') {
    const sign = m[8][0] === '-' ? -1 : 1;
    const hh = Number(m[8].slice(1, 3));
    const mm = Number(m[8].slice(-2));
    d.setTime(d.getTime() - sign * (hh * 60 + mm) * 60_000);
  }
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * Read one worksheet part (trang tính): every cell with a value or a formula, in sheet coordinates from A1. Rows and
 * cells without `r` follow the one before; shared formulas are expanded to each cell; a formula without a cached
 * value has the value null; values under a merged area other than its first cell are left out (they are not
 * shown). Also the merged ranges, hidden rows and columns, and each cell's number format.
 */
export function readWorksheet(xml: string, ctx: SheetContext): SheetRead {
  try {
    return scan(xml, ctx);
  } catch (e) {
    if (e instanceof CellDamage) return e.problem;
    throw e;
  }
}

function scan(xml: string, ctx: SheetContext): SheetRead {
  const s = new XmlScanner(xml);
  const values: GridValue[][] = [];
  const formulas: Array<Array<string | undefined>> = [];
  let numberFormats: Array<Array<string | undefined>> | undefined;
  const merges: string[] = [];
  const hiddenRows: number[] = [];
  const hiddenColRanges: Array<[number, number]> = [];
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  const pending: Array<{ si: string; row: number; col: number }> = [];
  let lastRow = 0;
  let lastCol = 0;
  let row = 0;
  let col = 0;

  for (let t = s.next(); t; t = s.next()) {
    if (t !== OPEN) continue;
    switch (s.name) {
      case 'row': {
        const r = s.rawAttr('r');
        if (r === undefined) row++;
        else {
          const n = Number(r);
          if (!Number.isInteger(n) || n < 1 || n > MAX_ROW) throw new CellDamage({ ok: false, kind: 'cell-ref', ref: r });
          row = n;
        }
        col = 0;
        const hidden = s.rawAttr('hidden');
        if (hidden === '1' || hidden === 'true') hiddenRows.push(row);
        break;
      }
      case 'c': {
        const ref = s.rawAttr('r');
        if (ref === undefined || ref === '') {
          if (row === 0) row = 1;
          col++;
        } else {
          const rc = parseRef(ref);
          if (!rc) throw new CellDamage({ ok: false, kind: 'cell-ref', ref });
          [row, col] = rc;
        }
        if (s.selfClosing) break; // a styled empty cell
        const type = s.rawAttr('t') ?? 'n';
        const style = s.rawAttr('s');
        let formula: string | null = null;
        let raw: string | undefined;
        let inline: string | undefined;
        for (let u = s.next(); u && !(u === CLOSE && s.name === 'c'); u = s.next()) {
          if (u !== OPEN) continue;
          const child: string = s.name;
          if (child === 'v') raw = s.textContent();
          else if (child === 'is') inline = s.selfClosing ? '' : readInlineString(s);
          else if (child === 'f') {
            const fType = s.rawAttr('t');
            const si = s.rawAttr('si');
            const text = s.textContent();
            if (fType === 'shared' && si !== undefined) {
              if (text) {
                masters.set(si, { formula: text, row, col });
                formula = text;
              } else {
                const m = masters.get(si);
                if (m) formula = translateSharedFormula(m.formula, row - m.row, col - m.col);
                else pending.push({ si, row, col });
              }
            } else if (fType !== 'dataTable') formula = text;
          } else s.skip();
        }
        const value = cellValue(type, raw, inline, style, ctx, row, col);
        const last = pending[pending.length - 1];
        if (formula === null && value === null && !(last && last.row === row && last.col === col)) break;
        if (row > lastRow) lastRow = row;
        if (col > lastCol) lastCol = col;
        if (row > ctx.maxRows || col > ctx.maxCols) break; // counted, not stored: the caller refuses the sheet
        (values[row - 1] ??= [])[col - 1] = value;
        if (formula !== null) (formulas[row - 1] ??= [])[col - 1] = `=${formula}`;
        const fmt = style !== undefined ? ctx.styles.formats[Number(style)] : undefined;
        if (fmt !== undefined) ((numberFormats ??= [])[row - 1] ??= [])[col - 1] = fmt;
        break;
      }
      case 'mergeCell': {
        const ref = s.attr('ref');
        if (ref) merges.push(ref.toUpperCase());
        break;
      }
      case 'col': {
        const hidden = s.rawAttr('hidden');
        if (hidden === '1' || hidden === 'true') {
          const min = Number(s.rawAttr('min'));
          const max = Number(s.rawAttr('max') ?? min);
          if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min) hiddenColRanges.push([min, Math.min(max, MAX_COL)]);
        }
        break;
      }
    }
  }

  // Dependent cells of a shared formula whose master came later in the part (not Excel's order, but valid).
  for (const p of pending) {
    const m = masters.get(p.si);
    if (m && p.row <= ctx.maxRows && p.col <= ctx.maxCols) (formulas[p.row - 1] ??= [])[p.col - 1] = `=${translateSharedFormula(m.formula, p.row - m.row, p.col - m.col)}`;
  }
  dropCovered(values, formulas, numberFormats, merges);

  const hiddenCols: number[] = [];
  for (const [a, b] of hiddenColRanges) for (let c = a; c <= Math.min(b, lastCol); c++) hiddenCols.push(c);
  const sheet: Omit<GridSheet, 'name' | 'state'> = {
    values,
    formulas,
    ...(numberFormats ? { numberFormats } : {}),
    merges,
    hiddenRows,
    hiddenCols: [...new Set(hiddenCols)].sort((x, y) => x - y),
  };
  return { ok: true, sheet, lastRow, lastCol };
}

function cellValue(type: string, raw: string | undefined, inline: string | undefined, style: string | undefined, ctx: SheetContext, row: number, col: number): GridValue {
  if (inline !== undefined && type !== 's') return inline;
  switch (type) {
    case 's': {
      if (raw === undefined) return null;
      const i = Number(raw);
      const text = Number.isInteger(i) && i >= 0 ? ctx.shared[i] : undefined;
      if (text === undefined) throw new CellDamage({ ok: false, kind: 'shared-string', cell: cellAddress(row, col), index: raw.trim() });
      return text;
    }
    case 'str':
    case 'inlineStr':
      return raw ?? null;
    case 'b':
      if (raw === undefined) return null;
      return raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : raw;
    case 'e':
      return raw ?? null;
    case 'd': {
      if (raw === undefined || raw === '') return null;
      return isoDate(raw) ?? raw;
    }
    default: {
      if (raw === undefined || raw.trim() === '') return null;
      const n = Number(raw);
      // A number cell whose text is not a number is kept as its text: the readers then say so at the cell.
      if (!Number.isFinite(n)) return raw;
      return style !== undefined && ctx.styles.isDate[Number(style)] ? excelSerialDate(n, ctx.date1904) : n;
    }
  }
}

/** Values under a merged area other than its top-left cell are not shown by Excel: leave them out. */
function dropCovered(
  values: GridValue[][],
  formulas: Array<Array<string | undefined>>,
  numberFormats: Array<Array<string | undefined>> | undefined,
  merges: readonly string[],
): void {
  for (const m of merges) {
    const [a, b] = m.split(':');
    const from = a ? parseRef(a) : null;
    const to = b ? parseRef(b) : from;
    if (!from || !to) continue;
    const r2 = Math.min(to[0], values.length);
    for (let r = from[0]; r <= r2; r++) {
      const vr = values[r - 1];
      if (!vr) continue;
      const c2 = Math.min(to[1], vr.length);
      for (let c = from[1]; c <= c2; c++) {
        if (r === from[0] && c === from[1]) continue;
        if (vr[c - 1] !== undefined) delete vr[c - 1];
        const fr = formulas[r - 1];
        if (fr && fr[c - 1] !== undefined) delete fr[c - 1];
        const nr = numberFormats?.[r - 1];
        if (nr && nr[c - 1] !== undefined) delete nr[c - 1];
      }
    }
  }
}
