/**
 * The formula the standard workbook writes for a line amount (công thức thành tiền), and why it gives the same
 * whole đồng in decimal arithmetic (our model), LibreOffice and Excel — also at exact halves.
 *
 *   F = ROUND(ROUND(D*E,4),0)      "làm tròn tích đến 4 chữ số thập phân, rồi làm tròn đến đồng"
 *
 * - Decimal: a quantity has at most 4 decimals (normalizeQuantity) and a price is whole đồng, so P = q × p has at
 *   most 4 decimals, ROUND(P,4) = P and the formula is exactly round-half-up(q × p) = lineAmount().
 * - Binary (LibreOffice's rtl::math::round; u = 2^−53): the product is x = P(1+ε), |ε| ≤ 2u. ROUND(x,4) scales
 *   to y = x·10^4 ≈ N = P·10^4, a whole number, with |y − N| ≤ 3u·N. Below 2^41 LibreOffice rounds y+0,5 to 15
 *   significant digits before taking the floor (exact); above, floor(y+0,5) = N as long as 3u·N < 1/4, i.e.
 *   P < 7,5·10^10 đồng (75 tỷ đồng on one line). N/10^4 is then the double nearest to P: at a half-way P = k+½
 *   (exactly representable) it is P itself and the outer ROUND gives k+1; any other P is at least 10^−4 from a
 *   half, far beyond a double's error, and rounds to the same side as the decimal.
 * - Excel keeps 15 significant digits of a result; P < 10^11 with 4 decimals has at most 15, so Excel's inner
 *   ROUND sees P itself (the add-in's fake Excel host, which models that correction, agrees).
 * The old form ROUND(D*E,0) is not robust: 38,41 × 2.340.750 = 89.908.207,5 is 89.908.207,4999… in binary and
 * LibreOffice gives one đồng less. ROUND(ROUND(D*E,6),0) is not either: P·10^6 passes 2^52 from P ≈ 4,5·10^9,
 * where LibreOffice skips the inner rounding. The half-way property test (test/formula-libreoffice.test.ts)
 * shows both failing and this form right on thousands of half-way products recalculated by LibreOffice.
 *
 * VAT keeps ROUND(Cộng*thuế suất,0): the rate cell holds 0,05, 0,08 or 0,1, whose doubles are all slightly above
 * the decimal rate, so the binary product is never below a half-way decimal product (the same test checks
 * half-way VAT amounts).
 */
export const QUANTITY_DECIMALS = 4;

/** `ROUND(ROUND(D12*E12,4),0)` for quantity cell D12 and price cell E12. */
export function lineAmountFormula(quantityCell: string, priceCell: string): string {
  return `ROUND(ROUND(${quantityCell}*${priceCell},${QUANTITY_DECIMALS}),0)`;
}

/** The line formula written by versions before the half-way fix — still a correct template formula when read back. */
export function legacyLineAmountFormula(quantityCell: string, priceCell: string): string {
  return `ROUND(${quantityCell}*${priceCell},0)`;
}
