import type { FormulaNode, FormulaReference } from './ast.ts';
import { parseFormula } from './parse-formula.ts';

/**
 * Every reference a formula makes, in the order written: cells and ranges (own sheet or another sheet) and
 * defined names — e.g. `SUM(F8:F14)+'Thuyết minh'!D20+DT_CONG_I` → F8:F14, 'Thuyết minh'!D20, DT_CONG_I.
 * Accepts the formula text (parsed, memoised; throws DutoanError FORMULA_SYNTAX when it is not a formula) or
 * a parsed tree. What a "Cộng" row sums is `references(formula)` of its cell.
 */
export function references(formula: string | FormulaNode): FormulaReference[] {
  const out: FormulaReference[] = [];
  walk(typeof formula === 'string' ? parseFormula(formula) : formula, out);
  return out;
}

function walk(n: FormulaNode, out: FormulaReference[]): void {
  switch (n.type) {
    case 'reference':
      out.push(n.ref);
      return;
    case 'unary':
      walk(n.operand, out);
      return;
    case 'binary':
      walk(n.left, out);
      walk(n.right, out);
      return;
    case 'call':
      for (const a of n.args) walk(a, out);
      return;
    case 'array':
      for (const row of n.rows) for (const e of row) walk(e, out);
      return;
    default:
      return;
  }
}
