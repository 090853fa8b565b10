import * as z from 'zod';
import { decimalString, moneyString, sectionIdSchema } from './fields.ts';
import { headerSchema, roundingSchema, SCHEMA_VERSION, volumesSchema, wordsOptionsSchema } from './estimate-input.ts';
import { bookStatusSchema } from './price-book.ts';

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
  /** The book's unit: a canonical code, or the text a book keeps as written (open vocabulary). */
  unitCode: z.string(),
  unit: z.string(),
  quantity: decimalString,
  unitPrice: moneyString,
  /**
   * The coefficients (hệ số) the line multiplies by, from the book, and their product (`factor`, the "Hệ số"
   * cell): amount = round-half-up(quantity × unitPrice × factor). Absent on a line without coefficients.
   */
  coefficients: z.array(z.object({ id: z.string(), name: z.string(), value: decimalString })).optional(),
  factor: decimalString.optional(),
  amount: moneyString,
  /** Ghi chú: the basis (book + item) and the user's note. */
  note: z.string(),
});

/** zod schema of a computed section: lines, subtotal, VAT, total. */
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

/** zod schema of the reference to the price book an estimate was computed with (id, hash, status). */
export const bookRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: bookStatusSchema,
  decision: z.string().nullable(),
  /** The book's version (phiên bản); absent in estimates computed before format 2 of the book. */
  version: z.string().optional(),
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
  /**
   * Every coefficient some line uses, once, in the book's order, with its source (for Thuyết minh): what it is,
   * its value, what the book lets it apply to, and where it comes from ("MẪU, mục K.1 (MẪU)").
   */
  coefficients: z.array(z.object({ id: z.string(), name: z.string(), value: decimalString, appliesTo: z.string(), source: z.string() })).optional(),
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

/** One computed line: item, quantity, unit price, amount, and the provenance of the price. */
export type EstimateLine = z.output<typeof estimateLineSchema>;
/** One computed section with its lines, subtotal, VAT and total. */
export type EstimateSection = z.output<typeof estimateSectionSchema>;
/** A computed estimate (dự toán): sections, totals, rounding, final amount and amount in words, as exact decimal strings. */
export type Estimate = z.output<typeof estimateSchema>;
/** The price book an estimate was computed with: id, content hash and status. */
export type BookRef = z.output<typeof bookRefSchema>;
