/**
 * @dutoan/core — money, amounts in words, legal data, price books, estimate model, compute.
 * No I/O, no Office.js, no exceljs.
 */
// The locale layer first: it installs the renderer that gives every DutoanError its Vietnamese sentence.
export * from './locale/index.ts';
export type { BadOption } from './locale/cli.ts';
export * from './money/index.ts';
export * from './words/index.ts';
export { DutoanError, errorData, isDutoanError, issueAt, issueOf, problem, reviveError, type DutoanErrorData, type Issue, type Problem } from './errors.ts';
export * from './model/provenance.ts';
export * from './model/units.ts';
export * from './terms/index.ts';
export * from './model/fields.ts';
export * from './model/price-book.ts';
export * from './model/estimate-input.ts';
export * from './model/estimate.ts';
export { canonicalJson } from './book/canonical-json.ts';
export { sha256Hex } from './book/sha256.ts';
export { bookHash } from './book/book-hash.ts';
export { bookTitle } from './book/book-title.ts';
export { bookName } from './book/book-name.ts';
export { loadPriceBook } from './book/load-book.ts';
export { bookFileText, readBookFile, type BookFile } from './book/book-file.ts';
export { bookLabel } from './book/book-label.ts';
export { findBookItem } from './book/find-item.ts';
export { readPriceSheetFromGrid, type ReadPriceSheetGridOptions } from './book/price-sheet/read-price-sheet-grid.ts';
export * as priceSheetLayout from './book/price-sheet/layout.ts';
export { builtinBooks } from './data/books/index.ts';
export { archivalItems, type CatalogItem } from './data/items/archival-items.ts';
export { computeEstimate } from './compute/compute-estimate.ts';
export { validate, formatPath, coded, dutoanParams } from './util/validate.ts';
export { isFormulaLike, neutralizeFormulaText } from './util/cell-text.ts';
export { safeOutputName, type SafeNameOptions } from './util/safe-file-name.ts';
export * from './audit/index.ts';
export * from './layout/index.ts';
export * from './formula/index.ts';
export { auditReadVi } from './messages/audit.ts';
export { workbookVi } from './messages/workbook.ts';
// Legal data layer: regulations, norms, wage basis, price derivation, re-basing, capacity planning.
export * from './legal.ts';
// Units that report or submit (99 communes of Lào Cai, departments), and the follow-up of the plan (issue 16).
export * from './agencies/index.ts';
export * from './progress/index.ts';
export { progressVi, progressEn, progressTerms, type ProgressParams } from './locale/progress.ts';
export { laoCaiCommunes2025, laoCaiCommunes2025Source, NQ_1673, type CommuneRecord } from './data/agencies/index.ts';
// Messages of the byte layer (bytes → cells): codes + params, vi and en.
export { bytesVi, bytesEn, type BytesParams, type ForeignFileKind, type ZipDamage } from './locale/bytes.ts';
