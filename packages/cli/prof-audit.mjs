import { readFileSync } from 'node:fs';
import { auditWorkbook } from '@dutoan/xlsx/audit-workbook';
import { builtinBooks, loadPriceBook, summarizeSubmission } from '@dutoan/core';
const book = loadPriceBook(builtinBooks['mau-2026']);
const files = Array.from({ length: 100 }, (_, i) => new Uint8Array(readFileSync(`/tmp/st/k10/du-toan-${String(i + 1).padStart(5, '0')}.xlsx`)));
for (let r = 0; r < 2; r++) for (const b of files) { const a = await auditWorkbook(b, book); summarizeSubmission(a.submission, a.findings, book); }
const t = performance.now(); const c0 = process.cpuUsage();
const R = Number(process.argv[2] ?? 5);
for (let r = 0; r < R; r++) for (const b of files) { const a = await auditWorkbook(b, book); summarizeSubmission(a.submission, a.findings, book); }
const c = process.cpuUsage(c0); console.log('per file', ((performance.now() - t) / (R * 100)).toFixed(2), 'ms wall', ((c.user + c.system) / 1000 / (R * 100)).toFixed(2), 'ms cpu');
