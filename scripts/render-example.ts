// Renders the example workbook (examples/xa-bao-ha.json, sample book) to a picture for the README:
// writeEstimateWorkbook → LibreOffice headless → PDF → pdftoppm → docs/img/du-toan-mau.png (the "Dự toán" page).
// Usage: node packages/cli/bin/run-ts.js scripts/render-example.ts [out.png]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinBooks, computeEstimate } from '@dutoan/core';
import { writeEstimateWorkbook } from '@dutoan/xlsx';
import { convertBatch, findSoffice } from '../test/support/libreoffice.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'docs/img/du-toan-mau.png');
const exe = findSoffice();
if (!exe) {
  console.error('Cần LibreOffice (soffice): apt-get install libreoffice-calc-nogui');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'dutoan-render-'));
try {
  const input = JSON.parse(readFileSync(join(root, 'examples/xa-bao-ha.json'), 'utf8'));
  const estimate = computeEstimate(input, builtinBooks['mau-2026']!);
  const xlsx = join(dir, 'du-toan-mau.xlsx');
  writeFileSync(xlsx, await writeEstimateWorkbook(estimate));
  const { outputs, log } = await convertBatch(exe, [xlsx], join(dir, 'pdf'), { to: 'pdf', recalc: true, locale: 'vi-VN' });
  const pdf = outputs.get(xlsx);
  if (!pdf) throw new Error(`LibreOffice không xuất được PDF:\n${log}`);
  // Page 1 is the "Dự toán" sheet. 110 dpi; the blank lower part of the A4 page is cropped away.
  const dpi = 110;
  const width = Math.round((210 / 25.4) * dpi);
  const height = Math.round((297 / 25.4) * dpi * 0.77);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', '-x', '0', '-y', '0', '-W', String(width), '-H', String(height), pdf, join(dir, 'page')]);
  renameSync(join(dir, 'page.png'), out);
  console.log(`Đã ghi ${out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
