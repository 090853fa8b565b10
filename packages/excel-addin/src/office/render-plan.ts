/**
 * What the adapter renders into a worksheet: cells, styles, merges, widths and names — the Office.js-side
 * mirror of core's sheet-layout plan (see from-layout.ts for the translation). Rows and columns are 0-based.
 */
import type { Rect } from './a1.ts';

export type CellKind = 'text' | 'number' | 'formula' | 'boolean';

export interface RenderStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontName?: string;
  fontSize?: number;
  /** "#RRGGBB". */
  fontColor?: string;
  /** "#RRGGBB" background. */
  fill?: string;
  hAlign?: 'Left' | 'Center' | 'Right' | 'General' | 'Justify' | 'CenterAcrossSelection';
  vAlign?: 'Top' | 'Center' | 'Bottom' | 'Justify';
  wrap?: boolean;
  numberFormat?: string;
  /** Thin borders on the cell's four edges. */
  border?: boolean;
  /** Indent level (left-aligned text). */
  indent?: number;
  /** false = an input cell left unlocked when the sheet is protected (cells are locked by default). */
  locked?: boolean;
}

export interface RenderCell {
  row: number;
  col: number;
  kind: CellKind;
  /** Text, number (or decimal string), boolean; for formulas the cached value (not written: Excel computes). */
  value: string | number | boolean | null;
  /** Formula without or with the leading "=". */
  formula?: string;
  style?: RenderStyle;
}

export interface RenderPlan {
  /** Preferred sheet name; a free variant "Dự toán (2)" is used when it is taken. */
  sheetName: string;
  cells: RenderCell[];
  merges: Rect[];
  /** Column widths in Excel character units (as in .xlsx files); hidden helper columns. */
  columnWidths: Array<{ col: number; width: number; hidden?: boolean }>;
  /** Row heights in points. */
  rowHeights: Array<{ row: number; height: number }>;
  /** Defined names; `rect` on this sheet. */
  names: Array<{ name: string; rect: Rect }>;
  freezeRows?: number;
  validations?: RenderValidation[];
  print?: RenderPrint;
  /** Protect the sheet (no password) once written: formulas locked, input cells open. */
  protect?: boolean;
  /** "#RRGGBB". */
  tabColor?: string;
  /** A hidden sheet (the template's machine-readable "_dutoan"). */
  hidden?: boolean;
}

export interface RenderValidation {
  rect: Rect;
  type: 'decimal' | 'whole';
  operator: 'greaterThanOrEqual' | 'between';
  formulae: number[];
  title: string;
  error: string;
  prompt?: string;
}

export interface RenderPrint {
  paperSize: 'A4';
  orientation: 'Portrait' | 'Landscape';
  /** One page wide, as many pages down as needed. */
  fitToWidth: boolean;
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  centerHorizontally: boolean;
  /** 1-based rows repeated on every page. */
  titleRows?: { from: number; to: number };
  /** Excel header/footer codes, e.g. "Trang &P/&N". */
  centerFooter?: string;
  /** "A1:G60". */
  printArea?: string;
}
