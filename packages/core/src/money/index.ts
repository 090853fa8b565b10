export { Decimal, toDecimal, type DecimalInput } from './decimal.ts';
export { roundDong, roundThousand, lineAmount } from './round.ts';
export { formatMoney, formatQuantity } from './format.ts';
export { parseMoney, parseQuantity, normalizeMoney, normalizeQuantity, type ParseNumberOptions } from './parse.ts';
