import * as z from 'zod';
import { estimateInputSchema } from './estimate-input.ts';
import { estimateSchema } from './estimate.ts';
import { priceBookSchema } from './price-book.ts';

/**
 * JSON Schemas of the public JSON formats, generated from the zod schemas (input side: what a file may
 * contain). Written to packages/core/schema/ by `npm run schema -w @dutoan/core`; a test fails when stale.
 */
export function jsonSchemas(): Record<string, unknown> {
  const gen = (schema: z.ZodType, id: string, title: string) => ({
    $id: `https://dutoan.invalid/schema/${id}`,
    title,
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
  });
  return {
    'estimate-input.schema.json': gen(estimateInputSchema, 'estimate-input.schema.json', 'dutoan EstimateInput (dữ liệu vào của dự toán)'),
    'estimate.schema.json': gen(estimateSchema, 'estimate.schema.json', 'dutoan Estimate (dự toán đã tính)'),
    'price-book.schema.json': gen(priceBookSchema, 'price-book.schema.json', 'dutoan PriceBook (bảng đơn giá)'),
  };
}
