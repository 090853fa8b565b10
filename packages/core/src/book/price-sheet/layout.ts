import { legal as t } from '../../messages/legal.ts';

/**
 * Layout of the price sheet (phiếu nhập đơn giá): sheet names, the columns of "Đơn giá" and the rows of
 * "Thông tin". The writer follows it; the reader finds columns by their header text, so a moved column is
 * still read.
 */
export const SHEET_INFO = t.sheetInfo;
export const SHEET_PRICES = t.sheetPrices;
export const SHEET_GUIDE = t.sheetGuide;

/** Row of the column headers in "Đơn giá"; item rows follow. */
export const HEADER_ROW = 6;

export const columns = [
  { key: 'stt', header: t.colStt, width: 6 },
  { key: 'section', header: t.colSection, width: 7 },
  { key: 'code', header: t.colCode, width: 12 },
  { key: 'name', header: t.colName, width: 60 },
  { key: 'variant', header: t.colVariant, width: 18 },
  { key: 'unit', header: t.colUnit, width: 14 },
  { key: 'price', header: t.colPrice, width: 20, input: true },
  { key: 'where', header: t.colWhere, width: 28, input: true },
  { key: 'labour', header: t.colLabour, width: 20, input: true },
  { key: 'labourBase', header: t.colLabourBase, width: 20, input: true },
  { key: 'note', header: t.colNote, width: 30, input: true },
] as const;
export type ColumnKey = (typeof columns)[number]['key'];

/** Rows of "Thông tin": label in column A, value in B, hint in C. */
export const infoRows = [
  { key: 'id', label: t.infoId },
  { key: 'title', label: t.infoTitle },
  { key: 'issuer', label: t.infoIssuer },
  { key: 'decisionNumber', label: t.infoDecisionNumber },
  { key: 'decisionDate', label: t.infoDecisionDate, hint: t.infoHintDate },
  { key: 'decisionTitle', label: t.infoDecisionTitle },
  { key: 'from', label: t.infoFrom, hint: t.infoHintFrom },
  { key: 'to', label: t.infoTo, hint: t.infoHintDate },
  { key: 'region', label: t.infoRegion },
  { key: 'sample', label: t.infoSample },
  { key: 'by', label: t.infoBy },
  { key: 'position', label: t.infoPosition },
  { key: 'organisation', label: t.infoOrganisation },
  { key: 'certDate', label: t.infoCertDate, hint: t.infoHintDate },
  { key: 'confirm', label: t.infoConfirm, hint: t.infoHintConfirm },
] as const;
export type InfoKey = (typeof infoRows)[number]['key'];
/** First row of the info table in "Thông tin" (row 1 title, row 2 banner). */
export const INFO_FIRST_ROW = 4;

/** Fold text for matching headers, labels and units: core's one tolerant text fold (no diacritics, lower case). */
export { foldText as fold } from '../../util/fold-text.ts';

/** Limits against hostile or mistaken files: item rows below the header. */
export const PRICE_SHEET_MAX_ROWS = 2000;
