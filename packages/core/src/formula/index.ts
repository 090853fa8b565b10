/** Formulas (công thức): parse A1 formulas, list their references, evaluate a workbook grid. Pure, no I/O. */
export type { BinaryOperator, CellRect, ExcelError, FormulaNode, FormulaReference } from './ast.ts';
export { excelErrors, SHEET_COLS, SHEET_ROWS } from './ast.ts';
export { parseFormula } from './parse-formula.ts';
export { parseReference } from './parse-reference.ts';
export { references } from './references.ts';
