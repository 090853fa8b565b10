/** Progress reports (issue 16): the form, reading reports and estimates, the consolidation workbook with its charts. */
export { readProgressReportFiles, readUnitEstimates, type NamedBytes } from './read-files.ts';
export { writeProgressTemplate, writeProgressConsolidation, type ProgressConsolidationInput, type ProgressConsolidationResult } from './write-progress.ts';
export { renderProgressPlan, type RenderedProgressWorkbook, type ChartPng } from './render-progress-plan.ts';
export { burnUpSvg, svgToPng, CHART_FONTS } from './chart.ts';
