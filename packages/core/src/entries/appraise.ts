/**
 * `@dutoan/core/appraise` — the appraisal (thẩm định): per line, section and total the amount requested (giá trị
 * đề nghị), the amount appraised (giá trị thẩm định), the difference and its reasons; the appraiser's decisions;
 * the province's consolidation of appraisals.
 * @module @dutoan/core/appraise
 */
import '../locale/index.ts';

export * from '../appraise/index.ts';
