import type { FormulaNode } from './ast.ts';
import type { EvalContext } from './context.ts';
import { evaluate, matrix, scalar, toNumber } from './evaluate-formula.ts';
import { err, isArray, isError, isRange, NUMERIC_TEXT, type FormulaError, type Scalar, type Value } from './values.ts';

/**
 * The worksheet functions estimates use (hàm bảng tính): SUM, ROUND, ROUNDUP, ROUNDDOWN, INT, TRUNC, ABS, MIN,
 * MAX, PRODUCT, SUMPRODUCT, SUBTOTAL (1–11, 101–111), IF, IFERROR, IFNA, AND, OR, NOT, COUNT, COUNTA, AVERAGE,
 * MOD, POWER — with Excel's rules for what each one reads (SUM over a range skips text and booleans; typed
 * directly as an argument, "5" and TRUE count). Any other function gives #NAME? marked unsupported, so the audit
 * says it could not recompute the cell instead of inventing a value.
 */
type Fn = <N>(args: FormulaNode[], ctx: EvalContext<N>, arrays: boolean) => Value<N>;

export function callFunction<N>(name: string, args: FormulaNode[], ctx: EvalContext<N>, arrays: boolean): Value<N> {
  const f = table[name];
  if (!f) return { error: '#NAME?', reason: 'unsupported', detail: name };
  return f(args, ctx, arrays);
}

interface CellOptions {
  /** SUBTOTAL: cells holding SUBTOTAL formulas are skipped. */
  skipSubtotals?: boolean;
  /** SUBTOTAL 101–111: hidden rows are skipped. */
  skipHidden?: boolean;
}

/** Calls `fn` with every value of a reference or array argument, in row order; stops at the first `false`. */
function eachCell<N>(v: Value<N>, ctx: EvalContext<N>, opts: CellOptions, fn: (x: Scalar<N>) => boolean | void): void {
  if (isArray(v)) {
    for (const row of v.rows) for (const x of row) if (fn(x) === false) return;
    return;
  }
  if (!isRange(v)) return;
  for (const { sheet, rect } of v.areas) {
    const r = ctx.clamp(sheet, rect);
    if (!r) continue;
    for (let row = r.top; row <= r.bottom; row++) {
      if (opts.skipHidden && ctx.isHiddenRow(sheet, row)) continue;
      for (let col = r.left; col <= r.right; col++) {
        if (opts.skipSubtotals && ctx.isSubtotal(sheet, row, col)) continue;
        if (fn(ctx.cell(sheet, row, col)) === false) return;
      }
    }
  }
}

/**
 * The numbers of SUM-like arguments: in references and arrays only numbers count (text, booleans and empty
 * cells are skipped); an argument typed directly counts when it reads as a number (TRUE = 1, "5" = 5) and is
 * #VALUE! otherwise. The first error met is the result.
 */
function numbers<N>(args: FormulaNode[], ctx: EvalContext<N>, opts: CellOptions = {}): N[] | FormulaError {
  const out: N[] = [];
  let failure: FormulaError | null = null;
  for (const a of args) {
    const v = evaluate(a, ctx, false);
    if (isRange(v) || isArray(v)) {
      eachCell(v, ctx, opts, (x) => {
        if (isError(x)) {
          failure = x;
          return false;
        }
        if (ctx.num.is(x)) out.push(x);
      });
      if (failure) return failure;
      continue;
    }
    if (v === null) continue;
    const n = toNumber(v, ctx);
    if (isError(n)) return n;
    out.push(n);
  }
  return out;
}

function sum<N>(xs: N[], ctx: EvalContext<N>): N {
  let s = ctx.num.zero;
  for (const x of xs) s = ctx.num.add(s, x);
  return s;
}

/** A numeric argument (scalar); `dflt` when omitted. */
function numberArg<N>(args: FormulaNode[], i: number, ctx: EvalContext<N>, dflt?: N): N | FormulaError {
  const a = args[i];
  if (a === undefined || a.type === 'empty') return dflt ?? (a === undefined ? err('#VALUE!') : ctx.num.zero);
  return toNumber(scalar(evaluate(a, ctx, false), ctx), ctx);
}

/** A logical argument: numbers (≠ 0), TRUE/FALSE, the texts "TRUE"/"FALSE". */
function truth<N>(v: Scalar<N>, ctx: EvalContext<N>): boolean | FormulaError {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (ctx.num.is(v)) return !ctx.num.isZero(v);
  if (isError(v)) return v;
  const t = v.trim().toUpperCase();
  if (t === 'TRUE') return true;
  if (t === 'FALSE') return false;
  return err('#VALUE!');
}

function arity<N>(args: FormulaNode[], min: number, max: number): FormulaError | null {
  return args.length < min || args.length > max ? err('#VALUE!') : null;
}

function rounding(how: 'half' | 'up' | 'down'): Fn {
  return (args, ctx) => {
    const bad = arity(args, 2, 2);
    if (bad) return bad;
    const x = numberArg(args, 0, ctx);
    if (isError(x)) return x;
    const d = numberArg(args, 1, ctx);
    if (isError(d)) return d;
    return ctx.num.round(x, ctx.num.integer(d), how);
  };
}

