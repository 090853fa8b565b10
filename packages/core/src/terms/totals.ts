/**
 * Labels of the rows that sum (nhãn dòng tổng) as the standard workbook, the console table, the consolidation
 * and the audit's messages write them — DOMAIN.md §3.
 */
export const totalLabels = {
  /** A section's sum before VAT. */
  subtotal: 'Cộng',
  /** A section's VAT row; with its rate: vatLine(rate). */
  vat: 'Thuế GTGT',
  grandTotal: 'TỔNG CỘNG',
  rounding: 'Làm tròn',
  /** The figure read in words when the total is rounded to thousands. */
  finalAmount: 'Tổng kinh phí sau làm tròn',
  /** The same figure, short (audit messages). */
  afterRounding: 'Số sau làm tròn',
  totalBeforeVat: 'Tổng trước thuế',
  vatTotal: 'Tổng thuế GTGT',
  /** The amount in words; as a label in front of the words: wordsLabel. */
  words: 'Bằng chữ',
  wordsLabel: 'Bằng chữ:',
} as const;

/** "Thuế GTGT 10%". */
export function vatLine(rate: string | number): string {
  return `${totalLabels.vat} ${rate}%`;
}
