/**
 * The sheet-layout plan (bố cục trang tính) of the standard estimate workbook: a renderer-neutral description of
 * every cell, merge, width, height, name, validation and print setting. Both the exceljs writer (@dutoan/xlsx)
 * and the Excel add-in (Office.js) render the very same plan, so a workbook filled in Excel and one written by the
 * CLI are identical cell for cell. Pure data: no I/O, no exceljs, no Office.js.
 *
 * Rows and columns are 1-based, as in A1 addresses.
 */
import type { StyleKey } from './styles.ts';

/**
 * What a cell holds:
 * - `text`: a string written AS A STRING, never parsed (a renderer that could turn "=…", "+…", "-…", "@…" into a
 *   formula — Office.js `values` — must neutralise it, e.g. with a leading apostrophe or text number format);
 * - `number`: a number; `value` is its exact plain decimal string ("12.5", "8888000");
 * - `formula`: `formula` is the A1 formula without "=", `value` its cached result (our computed figure) as a plain
 *   decimal string.
 */
export type CellKind = 'text' | 'number' | 'formula';

export interface PlanCell {
  /** "F12". */
  address: string;
  row: number;
  col: number;
  kind: CellKind;
  /** Text, or the exact decimal string of a number / of a formula's cached value. */
  value: string;
  /** A1 formula without the leading "=" (kind `formula` only), e.g. "ROUND(D12*E12,0)". */
  formula?: string;
  /** Key into `styleTable`. */
  style: StyleKey;
  /** An input cell (ô nhập liệu): left unlocked when the sheet is protected. Everything else is locked. */
  input?: boolean;
}

/** A data-validation rule (kiểm tra dữ liệu nhập), by key into `validationTable`, over a rectangular range. */
export interface PlanValidation {
  /** "D12:D40" or "D12". */
  range: string;
  rule: ValidationKey;
}

export type ValidationKey = 'quantity' | 'unitPrice' | 'vatRate';

/** A defined name (tên vùng) pointing at one cell or range of a sheet of the workbook. */
export interface PlanName {
  name: string;
  sheet: string;
  /** "$F$40" or "$A$8:$I$40" (absolute). */
  ref: string;
}

export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Fit all columns on one page width; pages flow downwards (fitToHeight 0). */
  fitToWidth: true;
  /** Rows repeated at the top of every printed page, e.g. { from: 8, to: 9 }. */
  repeatRows?: { from: number; to: number };
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  horizontalCentered: boolean;
  /** Footer text in Excel header/footer codes, e.g. "&CTrang &P/&N". */
  footer?: string;
  /** Last column printed (hidden helper columns stay outside the print area), e.g. "G". */
  printAreaLastCol: string;
}

export interface SheetPlan {
  name: string;
  /** 'hidden' for the metadata sheet; the user can unhide it, nothing there is secret. */
  state: 'visible' | 'hidden';
  /** Tab colour "#RRGGBB", red for sample (MẪU) workbooks. */
  tabColor?: string;
  cells: PlanCell[];
  /** "A1:C1" ranges; the master cell is the top-left one and is listed in `cells`. */
  merges: string[];
  /** Column widths in Excel character units; `hidden` columns carry machine-readable data. */
  columns: Array<{ col: number; letter: string; width: number; hidden?: boolean }>;
  /** Explicit heights in points; rows not listed keep the default height (renderers may autofit them). */
  rowHeights: Array<{ row: number; height: number }>;
  validations: PlanValidation[];
  /** Rows frozen at the top (ngăn cố định), 0 for none. */
  frozenRows: number;
  print: PrintSetup;
  /** Sheet protection without a password (chống sửa nhầm công thức, not security). */
  protect: boolean;
  /** Last row and column that hold content. */
  lastRow: number;
  lastCol: number;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  names: PlanName[];
  /** Workbook properties. */
  properties: { title: string; subject: string; creator: string; keywords: string };
}
