/**
 * The standard estimate workbook's layout (bố cục mẫu dự toán): data (columns, defined names, styles, texts) and
 * pure planners producing a cell-for-cell plan that the exceljs writer and the Excel add-in both render.
 */
export type { CellKind, PlanCell, PlanName, PlanValidation, PrintSetup, SheetPlan, ValidationKey, WorkbookPlan } from './types.ts';
export { styleTable, FONT, FONT_SIZE, MONEY_FORMAT, PERCENT_FORMAT, QUANTITY_FRACTION_FORMAT, type CellStyle, type StyleKey } from './styles.ts';
export {
  LAYOUT_VERSION,
  sheetNames,
  estimateColumns,
  columnNumbers,
  definedNames,
  templateText,
  validationTable,
  metaKeys,
  notesColumns,
  volumeRows,
  conversionRows,
  notesText,
  bookColumns,
  bookSheetText,
  type EstimateColumn,
} from './template.ts';
export { formatDateLine, parseDateLine, formatShortDate, parseShortDate } from './date-line.ts';
export { estimateSectionRows, planEstimateSheet, rateFraction, type EstimateSheetOptions, type EstimateSheetPlan, type EstimateSheetRows } from './plan-estimate-sheet.ts';
export { planNotesSheet } from './plan-notes-sheet.ts';
export { planBookSheet, usedItems, type BookSheetItem } from './plan-book-sheet.ts';
export { planBreakdownSheet, type PriceBreakdown } from './plan-breakdown-sheet.ts';
export { planMetaSheet } from './plan-meta-sheet.ts';
export { lineAmountFormula, legacyLineAmountFormula, QUANTITY_DECIMALS } from './amount-formulas.ts';
export { planGrid } from './plan-grid.ts';
export { planEstimateWorkbook, type PlanWorkbookOptions } from './plan-workbook.ts';
export { textHeight, wrappedLines } from './text-height.ts';
export { readEstimateFromGrid, type ReadEstimateResult } from './read-estimate-grid.ts';
export { workbookFindingCodes, workbookFinding, type WorkbookFinding, type WorkbookFindingCode } from './read-codes.ts';
export { breakdownFromDerived } from './breakdown-from-derived.ts';
