import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DutoanError } from '@dutoan/core/errors';
import { appraiseAudit } from '@dutoan/core/appraise';
import { readInputBytes } from '../io/read-input.ts';
import { appraiseCliText as T } from '../messages.ts';
import { appraiseUsage } from '../usage.ts';
import { resolveBook } from '../io/resolve-book.ts';
import { writeOutput } from '../io/write-output.ts';
import { ExitCode } from '../exit-codes.ts';
import type { Io } from '../main.ts';


/**
 * `dutoan appraise template FILE.xlsx --book B -o QUYET-DINH.xlsx`: the empty "Quyết định thẩm định" sheet
 * pre-filled with the submission's lines (each with the Dòng the decisions name it by, its figures as submitted and
 * as appraised), for the appraiser to fill and give back to `dutoan audit FILE --decisions QUYET-DINH.xlsx`.
 * A command of its own, like `book template` and `progress template`: the sheet is a form to fill, not a report.
 */
export async function appraiseCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'template') throw new DutoanError('USAGE_UNKNOWN_SUBCOMMAND', { command: 'appraise', sub: sub ?? '', usage: appraiseUsage });
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { book: { type: 'string' }, output: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  });
  if (positionals.length !== 1 || !values.output) throw new DutoanError('USAGE_COMMAND', { usage: appraiseUsage });
  const file = positionals[0]!;
  const book = await resolveBook(values.book);
  const data = await readInputBytes(file);
  const { auditWorkbook } = await import('@dutoan/xlsx/audit-workbook');
  const a = await auditWorkbook(data, book, { name: basename(file) });
  const appraisal = appraiseAudit(a, book);
  const { writeDecisionsTemplate } = await import('@dutoan/xlsx');
  await writeOutput(values.output, await writeDecisionsTemplate(appraisal, { file: basename(file) }), { force: values.force ?? false });
  io.out(T.templateWritten(values.output, appraisal.sections.reduce((n, s) => n + s.lines.length, 0)));
  return ExitCode.Ok;
}
