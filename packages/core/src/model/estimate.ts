import * as z from 'zod';
import { decimalString, moneyString, sectionIdSchema } from './fields.ts';
import { headerSchema, roundingSchema, SCHEMA_VERSION, volumesSchema, wordsOptionsSchema } from './estimate-input.ts';
import { bookStatusSchema } from './price-book.ts';
import { unitCodes } from './units.ts';

/**
 * Volumes and conversion factors as a computed estimate holds them: already normalised decimal strings
 * ("16.25"), which the input-side Vietnamese parser would rightly refuse as ambiguous.
 */
const volumesOutSchema = volumesSchema.extend({
  metres: decimalString.optional(),
  pagesA4: decimalString.optional(),
  pagesA3: decimalString.optional(),
  files: decimalString.optional(),
  documents: decimalString.optional(),
  fonds: decimalString.optional(),
});
const factorOutSchema = z.object({ value: decimalString, source: z.string() });
const conversionOutSchema = z.object({
  pagesPerMetre: factorOutSchema.optional(),
  pagesPerFile: factorOutSchema.optional(),
  duplexShare: factorOutSchema.optional(),
  boxesPerMetre: factorOutSchema.optional(),
});

/** One computed line of the table: STT | Nội dung công việc | Đơn vị tính | Khối lượng | Đơn giá | Thành tiền | Ghi chú. */
export const estimateLineSchema = z.object({
  /** Số thứ tự within its section: "1", "2", … */
  stt: z.string(),
  item: z.string(),
  variant: z.string().optional(),
  content: z.string(),
  unitCode: z.enum(unitCodes),
  unit: z.string(),
  quantity: decimalString,
  unitPrice: moneyString,
  amount: moneyString,
  /** Ghi chú: the basis (book + item) and the user's note. */
  note: z.string(),
});

export const estimateSectionSchema = z.object({
  id: sectionIdSchema,
  title: z.string(),
  lines: z.array(estimateLineSchema),
  /**
   * Re-basing to the base salary of the work period (điều chỉnh theo lương cơ sở): an optional adjustment line
   * (label, amount, arithmetic for Thuyết minh) and notes on what could not be re-based. See compute/rebase.ts.
   */
  rebase: z
    .object({
      adjustment: z
        .object({
          label: z.string(),
          amount: moneyString,
          arithmetic: z.array(z.string()),
          /**
           * The inputs of the adjustment's live formulas (Thuyết minh mục 7): the base salary of the work period
           * and, per re-based line (index into `lines`), its labour share and the base salary its price was
           * computed on; `amount` = round-half-up(quantity × labour × (newBase − oldBase) ÷ oldBase).
           */
          basis: z
            .object({
              newBase: moneyString,
              newBaseSource: z.string(),
              lines: z.array(z.object({ line: z.number().int().nonnegative(), labour: moneyString, oldBase: moneyString, amount: moneyString })),
            })
            .optional(),
        })
        .optional(),
      notes: z.array(z.string()),
    })
    .optional(),
  /** Cộng (before VAT) = Σ line amounts + the re-basing adjustment, if any. */
  subtotal: moneyString,
  vat: z.object({ rate: z.number(), basis: z.string(), amount: moneyString }),
  /** Subtotal + VAT. */
  total: moneyString,
});

export const bookRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: bookStatusSchema,
  decision: z.string().nullable(),
  /** "sha256:<hex>" of the canonical book JSON. */
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});

/** A computed budget estimate (dự toán). All money is whole đồng as decimal strings. */
export const estimateSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  header: headerSchema,
  book: bookRefSchema,
  /** "MẪU — không dùng để lập dự toán thật" when computed with a sample book, else null. */
  sampleLabel: z.string().nullable(),
  workPeriod: z.object({ from: z.string(), to: z.string() }).optional(),
  volumes: volumesOutSchema.optional(),
  conversion: conversionOutSchema.optional(),
  sections: z.array(estimateSectionSchema),
  totalBeforeVat: moneyString,
  vatTotal: moneyString,
  /** TỔNG CỘNG = Σ section totals. */
  total: moneyString,
  rounding: roundingSchema.extend({ adjustment: moneyString }),
  /** The figure read in words: total + rounding adjustment. */
  finalAmount: moneyString,
  /** Bằng chữ. */
  amountInWords: z.string(),
  words: wordsOptionsSchema,
});

export type EstimateLine = z.output<typeof estimateLineSchema>;
export type EstimateSection = z.output<typeof estimateSectionSchema>;
export type Estimate = z.output<typeof estimateSchema>;
export type BookRef = z.output<typeof bookRefSchema>;
