import * as z from 'zod';
import { moneyField, isoDate, sectionIdSchema, text } from './fields.ts';
import { provenanceSchema } from './provenance.ts';
import { coded, dutoanParams } from '../util/validate.ts';

/** Status of a whole price book (bảng đơn giá). */
export const bookStatusSchema = z.enum(['official', 'draft', 'user', 'sample']);
/** A price book's status: official, draft, user or sample (MẪU). */
export type BookStatus = z.infer<typeof bookStatusSchema>;

/** The price-book format this version writes (format 1 books are migrated on load: `migratePriceBook`). */
export const BOOK_FORMAT_VERSION = 2 as const;

/** Item and coefficient codes: capital letters, digits, dots and hyphens ("CL.RL", "NC.CL.M2", "K.1975"). */
export const ITEM_CODE_PATTERN = /^[A-Z0-9][A-Z0-9.-]*$/;

/**
 * The labour share of a unit price (phần chi phí nhân công), when the book states it, with the base salary
 * (lương cơ sở) it was computed on — what makes re-basing to a new base salary possible.
 */
export const labourShareSchema = z.object({
  amount: moneyField,
  baseSalary: moneyField,
});

/**
 * Unit of an item (đơn vị tính) — an open vocabulary (terms/units.ts): a canonical code ("met-gia", "truong") or,
 * for a unit the program does not know, the text the decision writes ("bộ"), kept as written (a warning where it
 * is typed, never a refusal).
 */
export const bookUnitSchema = text(1, 60);

/** One priced item (hạng mục) of a price book. `price: null` = not yet known/entered. */
export const bookItemSchema = z.object({
  code: z.string().regex(ITEM_CODE_PATTERN, coded('ITEM_CODE_FORMAT')),
  name: text(1),
  unit: bookUnitSchema,
  /** Estimate section the item belongs to: I chỉnh lý, II số hóa, III chi phí khác. */
  section: sectionIdSchema,
  /**
   * Level or variant (mức / biến thể) of one code: "Mức độ phức tạp 1", "Khổ A3", "Tài liệu ảnh". Items of one code
   * differ by it; an estimate line names it (`variant`) when the code has several.
   */
  variant: text(1).optional(),
  price: moneyField.nullable(),
  /** Where the figure stands in the decision, e.g. "Phụ lục, mục II.1". */
  basis: text(0).optional(),
  provenance: provenanceSchema,
  labour: labourShareSchema.optional(),
});
/** One item of a price book (bảng đơn giá): code, name, unit, price (null when unknown) and its source. */
export type BookItem = z.output<typeof bookItemSchema>;

/** A coefficient value (giá trị hệ số): > 0, at most 4 decimals, below 100 ("1,3", 1.2, "0,85"). */
const coefficientValueField = z
  .union([z.string(), z.number()])
  .transform((v, ctx) => {
    const s = typeof v === 'number' ? String(v) : v.trim().replace(',', '.');
    if (!/^\d{1,2}(\.\d{1,4})?$/.test(s) || /^0+(\.0+)?$/.test(s)) {
      ctx.addIssue({ code: 'custom', params: dutoanParams('COEFFICIENT_VALUE_INVALID', { raw: String(v) }) });
      return z.NEVER;
    }
    return s.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  })
  .meta({ dutoanJsonSchema: 'decimal' });

/**
 * What a coefficient may multiply (phạm vi áp dụng): items by code (every level of the code) and/or whole
 * sections. At least one of the two.
 */
export const coefficientScopeSchema = z
  .object({ items: z.array(z.string().regex(ITEM_CODE_PATTERN, coded('ITEM_CODE_FORMAT'))).optional(), sections: z.array(sectionIdSchema).optional() })
  .refine((s) => (s.items?.length ?? 0) + (s.sections?.length ?? 0) > 0, coded('COEFFICIENT_SCOPE_EMPTY'));

