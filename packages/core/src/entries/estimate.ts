/**
 * `@dutoan/core/estimate` — the estimate's input (EstimateInput, zod-validated) and result (Estimate),
 * `computeEstimate`, units and provenance of every figure, and the input-validation helpers.
 * @module @dutoan/core/estimate
 */
import '../locale/index.ts';

export * from '../model/provenance.ts';
export * from '../model/units.ts';
export * from '../model/fields.ts';
export * from '../model/price-book.ts';
export * from '../model/estimate-input.ts';
export * from '../model/estimate.ts';
export { computeEstimate } from '../compute/compute-estimate.ts';
export { validate, formatPath, coded, dutoanParams } from '../util/validate.ts';
export { isFormulaLike, neutralizeFormulaText } from '../util/cell-text.ts';
