import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The one Decimal constructor used for all money (tiền, đồng) and quantities (khối lượng).
 * 40 significant digits — far above 10^18 đồng with 6 decimal places — and half-up rounding,
 * the rounding of Vietnamese accounting practice. Never use JS floats for đồng.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Decimal = InstanceType<typeof Decimal>;
/** What the money functions accept: a Decimal, a decimal string ("1234.5"), a JS number or a bigint. */
export type DecimalInput = Decimal | string | number | bigint;

/** Note: with toExpPos/toExpNeg at ±40, `toString()` never uses exponent notation — use it, not toFixed. */
export function toDecimal(v: DecimalInput): Decimal {
  return new Decimal(typeof v === 'bigint' ? v.toString() : v);
}
