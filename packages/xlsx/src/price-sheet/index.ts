/** The price sheet (phiếu nhập đơn giá): template writer and importer. */
export { writePriceSheet } from './write-price-sheet.ts';
export { readPriceSheet, PRICE_SHEET_MAX_BYTES, PRICE_SHEET_MAX_ROWS, type ReadPriceSheetOptions } from './read-price-sheet.ts';
