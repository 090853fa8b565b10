import {
  checkProgressReports,
  consolidateProgress,
  planProgressConsolidation,
  planProgressTemplate,
  type ProgressConsolidation,
  type ProgressFinding,
  type ProgressPlan,
  type ProgressReport,
  type TemplateOptions,
  type WorkCalendar,
  type AgencyRegistry,
  type UnitEstimate,
} from '@dutoan/core/progress';
import { renderProgressPlan, type ChartPng } from './render-progress-plan.ts';

/** The progress report form (`dutoan progress template`) as .xlsx bytes. */
export async function writeProgressTemplate(opts: TemplateOptions): Promise<Uint8Array> {
  return (await renderProgressPlan(planProgressTemplate(opts))).bytes;
}

/** What the progress consolidation workbook is written from: the units, the reports read, the findings, the plan. */
export interface ProgressConsolidationInput {
  registry: AgencyRegistry;
  reports: readonly ProgressReport[];
  /** Findings of reading the reports and the estimates (listed in the workbook). */
  findings: readonly ProgressFinding[];
  estimates: ReadonlyMap<string, UnitEstimate>;
  plan: ProgressPlan;
  calendar: WorkCalendar;
  maxPagesPerMetre?: number;
  unitCharts?: boolean;
  /** How chart SVGs become PNG (default resvg; the web page passes the images the browser drew). */
  chartPng?: ChartPng;
}

/** The progress consolidation written: the consolidation, the findings, the reports kept out, the workbook's bytes. */
export interface ProgressConsolidationResult {
  consolidation: ProgressConsolidation;
  findings: ProgressFinding[];
  rejected: Set<ProgressReport>;
  bytes: Uint8Array;
  /** The charts as SVG: the province first, then one per unit with figures (when unitCharts). */
  svgs: string[];
}

/**
 * Check, consolidate and forecast the reports (core), then write the consolidation workbook with its charts.
 * `dutoan progress consolidate` in one call.
 */
export async function writeProgressConsolidation(input: ProgressConsolidationInput): Promise<ProgressConsolidationResult> {
  const checked = checkProgressReports(input.reports, { estimates: input.estimates, ...(input.maxPagesPerMetre ? { maxPagesPerMetre: input.maxPagesPerMetre } : {}) });
  const consolidation = consolidateProgress({ registry: input.registry, accepted: checked.accepted, estimates: input.estimates, plan: input.plan, calendar: input.calendar });
  const findings = [...input.findings, ...checked.findings];
  const plan = planProgressConsolidation({ consolidation, reports: input.reports, rejected: checked.rejected, findings, unitCharts: input.unitCharts ?? true });
  const r = await renderProgressPlan(plan, input.chartPng ? { chartPng: input.chartPng } : {});
  return { consolidation, findings, rejected: checked.rejected, bytes: r.bytes, svgs: r.svgs };
}
