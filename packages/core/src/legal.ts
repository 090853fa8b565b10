/** Public surface of the legal data layer (re-exported by index.ts). */
export { sourced, unknown, lowConfidence, source, isSourced, LOW_CONFIDENCE, type Sourced } from './norms/sourced.ts';
export type * from './norms/types.ts';
export { regulations, nonRegulationDocs, PLAN_2026 } from './data/regulations/catalog.ts';
export { laoCaiPlan2026 } from './data/regulations/lao-cai-plan-2026.ts';
export { findRegulation, inForceOn } from './norms/regulations.ts';
export { normSets, tt16_2023, tt04_2014_pl1, tt04_2014_pl2, tt04_2014_pl3, tt04_2014_pl4, planningBands, tt04VendorStageFigures, tt03_2010Rules, tt08_2012Rules, conversions } from './data/norms/index.ts';
export { wageBasis } from './data/wages/index.ts';
export { baseSalaryOn, baseSalariesDuring, withUserBaseSalaries, userBaseSalaryFileSchema, gradeCoefficient, gradeLabel } from './norms/wage.ts';
export { derivePrice, NormValuesMissingError } from './derive/derive-price.ts';
export { checkSubtotals, type SubtotalMismatch } from './derive/check-subtotals.ts';
export type * from './derive/types.ts';
export { normLabourTime, type LabourTime } from './derive/labour-time.ts';
export { rebaseSection, type SectionRebase } from './compute/rebase.ts';
export { planCapacity, type CapacityInput, type CapacityTaskInput, type CapacityPlan, type CapacityTaskResult } from './plan/plan-capacity.ts';
export { workingDaysBetween, viDate } from './plan/working-days.ts';
export { bookCompleteness, type BookCompleteness } from './norms/book-completeness.ts';
export { planningBand } from './norms/planning-band.ts';
