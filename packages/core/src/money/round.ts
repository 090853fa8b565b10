import { Decimal, toDecimal, type DecimalInput } from './decimal.ts';

/** Round half-up to whole đồng (làm tròn đến đồng). */
export function roundDong(v: DecimalInput): Decimal {
  return toDecimal(v).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/** Round half-up to thousands of đồng (làm tròn đến nghìn đồng). */
export function roundThousand(v: DecimalInput): Decimal {
  return toDecimal(v).div(1000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).mul(1000);
}

/** Line amount (thành tiền) = round-half-up(quantity × unit price) to whole đồng. */
export function lineAmount(quantity: DecimalInput, unitPrice: DecimalInput): Decimal {
  return roundDong(toDecimal(quantity).mul(toDecimal(unitPrice)));
}
