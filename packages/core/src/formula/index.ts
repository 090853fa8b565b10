/** Formulas (công thức): parse A1 formulas, list their references, evaluate a workbook grid. Pure, no I/O. */
export type { BinaryOperator, CellRect, ExcelError, FormulaNode, FormulaReference } from './ast.ts';
export { excelErrors, SHEET_COLS, SHEET_ROWS } from './ast.ts';
export { parseFormula } from './parse-formula.ts';
export { parseReference } from './parse-reference.ts';
export { references } from './references.ts';
export { recalculateGrid, type BinaryRoundedFormula, type FormulaCell, type GridRecalculation, type StaleFormula, type UnevaluatedFormula } from './recalculate-grid.ts';
export { GridEvaluator, gridEvaluator, type GridEvaluatorOptions } from './grid-evaluator.ts';
export { binaryNumeric, libreOfficeRound, stdRound } from './binary-numeric.ts';
export { decimalNumeric } from './decimal-numeric.ts';
export type { Numeric } from './numeric.ts';
export { isError as isFormulaError, type FormulaError, type Scalar as FormulaScalar } from './values.ts';
export { displayFormula } from './display-formula.ts';
export { cellKey, feedingCells, type CellKey } from './feeding-cells.ts';
