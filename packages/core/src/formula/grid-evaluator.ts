import { cellAddress, type GridSheet, type GridValue, type WorkbookGrid } from '../audit/grid.ts';
import { isDutoanError } from '../errors.ts';
import type { Decimal } from '../money/decimal.ts';
import { excelErrors, type CellRect, type ExcelError, type FormulaNode } from './ast.ts';
import { binaryNumeric } from './binary-numeric.ts';
import type { EvalContext } from './context.ts';
import { decimalNumeric } from './decimal-numeric.ts';
import { evaluateFormula } from './evaluate-formula.ts';
import type { Numeric } from './numeric.ts';
import { parseFormula } from './parse-formula.ts';
import { references } from './references.ts';
import { err, isError, type Scalar } from './values.ts';

export interface GridEvaluatorOptions {
  /** 'decimal' (default): exact, our model; 'binary': doubles rounded as a binary spreadsheet engine rounds. */
  mode?: 'decimal' | 'binary';
  /**
   * How a formula reads another formula cell: 'cached' (default) — its cached value when the file has one (the
   * figure the file shows), computed otherwise; 'recalculate' — always computed (what a spreadsheet shows after
   * recalculating everything).
   */
  inputs?: 'cached' | 'recalculate';
}

/** @internal */
export interface SheetInfo {
  name: string;
  sheet: GridSheet;
  r0: number;
  c0: number;
  lastRow: number;
  lastCol: number;
  hidden: ReadonlySet<number>;
  index: number;
}

const ERROR_CODES = new Set<string>(excelErrors);
/** Days from Excel's serial 0 to 1970-01-01 (1900 and 1904 date systems), to turn a date cell back into its serial. */
const UNIX_DAY0 = { 1900: 25569, 1904: 24107 } as const;

/**
 * Evaluates the formula cells of a `WorkbookGrid` (tính lại công thức), lazily: a cell is computed when asked
 * for, once (memoised), its inputs first — in dependency order with an explicit stack, so long chains do not
 * exhaust the call stack — and a cycle gives an error marked `circular` instead of looping. Pure: the grid is
 * only read.
 */
export class GridEvaluator<N> {
  private readonly sheets: SheetInfo[];
  private readonly byName = new Map<string, SheetInfo>();
  private readonly names = new Map<string, string>();
  private readonly parsedNames = new Map<string, FormulaNode | null>();
  private readonly memo = new Map<number, Scalar<N>>();
  private readonly running = new Set<number>();
  private readonly order: readonly string[];
  /** Some formula cell has no cached value. */
  private readonly uncached: boolean;

  constructor(
    private readonly grid: WorkbookGrid,
    readonly num: Numeric<N>,
    private readonly inputs: 'cached' | 'recalculate' = 'cached',
  ) {
    this.sheets = grid.sheets.map((sheet, index) => {
      const r0 = sheet.origin?.row ?? 1;
      const c0 = sheet.origin?.col ?? 1;
      let w = 0;
      for (const r of sheet.values) if (r && r.length > w) w = r.length;
      for (const r of sheet.formulas ?? []) if (r && r.length > w) w = r.length;
      const h = Math.max(sheet.values.length, sheet.formulas?.length ?? 0);
      return { name: sheet.name, sheet, r0, c0, lastRow: r0 + h - 1, lastCol: c0 + w - 1, hidden: new Set(sheet.hiddenRows ?? []), index };
    });
    for (const s of this.sheets) if (!this.byName.has(key(s.name))) this.byName.set(key(s.name), s);
    this.uncached = this.sheets.some((s) => (s.sheet.formulas ?? []).some((row, i) => row?.some((f, j) => typeof f === 'string' && f.startsWith('=') && (s.sheet.values[i]?.[j] ?? null) === null)));
    for (const [n, target] of Object.entries(grid.names ?? {})) this.names.set(key(n), target);
    this.order = this.sheets.map((s) => s.name);
  }

