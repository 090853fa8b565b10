import { buildContext } from '../audit/context.ts';
import type { Finding } from '../audit/finding.ts';
import { parseCellRef, type WorkbookGrid } from '../audit/grid.ts';
import { arithmeticRule } from '../audit/rules/arithmetic.ts';
import { formulaCacheRule } from '../audit/rules/formula-cache.ts';
import { formulasRule } from '../audit/rules/formulas.ts';
import { numbersRule } from '../audit/rules/numbers.ts';
import { readingRule } from '../audit/rules/reading.ts';
import { referencesRule } from '../audit/rules/references.ts';
import { vatRule } from '../audit/rules/vat.ts';
import { wordsRule } from '../audit/rules/words.ts';
import type { SubmittedEstimate } from '../audit/submitted.ts';
import { templateFinding } from '../audit/template-finding.ts';
import { templateRules } from '../audit/template-rules.ts';
import { definedNames as N, sheetNames } from '../layout/template.ts';
import { recalculateGrid } from '../formula/recalculate-grid.ts';
import type { Estimate } from '../model/estimate.ts';
import { estimateFromSubmission } from './estimate-from-submission.ts';
import { isNotAnEstimate, readSubmissionFromGrid } from './read-submission.ts';
import { findSheet, readTemplateSheets, resolveNames } from './template-sheets.ts';

export interface ReadEstimateResult {
  /** The estimate the workbook holds; null when an error finding means it cannot be given back faithfully. */
  estimate: Estimate | null;
  findings: Finding[];
}

/**
 * The audit's rules that check what a standard workbook's figures say of each other (amounts, sums, VAT, rounding,
 * words, numbers, formulas overwritten or stale). The book, plausibility, duplicate and header rules are the audit's
 * business, not the reader's: a workbook read back is checked against itself, not against a reference book.
 */
const figureRules = [readingRule, numbersRule, arithmeticRule, referencesRule, vatRule, wordsRule, formulasRule, formulaCacheRule];

/**
 * Reads the standard estimate workbook back (đọc lại sổ dự toán chuẩn) from a plain grid — what the byte layer
 * and the Excel add-in both produce. The table is read by the same reader the audit uses (readSubmissionFromGrid;
 * the defined names DT_… and the hidden code column are evidence there), its figures checked by the audit's rules
 * and the template rules (audit/rules/template-*.ts), and the result turned into the `Estimate` input by
 * estimate-from-submission.ts. Every problem is a finding with its sheet and cell, in Vietnamese; nothing throws.
 */
export function readEstimateFromGrid(grid: WorkbookGrid): ReadEstimateResult {
  const sheet = findSheet(grid, sheetNames.estimate);
  const names = resolveNames(grid);
  const layout = (): ReadEstimateResult => ({
    estimate: null,
    findings: [templateFinding('TEMPLATE_LAYOUT', { sheet: grid.sheets[0]?.name ?? '', cell: 'A1' }, { sheets: grid.sheets.map((s) => s.name) })],
  });
  if (!sheet || (!names.has(N.grandTotal) && !names.has(N.table) && !findSheet(grid, sheetNames.meta))) return layout();
  let sub: SubmittedEstimate;
  try {
    // Formula cells recomputed first, as the audit does: a value missing from the file is filled (and said so),
    // a stale one is found.
    const recalculation = recalculateGrid(grid);
    sub = { ...readSubmissionFromGrid(recalculation.grid, { sheet: sheet.name }), recalculation };
  } catch (e) {
    if (isNotAnEstimate(e)) return layout();
    throw e;
  }
  const evidence = readTemplateSheets(grid, sub);
  const ctx = buildContext(sub, null);
  const findings = sortFindings([...figureRules.flatMap((r) => r(ctx)), ...templateRules.flatMap((r) => r(ctx, evidence))]);
  const estimate = findings.some((f) => f.severity === 'error') ? null : estimateFromSubmission(sub, evidence);
  return { estimate, findings };
}

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/** By sheet, row, column, then severity, keeping the rules' order otherwise. */
function sortFindings(findings: Finding[]): Finding[] {
  const key = (f: Finding): [string, number, number] => {
    if (!('cell' in f.location)) return [f.location.line, 0, 0];
    const c = parseCellRef(f.location.cell);
    return [f.location.sheet, c?.row ?? 0, c?.col ?? 0];
  };
  const keyed = findings.map((f, i) => ({ f, i, k: key(f) }));
  keyed.sort((a, b) => (a.k[0] !== b.k[0] ? (a.k[0] < b.k[0] ? -1 : 1) : a.k[1] - b.k[1] || a.k[2] - b.k[2] || severityRank[a.f.severity] - severityRank[b.f.severity] || a.i - b.i));
  return keyed.map((x) => x.f);
}