/** MAX (sign 1) or MIN (sign −1); 0 when there is no number. */
function extreme<N>(xs: N[], ctx: EvalContext<N>, sign: 1 | -1): N {
  if (!xs.length) return ctx.num.zero;
  let m: N = xs[0] as N;
  for (const x of xs) if (ctx.num.cmp(x, m) * sign > 0) m = x;
  return m;
}

function minMax(sign: 1 | -1): Fn {
  return (args, ctx) => {
    const xs = numbers(args, ctx);
    return isError(xs) ? xs : extreme(xs, ctx, sign);
  };
}

function product<N>(xs: N[], ctx: EvalContext<N>): N {
  if (!xs.length) return ctx.num.zero;
  let p = ctx.num.one;
  for (const x of xs) p = ctx.num.mul(p, x);
  return p;
}

function average<N>(xs: N[], ctx: EvalContext<N>): Scalar<N> {
  return xs.length ? ctx.num.div(sum(xs, ctx), ctx.num.fromNumber(xs.length)) : err('#DIV/0!');
}

/** Sample (n − 1) or population (n) variance. */
function variance<N>(xs: N[], ctx: EvalContext<N>, sample: boolean): N | FormulaError {
  const n = xs.length - (sample ? 1 : 0);
  if (n <= 0) return err('#DIV/0!');
  const mean = ctx.num.div(sum(xs, ctx), ctx.num.fromNumber(xs.length));
  let s = ctx.num.zero;
  for (const x of xs) {
    const d = ctx.num.sub(x, mean);
    s = ctx.num.add(s, ctx.num.mul(d, d));
  }
  return ctx.num.div(s, ctx.num.fromNumber(n));
}

function count<N>(args: FormulaNode[], ctx: EvalContext<N>, opts: CellOptions = {}): number {
  let n = 0;
  for (const a of args) {
    const v = evaluate(a, ctx, false);
    if (isRange(v) || isArray(v)) eachCell(v, ctx, opts, (x) => void (ctx.num.is(x) && n++));
    else if (ctx.num.is(v) || typeof v === 'boolean' || (typeof v === 'string' && NUMERIC_TEXT.test(v))) n++;
  }
  return n;
}

function countA<N>(args: FormulaNode[], ctx: EvalContext<N>, opts: CellOptions = {}): number {
  let n = 0;
  for (const a of args) {
    const v = evaluate(a, ctx, false);
    if (isRange(v) || isArray(v)) eachCell(v, ctx, opts, (x) => void (x !== null && n++));
    else if (a.type !== 'empty') n++;
  }
  return n;
}

function logical(and: boolean): Fn {
  return (args, ctx) => {
    let seen = false;
    let acc = and;
    for (const a of args) {
      const v = evaluate(a, ctx, false);
      if (isRange(v) || isArray(v)) {
        let failure: FormulaError | null = null;
        eachCell(v, ctx, {}, (x) => {
          if (isError(x)) {
            failure = x;
            return false;
          }
          if (typeof x === 'boolean' || ctx.num.is(x)) {
            seen = true;
            const t = truth(x, ctx) as boolean;
            acc = and ? acc && t : acc || t;
          }
        });
        if (failure) return failure;
        continue;
      }
      if (v === null) continue;
      const t = truth(v, ctx);
      if (isError(t)) return t;
      seen = true;
      acc = and ? acc && t : acc || t;
    }
    return seen ? acc : err('#VALUE!');
  };
}

/** SUBTOTAL's function numbers: 1 AVERAGE, 2 COUNT, 3 COUNTA, 4 MAX, 5 MIN, 6 PRODUCT, 7 STDEV, 8 STDEVP, 9 SUM, 10 VAR, 11 VARP. */
const subtotal: Fn = (args, ctx) => {
  if (args.length < 2) return err('#VALUE!');
  const f = numberArg(args, 0, ctx);
  if (isError(f)) return f;
  const code = ctx.num.integer(f);
  const kind = code > 100 ? code - 100 : code;
  if (kind < 1 || kind > 11) return err('#VALUE!');
  const refs = args.slice(1);
  const opts: CellOptions = { skipSubtotals: true, skipHidden: code > 100 };
  if (kind === 2) return ctx.num.fromNumber(count(refs, ctx, opts));
  if (kind === 3) return ctx.num.fromNumber(countA(refs, ctx, opts));
  const xs = numbers(refs, ctx, opts);
  if (isError(xs)) return xs;
  switch (kind) {
    case 1: return average(xs, ctx);
    case 4: return extreme(xs, ctx, 1);
    case 5: return extreme(xs, ctx, -1);
    case 6: return product(xs, ctx);
    case 7:
    case 8: {
      const v = variance(xs, ctx, kind === 7);
      return isError(v) ? v : ctx.num.sqrt(v);
    }
    case 9: return sum(xs, ctx);
    default: return variance(xs, ctx, kind === 10);
  }
};

