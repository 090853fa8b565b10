/**
 * The subset of the Office.js Excel API this add-in uses, as structural types. Real `Excel.RequestContext`
 * objects satisfy them (checked at compile time in test/excel-api-types.test.ts), and so does the hand-written
 * fake host the tests run against. Programming against the subset keeps the adapter honest about what it
 * needs from Excel.
 */

export type CellScalar = string | number | boolean;

export interface XlFont {
  bold: boolean;
  italic: boolean;
  underline: string;
  name: string;
  size: number;
  color: string;
}

export interface XlFill {
  color: string;
  clear(): void;
}

export interface XlBorder {
  style: string;
  weight: string;
  color: string;
}

export interface XlBorders {
  getItem(index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal'): XlBorder;
}

export interface XlRangeFormat {
  font: XlFont;
  fill: XlFill;
  borders: XlBorders;
  protection: { locked: boolean };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  columnWidth: number;
  rowHeight: number;
}

export interface XlDataValidation {
  rule: any;
  errorAlert: any;
  prompt: any;
}

export interface XlConditionalFormat {
  custom: { rule: { formula: string }; format: { fill: { color: string } } };
}

export interface XlConditionalFormats {
  add(type: 'Custom'): XlConditionalFormat;
  clearAll(): void;
}

export interface XlRange {
  address: string;
  values: any[][];
  formulas: any[][];
  numberFormat: any[][];
  rowCount: number;
  columnCount: number;
  rowIndex: number;
  columnIndex: number;
  isNullObject: boolean;
  columnHidden: boolean;
  format: XlRangeFormat;
  conditionalFormats: XlConditionalFormats;
  dataValidation: XlDataValidation;
  load(propertyNames?: string | string[]): XlRange;
  merge(across?: boolean): void;
  select(): void;
}

export interface XlNamedItem {
  name: string;
  /** "=Sheet!$A$1" for a named range. */
  formula: any;
  isNullObject: boolean;
  load(propertyNames?: string | string[]): XlNamedItem;
  getRange(): XlRange;
  delete(): void;
}

export interface XlNamedItemCollection {
  items: XlNamedItem[];
  load(propertyNames?: string | string[]): XlNamedItemCollection;
  add(name: string, reference: XlRange | string, comment?: string): XlNamedItem;
}

export interface XlPageLayout {
  orientation: string;
  paperSize: string;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  headersFooters: { defaultForAllPages: { centerFooter: string } };
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
}

export interface XlWorksheetProtection {
  protected: boolean;
  options: { allowFormatCells?: boolean };
  load(propertyNames?: string | string[]): XlWorksheetProtection;
  protect(options?: Record<string, boolean>): void;
}

export interface XlFreezePanes {
  freezeRows(count?: number): void;
}

export interface XlWorksheet {
  name: string;
  isNullObject: boolean;
  names: XlNamedItemCollection;
  pageLayout: XlPageLayout;
  freezePanes: XlFreezePanes;
  tabColor: string;
  showGridlines: boolean;
  visibility: string;
  protection: XlWorksheetProtection;
  load(propertyNames?: string | string[]): XlWorksheet;
  activate(): void;
  getRange(address?: string): XlRange;
  /** The smallest range holding values (valuesOnly) — A1 when the sheet is blank (never throws). */
  getUsedRange(valuesOnly?: boolean): XlRange;
}

export interface XlWorksheetCollection {
  items: XlWorksheet[];
  load(propertyNames?: string | string[]): XlWorksheetCollection;
  add(name?: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
}

export interface XlApplication {
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlWorkbook {
  worksheets: XlWorksheetCollection;
  names: XlNamedItemCollection;
  application: XlApplication;
}

export interface XlRequestContext {
  workbook: XlWorkbook;
  sync(): Promise<void>;
}

/** `Excel.run` as the adapter calls it. */
export type XlRun = <T>(batch: (context: XlRequestContext) => Promise<T>) => Promise<T>;
