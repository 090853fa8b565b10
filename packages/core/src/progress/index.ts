/** Follow-up of the plan (theo dõi tiến độ): progress reports read and checked, consolidated, forecast. Pure. */
export type { ProgressCode, ProgressSeverity, ProgressFinding, ReportFigures, FigureField, ProgressReport, UnitEstimate, ProgressPlan, WorkCalendar, ReadOptions } from './types.ts';
export { figureFields, cumulativeFields } from './types.ts';
export * as progressLayout from './report-layout.ts';
export { progressSeverity, progressFinding } from './codes.ts';
export { readProgressReports } from './read-reports.ts';
export { checkProgressReports, type CheckOptions } from './check-reports.ts';
export { totalPages } from './figures.ts';
export { forecastAt, nextDay, type Forecast, type ForecastInput } from './forecast.ts';
export { consolidateProgress, type ConsolidateInput, type ProgressConsolidation, type ProvincePoint, type UnitPoint, type UnitProgress } from './consolidate.ts';
export { provinceBurnUp, unitBurnUp, type BurnUpChart } from './burn-up.ts';
export { planProgressTemplate, type TemplateOptions } from './workbook/plan-template.ts';
export { planProgressConsolidation, type ConsolidationPlanInput } from './workbook/plan-consolidation.ts';
export { excelSerial, type ProgressValidation, type ChartPlacement, type ProgressWorkbookPlan } from './workbook/types.ts';
export { laoCaiProgressPlan, type LaoCaiPlanOptions } from './lao-cai-plan.ts';
