import * as z from 'zod';
import { moneyField, isoDate, sectionIdSchema, text } from './fields.ts';
import { provenanceSchema } from './provenance.ts';
import { unitCodes } from './units.ts';
import { coded, dutoanParams } from '../util/validate.ts';

/** Status of a whole price book (bảng đơn giá). */
export const bookStatusSchema = z.enum(['official', 'draft', 'user', 'sample']);
/** A price book's status: official, draft, user or sample (MẪU). */
export type BookStatus = z.infer<typeof bookStatusSchema>;

/**
 * The labour share of a unit price (phần chi phí nhân công), when the book states it, with the base salary
 * (lương cơ sở) it was computed on — what makes re-basing to a new base salary possible.
 */
export const labourShareSchema = z.object({
  amount: moneyField,
  baseSalary: moneyField,
});

/** One priced item (hạng mục) of a price book. `price: null` = not yet known/entered. */
export const bookItemSchema = z.object({
  code: z.string().regex(/^[A-Z0-9][A-Z0-9.-]*$/, coded('ITEM_CODE_FORMAT')),
  name: text(1),
  unit: z.enum(unitCodes),
  /** Estimate section the item belongs to: I chỉnh lý, II số hóa, III chi phí khác. */
  section: sectionIdSchema,
  /** Level / condition / paper size, e.g. "Mức độ phức tạp 1", "Khổ A3". */
  variant: text(1).optional(),
  price: moneyField.nullable(),
  /** Where the figure stands in the decision, e.g. "Phụ lục, mục II.1". */
  basis: text(0).optional(),
  provenance: provenanceSchema,
  labour: labourShareSchema.optional(),
});
/** One item of a price book (bảng đơn giá): code, name, unit, price (null when unknown) and its source. */
export type BookItem = z.output<typeof bookItemSchema>;

/** zod schema of a price book file (JSON), validated by `loadPriceBook` (`@dutoan/core/book`). */
export const priceBookSchema = z
  .object({
    formatVersion: z.literal(1),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, coded('BOOK_ID_FORMAT')),
    title: text(1),
    issuer: text(1),
    /** The decision (quyết định) that issues the prices; null for sample books. */
    decision: z.object({ number: text(1), date: isoDate, title: text(0).optional() }).nullable(),
    effective: z.object({ from: isoDate, to: isoDate.optional() }),
    region: text(1),
    status: bookStatusSchema,
    currency: z.literal('VND'),
    note: text(0, 2000).optional(),
    /**
     * Who entered and checked the prices against the decision (xác nhận của người nhập), recorded by
     * `dutoan book import` from the price sheet. Part of the hash, so it cannot be changed unnoticed.
     */
    certification: z
      .object({ by: text(1, 200), position: text(0, 200), organisation: text(1, 300), date: isoDate, statement: text(1, 500) })
      .optional(),
    items: z.array(bookItemSchema).min(1),
  })
  .superRefine((b, ctx) => {
    const seen = new Set<string>();
    b.items.forEach((it, i) => {
      const key = `${it.code}|${it.variant ?? ''}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['items', i, 'code'], params: dutoanParams('BOOK_ITEM_DUPLICATE', { code: it.code }) });
      seen.add(key);
    });
  });

/** A price book as written in its JSON file, before validation. */
export type PriceBookInput = z.input<typeof priceBookSchema>;
/** A validated price book (bảng đơn giá): its identity, status, items and sources. */
export type PriceBook = z.output<typeof priceBookSchema>;
