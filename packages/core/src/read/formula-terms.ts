import type { FormulaNode } from '../formula/ast.ts';
import { parseFormula } from '../formula/parse-formula.ts';

/**
 * What an additive formula adds up (các ô một công thức cộng): `SUM(F8:F14)`, `F10+F14+F21`, `SUBTOTAL(9,F9:F12)`,
 * `F18+F19-F20`, `ROUND(SUM(…),0)` — the cells it reads, each with its sign, on the formula's own sheet or
 * another. Null when the formula is not a plain sum (a product, IF, a constant mixed in), so the reader falls
 * back to the figures. Parsed by core/src/formula (no second parser here).
 */
export interface FormulaTerm {
  sheet?: string;
  /** Inclusive rectangle of cells. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  sign: 1 | -1;
  /** Read through SUBTOTAL, which skips cells that are themselves SUBTOTALs. */
  subtotal: boolean;
}

function collect(n: FormulaNode, sign: 1 | -1, subtotal: boolean, out: FormulaTerm[]): boolean {
  switch (n.type) {
    case 'reference': {
      if (n.ref.kind !== 'cells' || n.ref.workbook !== undefined || n.ref.sheetTo !== undefined) return false;
      const r = n.ref.rect;
      out.push({ ...(n.ref.sheet !== undefined ? { sheet: n.ref.sheet } : {}), top: r.top, left: r.left, bottom: r.bottom, right: r.right, sign, subtotal });
      return true;
    }
    case 'unary':
      if (n.operator === '+') return collect(n.operand, sign, subtotal, out);
      if (n.operator === '-') return collect(n.operand, sign === 1 ? -1 : 1, subtotal, out);
      return false;
    case 'binary':
      if (n.operator === '+') return collect(n.left, sign, subtotal, out) && collect(n.right, sign, subtotal, out);
      if (n.operator === '-') return collect(n.left, sign, subtotal, out) && collect(n.right, sign === 1 ? -1 : 1, subtotal, out);
      if (n.operator === ',') return collect(n.left, sign, subtotal, out) && collect(n.right, sign, subtotal, out);
      return false;
    case 'call': {
      if (n.name === 'SUM') return n.args.every((a) => a.type === 'empty' || collect(a, sign, subtotal, out));
      if (n.name === 'SUBTOTAL') {
        const fn = n.args[0];
        if (!fn || fn.type !== 'number' || !['9', '109'].includes(fn.text)) return false;
        return n.args.slice(1).every((a) => collect(a, sign, true, out));
      }
      // ROUND(x, 0) of a sum of whole đồng is the sum.
      if ((n.name === 'ROUND' || n.name === 'ROUNDUP' || n.name === 'ROUNDDOWN') && n.args.length === 2 && n.args[1]!.type === 'number' && n.args[1]!.text === '0') {
        return collect(n.args[0]!, sign, subtotal, out);
      }
      return false;
    }
    default:
      return false;
  }
}

/** The signed cell ranges an additive formula adds up, or null when it is not one (or cannot be parsed). */
export function formulaTerms(formula: string): FormulaTerm[] | null {
  let tree: FormulaNode;
  try {
    tree = parseFormula(formula);
  } catch {
    return null;
  }
  const out: FormulaTerm[] = [];
  return collect(tree, 1, false, out) && out.length > 0 ? out : null;
}

/** The cells a product formula multiplies (`ROUND(F15*8%,0)`, `F15*0,1`, `F15*D16`), for a VAT row's base. */
export function productCells(formula: string): Array<{ sheet?: string; row: number; col: number }> | null {
  let tree: FormulaNode;
  try {
    tree = parseFormula(formula);
  } catch {
    return null;
  }
  const cells: Array<{ sheet?: string; row: number; col: number }> = [];
  const walk = (n: FormulaNode): boolean => {
    if (n.type === 'call' && (n.name === 'ROUND' || n.name === 'ROUNDUP' || n.name === 'ROUNDDOWN') && n.args.length >= 1) return walk(n.args[0]!);
    if (n.type === 'binary' && (n.operator === '*' || n.operator === '/')) return walk(n.left) && walk(n.right);
    if (n.type === 'unary' && n.operator === '%') return walk(n.operand);
    if (n.type === 'number') return true;
    if (n.type === 'reference' && n.ref.kind === 'cells' && n.ref.rect.top === n.ref.rect.bottom && n.ref.rect.left === n.ref.rect.right && n.ref.workbook === undefined) {
      cells.push({ ...(n.ref.sheet !== undefined ? { sheet: n.ref.sheet } : {}), row: n.ref.rect.top, col: n.ref.rect.left });
      return true;
    }
    return false;
  };
  return walk(tree) && cells.length > 0 ? cells : null;
}
