import * as z from 'zod';
import { isDutoanError } from '../errors.ts';
import { normalizeMoney, normalizeQuantity } from '../money/parse.ts';
import { coded, dutoanParams } from '../util/validate.ts';

/**
 * zod field types shared by the models. Money and quantities are accepted as JSON numbers or as
 * Vietnamese-formatted strings and normalised to plain decimal strings ("1234567", "12.5"), so JSON stays exact.
 */
function decimalField(normalize: typeof normalizeMoney, kind: 'money' | 'quantity') {
  // z.unknown + a type test instead of z.union: unions are slow on 10^5-line estimates. The JSON Schema
  // still says string | number (see the `override` in json-schemas.ts).
  return z.custom<string | number>().meta({ dutoanJsonSchema: 'decimal' }).transform((v, ctx) => {
    if (typeof v !== 'string' && typeof v !== 'number') {
      ctx.addIssue({ code: 'custom', input: v, params: dutoanParams('FIELD_NOT_A_NUMBER', { kind, received: v === null ? 'null' : typeof v }) });
      return z.NEVER;
    }
    try {
      return normalize(v);
    } catch (e) {
      if (!isDutoanError(e)) throw e;
      const issue = e.issues[0];
      ctx.addIssue({ code: 'custom', params: { dutoan: { code: issue?.code ?? e.code, params: issue?.params ?? e.params } } });
      return z.NEVER;
    }
  });
}

/** Whole đồng, ≥ 0: accepts 1234567, "1234567", "1.234.567". */
export const moneyField = decimalField(normalizeMoney, 'money');
/** Quantity ≥ 0 with ≤ 4 decimals: accepts 12.5, "12,5", "1.234,5". */
export const quantityField = decimalField(normalizeQuantity, 'quantity');

/** A normalised whole-đồng string (output models). May be negative (e.g. "Làm tròn"). */
export const moneyString = z.string().regex(/^-?\d+$/, coded('MONEY_STRING_INVALID'));
/** A normalised decimal string (output models). */
export const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/, coded('DECIMAL_STRING_INVALID'));

/** ISO calendar date "YYYY-MM-DD" that exists. */
export const isoDate = z.iso.date(coded('DATE_INVALID'));

/** zod schema of a section id: I, II or III. */
export const sectionIdSchema = z.enum(['I', 'II', 'III']);
/** A section of the estimate: I, II or III. */
export type SectionId = z.infer<typeof sectionIdSchema>;

/** Text typed by users: NFC-normalised and trimmed (zod string overwrites, so the type stays a string). */
export const text = (min = 0, max = 500) => {
  const base = z.string().normalize('NFC').trim().max(max);
  return min > 0 ? base.min(min, coded('TEXT_EMPTY')) : base;
};
