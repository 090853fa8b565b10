import * as z from 'zod';

/**
 * How sure we are of a figure (trạng thái nguồn):
 * - `official`: typed from the official text;
 * - `secondary`: quoted by a secondary source (Q&A site, vendor, bid document, news);
 * - `inferred`: deduced, stated nowhere;
 * - `user`: entered by the user (e.g. a Finance officer typing the decision's figure);
 * - `sample`: fictional, for tests and demos only (MẪU).
 */
export const sourceStatusSchema = z.enum(['official', 'secondary', 'inferred', 'user', 'sample']);
/** How sure a figure is: `official`, `secondary`, `inferred`, `user` or `sample` (MẪU). */
export type SourceStatus = z.infer<typeof sourceStatusSchema>;

/** Where a figure comes from (căn cứ): document, place in it, and status. */
export const provenanceSchema = z.object({
  /** Document number, e.g. "16/2023/TT-BNV", "356/QĐ-UBND". */
  doc: z.string().min(1),
  /** Article / appendix / row, e.g. "Phụ lục I, bước 5a". */
  where: z.string().min(1),
  status: sourceStatusSchema,
  note: z.string().optional(),
});
/** Where a figure comes from: document, place in it, status and note. */
export type Provenance = z.infer<typeof provenanceSchema>;
