/**
 * `@dutoan/core/legal` — the legal data with its sources: regulations, norm sets (TT 16/2023, TT 04/2014), the
 * wage basis, prices derived from norms, re-basing to a new base salary, and the staff/deadline plan.
 * @module @dutoan/core/legal
 */
import '../locale/index.ts';

export * from '../legal.ts';
