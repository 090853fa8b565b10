import * as z from 'zod';
import { isoDate, moneyField, quantityField, sectionIdSchema, text } from './fields.ts';
import { inputLinesField } from './input-lines.ts';
import type { InputLine } from './input-line.ts';
import { coded, dutoanParams } from '../util/validate.ts';
import { vatRateTexts } from '../terms/vat.ts';
export { inputLineSchema, type InputLine } from './input-line.ts';

/** Version of the EstimateInput / Estimate JSON format. Bump on any incompatible change. */
export const SCHEMA_VERSION = 1 as const;

/**
 * Kind of submitting body: decides the signature block (commune: "PHỤ TRÁCH KẾ TOÁN" and
 * "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH").
 */
export const agencyKindSchema = z.enum(['department', 'commune', 'centre', 'other']);

/** Header of the document (phần đầu văn bản) and signers (người ký). */
export const headerSchema = z.object({
  /** Cơ quan chủ quản (parent body), e.g. "UBND TỈNH LÀO CAI". */
  parentBody: text(0, 200).default(''),
  /** Cơ quan, đơn vị lập dự toán. */
  agency: text(1, 200),
  agencyKind: agencyKindSchema.default('department'),
  place: text(1, 100).default('Lào Cai'),
  date: isoDate,
  documentNumber: text(0, 100).default(''),
  title: text(1, 300).default('DỰ TOÁN KINH PHÍ CHỈNH LÝ, SỐ HÓA TÀI LIỆU LƯU TRỮ NĂM 2026'),
  signers: z
    .object({
      preparer: text(0, 100).default(''),
      accountant: text(0, 100).default(''),
      head: text(0, 100).default(''),
    })
    .default({ preparer: '', accountant: '', head: '' }),
});

/** A conversion factor (hệ số quy đổi) with its source — always shown in Thuyết minh. */
export const conversionFactorSchema = z.object({ value: quantityField, source: text(1, 500) });

/** Survey volumes (khối lượng khảo sát) — what the lines' quantities are based on. */
export const volumesSchema = z.object({
  /** Mét giá tài liệu to arrange. */
  metres: quantityField.optional(),
  pagesA4: quantityField.optional(),
  pagesA3: quantityField.optional(),
  /** Hồ sơ. */
  files: quantityField.optional(),
  /** Văn bản. */
  documents: quantityField.optional(),
  /** Phông lưu trữ. */
  fonds: quantityField.optional(),
  /** Whether the volumes come from an actual survey (khảo sát thực tế) or are estimates. */
  surveyed: z.boolean().default(false),
  note: text(0, 1000).default(''),
});

/** zod schema of a line's conversion (e.g. metres of records to pages). */
export const conversionSchema = z.object({
  pagesPerMetre: conversionFactorSchema.optional(),
  pagesPerFile: conversionFactorSchema.optional(),
  duplexShare: conversionFactorSchema.optional(),
  boxesPerMetre: conversionFactorSchema.optional(),
});

/** zod schema of a section's VAT: rate and its basis. */
export const vatSchema = z.object({
  /** Thuế suất GTGT, percent. */
  rate: z.union([z.literal(0), z.literal(5), z.literal(8), z.literal(10)], coded('VAT_RATE_NOT_ALLOWED', { rates: vatRateTexts })),
  /** Căn cứ áp dụng: required even for 0%. */
  basis: text(1, 500),
});

/** zod schema of one section of the estimate input: its id, VAT and lines. */
export const inputSectionSchema = z.object({
  id: sectionIdSchema,
  title: text(1, 200).optional(),
  vat: vatSchema,
  /** The lines; omitted = filled from the survey volumes by unit (compute/volume-lines.ts): [] after validation. */
  lines: inputLinesField.optional().transform((v): InputLine[] => v ?? []),
});

/** Explicit rounding policy: whether a "Làm tròn" line rounds the total to thousands of đồng. */
export const roundingSchema = z.object({ toThousand: z.boolean() });

/** zod schema of the amount-in-words options of an estimate. */
export const wordsOptionsSchema = z
  .object({
    thousand: z.enum(['nghìn', 'ngàn']),
    zeroTens: z.enum(['linh', 'lẻ']),
    four: z.enum(['tư', 'bốn']),
    seven: z.enum(['bảy', 'bẩy']),
    even: z.enum(['whenRound', 'always', 'never']),
    terminator: z.boolean(),
  })
  .partial();

/** zod schema of the estimate input file (JSON): header, sections, lines, rounding, book. */
export const estimateInputSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION, coded('SCHEMA_VERSION_INVALID', { version: SCHEMA_VERSION })),
    header: headerSchema,
    /** Price book id (the CLI's --book overrides it). */
    book: z.string().min(1).optional(),
    /** Period the work is done in (thời gian thực hiện), for the base salary in force. */
    workPeriod: z.object({ from: isoDate, to: isoDate }).optional(),
    volumes: volumesSchema.optional(),
    conversion: conversionSchema.optional(),
    sections: z.array(inputSectionSchema).min(1, coded('ESTIMATE_NO_SECTIONS')),
    rounding: roundingSchema.default({ toThousand: false }),
    words: wordsOptionsSchema.default({}),
    /** Optional reference amount the user expects (e.g. from a previous version), for cross-checks. */
    expectedTotal: moneyField.optional(),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.sections.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], params: dutoanParams('SECTION_ID_DUPLICATE', { id: s.id }) });
      seen.add(s.id);
    });
  });

/** The estimate input as written in its JSON file (quantities as Vietnamese-format text or numbers). */
export type EstimateInputJson = z.input<typeof estimateInputSchema>;
/** The estimate input after validation: quantities as exact decimals. */
export type EstimateInput = z.output<typeof estimateInputSchema>;
/** The estimate's header: parent body, agency, place and date, title, signers. */
export type Header = z.output<typeof headerSchema>;
/** How the total is written in words (the regional variants of amountInWords). */
export type WordsOptions = z.output<typeof wordsOptionsSchema>;
