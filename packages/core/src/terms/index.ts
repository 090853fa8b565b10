/**
 * Terms defined once (thuật ngữ dùng chung): the document vocabulary the layout, the readers, the audit, the
 * CLI and the add-in all write and read. Plain data, one module each.
 */
export { sectionTitles, sectionTitlesEn, type SectionKey } from './sections.ts';
export { totalLabels, vatLine } from './totals.ts';
export { vatRates, vatRateValues, vatRateTexts, type VatRate } from './vat.ts';
export { sampleMark, sampleLabel, sourceStatusLabels, bookStatusShort, bookStatusLabels } from './statuses.ts';
export { signerTitles } from './signers.ts';
export { coefficientNote } from './coefficients.ts';
export { unitTerms, unitCodes, unitTerm, unitLabel, unitFromText, lookupUnit, isPageUnit, type UnitTerm, type UnitCode, type UnitLookup } from './units.ts';
