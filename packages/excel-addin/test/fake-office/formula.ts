/**
 * A small formula evaluator for the fake Excel host: enough of Excel's grammar for the formulas the standard
 * template writes (cell and range references, + - * / ^ &, comparisons, SUM, ROUND, ROUNDUP, ROUNDDOWN,
 * ABS, MIN, MAX, IF). JavaScript doubles, like Excel. Unknown functions give "#NAME?".
 */
import { parseCell, parseRange, splitSheet, type Rect } from '../../src/office/a1.ts';

export type Value = string | number | boolean;
export type Lookup = (sheet: string | null, row: number, col: number) => Value;

class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

type Tok = { t: 'num'; v: number } | { t: 'str'; v: string } | { t: 'ref'; v: string } | { t: 'fn'; v: string } | { t: 'op'; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ') { i++; continue; }
    if (c === '"') {
      let j = i + 1;
      let s = '';
      while (j < src.length) {
        if (src[j] === '"' && src[j + 1] === '"') { s += '"'; j += 2; continue; }
        if (src[j] === '"') break;
        s += src[j]; j++;
      }
      out.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    const num = /^\d+(\.\d*)?([eE][+-]?\d+)?/.exec(src.slice(i));
    if (num && !/^\d+[A-Za-z]/.test(src.slice(i, i + num[0].length + 1).replace(/[eE][+-]?\d+$/, ''))) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const ref = /^((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?/.exec(src.slice(i));
    if (ref && src[i + ref[0].length] !== '(') {
      out.push({ t: 'ref', v: ref[0] });
      i += ref[0].length;
      continue;
    }
    const fn = /^[A-Za-z][A-Za-z0-9.]*(?=\()/.exec(src.slice(i));
    if (fn) {
      out.push({ t: 'fn', v: fn[0].toUpperCase() });
      i += fn[0].length;
      continue;
    }
    const op = /^(<=|>=|<>|[-+*/^&=<>(),%])/.exec(src.slice(i));
    if (op) {
      out.push({ t: 'op', v: op[0] });
      i += op[0].length;
      continue;
    }
    throw new FormulaError('#NAME?');
  }
  return out;
}

type Node =
  | { k: 'lit'; v: Value }
  | { k: 'ref'; sheet: string | null; rect: Rect }
  | { k: 'un'; op: string; a: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'call'; fn: string; args: Node[] };

const PREC: Record<string, number> = { '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4, '^': 5 };

function parse(tokens: Tok[]): Node {
  let p = 0;
  const peek = () => tokens[p];
  function primary(): Node {
    const t = tokens[p++];
    if (!t) throw new FormulaError('#VALUE!');
    if (t.t === 'num') return { k: 'lit', v: t.v };
    if (t.t === 'str') return { k: 'lit', v: t.v };
    if (t.t === 'ref') {
      const { sheet, local } = splitSheet(t.v);
      return { k: 'ref', sheet, rect: parseRange(local) };
    }
    if (t.t === 'fn') {
      p++; // (
      const args: Node[] = [];
      if (!(peek()?.t === 'op' && peek()!.v === ')')) {
        for (;;) {
          args.push(expr(0));
          const n = tokens[p++];
          if (n?.t === 'op' && n.v === ')') break;
          if (!(n?.t === 'op' && n.v === ',')) throw new FormulaError('#VALUE!');
        }
      } else p++;
      return { k: 'call', fn: t.v, args };
    }
    if (t.v === '(') {
      const e = expr(0);
      p++;
      return e;
    }
    if (t.v === '-' || t.v === '+') return { k: 'un', op: t.v, a: unary() };
    throw new FormulaError('#VALUE!');
  }
  function unary(): Node {
    let n = primary();
    while (peek()?.t === 'op' && peek()!.v === '%') {
      p++;
      n = { k: 'bin', op: '/', a: n, b: { k: 'lit', v: 100 } };
    }
    return n;
  }
  function expr(min: number): Node {
    let left = unary();
    for (;;) {
      const t = peek();
      if (!t || t.t !== 'op' || !(t.v in PREC) || PREC[t.v]! < min) break;
      p++;
      const prec = PREC[t.v]!;
      const right = expr(t.v === '^' ? prec : prec + 1);
      left = { k: 'bin', op: t.v, a: left, b: right };
    }
    return left;
  }
  const n = expr(0);
  if (p !== tokens.length) throw new FormulaError('#VALUE!');
  return n;
}

function toNumber(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === '') return 0;
  if (/^#/.test(v)) throw new FormulaError(v);
  const n = Number(v);
  if (Number.isNaN(n)) throw new FormulaError('#VALUE!');
  return n;
}

function roundHalfAwayFromZero(x: number, digits: number): number {
  const f = 10 ** digits;
  const y = Math.abs(x) * f;
  // Excel rounds the decimal representation; nudge by a relative epsilon like Excel's 15-digit display
  const r = Math.round(y + y * Number.EPSILON * 4);
  return (Math.sign(x) * r) / f;
}

export function evaluateFormula(formula: string, here: string | null, lookup: Lookup): Value {
  try {
    const ast = parse(tokenize(formula.replace(/^=/, '')));
    const cells = (n: Node & { k: 'ref' }): Value[] => {
      const out: Value[] = [];
      for (let r = 0; r < n.rect.rows; r++) for (let c = 0; c < n.rect.cols; c++) out.push(lookup(n.sheet ?? here, n.rect.row + r, n.rect.col + c));
      return out;
    };
    const flat = (args: Node[]): Value[] => args.flatMap((a) => (a.k === 'ref' ? cells(a).filter((v) => typeof v === 'number') : [ev(a)]));
    const ev = (n: Node): Value => {
      switch (n.k) {
        case 'lit':
          return n.v;
        case 'ref': {
          if (n.rect.rows !== 1 || n.rect.cols !== 1) throw new FormulaError('#VALUE!');
          return lookup(n.sheet ?? here, n.rect.row, n.rect.col);
        }
        case 'un':
          return n.op === '-' ? -toNumber(ev(n.a)) : toNumber(ev(n.a));
        case 'bin': {
          const a = ev(n.a);
          const b = ev(n.b);
          switch (n.op) {
            case '+': return toNumber(a) + toNumber(b);
            case '-': return toNumber(a) - toNumber(b);
            case '*': return toNumber(a) * toNumber(b);
            case '/': {
              const d = toNumber(b);
              if (d === 0) throw new FormulaError('#DIV/0!');
              return toNumber(a) / d;
            }
            case '^': return toNumber(a) ** toNumber(b);
            case '&': return `${a}${b}`;
            case '=': return a === b;
            case '<>': return a !== b;
            case '<': return toNumber(a) < toNumber(b);
            case '>': return toNumber(a) > toNumber(b);
            case '<=': return toNumber(a) <= toNumber(b);
            case '>=': return toNumber(a) >= toNumber(b);
          }
          throw new FormulaError('#VALUE!');
        }
        case 'call': {
          const args = n.args;
          switch (n.fn) {
            case 'SUM': return flat(args).reduce<number>((s, v) => s + toNumber(v), 0);
            case 'MIN': return Math.min(...flat(args).map(toNumber));
            case 'MAX': return Math.max(...flat(args).map(toNumber));
            case 'ABS': return Math.abs(toNumber(ev(args[0]!)));
            case 'ROUND': return roundHalfAwayFromZero(toNumber(ev(args[0]!)), args[1] ? toNumber(ev(args[1])) : 0);
            case 'ROUNDUP': {
              const f = 10 ** (args[1] ? toNumber(ev(args[1])) : 0);
              const x = toNumber(ev(args[0]!));
              return (Math.sign(x) * Math.ceil(Math.abs(x) * f - 1e-9)) / f;
            }
            case 'ROUNDDOWN': {
              const f = 10 ** (args[1] ? toNumber(ev(args[1])) : 0);
              const x = toNumber(ev(args[0]!));
              return (Math.sign(x) * Math.floor(Math.abs(x) * f + 1e-9)) / f;
            }
            case 'IF': {
              const c = ev(args[0]!);
              const truthy = typeof c === 'string' ? c !== '' : Boolean(c);
              return truthy ? ev(args[1]!) : args[2] ? ev(args[2]) : false;
            }
          }
          throw new FormulaError('#NAME?');
        }
      }
    };
    return ev(ast);
  } catch (e) {
    if (e instanceof FormulaError) return e.code;
    if (e instanceof RangeError) return '#REF!';
    throw e;
  }
}

/** Cell keys used by the fake: "r,c". */
export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export { parseCell };
