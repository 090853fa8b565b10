import type { CellRect, FormulaNode } from './ast.ts';
import type { EvalContext } from './context.ts';
import { callFunction } from './functions.ts';
import { err, isArray, isError, isRange, NUMERIC_TEXT, type ArrayValue, type FormulaError, type Scalar, type Value } from './values.ts';

/**
 * Evaluates a parsed formula in a context (the cells around it) with the context's arithmetic. Excel's rules:
 * errors propagate left to right; text that looks like a number is a number in arithmetic; an empty cell is 0
 * in arithmetic and "" in text; a range where one value is expected is intersected with the formula's row or
 * column; inside SUMPRODUCT operators work element by element.
 */
export function evaluateFormula<N>(node: FormulaNode, ctx: EvalContext<N>): Scalar<N> {
  const v = scalar(evaluate(node, ctx, false), ctx);
  return v === null ? ctx.num.zero : v; // "=A1" of an empty A1 shows 0
}

/** Any node's value; `arrays` = element-wise context (SUMPRODUCT arguments). */
export function evaluate<N>(n: FormulaNode, ctx: EvalContext<N>, arrays: boolean): Value<N> {
  switch (n.type) {
    case 'number':
      return ctx.num.fromText(n.text) ?? err('#VALUE!');
    case 'string':
    case 'boolean':
      return n.value;
    case 'error':
      return err(n.value);
    case 'empty':
      return null;
    case 'reference':
      return reference(n, ctx);
    case 'array':
      return { kind: 'array', rows: n.rows.map((row) => row.map((e) => scalar(evaluate(e, ctx, false), ctx))) };
    case 'unary': {
      const a = evaluate(n.operand, ctx, arrays);
      if (n.operator === '+') return a;
      return lift1(a, ctx, arrays, (x) => {
        const v = toNumber(x, ctx);
        if (isError(v)) return v;
        return n.operator === '-' ? ctx.num.neg(v) : ctx.num.div(v, ctx.num.fromNumber(100));
      });
    }
    case 'binary':
      return binary(n.operator, n.left, n.right, ctx, arrays);
    case 'call':
      return callFunction(n.name, n.args, ctx, arrays);
  }
}

function reference<N>(n: Extract<FormulaNode, { type: 'reference' }>, ctx: EvalContext<N>): Value<N> {
  const r = n.ref;
  if (r.workbook !== undefined) return { error: '#REF!', reason: 'external', detail: r.text };
  if (r.kind === 'name') {
    const target = ctx.name(r.name, r.sheet);
    if (!target) return err('#NAME?');
    return evaluate(target, ctx, false);
  }
  const sheet = ctx.sheetName(r.sheet ?? ctx.sheet);
  if (sheet === null) return err('#REF!');
  if (r.sheetTo === undefined) return { kind: 'range', areas: [{ sheet, rect: r.rect }] };
  // 3-D reference: the same rectangle on every sheet from `sheet` to `sheetTo`, in workbook order.
  const last = ctx.sheetName(r.sheetTo);
  if (last === null) return err('#REF!');
  return { kind: 'range', areas: sheetsBetween(ctx, sheet, last).map((s) => ({ sheet: s, rect: r.rect })) };
}

function sheetsBetween<N>(ctx: EvalContext<N>, first: string, last: string): string[] {
  const all = ctx.sheetOrder();
  const i = all.indexOf(first);
  const j = all.indexOf(last);
  if (i < 0 || j < 0) return [first];
  return all.slice(Math.min(i, j), Math.max(i, j) + 1);
}

function binary<N>(op: string, l: FormulaNode, r: FormulaNode, ctx: EvalContext<N>, arrays: boolean): Value<N> {
  if (op === ':' || op === ',' || op === ' ') {
    const a = evaluate(l, ctx, false);
    const b = evaluate(r, ctx, false);
    if (isError(a)) return a;
    if (isError(b)) return b;
    if (!isRange(a) || !isRange(b)) return err('#VALUE!');
    if (op === ',') return { kind: 'range', areas: [...a.areas, ...b.areas] };
    const x = a.areas[0]!;
    const y = b.areas[0]!;
    if (a.areas.length !== 1 || b.areas.length !== 1 || x.sheet !== y.sheet) return err('#REF!');
    if (op === ':') return { kind: 'range', areas: [{ sheet: x.sheet, rect: bounding(x.rect, y.rect) }] };
    const i = intersection(x.rect, y.rect);
    return i ? { kind: 'range', areas: [{ sheet: x.sheet, rect: i }] } : err('#NULL!');
  }
  const a = evaluate(l, ctx, arrays);
  const b = evaluate(r, ctx, arrays);
  return lift2(a, b, ctx, arrays, (x, y) => scalarOp(op, x, y, ctx));
}

function bounding(a: CellRect, b: CellRect): CellRect {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

function intersection(a: CellRect, b: CellRect): CellRect | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top > r.bottom || r.left > r.right ? null : r;
}

function scalarOp<N>(op: string, x: Scalar<N>, y: Scalar<N>, ctx: EvalContext<N>): Scalar<N> {
  const num = ctx.num;
  if (op === '&') {
    if (isError(x)) return x;
    if (isError(y)) return y;
    return toText(x, ctx) + toText(y, ctx);
  }
  if (op === '=' || op === '<>' || op === '<' || op === '>' || op === '<=' || op === '>=') {
    if (isError(x)) return x;
    if (isError(y)) return y;
    const c = compare(x, y, ctx);
    switch (op) {
      case '=': return c === 0;
      case '<>': return c !== 0;
      case '<': return c < 0;
      case '>': return c > 0;
      case '<=': return c <= 0;
      default: return c >= 0;
    }
  }
  const a = toNumber(x, ctx);
  if (isError(a)) return a;
  const b = toNumber(y, ctx);
  if (isError(b)) return b;
  switch (op) {
    case '+': return num.add(a, b);
    case '-': return num.sub(a, b);
    case '*': return num.mul(a, b);
    case '/': return num.isZero(b) ? err('#DIV/0!') : num.div(a, b);
    case '^': return num.pow(a, b) ?? err('#NUM!');
    default: return err('#VALUE!');
  }
}

