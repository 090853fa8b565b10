/**
 * Layout of the price sheet (phiếu nhập đơn giá): core's (packages/core/src/book/price-sheet/layout.ts), shared
 * by this writer and core's reader readPriceSheetFromGrid, which the Excel add-in uses too.
 */
import { priceSheetLayout as L } from '@dutoan/core/book';

export const { SHEET_INFO, SHEET_PRICES, SHEET_GUIDE, SHEET_COEFFICIENTS, HEADER_ROW, COEF_HEADER_ROW, INFO_FIRST_ROW, columns, coefficientColumns, infoRows, fold } = L;
export type ColumnKey = L.ColumnKey;
export type InfoKey = L.InfoKey;
