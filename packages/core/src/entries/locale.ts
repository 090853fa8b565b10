/**
 * `@dutoan/core/locale` — every message as a code with typed parameters, rendered in Vietnamese (`vi`) or English
 * (`en`); the terms used once everywhere (section titles, total labels, VAT rates, units, statuses).
 * @module @dutoan/core/locale
 */
export * from '../locale/index.ts';
export type { BadOption } from '../locale/cli.ts';
export * from '../terms/index.ts';
export { progressVi, progressEn, progressTerms, type ProgressParams } from '../locale/progress.ts';
export { bytesVi, bytesEn, type BytesParams, type ForeignFileKind, type ZipDamage } from '../locale/bytes.ts';
