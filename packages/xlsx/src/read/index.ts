/**
 * The byte layer (lớp byte): .xlsx bytes → core's plain WorkbookGrid, for every reader. Browser-safe: no `node:`
 * import and no exceljs on this path (`@dutoan/xlsx/read` can be bundled for the web page on its own).
 * @module @dutoan/xlsx/read
 */
export { readXlsxGrid, type ReadXlsxOptions } from './read-xlsx-grid.ts';
export { DEFAULT_PASSWORD } from './encryption/decrypt-workbook.ts';
export * from '../limits/index.ts';
