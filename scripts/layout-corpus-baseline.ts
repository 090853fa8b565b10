// Runs today's audit (auditWorkbook of @dutoan/xlsx, book mau-2026) over a layout corpus folder and scores each
// file against its expected.json: false errors (any error on a clean file, or one not planted), missed defects,
// missing required warnings, warnings nobody allowed, files the audit could not read. Prints one line per file and
// a summary; --json FILE also writes the scores.
//
//   node packages/cli/bin/run-ts.js scripts/layout-corpus-baseline.ts [DIR …] [--json FILE]
//   (default DIR: test/fixtures/layouts; the held-out set: /work/coord/holdout)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinBooks, loadPriceBook } from '@dutoan/core';
import { auditWorkbook } from '@dutoan/xlsx';
import type { FileExpectation } from '../test/fixtures/layouts/kit/case.ts';
import { scoreFindings, type Score } from '../test/fixtures/layouts/kit/score.ts';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const dirs = args.filter((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1));
if (!dirs.length) dirs.push(fileURLToPath(new URL('../test/fixtures/layouts/', import.meta.url)));

const book = loadPriceBook(builtinBooks['mau-2026']!);
const report: Array<{ dir: string; scores: Array<Score & { variant: string; unreadable?: string }> }> = [];

for (const dir of dirs) {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { files: FileExpectation[] };
  const scores: Array<Score & { variant: string; unreadable?: string }> = [];
  for (const exp of expected.files) {
    const bytes = new Uint8Array(readFileSync(join(dir, exp.file)));
    try {
      const { findings } = await auditWorkbook(bytes, book, { name: exp.file });
      scores.push({ ...scoreFindings(exp, findings), variant: exp.variant });
    } catch (e) {
      const code = (e as { code?: string }).code ?? 'CRASH';
      const msg = e instanceof Error ? e.message.split('\n')[0]! : String(e);
      scores.push({ file: exp.file, variant: exp.variant, falseErrors: [], missedErrors: exp.errors.map((x) => `${x.code}@${x.sheet}!${x.cell}`), missedWarnings: [], unexpectedWarnings: [], unreadable: `${code}: ${msg}` });
    }
  }
  report.push({ dir, scores });

  console.log(`\n== ${dir}`);
  for (const s of scores) {
    const parts = [
      s.unreadable ? `KHÔNG ĐỌC ĐƯỢC (${s.unreadable})` : '',
      s.falseErrors.length ? `lỗi sai: ${s.falseErrors.join(', ')}` : '',
      s.missedErrors.length ? `bỏ sót: ${s.missedErrors.join(', ')}` : '',
      s.missedWarnings.length ? `thiếu cảnh báo: ${s.missedWarnings.join(', ')}` : '',
      s.unexpectedWarnings.length ? `cảnh báo thừa: ${s.unexpectedWarnings.join(', ')}` : '',
    ].filter(Boolean);
    console.log(`${parts.length ? '✗' : '✓'} ${s.file}${parts.length ? ' — ' + parts.join('; ') : ''}`);
  }
  const clean = scores.filter((s) => s.variant === 'clean');
  const defects = scores.filter((s) => s.variant === 'defect');
  const cleanBad = clean.filter((s) => s.falseErrors.length || s.unreadable);
  const planted = expected.files.filter((f) => f.variant === 'defect').reduce((n, f) => n + f.errors.length, 0);
  const missed = defects.reduce((n, s) => n + s.missedErrors.length, 0);
  const defectFilesWithFalse = defects.filter((s) => s.falseErrors.length).length;
  const requiredWarnings = expected.files.reduce((n, f) => n + f.warnings.length, 0);
  const missedWarnings = scores.reduce((n, s) => n + s.missedWarnings.length, 0);
  const unreadable = scores.filter((s) => s.unreadable).length;
  console.log(
    `Tóm tắt: ${cleanBad.length}/${clean.length} tệp sạch có lỗi sai (hoặc không đọc được); ` +
      `${planted - missed}/${planted} lỗi cài sẵn được tìm đúng ô; ${defectFilesWithFalse}/${defects.length} tệp có lỗi cài sẵn còn báo thêm lỗi sai; ` +
      `${requiredWarnings - missedWarnings}/${requiredWarnings} cảnh báo bắt buộc có mặt; ${unreadable} tệp không đọc được; ` +
      `${scores.filter((s) => s.unexpectedWarnings.length).length}/${scores.length} tệp có cảnh báo ngoài danh sách cho phép.`,
  );
}
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(report, null, 2)}\n`);
