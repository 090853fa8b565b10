/**
 * `@dutoan/core/progress` — the units that report (the 99 communes and wards of Lào Cai, departments) and the
 * follow-up of the plan: progress reports read, checked, consolidated and forecast.
 * @module @dutoan/core/progress
 */
import '../locale/index.ts';

export * from '../agencies/index.ts';
export * from '../progress/index.ts';
export { laoCaiCommunes2025, laoCaiCommunes2025Source, NQ_1673, type CommuneRecord } from '../data/agencies/index.ts';
