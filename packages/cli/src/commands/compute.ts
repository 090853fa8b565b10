import { computeEstimate, withUserBaseSalaries, type Estimate, type PriceBook } from '@dutoan/core';
import { parseArgs } from 'node:util';
import { readJsonFile } from '../io/read-input.ts';
import { resolveBook } from '../io/resolve-book.ts';
import { writeOutput } from '../io/write-output.ts';
import { renderEstimateTable } from '../render/estimate-table.ts';
import { cliText } from '../messages.ts';
import { ExitCode } from '../exit-codes.ts';
import { DutoanError } from '@dutoan/core';
import type { Io } from '../main.ts';

/**
 * Compute an estimate file with its book: the shared step of `compute` and `demo`. `wageFile` adds base
 * salaries issued after this release (a JSON file: { "baseSalaries": [{ from, amount, doc, where }] }).
 */
export async function computeFile(inputFile: string, bookRef?: string, wageFile?: string): Promise<{ estimate: Estimate; book: PriceBook }> {
  const input = await readJsonFile(inputFile);
  const fromInput = typeof input === 'object' && input !== null ? (input as { book?: unknown }).book : undefined;
  const book = await resolveBook(bookRef ?? (typeof fromInput === 'string' ? fromInput : undefined));
  const wage = wageFile ? withUserBaseSalaries(await readJsonFile(wageFile)) : undefined;
  return { estimate: computeEstimate(input, book, wage ? { wage } : {}), book };
}

/** Write the estimate as JSON or, for .xlsx, as the standard workbook (its Đơn giá sheet lists `book`). */
export async function writeEstimate(estimate: Estimate, out: string, force: boolean, book?: PriceBook): Promise<void> {
  if (/\.xlsx$/i.test(out)) {
    const { writeEstimateWorkbook } = await import('@dutoan/xlsx');
    await writeOutput(out, await writeEstimateWorkbook(estimate, book ? { book } : {}), { force });
  } else {
    await writeOutput(out, JSON.stringify(estimate, null, 2) + '\n', { force });
  }
}

export async function computeCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { book: { type: 'string' }, luong: { type: 'string' }, output: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  });
  const file = positionals[0];
  if (!file) throw new DutoanError('USAGE_MISSING_ARGUMENT', { what: 'tệp dữ liệu dự toán (.json)' });
  const { estimate, book } = await computeFile(file, values.book, values.luong);
  io.out(renderEstimateTable(estimate));
  if (estimate.sampleLabel) io.err(cliText.sampleWarning);
  if (values.output) {
    await writeEstimate(estimate, values.output, values.force ?? false, book);
    io.out(cliText.wrote(values.output));
  }
  return ExitCode.Ok;
}
