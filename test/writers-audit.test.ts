// The audit of files whose formulas carry no cached value (openpyxl, xlsx-populate) equals the audit of their
// originals: the audit evaluates the formulas itself (core/src/formula) and says so once per sheet
// (FORMULA_RECOMPUTED, info) — the only finding the original cannot have.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinBooks, loadPriceBook, type Finding } from '@dutoan/core';
import { auditWorkbook } from '@dutoan/xlsx';
import { corpusDir } from '../scripts/make-writer-corpus.ts';

const book = loadPriceBook(builtinBooks['mau-2026']!);
const brief = (fs: readonly Finding[]) =>
  fs.map((f) => `${f.code}@${'cell' in f.location ? `${f.location.sheet}!${f.location.cell}` : String(f.location.line)}:${f.severity}`).sort();

describe('files stored without cached values are audited like their originals', () => {
  for (const o of readdirSync(corpusDir).filter((d) => d !== 'foreign')) {
    for (const t of ['openpyxl', 'xlsx-populate']) {
      it(`${o}/${t}: the same findings as ${o}/original (formulas evaluated by the audit)`, async () => {
        const read = (name: string) => new Uint8Array(readFileSync(join(corpusDir, o, `${name}.xlsx`)));
        const [a, b] = await Promise.all([auditWorkbook(read('original'), book), auditWorkbook(read(t), book)]);
        expect(b.findings.some((f) => f.code === 'FORMULA_RECOMPUTED')).toBe(true);
        expect(brief(b.findings.filter((f) => f.code !== 'FORMULA_RECOMPUTED'))).toEqual(brief(a.findings));
      });
    }
  }
});
