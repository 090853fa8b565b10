import { basename, extname, join } from 'node:path';
import {
  APPRAISAL_SUFFIX,
  consolidateAppraisals,
  departmentsFromText,
  DutoanError,
  laoCaiRegistry,
  withUnits,
  type AgencyUnit,
  type Appraisal,
  type AppraisalConsolidation,
  type AppraisalDigest,
  type ConsolidationInput,
  type PriceBook,
  type SubmissionSummary,
} from '@dutoan/core';
import { writeOutput } from '../io/write-output.ts';

/** Suffix of the appraisal report written beside the red-cell report (`dutoan audit … -o DIR`): core's. */
export { APPRAISAL_SUFFIX } from '@dutoan/core';

/** Write the appraisal report (.docx) of one audited file into `dir`; returns its path. */
export async function writeAppraisalDocx(appraisal: Appraisal, file: string, book: PriceBook, dir: string, force: boolean): Promise<string> {
  const { writeAppraisalReport } = await import('@dutoan/xlsx');
  const out = join(dir, basename(file, extname(file)) + APPRAISAL_SUFFIX);
  await writeOutput(out, await writeAppraisalReport(appraisal, { file: basename(file), book }), { force });
  return out;
}

/** The figures `--json` carries for one file: requested / appraised / difference of the final amount and the whole appraisal. */
export function appraisalJson(a: Appraisal): { requested: string | null; appraised: string; difference: string | null; notAppraised: number; appraisal: Appraisal } {
  return { requested: a.final.requested, appraised: a.final.appraised, difference: a.final.difference, notAppraised: a.counts['not-appraised'], appraisal: a };
}

/** The departments list a user gives (`--departments FILE`: one per line, other spellings after "|"). */
export async function readDepartments(path: string): Promise<AgencyUnit[]> {
  const { readFile } = await import('node:fs/promises');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new DutoanError('FILE_UNREADABLE', { file: path, reason: (e as NodeJS.ErrnoException).code ?? '' });
  }
  return departmentsFromText(text, basename(path));
}

/** The appraisal's consolidation of audited files: the 99 communes and wards plus the user's departments. */
export function appraisalConsolidationFrom(
  results: ReadonlyArray<{ file: string; ok: boolean; summary?: SubmissionSummary; appraisal?: Appraisal; appraisalDigest?: AppraisalDigest }>,
  shown: (file: string) => string,
  departments: readonly AgencyUnit[],
): AppraisalConsolidation {
  const inputs: ConsolidationInput[] = [];
  for (const r of results) {
    if (!r.ok || !r.summary) continue;
    inputs.push({ file: shown(r.file), agency: r.summary.agency, appraisal: r.appraisal ?? r.appraisalDigest ?? null, requested: r.summary.total, pages: r.summary.pages, metres: r.summary.metres });
  }
  return consolidateAppraisals(inputs, withUnits(laoCaiRegistry(), departments));
}

/** Write the province's appraisal report (.docx) from the same results. */
export async function writeProvinceDocx(
  results: ReadonlyArray<{ file: string; ok: boolean; summary?: SubmissionSummary; appraisal?: Appraisal; reason?: string }>,
  shown: (file: string) => string,
  book: PriceBook,
  out: string,
  force: boolean,
): Promise<void> {
  const { writeProvinceAppraisalReport } = await import('@dutoan/xlsx');
  const entries = results.flatMap((r) => (r.ok && r.appraisal && r.summary ? [{ file: shown(r.file), appraisal: r.appraisal, errors: r.summary.errors }] : []));
  const unreadable = results.flatMap((r) => (!r.ok ? [{ file: shown(r.file), reason: r.reason ?? '' }] : []));
  await writeOutput(out, await writeProvinceAppraisalReport(entries, unreadable, { book }), { force });
}
