import { cellAddress, numberText, type GridSheet, type GridValue, type WorkbookGrid } from '../audit/grid.ts';
import type { Decimal } from '../money/decimal.ts';
import { gridEvaluator, type GridEvaluator } from './grid-evaluator.ts';
import { isError, type FormulaError, type Scalar } from './values.ts';

/** A formula cell: sheet, A1 address, 1-based row and column, formula without "=". */
export interface FormulaCell {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  formula: string;
}

/** A formula cell whose cached value (what the file shows) is not what its formula gives. */
export interface StaleFormula extends FormulaCell {
  /** The cached value as text ("1000", "#DIV/0!", "abc"). */
  cached: string;
  /** The formula's value, exact, as text ("1100"). */
  computed: string;
}

/** A cached value a binary engine computes but exact arithmetic does not (a half-way product rounded down). */
export interface BinaryRoundedFormula extends FormulaCell {
  cached: string;
  exact: string;
}

/** A formula dutoan cannot recompute: it does not parse, uses a function not implemented, another workbook, or a cycle. */
export interface UnevaluatedFormula extends FormulaCell {
  reason: NonNullable<FormulaError['reason']>;
  /** The function's name, the external reference, the formula text. */
  detail: string;
}

export interface GridRecalculation {
  /** The grid with every missing cached value filled by evaluation (marked in `computed`); the input grid itself when none was missing. */
  grid: WorkbookGrid;
  /** The cells filled, with their value. */
  filled: Array<FormulaCell & { value: GridValue }>;
  stale: StaleFormula[];
  binaryRounded: BinaryRoundedFormula[];
  unevaluated: UnevaluatedFormula[];
  /** How many formula cells were evaluated. */
  formulas: number;
}

/**
 * Every formula cell of a grid recomputed from its formula (exact decimal arithmetic; each formula reads the
 * cached values of the cells it refers to, as the file shows them, and computes those that have none):
 * - a cell without a cached value (openpyxl and other writers store formulas only) gets the computed value;
 * - a cell whose cached value disagrees with its formula is listed as stale — unless a binary spreadsheet engine
 *   computes exactly the cached value (then it is listed as binary-rounded, not stale);
 * - a formula that cannot be recomputed is listed, and its cell left as it was.
 * The input grid is never modified.
 */
export function recalculateGrid(grid: WorkbookGrid): GridRecalculation {
  const exact = gridEvaluator(grid);
  let binary: GridEvaluator<number> | null = null;
  const out: GridRecalculation = { grid, filled: [], stale: [], binaryRounded: [], unevaluated: [], formulas: 0 };
  const sheets: GridSheet[] = [];
  let changed = false;
  for (const sheet of grid.sheets) {
    const r0 = sheet.origin?.row ?? 1;
    const c0 = sheet.origin?.col ?? 1;
    let values: Array<ReadonlyArray<GridValue> | undefined> | null = null;
    let computed: Array<Array<boolean | undefined> | undefined> | null = null;
    const formulas = sheet.formulas ?? [];
    for (let i = 0; i < formulas.length; i++) {
      const frow = formulas[i];
      if (!frow) continue;
      for (let j = 0; j < frow.length; j++) {
        const f = frow[j];
        if (typeof f !== 'string' || !f.startsWith('=') || f.length < 2) continue;
        const row = r0 + i;
        const col = c0 + j;
        out.formulas++;
        const at: FormulaCell = { sheet: sheet.name, cell: cellAddress(row, col), row, col, formula: f.slice(1) };
        const v = exact.evaluateCell(sheet.name, row, col)!;
        if (isError(v) && v.reason) {
          // Reported where it starts; a cell that only reads such a value is left as the file has it.
          if (v.from === undefined) out.unevaluated.push({ ...at, reason: v.reason, detail: v.detail ?? at.formula });
          continue;
        }
        const cached = sheet.values[i]?.[j];
        if (cached === null || cached === undefined) {
          const value = gridValue(v, exact);
          values ??= sheet.values.slice();
          computed ??= [];
          const row_ = (values[i] ?? []).slice();
          row_[j] = value;
          values[i] = row_;
          (computed[i] ??= [])[j] = true;
          out.filled.push({ ...at, value });
          continue;
        }
        if (same(cached, v, exact)) continue;
        binary ??= gridEvaluator(grid, { mode: 'binary' });
        const b = binary.evaluateCell(sheet.name, row, col)!;
        if (!isError(b) && same(cached, b, binary)) out.binaryRounded.push({ ...at, cached: text(cached), exact: scalarText(v, exact) });
        else out.stale.push({ ...at, cached: text(cached), computed: scalarText(v, exact) });
      }
    }
    if (values) {
      changed = true;
      sheets.push({ ...sheet, values, computed: mergeComputed(sheet.computed, computed!) });
    } else sheets.push(sheet);
  }
  if (changed) out.grid = { ...grid, sheets };
  return out;
}

function mergeComputed(
  old: GridSheet['computed'],
  fresh: Array<Array<boolean | undefined> | undefined>,
): ReadonlyArray<ReadonlyArray<boolean | undefined> | undefined> {
  if (!old) return fresh;
  const n = Math.max(old.length, fresh.length);
  const out: Array<Array<boolean | undefined> | undefined> = [];
  for (let i = 0; i < n; i++) {
    const a = old[i];
    const b = fresh[i];
    if (!b) out.push(a ? [...a] : undefined);
    else {
      const row = a ? [...a] : [];
      b.forEach((x, j) => x && (row[j] = true));
      out.push(row);
    }
  }
  return out;
}

/** A computed value as the grid holds values: numbers as JS numbers, errors as their code. */
function gridValue<N>(v: Scalar<N>, e: GridEvaluator<N>): GridValue {
  if (v === null) return 0;
  if (isError(v)) return v.error;
  if (e.num.is(v)) return e.num.toNumber(v);
  return v as string | boolean;
}

/** Cached value and computed value are the same figure: numbers to 15 significant digits (as a spreadsheet keeps them), text exactly. */
function same<N>(cached: GridValue, v: Scalar<N>, e: GridEvaluator<N>): boolean {
  const c = e.constant(cached, true);
  if (e.num.is(v)) return e.num.is(c) && e.num.text(c) === e.num.text(v);
  if (isError(v)) return isError(c) && c.error === v.error;
  if (typeof v === 'string') return (typeof c === 'string' && c.normalize('NFC') === v.normalize('NFC')) || (v === '' && c === null);
  return c === v;
}

function text(v: GridValue): string {
  if (typeof v === 'number') return numberText(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v ?? '');
}

function scalarText(v: Scalar<Decimal>, e: GridEvaluator<Decimal>): string {
  if (v === null) return '0';
  if (isError(v)) return v.error;
  if (e.num.is(v)) return e.num.text(v);
  return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : v;
}
