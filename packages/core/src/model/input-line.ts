import * as z from 'zod';
import { quantityField, text } from './fields.ts';

/** One line of a section in the input: a book item and its quantity (khối lượng). */
export const inputLineSchema = z.object({
  /** Item code in the price book. */
  item: z.string().min(1),
  variant: text(1, 200).optional(),
  quantity: quantityField,
  /** Overrides the item's name in "Nội dung công việc". */
  description: text(1, 500).optional(),
  /** Expected unit code, checked against the book when given. */
  unit: z.string().optional(),
  /** Ghi chú added after the book's citation. */
  note: text(0, 500).optional(),
});

/** One line of the estimate input: a price-book item and its quantity (optionally a conversion, a coefficient). */
export type InputLine = z.output<typeof inputLineSchema>;
