import { basename, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DutoanError } from '@dutoan/core/errors';
import type { PriceBook } from '@dutoan/core/estimate';
import type { AgencyUnit } from '@dutoan/core';
import { resolveBook } from '../io/resolve-book.ts';
import { writeOutput } from '../io/write-output.ts';
import { auditCliText as A } from '../messages.ts';
import { ExitCode } from '../exit-codes.ts';
import type { Io } from '../main.ts';
import type { ConsolidationEntry, UnreadableEntry } from '@dutoan/xlsx/audit';
import { appraisalConsolidationFrom, readDepartments, writeProvinceDocx } from './appraise-output.ts';
import { auditFiles, bookLabel, listWorkbooks, parseJobs, Progress, stepDetail, type FileResult } from './audit.ts';

/**
 * The province consolidation from audited files (one pass: the same results `dutoan audit` printed): one row per
 * usable file, the unreadable ones on their own sheet and on stderr. Shared by `dutoan consolidate` and
 * `dutoan audit … --consolidate TỆP`.
 */
export async function writeConsolidationFrom(
  results: readonly FileResult[],
  shown: (file: string) => string,
  out: string,
  book: PriceBook | null,
  force: boolean,
  io: Io,
  appraisal: { departments: readonly AgencyUnit[]; report?: string } = { departments: [] },
): Promise<void> {
  const { writeConsolidationWorkbook } = await import('@dutoan/xlsx/audit');
  const entries: ConsolidationEntry[] = [];
  const unreadable: UnreadableEntry[] = [];
  for (const r of results) {
    if (r.ok) entries.push({ file: shown(r.file), summary: r.summary });
    else unreadable.push({ file: shown(r.file), reason: r.reason });
  }
  const bytes = await writeConsolidationWorkbook(entries, unreadable, {
    book: bookLabel(book),
    bookChecked: book !== null,
    sample: book?.status === 'sample' || entries.some((e) => e.summary.sample),
    appraisal: appraisalConsolidationFrom(results, shown, appraisal.departments),
  });
  await writeOutput(out, bytes, { force });
  for (const u of unreadable) io.err(`${u.file}: ${u.reason}`);
  io.out(A.consolidated(entries.length, unreadable.length, out));
  if (appraisal.report && book) {
    await writeProvinceDocx(results, shown, book, appraisal.report, force);
    io.out(A.reportWritten(appraisal.report));
  }
}

/**
 * `dutoan consolidate THƯ-MỤC -o tong-hop.xlsx [--book MÃ|TỆP]`: audits every workbook of the folder one at a time
 * (bounded memory) and writes the province consolidation. Exit 0 once written — unreadable files are listed on
 * their own sheet and on stderr; 2 when the folder is unusable or holds no workbook.
 */
export async function consolidateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      book: { type: 'string' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      jobs: { type: 'string' },
      departments: { type: 'string' },
      'appraisal-report': { type: 'string' },
    },
  });
  const folder = positionals[0];
  if (!folder) throw new DutoanError('USAGE_MISSING_ARGUMENT', { what: A.noFolder });
  if (!values.output) throw new DutoanError('USAGE_MISSING_ARGUMENT', { what: A.noOutput });
  const book: PriceBook | null = values.book ? await resolveBook(values.book) : null;
  if (!book) io.err(A.noBookForConsolidate);
  else if (book.status === 'sample') io.err(A.sampleBook);
  const { files, missing } = await listWorkbooks(positionals);
  if (missing.length > 0) throw new DutoanError('FILE_NOT_FOUND', { paths: missing });
  if (files.length === 0) throw new DutoanError('NO_INPUT', { paths: positionals });

  const progress = new Progress(files.length, io);
  const shown = (file: string) => relative(folder, file) || basename(file);
  const results = await auditFiles(files, book, {}, undefined, (r, done) => progress.step(done, shown(r.file), stepDetail(r)), parseJobs(values.jobs), undefined, io.err);
  const departments = values.departments ? await readDepartments(values.departments) : [];
  await writeConsolidationFrom(results, shown, values.output, book, values.force ?? false, io, { departments, ...(values['appraisal-report'] ? { report: values['appraisal-report'] } : {}) });
  return ExitCode.Ok;
}
