import { describe, expect, it, beforeAll } from 'vitest';
import { auditWorkbook } from '@dutoan/xlsx';
import type { Finding } from '@dutoan/core';
import {
  baselineWorkbooks,
  examples,
  makeTamperedCorpus,
  officialLikeBook,
  sampleBook,
  type CorpusCase,
  type ExampleName,
} from '../scripts/make-tampered-corpus.ts';

const key = (f: { code: string; severity: string; sheet: string; cell: string }) => `${f.code}@${f.sheet}!${f.cell}:${f.severity}`;
const keys = (fs: Finding[]) =>
  fs.map((f) => ('cell' in f.location ? key({ code: f.code, severity: f.severity, sheet: f.location.sheet, cell: f.location.cell }) : `${f.code}@${f.location.line}`)).sort();

let cases: CorpusCase[];
let baseline: Record<ExampleName, string[]>;
beforeAll(async () => {
  cases = await makeTamperedCorpus();
  const base = await baselineWorkbooks();
  baseline = {} as Record<ExampleName, string[]>;
  for (const e of examples) baseline[e] = keys((await auditWorkbook(base[e], sampleBook)).findings);
});

describe('tampered corpus (scripts/make-tampered-corpus.ts)', () => {
  it('untouched workbooks give no error finding (only the sample-book warning on the MẪU line)', () => {
    for (const e of examples) expect(baseline[e], e).toEqual([`SAMPLE_BOOK@Dự toán!A6:warning`]);
  });

  it('has at least 25 cases, one defect each, covering every required code', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const codes = new Set(cases.flatMap((c) => c.expected.map((e) => e.code)));
    for (const code of [
      'PRICE_MISMATCH', 'UNKNOWN_ITEM', 'UNIT_MISMATCH', 'ARITHMETIC', 'SUBTOTAL', 'TOTAL', 'VAT_RATE', 'VAT_BASIS_MISSING', 'WORDS_MISMATCH',
      'FORMULA_OVERWRITTEN', 'BOOK_HASH_MISMATCH', 'SAMPLE_BOOK', 'QUANTITY_IMPLAUSIBLE', 'DUPLICATE_LINE', 'HEADER_MISSING',
    ]) expect(codes, code).toContain(code);
  });

  it('each tampered workbook gives exactly its expected finding at the expected cell, nothing else', async () => {
    const failures: string[] = [];
    for (const c of cases) {
      const { findings } = await auditWorkbook(c.bytes, c.officialBook ? officialLikeBook : sampleBook);
      const want = [...(c.replacesBaseline ? [] : baseline[c.example]), ...c.expected.map(key)].sort();
      const got = keys(findings);
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${c.name} (${c.defect}):\n  want ${want.join(', ')}\n  got  ${got.join(', ')}`);
    }
    expect(failures.join('\n')).toBe('');
  });
});
