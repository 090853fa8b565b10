import * as z from 'zod';
import { isDutoanError } from '../errors.ts';
import { parseMoney, parseQuantity } from '../money/parse.ts';

/**
 * zod field types shared by the models. Money and quantities are accepted as JSON numbers or as
 * Vietnamese-formatted strings and normalised to plain decimal strings ("1234567", "12.5"), so JSON stays exact.
 */
function decimalField(parse: typeof parseMoney, label: string) {
  return z.union([z.string(), z.number()]).transform((v, ctx) => {
    try {
      return parse(v, { field: label }).toString();
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: isDutoanError(e) ? e.issues[0]?.message ?? e.message : String(e) });
      return z.NEVER;
    }
  });
}

/** Whole đồng, ≥ 0: accepts 1234567, "1234567", "1.234.567". */
export const moneyField = decimalField(parseMoney, 'Số tiền');
/** Quantity ≥ 0 with ≤ 4 decimals: accepts 12.5, "12,5", "1.234,5". */
export const quantityField = decimalField(parseQuantity, 'Khối lượng');

/** A normalised whole-đồng string (output models). May be negative (e.g. "Làm tròn"). */
export const moneyString = z.string().regex(/^-?\d+$/, 'Số tiền phải là số nguyên đồng.');
/** A normalised decimal string (output models). */
export const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/, 'Phải là số thập phân.');

/** ISO calendar date "YYYY-MM-DD" that exists. */
export const isoDate = z.iso.date({ message: 'Ngày phải có dạng YYYY-MM-DD, ví dụ 2026-04-10.' });

export const sectionIdSchema = z.enum(['I', 'II', 'III']);
export type SectionId = z.infer<typeof sectionIdSchema>;

/** Text typed by users: NFC-normalised and trimmed. */
export const text = (min = 0, max = 500) =>
  z
    .string()
    .max(max)
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(min, min > 0 ? 'Không được để trống.' : undefined));
