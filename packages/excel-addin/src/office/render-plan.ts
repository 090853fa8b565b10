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
  /** Column widths in Excel character units (as in .xlsx files). */
  columnWidths: Array<{ col: number; width: number }>;
  /** Row heights in points. */
  rowHeights: Array<{ row: number; height: number }>;
  /** Defined names; `rect` on this sheet. */
  names: Array<{ name: string; rect: Rect }>;
  freezeRows?: number;
  page?: { paperSize?: 'A4' | 'A3'; orientation?: 'Portrait' | 'Landscape' };
}
