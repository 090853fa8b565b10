import * as z from 'zod';
import { estimateInputSchema } from './estimate-input.ts';
import { estimateSchema } from './estimate.ts';
import { priceBookFormatSchema } from './price-book.ts';
import { inputLinesSchema } from './input-lines.ts';
import { decisionsFileSchema } from '../appraise/decisions.ts';
import { appraisedJsonSchema } from '../appraise/appraisal-schema.ts';

/**
 * Fields validated by hand-tuned code (fast paths) carry `meta({ dutoanJsonSchema })`; this says what their
 * JSON Schema is.
 */
function override(ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: z.core.JSONSchema.BaseSchema }): void {
  const meta = z.globalRegistry.get(ctx.zodSchema as unknown as z.ZodType) as { dutoanJsonSchema?: string } | undefined;
  const kind = meta?.dutoanJsonSchema;
  if (!kind) return;
  for (const k of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[k];
  if (kind === 'decimal') {
    Object.assign(ctx.jsonSchema, {
      description: 'Số không âm: số JSON, hoặc chuỗi kiểu Việt Nam "1.234.567" / "12,5"',
      type: ['string', 'number'],
    });
  } else if (kind === 'inputLines') {
    const { $schema: _drop, ...lines } = z.toJSONSchema(inputLinesSchema, { io: 'input', unrepresentable: 'any', override });
    Object.assign(ctx.jsonSchema, lines);
  }
}

/**
 * JSON Schemas of the public JSON formats, generated from the zod schemas (input side: what a file may
 * contain; for the appraisal `dutoan audit --json` writes, the output side). Written to packages/core/schema/ by `npm run schema -w @dutoan/core`; a test fails when stale.
 */
export function jsonSchemas(): Record<string, unknown> {
  const gen = (schema: z.ZodType, id: string, title: string, io: 'input' | 'output' = 'input') => ({
    $id: `https://dutoan.invalid/schema/${id}`,
    title,
    ...z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12', override }),
  });
  return {
    'estimate-input.schema.json': gen(estimateInputSchema, 'estimate-input.schema.json', 'dutoan EstimateInput (dữ liệu vào của dự toán)'),
    'estimate.schema.json': gen(estimateSchema, 'estimate.schema.json', 'dutoan Estimate (dự toán đã tính)'),
    'price-book.schema.json': gen(priceBookFormatSchema, 'price-book.schema.json', 'dutoan PriceBook (bảng đơn giá)'),
    'decisions.schema.json': gen(decisionsFileSchema, 'decisions.schema.json', 'dutoan quyết định thẩm định (dutoan audit --decisions)'),
    // Output side: what `dutoan audit --json` writes in files[].appraised.
    'appraised.schema.json': gen(appraisedJsonSchema, 'appraised.schema.json', 'dutoan kết quả thẩm định (files[].appraised của dutoan audit --json)', 'output'),
  };
}
