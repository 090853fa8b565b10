/**
 * `@dutoan/core/formula` — spreadsheet formulas as stored in .xlsx: parsed, their references listed, and
 * evaluated over a workbook grid (exactly, or as a binary engine rounds).
 * @module @dutoan/core/formula
 */
import '../locale/index.ts';

export * from '../formula/index.ts';
