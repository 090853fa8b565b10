/**
 * VAT rates (thuế suất thuế giá trị gia tăng) an estimate may apply, and what each means — DOMAIN.md §3: VAT only
 * where a VAT payer does the work; in-house work or a public service unit under giao nhiệm vụ has none; a
 * contractor 10 %, or 8 % where the temporary cut applies. A per-section setting with a stated basis, never a
 * hidden default.
 */
export interface VatRate {
  /** Percent. */
  rate: 0 | 5 | 8 | 10;
  /** When it applies (Vietnamese, for forms and notes). */
  meaning: string;
}

/** The VAT rates (thuế GTGT) an estimate may use, with their labels. */
export const vatRates: readonly VatRate[] = [
  { rate: 0, meaning: 'Không tính thuế GTGT (ví dụ đơn vị tự thực hiện, đơn vị sự nghiệp được giao nhiệm vụ) — vẫn phải ghi căn cứ' },
  { rate: 5, meaning: 'Thuế suất 5% — ghi rõ căn cứ áp dụng' },
  { rate: 8, meaning: 'Thuế suất 10% đã giảm còn 8% khi chính sách giảm thuế GTGT đang áp dụng — ghi rõ văn bản' },
  { rate: 10, meaning: 'Thuế suất 10% (bên thực hiện là người nộp thuế GTGT, ví dụ nhà thầu)' },
];

/** The rates, as numbers. */
export const vatRateValues = vatRates.map((r) => r.rate);

/** The rates as the messages list them: "0", "5", "8", "10". */
export const vatRateTexts: readonly string[] = vatRates.map((r) => String(r.rate));
