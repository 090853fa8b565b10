/**
 * How a line's Ghi chú names its coefficients (hệ số): "hệ số K.1975 = 1,3 × K.NN = 1,2" after the line's basis,
 * written by compute (`compute/section-lines.ts`) and read back by the standard-workbook reader
 * (`read/estimate-from-submission.ts`). Each id is named in Thuyết minh with its value and source.
 */
export const coefficientNote = {
  /** Before the list. */
  prefix: 'hệ số ',
  /** Between two coefficients. */
  times: ' × ',
  /** Between an id and its value. */
  equals: ' = ',
  /** Between the basis and the list. */
  after: '; ',
} as const;