  /** The value of the formula in a cell (1-based row, column); null when the cell holds no formula. */
  evaluateCell(sheet: string, row: number, col: number): Scalar<N> | null {
    const s = this.byName.get(key(sheet));
    if (!s || this.formulaAt(s, row, col) === null) return null;
    return this.computed(s, row, col);
  }

  /** Any formula evaluated as if it were written in the given cell. */
  evaluateFormula(formula: string, sheet: string, row: number, col: number): Scalar<N> {
    const s = this.byName.get(key(sheet));
    if (!s) return err('#REF!');
    let ast: FormulaNode;
    try {
      ast = parseFormula(formula);
    } catch (e) {
      if (isDutoanError(e)) return { error: '#NAME?', reason: 'syntax', detail: formula };
      throw e;
    }
    return evaluateFormula(ast, this.context(s, row, col));
  }

  /** The formula text of a cell without "=", null when it holds none. */
  formulaAt(s: SheetInfo, row: number, col: number): string | null {
    const f = s.sheet.formulas?.[row - s.r0]?.[col - s.c0];
    return typeof f === 'string' && f.startsWith('=') && f.length > 1 ? f.slice(1) : null;
  }

  private raw(s: SheetInfo, row: number, col: number): GridValue {
    return s.sheet.values[row - s.r0]?.[col - s.c0];
  }

  private needsEvaluation(s: SheetInfo, row: number, col: number): boolean {
    if (this.formulaAt(s, row, col) === null) return false;
    if (this.inputs === 'recalculate') return true;
    const v = this.raw(s, row, col);
    return v === null || v === undefined;
  }

  /** A cell's value as another formula reads it. */
  private valueOf(s: SheetInfo, row: number, col: number): Scalar<N> {
    if (this.needsEvaluation(s, row, col)) {
      const v = this.computed(s, row, col);
      // An error dutoan produced (cannot evaluate) keeps the cell it started from, so only that cell is reported.
      return isError(v) && v.reason && v.from === undefined ? { ...v, from: `${s.name}!${cellAddress(row, col)}` } : v;
    }
    return this.constant(this.raw(s, row, col), this.formulaAt(s, row, col) !== null);
  }

  /** A stored value as a formula value: numbers, text (an error code in a formula cell is that error), dates as serials. */
  constant(v: GridValue, fromFormula = false): Scalar<N> {
    if (v === null || v === undefined) return null;
    if (typeof v === 'number') return Number.isFinite(v) ? this.num.fromNumber(v) : err('#NUM!');
    if (typeof v === 'boolean') return v;
    if (typeof v === 'string') {
      if (ERROR_CODES.has(v) && (fromFormula || v.startsWith('#'))) return err(v as ExcelError);
      return v === '' && !fromFormula ? null : v;
    }
    // A date cell: its serial number, exact to the millisecond (the grid holds dates already converted).
    const serial = this.num.add(this.num.div(this.num.fromNumber(v.getTime()), this.num.fromNumber(86_400_000)), this.num.fromNumber(UNIX_DAY0[this.grid.date1904 ? 1904 : 1900]));
    return serial;
  }

  private id(s: SheetInfo, row: number, col: number): number {
    return (s.index * 1_048_577 + row) * 16_385 + col;
  }

  private computed(s: SheetInfo, row: number, col: number): Scalar<N> {
    const k = this.id(s, row, col);
    const hit = this.memo.get(k);
    if (hit !== undefined) return hit;
    if (this.running.has(k)) return { error: '#REF!', reason: 'circular', detail: `${s.name}!${cellAddress(row, col)}` };
    // Inputs need computing first only when some formula cell lacks a cached value (or all are recomputed).
    if (this.inputs === 'recalculate' || this.uncached) this.prepare(s, row, col);
    return this.compute(s, row, col, k);
  }

