/**
 * `@dutoan/core` — money, amounts in words, legal data, price books, estimate model, compute, audit. No I/O, no
 * Office.js, no exceljs. The whole public API in one import, kept for compatibility; each part also has its own
 * entry (`@dutoan/core/money`, `/words`, `/errors`, `/locale`, `/estimate`, `/book`, `/audit`, `/formula`,
 * `/layout`, `/legal`, `/progress` — src/entries/), which loads only what that part needs.
 * @module
 */
// The locale layer first: it installs the renderer that gives every DutoanError its Vietnamese sentence.
export * from './entries/locale.ts';
export * from './entries/errors.ts';
export * from './entries/money.ts';
export * from './entries/words.ts';
export * from './entries/estimate.ts';
export * from './entries/book.ts';
export * from './entries/audit.ts';
export * from './entries/formula.ts';
export * from './entries/layout.ts';
export * from './entries/legal.ts';
export * from './entries/progress.ts';
export * from './entries/appraise.ts';
