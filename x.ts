import { readFileSync } from 'node:fs';
import { computeEstimate, loadPriceBook } from '@dutoan/core';
import { writeEstimateWorkbook, readEstimateWorkbook, auditWorkbook } from '@dutoan/xlsx';
const book = loadPriceBook(JSON.parse(readFileSync('examples/books/mau-40-hang-muc.json','utf8')));
const e = computeEstimate(JSON.parse(readFileSync('examples/books/mau-40-hang-muc.du-toan.json','utf8')), book);
const bytes = await writeEstimateWorkbook(e, { book });
const a = await auditWorkbook(bytes, book);
for (const f of a.findings) console.log(f.severity, f.code, f.sheet, f.cell, f.message?.slice(0,150));
try { const r = await readEstimateWorkbook(bytes); console.log('reader findings', r.findings?.length, r.findings?.slice(0,5)); } catch (err) { console.log('read err', String(err).slice(0,300)); }