  private compute(s: SheetInfo, row: number, col: number, k: number): Scalar<N> {
    const hit = this.memo.get(k);
    if (hit !== undefined) return hit;
    this.running.add(k);
    let v: Scalar<N>;
    const f = this.formulaAt(s, row, col)!;
    try {
      v = evaluateFormula(parseFormula(f), this.context(s, row, col));
    } catch (e) {
      if (!isDutoanError(e)) throw e;
      v = { error: '#NAME?', reason: 'syntax', detail: f };
    }
    this.running.delete(k);
    this.memo.set(k, v);
    return v;
  }

  /**
   * Computes, in dependency order and without recursion, the formula cells a cell reads that need evaluation
   * (both branches of an IF are prepared: a little extra work, never a wrong value).
   */
  private prepare(s0: SheetInfo, row0: number, col0: number): void {
    type Frame = { s: SheetInfo; row: number; col: number; k: number; open: boolean };
    const root: Frame = { s: s0, row: row0, col: col0, k: this.id(s0, row0, col0), open: false };
    const stack: Frame[] = [root];
    const onStack = new Set<number>([root.k]);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (!top.open) {
        top.open = true;
        for (const p of this.inputsOf(top.s, top.row, top.col)) {
          const k = this.id(p.s, p.row, p.col);
          if (this.memo.has(k) || onStack.has(k) || this.running.has(k)) continue;
          stack.push({ ...p, k, open: false });
          onStack.add(k);
        }
        continue;
      }
      stack.pop();
      onStack.delete(top.k);
      // Its inputs are ready (or part of a cycle, which compute() reports); the root is the caller's to compute.
      if (top !== root) this.compute(top.s, top.row, top.col, top.k);
    }
  }

  /** The formula cells a cell's formula references that need evaluation. */
  private inputsOf(s: SheetInfo, row: number, col: number): Array<{ s: SheetInfo; row: number; col: number }> {
    const f = this.formulaAt(s, row, col);
    if (f === null) return [];
    let ast: FormulaNode;
    try {
      ast = parseFormula(f);
    } catch {
      return [];
    }
    const out: Array<{ s: SheetInfo; row: number; col: number }> = [];
    const seenNames = new Set<string>();
    const visit = (node: FormulaNode, here: SheetInfo) => {
      for (const r of references(node)) {
        if (r.workbook !== undefined) continue;
        if (r.kind === 'name') {
          const n = key(r.name);
          if (seenNames.has(n)) continue;
          seenNames.add(n);
          const target = this.name(r.name, r.sheet ?? here.name);
          if (target) visit(target, here);
          continue;
        }
        const first = this.byName.get(key(r.sheet ?? here.name));
        if (!first) continue;
        const list = r.sheetTo === undefined ? [first] : this.span(first.name, r.sheetTo);
        for (const t of list) {
          const c = this.clampInfo(t, r.rect);
          if (!c) continue;
          for (let rr = c.top; rr <= c.bottom; rr++) for (let cc = c.left; cc <= c.right; cc++) if (this.needsEvaluation(t, rr, cc)) out.push({ s: t, row: rr, col: cc });
        }
      }
    };
    visit(ast, s);
    return out;
  }

  private span(first: string, last: string): SheetInfo[] {
    const i = this.order.indexOf(first);
    const j = this.order.findIndex((n) => key(n) === key(last));
    if (i < 0 || j < 0) return [];
    return this.sheets.slice(Math.min(i, j), Math.max(i, j) + 1);
  }

  private clampInfo(s: SheetInfo, r: CellRect): CellRect | null {
    const c = { top: Math.max(r.top, s.r0), left: Math.max(r.left, s.c0), bottom: Math.min(r.bottom, s.lastRow), right: Math.min(r.right, s.lastCol) };
    return c.top > c.bottom || c.left > c.right ? null : c;
  }

  /** A defined name's parsed target: a sheet-scoped name first ("Sheet1!TEN"), then the workbook's. */
  private name(n: string, sheet?: string): FormulaNode | null {
    const scoped = sheet !== undefined ? this.names.get(key(`${sheet}!${n}`)) ?? this.names.get(key(`'${sheet}'!${n}`)) : undefined;
    const target = scoped ?? this.names.get(key(n));
    if (target === undefined) return null;
    let hit = this.parsedNames.get(target);
    if (hit === undefined) {
      try {
        hit = parseFormula(target);
      } catch {
        hit = null;
      }
      this.parsedNames.set(target, hit);
    }
    return hit;
  }

  private context(s: SheetInfo, row: number, col: number): EvalContext<N> {
    return new CellContext(this, s, row, col);
  }

  /** @internal The sheet of a name (any case), for CellContext. */
  sheetInfo(name: string): SheetInfo | undefined {
    return this.byName.get(key(name));
  }

  /** @internal */
  sheetNames(): readonly string[] {
    return this.order;
  }

  /** @internal A cell's value as formulas read it. */
  read(t: SheetInfo, row: number, col: number): Scalar<N> {
    return this.valueOf(t, row, col);
  }

  /** @internal */
  clampTo(t: SheetInfo, rect: CellRect): CellRect | null {
    return this.clampInfo(t, rect);
  }

  /** @internal */
  nameTarget(n: string, sheet: string): FormulaNode | null {
    return this.name(n, sheet);
  }
}