/**
 * A coefficient (hệ số) the book allows on its items: records before 1975, foreign language, poor condition,
 * complexity… `value: null` where the document's figure is unknown (an estimate that uses it is refused, as with
 * a null price). An estimate line multiplies its amount by the coefficients it names — only those whose
 * `appliesTo` covers its item (`book/coefficients.ts`, `coefficientAllowed`).
 */
export const bookCoefficientSchema = z.object({
  id: z.string().regex(ITEM_CODE_PATTERN, coded('ITEM_CODE_FORMAT')),
  name: text(1, 300),
  value: coefficientValueField.nullable(),
  appliesTo: coefficientScopeSchema,
  provenance: provenanceSchema,
});
/** A coefficient (hệ số) of a book: id, name, value (null until typed), what it may apply to, provenance. */
export type BookCoefficient = z.output<typeof bookCoefficientSchema>;

/** The price book as format 2 writes it (the JSON Schema's shape). */
/** zod schema of a price book file in format 2 (JSON), before the migration of format-1 books. */
export const priceBookFormatSchema = z
  .object({
    formatVersion: z.literal(BOOK_FORMAT_VERSION),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, coded('BOOK_ID_FORMAT')),
    /**
     * Version of the book's content (phiên bản), e.g. "1", "2026-02": two versions of one id are compared with
     * `dutoan book diff`; the hash (`bookHash`) says whether two files hold the same content.
     */
    version: text(1, 50),
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
    /** The coefficients (hệ số) the book allows; none by default. */
    coefficients: z.array(bookCoefficientSchema).default([]),
  })
  .superRefine((b, ctx) => {
    const seen = new Set<string>();
    const codes = new Set<string>();
    b.items.forEach((it, i) => {
      const key = `${it.code}|${it.variant ?? ''}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['items', i, 'code'], params: dutoanParams('BOOK_ITEM_DUPLICATE', { code: it.code }) });
      seen.add(key);
      codes.add(it.code);
    });
    const ids = new Set<string>();
    b.coefficients.forEach((k, i) => {
      if (ids.has(k.id)) ctx.addIssue({ code: 'custom', path: ['coefficients', i, 'id'], params: dutoanParams('BOOK_COEFFICIENT_DUPLICATE', { id: k.id }) });
      ids.add(k.id);
      (k.appliesTo.items ?? []).forEach((c, j) => {
        if (!codes.has(c)) ctx.addIssue({ code: 'custom', path: ['coefficients', i, 'appliesTo', 'items', j], params: dutoanParams('BOOK_COEFFICIENT_ITEM_UNKNOWN', { id: k.id, code: c }) });
      });
    });
  });

/** A price book as written in its JSON file, before validation. */
export type PriceBookInput = z.input<typeof priceBookFormatSchema>;
/** A validated price book (bảng đơn giá): its identity, status, version, items, coefficients and sources. */
export type PriceBook = z.output<typeof priceBookFormatSchema>;

/**
 * Format 1 → format 2 (chuyển bảng đơn giá định dạng cũ): a format-1 book has the same items (code, name, unit
 * code, section, variant, price, basis, provenance, labour) and no version or coefficients; it becomes version
 * "1" with no coefficients. Anything else is returned as it is (the schema then says what is wrong). Pure: the
 * caller's object is not modified. The hash of a migrated book is that of its format-2 form.
 */
export function migratePriceBook(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const b = data as Record<string, unknown>;
  if (b.formatVersion !== 1) return data;
  return { ...b, formatVersion: BOOK_FORMAT_VERSION, version: typeof b.version === 'string' ? b.version : '1', coefficients: [] };
}

/** Any price book file: format 2, or format 1 migrated to it. What every loader validates. */
/** zod schema of a price book file (JSON), format 1 migrated to format 2; validated by `loadPriceBook` (`@dutoan/core/book`). */
export const priceBookSchema = z.preprocess(migratePriceBook, priceBookFormatSchema);
