/**
 * The worker's operations: each is the call `dutoan` makes for the same job, on bytes instead of files —
 *   audit              auditWorkbook + summarizeSubmission        (dutoan audit)
 *   preview            readWorkbookGrid, one sheet                (the cells the findings name)
 *   report             writeAuditReport                           (dutoan audit -o: *.tham-tra.xlsx)
 *   appraisalReport    writeAppraisalReport                       (dutoan audit -o: *.tham-dinh.docx)
 *   consolidation      writeConsolidationWorkbook                 (dutoan consolidate)
 *   estimateWorkbook   computeEstimate + writeEstimateWorkbook    (dutoan compute -o du-toan.xlsx)
 *   readPriceSheet     readPriceSheet + bookFileText              (dutoan book import)
 *   priceSheetTemplate writePriceSheet                            (dutoan book template)
 *   progressTemplate   writeProgressTemplate                      (dutoan progress template)
 *   progress           readProgressReportFiles + readUnitEstimates + writeProgressConsolidation
 *                                                                  (dutoan progress consolidate)
 * No logic of its own beyond cutting a sheet down to a preview.
 */
import {
  appraiseAudit,
  bookFileText,
  bookHash,
  computeEstimate,
  consolidateAppraisals,
  laoCaiProgressPlan,
  laoCaiRegistry,
  registryFromJson,
  summarizeSubmission,
  type AgencyRegistry,
  type Appraisal,
  type GridValue,
} from '@dutoan/core';
// The audit path (byte layer + core) is loaded with the worker; the workbook writers (exceljs, the charts' ECharts)
// only when a workbook is first written — esbuild evaluates a dynamically imported module on its first use, so a
// worker that only audits starts without them.
import { auditWorkbook, readWorkbookGrid } from '@dutoan/xlsx/audit-workbook';
const writers = () => import('@dutoan/xlsx');
import type { AppraisedAmount, Operations, OperationName, SheetPreview } from './protocol.ts';

/** The preview shows at most this many rows and columns of a sheet (a standard estimate has ~60 × 8). */
export const PREVIEW_MAX_ROWS = 500;
export const PREVIEW_MAX_COLS = 40;

/** The list of units: the user's JSON (as `--units`) or Lào Cai's 99 communes and wards. */
const registryOf = (units: unknown): AgencyRegistry => (units === null || units === undefined ? laoCaiRegistry() : registryFromJson(units));

/** The appraisal's figures for the audit table: the ONE place the page gets requested / appraised / difference. */
function figuresOf(a: Appraisal | null): AppraisedAmount | null {
  return a ? { requested: a.final.requested, appraised: a.final.appraised, difference: a.final.difference } : null;
}

type Handlers = { [K in OperationName]: (args: Operations[K]['args']) => Promise<Operations[K]['result']> };

