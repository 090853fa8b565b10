import {
  isDutoanError,
  matchAgency,
  progressFinding,
  readProgressReports,
  summarizeSubmission,
  type AgencyRegistry,
  type ProgressFinding,
  type ProgressReport,
  type UnitEstimate,
} from '@dutoan/core';
import { auditWorkbook, readWorkbookGrid } from '../audit/audit-workbook.ts';

/** A file given to a progress operation: its name as shown in messages, and its bytes (only read). */
export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

const reason = (e: unknown) => (isDutoanError(e) ? e.message : e instanceof Error ? e.message : String(e));

/**
 * Read progress reports from .xlsx files (the template, or hand-made sheets with the same columns): the workbook
 * limits, the one bytes → grid reader, then core's readProgressReports. A file that cannot be used is a finding
 * (PROGRESS_NO_TABLE with the reason), never a crash. Bytes are only read.
 */
export async function readProgressReportFiles(
  files: readonly NamedBytes[],
  opts: { registry: AgencyRegistry; reportingDates: readonly string[] },
): Promise<{ reports: ProgressReport[]; findings: ProgressFinding[] }> {
  const reports: ProgressReport[] = [];
  const findings: ProgressFinding[] = [];
  for (const f of files) {
    let grid;
    try {
      grid = await readWorkbookGrid(f.bytes, f.name);
    } catch (e) {
      const finding = progressFinding('PROGRESS_NO_TABLE', { file: f.name }, f.name, null);
      findings.push({ ...finding, message: reason(e) });
      continue;
    }
    const r = readProgressReports(grid, { file: f.name, registry: opts.registry, reportingDates: opts.reportingDates });
    reports.push(...r.reports);
    findings.push(...r.findings);
  }
  return { reports, findings };
}

/**
 * The units' estimates (dự toán) from their workbooks — standard or hand-made, read by the audit's reader
 * (auditWorkbook, summarizeSubmission): pages and mét giá estimated, matched to the list by the agency's name.
 * An unreadable file, a name not on the list, or two estimates of one unit are findings; the estimate of such a
 * unit is left out (never guessed).
 */
export async function readUnitEstimates(files: readonly NamedBytes[], registry: AgencyRegistry): Promise<{ estimates: Map<string, UnitEstimate>; findings: ProgressFinding[] }> {
  const findings: ProgressFinding[] = [];
  const byUnit = new Map<string, UnitEstimate[]>();
  for (const f of files) {
    let agency: string;
    let pages: string | null;
    let metres: string | null;
    try {
      const a = await auditWorkbook(f.bytes, null, { name: f.name });
      const s = summarizeSubmission(a.submission, a.findings, null);
      agency = s.agency;
      pages = s.pages;
      metres = s.metres;
    } catch (e) {
      findings.push(progressFinding('PROGRESS_ESTIMATE_UNREADABLE', { file: f.name, reason: reason(e) }, f.name, null));
      continue;
    }
    const m = matchAgency(agency, registry);
    if (m.status === 'unknown' || m.status === 'ambiguous') {
      const registryName = registry.title.charAt(0).toLowerCase() + registry.title.slice(1);
      const base =
        m.status === 'unknown'
          ? progressFinding('PROGRESS_UNIT_UNKNOWN', { typed: agency || '(không ghi)', registry: registryName }, f.name, null)
          : progressFinding('PROGRESS_UNIT_AMBIGUOUS', { typed: agency, candidates: m.candidates.map((u) => u.label) }, f.name, null);
      findings.push({ ...base, severity: 'warning' });
      continue;
    }
    if (pages === null) findings.push(progressFinding('PROGRESS_ESTIMATE_NO_PAGES', { file: f.name, unit: m.unit.label }, f.name, null));
    const list = byUnit.get(m.unit.id) ?? [];
    list.push({ unitId: m.unit.id, file: f.name, pages, metres });
    byUnit.set(m.unit.id, list);
  }
  const estimates = new Map<string, UnitEstimate>();
  for (const [id, list] of byUnit) {
    if (list.length === 1) estimates.set(id, list[0]!);
    else findings.push(progressFinding('PROGRESS_ESTIMATE_DUPLICATE', { unit: registry.units.find((u) => u.id === id)!.label, files: list.map((e) => e.file) }, list[1]!.file, null));
  }
  return { estimates, findings };
}