/** The context of one formula cell (a class, not closures: one small object per evaluated formula). */
class CellContext<N> implements EvalContext<N> {
  readonly num: Numeric<N>;
  readonly sheet: string;
  constructor(
    private readonly ev: GridEvaluator<N>,
    private readonly s: SheetInfo,
    readonly row: number,
    readonly col: number,
  ) {
    this.num = ev.num;
    this.sheet = s.name;
  }
  sheetName(n: string): string | null {
    return this.ev.sheetInfo(n)?.name ?? null;
  }
  sheetOrder(): readonly string[] {
    return this.ev.sheetNames();
  }
  cell(sheet: string, r: number, c: number): Scalar<N> {
    const t = sheet === this.s.name ? this.s : this.ev.sheetInfo(sheet);
    return t ? this.ev.read(t, r, c) : err('#REF!');
  }
  clamp(sheet: string, rect: CellRect): CellRect | null {
    const t = sheet === this.s.name ? this.s : this.ev.sheetInfo(sheet);
    return t ? this.ev.clampTo(t, rect) : null;
  }
  isSubtotal(sheet: string, r: number, c: number): boolean {
    const t = this.ev.sheetInfo(sheet);
    const f = t ? this.ev.formulaAt(t, r, c) : null;
    return f !== null && SUBTOTAL_RE.test(f);
  }
  isHiddenRow(sheet: string, r: number): boolean {
    return this.ev.sheetInfo(sheet)?.hidden.has(r) ?? false;
  }
  name(n: string, sheet?: string): FormulaNode | null {
    return this.ev.nameTarget(n, sheet ?? this.s.name);
  }
}

const SUBTOTAL_RE = /\b(?:SUBTOTAL|AGGREGATE)\s*\(/i;

function key(name: string): string {
  return name.normalize('NFC').toUpperCase();
}

/** An evaluator over a grid: exact decimal (default) or binary. */
export function gridEvaluator(grid: WorkbookGrid, opts: GridEvaluatorOptions & { mode: 'binary' }): GridEvaluator<number>;
export function gridEvaluator(grid: WorkbookGrid, opts?: GridEvaluatorOptions & { mode?: 'decimal' }): GridEvaluator<Decimal>;
export function gridEvaluator(grid: WorkbookGrid, opts: GridEvaluatorOptions = {}): GridEvaluator<Decimal> | GridEvaluator<number> {
  return opts.mode === 'binary' ? new GridEvaluator(grid, binaryNumeric, opts.inputs) : new GridEvaluator(grid, decimalNumeric, opts.inputs);
}
