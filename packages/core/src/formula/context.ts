import type { CellRect, FormulaNode } from './ast.ts';
import type { Numeric } from './numeric.ts';
import type { Scalar } from './values.ts';

/** What evaluating one formula needs from the workbook around it. */
export interface EvalContext<N> {
  readonly num: Numeric<N>;
  /** The formula's own sheet (as the workbook names it), row and column. */
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** The workbook's name of a sheet (matched without regard to case), null when there is none. */
  sheetName(name: string): string | null;
  /** The workbook's sheet names in tab order (for 3-D references Sheet1:Sheet3!A1). */
  sheetOrder(): readonly string[];
  /** The value of a cell (a formula cell's value per the evaluator's policy). */
  cell(sheet: string, row: number, col: number): Scalar<N>;
  /** The part of a rectangle that holds data (whole columns "F:F" are clamped to the used rows). */
  clamp(sheet: string, rect: CellRect): CellRect | null;
  /** The cell holds a SUBTOTAL/AGGREGATE formula (SUBTOTAL skips those, to avoid counting twice). */
  isSubtotal(sheet: string, row: number, col: number): boolean;
  isHiddenRow(sheet: string, row: number): boolean;
  /** A defined name → its parsed target ("'Dự toán'!$F$40", or a constant/formula), null when undefined. */
  name(name: string, sheet?: string): FormulaNode | null;
}