/** Excel's ordering: numbers < text < booleans; text without regard to case; an empty cell is 0, "" or FALSE. */
export function compare<N>(x: Scalar<N>, y: Scalar<N>, ctx: EvalContext<N>): number {
  const num = ctx.num;
  const rank = (v: Scalar<N>) => (num.is(v) ? 0 : typeof v === 'string' ? 1 : 2);
  let a = x;
  let b = y;
  if (a === null) a = b === null ? num.zero : typeof b === 'string' ? '' : typeof b === 'boolean' ? false : num.zero;
  if (b === null) b = typeof a === 'string' ? '' : typeof a === 'boolean' ? false : num.zero;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (num.is(a) && num.is(b)) return num.cmp(a, b);
  if (typeof a === 'string' && typeof b === 'string') {
    const p = a.toLocaleUpperCase('vi');
    const q = b.toLocaleUpperCase('vi');
    return p === q ? 0 : p < q ? -1 : 1;
  }
  return Number(a) - Number(b);
}

/** A value where one number is needed (arithmetic): text that reads as a number is one, anything else #VALUE!. */
export function toNumber<N>(v: Scalar<N>, ctx: EvalContext<N>): N | FormulaError {
  const num = ctx.num;
  if (num.is(v)) return v;
  if (v === null) return num.zero;
  if (typeof v === 'boolean') return v ? num.one : num.zero;
  if (isError(v)) return v;
  if (typeof v === 'string' && NUMERIC_TEXT.test(v)) {
    const t = v.trim();
    const pct = t.endsWith('%');
    const n = num.fromText(pct ? t.slice(0, -1) : t);
    if (n !== null) return pct ? num.div(n, num.fromNumber(100)) : n;
  }
  return err('#VALUE!');
}

/** A value as text ("&", text functions): numbers as the General format shows them, TRUE/FALSE. */
export function toText<N>(v: Scalar<N>, ctx: EvalContext<N>): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (ctx.num.is(v)) return ctx.num.text(v);
  return '';
}

/** One value where a single value is needed: a range is intersected with the formula's row or column. */
export function scalar<N>(v: Value<N>, ctx: EvalContext<N>): Scalar<N> {
  if (isRange(v)) {
    if (v.areas.length !== 1) return err('#VALUE!');
    const { sheet, rect } = v.areas[0]!;
    if (rect.top === rect.bottom && rect.left === rect.right) return ctx.cell(sheet, rect.top, rect.left);
    if (rect.left === rect.right && ctx.row >= rect.top && ctx.row <= rect.bottom) return ctx.cell(sheet, ctx.row, rect.left);
    if (rect.top === rect.bottom && ctx.col >= rect.left && ctx.col <= rect.right) return ctx.cell(sheet, rect.top, ctx.col);
    return err('#VALUE!');
  }
  if (isArray(v)) return v.rows[0]?.[0] ?? err('#VALUE!');
  return v;
}

/** A range or array as a matrix of values (the cells of a single-area range, row by row). */
export function matrix<N>(v: Value<N>, ctx: EvalContext<N>): Scalar<N>[][] | FormulaError {
  if (isArray(v)) return v.rows.map((r) => [...r]);
  if (isRange(v)) {
    if (v.areas.length !== 1) return err('#VALUE!');
    const { sheet, rect } = v.areas[0]!;
    const out: Scalar<N>[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: Scalar<N>[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(ctx.cell(sheet, r, c));
      out.push(row);
    }
    return out;
  }
  return [[v]];
}

function lift1<N>(a: Value<N>, ctx: EvalContext<N>, arrays: boolean, f: (x: Scalar<N>) => Scalar<N>): Value<N> {
  if (arrays && (isRange(a) || isArray(a))) {
    const m = matrix(a, ctx);
    if (isError(m)) return m;
    return { kind: 'array', rows: m.map((row) => row.map(f)) } satisfies ArrayValue<N>;
  }
  return f(scalar(a, ctx));
}

function lift2<N>(a: Value<N>, b: Value<N>, ctx: EvalContext<N>, arrays: boolean, f: (x: Scalar<N>, y: Scalar<N>) => Scalar<N>): Value<N> {
  if (arrays && (isRange(a) || isArray(a) || isRange(b) || isArray(b))) {
    const ma = matrix(a, ctx);
    if (isError(ma)) return ma;
    const mb = matrix(b, ctx);
    if (isError(mb)) return mb;
    const rows = Math.max(ma.length, mb.length);
    const cols = Math.max(ma[0]?.length ?? 0, mb[0]?.length ?? 0);
    // Excel broadcasts a single row/column/value; other size mismatches give #N/A in the extra cells.
    const at = (m: Scalar<N>[][], r: number, c: number): Scalar<N> => {
      const rr = m.length === 1 ? 0 : r;
      const cc = m[0]!.length === 1 ? 0 : c;
      return m[rr]?.[cc] ?? err('#N/A');
    };
    const out: Scalar<N>[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: Scalar<N>[] = [];
      for (let c = 0; c < cols; c++) row.push(f(at(ma, r, c), at(mb, r, c)));
      out.push(row);
    }
    return { kind: 'array', rows: out };
  }
  return f(scalar(a, ctx), scalar(b, ctx));
}
