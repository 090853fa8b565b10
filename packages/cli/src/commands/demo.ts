import { parseArgs } from 'node:util';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DutoanError } from '@dutoan/core';
import { computeFile, writeEstimate } from './compute.ts';
import { renderEstimateTable } from '../render/estimate-table.ts';
import { cliText } from '../messages.ts';
import { ExitCode } from '../exit-codes.ts';
import type { Io } from '../main.ts';

const examplesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../../examples');
export const exampleNames = ['xa-bao-ha', 'so-van-hoa', 'trung-tam-luu-tru'] as const;

/**
 * `dutoan demo`: compute an example from examples/ with the sample book and write its results to out/
 * (du-toan-mau.json and the standard workbook du-toan-mau.xlsx).
 * The demo's own outputs in out/ are regenerated on every run.
 */
export async function demoCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { example: { type: 'string', default: 'xa-bao-ha' }, output: { type: 'string', short: 'o', default: 'out' } },
  });
  const name = values.example!;
  if (!(exampleNames as readonly string[]).includes(name)) {
    throw new DutoanError('USAGE_UNKNOWN_EXAMPLE', { name, names: [...exampleNames] });
  }
  const { estimate, book } = await computeFile(join(examplesDir, `${name}.json`));
  io.out(renderEstimateTable(estimate));
  io.err(cliText.sampleWarning);
  const json = join(values.output!, 'du-toan-mau.json');
  await writeEstimate(estimate, json, true, book);
  io.out(cliText.wrote(json));
  // The standard workbook (sổ dự toán Excel), with live formulas and the MẪU mark.
  const xlsx = join(values.output!, 'du-toan-mau.xlsx');
  await writeEstimate(estimate, xlsx, true, book);
  io.out(cliText.wrote(xlsx));
  return ExitCode.Ok;
}