export const operations: Handlers = {
  async audit({ name, bytes, book, options }) {
    const a = await auditWorkbook(bytes, book, { name, ...(options ? { options } : {}) });
    // The appraisal (thẩm định) from the same reading and findings, as `dutoan audit` makes it.
    const appraisal = book ? appraiseAudit(a, book) : null;
    return { summary: summarizeSubmission(a.submission, a.findings, book), findings: a.findings, appraisal: figuresOf(appraisal), appraisalDetail: appraisal };
  },

  async preview({ name, bytes, sheet }) {
    const grid = await readWorkbookGrid(bytes, name);
    const chosen = grid.sheets.find((s) => s.name === sheet) ?? grid.sheets.find((s) => (s.state ?? 'visible') === 'visible') ?? grid.sheets[0];
    const sheets = grid.sheets.map((s) => ({ name: s.name, hidden: (s.state ?? 'visible') !== 'visible' }));
    if (!chosen) return { sheets, name: '', origin: { row: 1, col: 1 }, values: [], truncated: false } satisfies SheetPreview;
    let truncated = chosen.values.length > PREVIEW_MAX_ROWS;
    const values: GridValue[][] = [];
    for (const row of chosen.values.slice(0, PREVIEW_MAX_ROWS)) {
      if (row && row.length > PREVIEW_MAX_COLS) truncated = true;
      values.push(row ? row.slice(0, PREVIEW_MAX_COLS).map((v) => (v === undefined ? null : v)) : []);
    }
    return { sheets, name: chosen.name, origin: chosen.origin ?? { row: 1, col: 1 }, values, truncated };
  },

  async report({ bytes, findings, meta }) {
    return (await writers()).writeAuditReport(bytes, findings, meta);
  },

  async appraisalReport({ name, appraisal, book }) {
    return (await writers()).writeAppraisalReport(appraisal, { file: name, book });
  },

  async consolidation({ entries, appraisals, unreadable, meta }) {
    // The "Thẩm định" and "Chưa nộp" sheets: the submissions matched to Lào Cai's 99 communes and wards, as
    // `dutoan consolidate` without --departments.
    const inputs = entries.map((e, i) => ({ file: e.file, agency: e.summary.agency, appraisal: appraisals[i] ?? null, requested: e.summary.total, pages: e.summary.pages, metres: e.summary.metres }));
    return (await writers()).writeConsolidationWorkbook(entries, unreadable, { ...meta, appraisal: consolidateAppraisals(inputs, laoCaiRegistry()) });
  },

  async estimateWorkbook({ input, book }) {
    return (await writers()).writeEstimateWorkbook(computeEstimate(input, book), { book });
  },

  async readPriceSheet({ name, bytes, partial }) {
    const book = await (await writers()).readPriceSheet(bytes, { file: name, partial });
    return { book, hash: bookHash(book), json: bookFileText(book) };
  },

  async priceSheetTemplate({ book }) {
    return (await writers()).writePriceSheet(book);
  },

  async progressTemplate({ units, unit }) {
    const registry = registryOf(units);
    return (await writers()).writeProgressTemplate({ registry, reportingDates: laoCaiProgressPlan().reportingDates, ...(unit ? { unit } : {}) });
  },

  async progress({ reports, estimates, units, plan, calendar, maxPagesPerMetre, unitCharts, pngs }) {
    const registry = registryOf(units);
    const x = await writers();
    const read = await x.readProgressReportFiles(reports, { registry, reportingDates: plan.reportingDates });
    const est = estimates.length ? await x.readUnitEstimates(estimates, registry) : { estimates: new Map(), findings: [] };
    // First call: no images yet (the page draws the SVGs, then calls again with their PNG); its bytes are dropped.
    const empty = new Uint8Array(0);
    const result = await x.writeProgressConsolidation({
      registry,
      reports: read.reports,
      findings: [...read.findings, ...est.findings],
      estimates: est.estimates,
      plan,
      calendar,
      unitCharts,
      ...(maxPagesPerMetre ? { maxPagesPerMetre } : {}),
      chartPng: (_svg, i) => pngs?.[i] ?? empty,
    });
    const c = result.consolidation;
    return {
      sample: !!registry.sample,
      reportsRead: read.reports.length,
      reportsUsed: c.reportsUsed,
      findings: result.findings,
      province: c.province,
      units: c.units.map((u) => ({
        label: u.unit.label,
        reports: u.points.length,
        latestDate: u.latest?.date ?? null,
        pages: u.latest?.pages ?? null,
        estimatePages: u.estimate?.pages ?? null,
        shareOfEstimate: u.latest?.shareOfEstimate ?? null,
        shareOfTarget: u.latest?.shareOfTarget ?? null,
        forecast: u.latest?.forecast.text ?? null,
        late: u.latest?.forecast.late ?? false,
      })),
      missing: c.missing.map((m) => ({ label: m.unit.label, dates: m.dates, none: m.none })),
      svgs: result.svgs,
      bytes: pngs && pngs.length === result.svgs.length ? result.bytes : null,
    };
  },
};
