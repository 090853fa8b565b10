/**
 * The tree of a spreadsheet formula (công thức), as stored in .xlsx (A1 style, commas between arguments, no
 * leading "="). Produced by `parseFormula`; read by `references` and by the evaluator. Plain data.
 */

/** Excel's error values (giá trị lỗi), which formulas pass around like any other value. */
export type ExcelError = '#DIV/0!' | '#REF!' | '#NAME?' | '#VALUE!' | '#N/A' | '#NUM!' | '#NULL!' | '#SPILL!' | '#CALC!';

/** The error values a spreadsheet formula can produce (#DIV/0!, #REF!, …). */
export const excelErrors: readonly ExcelError[] = ['#DIV/0!', '#REF!', '#NAME?', '#VALUE!', '#N/A', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];

/** A rectangle of cells: 1-based sheet rows and columns, inclusive (A1:B3 = rows 1–3, columns 1–2). */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Largest row and column of a worksheet (whole columns "F:F" and whole rows "3:5" extend to them). */
export const SHEET_ROWS = 1_048_576;
/** Largest column of a worksheet (XFD). */
export const SHEET_COLS = 16_384;

/**
 * One reference as written in a formula: cells (`F12`, `$F$8:$F$14`, `'Dự toán'!F12`, `Sheet2!A1:B3`, `F:F`,
 * `3:5`, `Sheet1:Sheet3!A1`) or a defined name (`DT_TONG_CONG`, `Sheet1!TEN`).
 */
export type FormulaReference =
  | {
      kind: 'cells';
      /** The sheet named in the reference; absent = the formula's own sheet. */
      sheet?: string;
      /** Last sheet of a 3-D reference (`Sheet1:Sheet3!A1`). */
      sheetTo?: string;
      /** External workbook (`[1]Sheet1!A1` → "1"); such references cannot be followed. */
      workbook?: string;
      rect: CellRect;
      /** As written, e.g. "'Dự toán'!$F$8:$F$14". */
      text: string;
    }
  | {
      kind: 'name';
      name: string;
      /** Sheet-scoped name (`Sheet1!TEN`). */
      sheet?: string;
      workbook?: string;
      text: string;
    };

export type BinaryOperator = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=' | ':' | ',' | ' ';

export type FormulaNode =
  /** A number as written ("38.41", "1e3"): kept as text so exact arithmetic reads it exactly. */
  | { type: 'number'; text: string }
  | { type: 'string'; value: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'error'; value: ExcelError }
  | { type: 'reference'; ref: FormulaReference }
  | { type: 'unary'; operator: '+' | '-' | '%'; operand: FormulaNode }
  /** `:` range between two references, `,` union (inside parentheses), ` ` intersection; the rest arithmetic. */
  | { type: 'binary'; operator: BinaryOperator; left: FormulaNode; right: FormulaNode }
  /** A function call; `name` upper-case without Excel's "_xlfn."/"_xlws." prefixes; a missing argument is `empty`. */
  | { type: 'call'; name: string; args: FormulaNode[] }
  | { type: 'array'; rows: FormulaNode[][] }
  /** An omitted argument: `ROUND(A1,)`. */
  | { type: 'empty' };
