import type { WorkbookGrid } from '@dutoan/core/audit';
import { decryptWorkbook } from './encryption/decrypt-workbook.ts';
import { readXlsxGridWith, type ReadXlsxOptions } from './xlsx-grid.ts';

export { type ReadXlsxOptions } from './xlsx-grid.ts';

/**
 * .xlsx bytes → the plain grid of core (đọc sổ Excel thành lưới ô): the one path from bytes to cells for every
 * reader (audit, standard-workbook reader, price-sheet import, consolidation; the web page in a browser). Tolerant
 * of what valid writers produce — namespace prefixes, rows and cells without `r`, inline and rich strings, parts
 * found through the relationships, shared formulas, 1900/1904 dates, ISO dates, errors, booleans, formulas without
 * cached values (value null) — and of Excel's default-password encryption. Every limit is checked here; every
 * refusal is a DutoanError with a code of core/src/locale/bytes.ts. The bytes are only read.
 */
export function readXlsxGrid(input: Uint8Array, opts: ReadXlsxOptions = {}): WorkbookGrid {
  return readXlsxGridWith(input, opts, decryptWorkbook);
}
