import * as z from 'zod';
import { sectionIdSchema } from '../model/fields.ts';
import { decisionActions } from './decisions.ts';

/**
 * The appraisal as `dutoan audit --json` writes it (`files[].appraised`), as a zod schema: the source of its JSON
 * Schema (packages/core/schema/appraised.schema.json) and checked against real appraisals by the tests, so the
 * documented shape cannot drift from `Appraisal` (appraisal.ts). Amounts are whole-đồng integer strings.
 */
const dong = z.string().regex(/^-?\d+$/).describe('Số đồng nguyên, dạng chuỗi ("254451413", "-1000")');
const decimal = z.string().regex(/^-?\d+(?:\.\d+)?$/).describe('Số thập phân dạng chuỗi, dấu chấm thập phân ("39500", "12.5")');
const location = z.union([z.object({ sheet: z.string(), cell: z.string() }).strict(), z.object({ line: z.string() }).strict()]).describe('Ô (trang!ô) hoặc đường dẫn JSON của dòng');
const figure = z
  .object({ requested: dong.nullable(), appraised: dong, difference: dong.nullable() })
  .strict()
  .describe('Giá trị đề nghị, giá trị thẩm định, chênh lệch = thẩm định − đề nghị');
const reason = z
  .object({
    code: z.string().describe('Mã phát hiện thẩm tra (PRICE_MISMATCH…) hoặc mã thẩm định (APPRAISE_…)'),
    severity: z.enum(['error', 'warning', 'info']).optional(),
    at: location.nullable(),
    params: z.record(z.string(), z.unknown()),
    message: z.string().describe('Câu tiếng Việt'),
  })
  .strict();
const status = z.enum(['appraised', 'not-appraised', 'accepted', 'excluded']).describe('thẩm định lại / chưa thẩm định được / chấp nhận / loại');
const decision = z
  .object({ action: z.enum(decisionActions), value: decimal.nullable(), note: z.string(), source: z.string().describe('Nơi đọc quyết định: decisions[2] hoặc Quyết định thẩm định!I7') })
  .strict();
const line = z
  .object({
    ref: z.string().describe('Tên dòng dùng trong quyết định: "Dự toán!17" hoặc đường dẫn JSON'),
    at: location,
    stt: z.string(),
    content: z.string(),
    unit: z.string(),
    item: z.object({ code: z.string(), variant: z.string().nullable(), name: z.string() }).strict().nullable(),
    quantity: z.object({ requested: decimal.nullable(), appraised: decimal.nullable() }).strict(),
    price: z.object({ requested: decimal.nullable(), appraised: decimal.nullable() }).strict(),
    coefficients: z.object({ requested: z.array(decimal), appraised: z.array(decimal) }).strict(),
    amount: figure,
    status,
    reasons: z.array(reason),
    decision: decision.nullable(),
  })
  .strict();
const lumpSum = z.object({ ref: z.string(), at: location, label: z.string(), amount: figure, status, reasons: z.array(reason) }).strict();
const vat = z
  .object({
    at: location,
    label: z.string(),
    sections: z.array(z.string()),
    everything: z.boolean(),
    rate: z.object({ requested: decimal.nullable(), appraised: decimal.nullable() }).strict(),
    base: figure,
    amount: figure,
    status,
    reasons: z.array(reason),
  })
  .strict();
const section = z
  .object({
    id: sectionIdSchema.nullable(),
    label: z.string(),
    title: z.string(),
    lines: z.array(line),
    lumpSums: z.array(lumpSum),
    subtotal: figure,
    vat: vat.nullable(),
    total: figure,
    reasons: z.array(reason),
  })
  .strict();

/** zod schema of one `Appraisal` (kết quả thẩm định) as JSON. */
export const appraisalJsonSchema = z
  .object({
    agency: z.string(),
    book: z.object({ id: z.string(), status: z.string(), hash: z.string(), sample: z.boolean() }).strict(),
    sections: z.array(section),
    vats: z.array(vat),
    beforeVat: figure,
    vat: figure,
    total: figure,
    rounding: figure.nullable(),
    final: figure,
    reasons: z.array(reason),
    counts: z.object({ appraised: z.number().int(), 'not-appraised': z.number().int(), accepted: z.number().int(), excluded: z.number().int() }).strict(),
    decisions: z.array(decision.extend({ ref: z.string() }).strict()),
  })
  .strict();

/** zod schema of `files[].appraised` of `dutoan audit --json`: the final amount's figures and the whole appraisal. */
export const appraisedJsonSchema = z
  .object({
    requested: dong.nullable().describe('Số tiền đề nghị (sau làm tròn nếu có)'),
    appraised: dong.describe('Số tiền thẩm định'),
    difference: dong.nullable(),
    notAppraised: z.number().int().describe('Số dòng chưa thẩm định được (giữ số đề nghị)'),
    appraisal: appraisalJsonSchema,
  })
  .strict();