const sumProduct: Fn = (args, ctx) => {
  if (!args.length) return err('#VALUE!');
  let rows = -1;
  let cols = -1;
  const ms: Scalar<any>[][][] = [];
  for (const a of args) {
    const m = matrix(evaluate(a, ctx, true), ctx);
    if (isError(m)) return m;
    if (rows < 0) {
      rows = m.length;
      cols = m[0]?.length ?? 0;
    } else if (m.length !== rows || (m[0]?.length ?? 0) !== cols) return err('#VALUE!');
    ms.push(m);
  }
  let s = ctx.num.zero;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let p = ctx.num.one;
      for (const m of ms) {
        const x = m[r]![c] as Scalar<typeof s>;
        if (isError(x)) return x;
        p = ctx.num.mul(p, ctx.num.is(x) ? x : ctx.num.zero);
      }
      s = ctx.num.add(s, p);
    }
  }
  return s;
};

const table: Record<string, Fn> = {
  SUM: (args, ctx) => {
    const xs = numbers(args, ctx);
    return isError(xs) ? xs : sum(xs, ctx);
  },
  ROUND: rounding('half'),
  ROUNDUP: rounding('up'),
  ROUNDDOWN: rounding('down'),
  TRUNC: (args, ctx) => {
    const bad = arity(args, 1, 2);
    if (bad) return bad;
    const x = numberArg(args, 0, ctx);
    if (isError(x)) return x;
    const d = numberArg(args, 1, ctx, ctx.num.zero);
    if (isError(d)) return d;
    return ctx.num.round(x, ctx.num.integer(d), 'down');
  },
  INT: (args, ctx) => {
    const bad = arity(args, 1, 1);
    if (bad) return bad;
    const x = numberArg(args, 0, ctx);
    return isError(x) ? x : ctx.num.floor(x);
  },
  ABS: (args, ctx) => {
    const bad = arity(args, 1, 1);
    if (bad) return bad;
    const x = numberArg(args, 0, ctx);
    return isError(x) ? x : ctx.num.abs(x);
  },
  MOD: (args, ctx) => {
    const bad = arity(args, 2, 2);
    if (bad) return bad;
    const n = numberArg(args, 0, ctx);
    if (isError(n)) return n;
    const d = numberArg(args, 1, ctx);
    if (isError(d)) return d;
    if (ctx.num.isZero(d)) return err('#DIV/0!');
    return ctx.num.sub(n, ctx.num.mul(d, ctx.num.floor(ctx.num.div(n, d))));
  },
  POWER: (args, ctx) => {
    const bad = arity(args, 2, 2);
    if (bad) return bad;
    const a = numberArg(args, 0, ctx);
    if (isError(a)) return a;
    const b = numberArg(args, 1, ctx);
    if (isError(b)) return b;
    return ctx.num.pow(a, b) ?? err('#NUM!');
  },
  MIN: minMax(-1),
  MAX: minMax(1),
  PRODUCT: (args, ctx) => {
    const xs = numbers(args, ctx);
    return isError(xs) ? xs : product(xs, ctx);
  },
  AVERAGE: (args, ctx) => {
    const xs = numbers(args, ctx);
    return isError(xs) ? xs : average(xs, ctx);
  },
  COUNT: (args, ctx) => ctx.num.fromNumber(count(args, ctx)),
  COUNTA: (args, ctx) => ctx.num.fromNumber(countA(args, ctx)),
  SUMPRODUCT: sumProduct,
  SUBTOTAL: subtotal,
  IF: (args, ctx) => {
    const bad = arity(args, 1, 3);
    if (bad) return bad;
    const c = truth(scalar(evaluate(args[0]!, ctx, false), ctx), ctx);
    if (isError(c)) return c;
    const branch = c ? args[1] : args[2];
    if (branch === undefined) return c ? ctx.num.zero : false;
    if (branch.type === 'empty') return ctx.num.zero;
    return evaluate(branch, ctx, false);
  },
  IFERROR: (args, ctx) => {
    const bad = arity(args, 2, 2);
    if (bad) return bad;
    const v = scalar(evaluate(args[0]!, ctx, false), ctx);
    if (isError(v) && !v.reason) return args[1]!.type === 'empty' ? ctx.num.zero : evaluate(args[1]!, ctx, false);
    return v;
  },
  IFNA: (args, ctx) => {
    const bad = arity(args, 2, 2);
    if (bad) return bad;
    const v = scalar(evaluate(args[0]!, ctx, false), ctx);
    if (isError(v) && v.error === '#N/A' && !v.reason) return evaluate(args[1]!, ctx, false);
    return v;
  },
  // LibreOffice writes the constants TRUE and FALSE as functions when it saves a formula.
  TRUE: (args) => (args.length ? err('#VALUE!') : true),
  FALSE: (args) => (args.length ? err('#VALUE!') : false),
  AND: logical(true),
  OR: logical(false),
  NOT: (args, ctx) => {
    const bad = arity(args, 1, 1);
    if (bad) return bad;
    const t = truth(scalar(evaluate(args[0]!, ctx, false), ctx), ctx);
    return isError(t) ? t : !t;
  },
};
