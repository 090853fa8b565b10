import { readFileSync } from 'node:fs';
import { builtinBooks, loadPriceBook } from '@dutoan/core';
import { auditWorkbook } from '@dutoan/xlsx';
const book = loadPriceBook(builtinBooks['mau-2026']!);
for (const f of process.argv.slice(2)) {
  const { findings } = await auditWorkbook(new Uint8Array(readFileSync(f)), book, { name: f });
  for (const x of findings) console.log(x.severity, x.code, JSON.stringify(x.location), x.message?.slice(0, 160));
}
