/**
 * The reader against the layout corpus (issue 11).
 * Criteria (expected.json, built by scripts/make-layout-corpus.ts from test/fixtures/layouts/define/):
 *   - 0 error findings on every clean file;
 *   - every planted defect found as an error at its cell, and no other error;
 *   - every required warning present, and no warning outside the file's allowed list (infos are always allowed);
 *   - the reader's figures (money unit, grand total and final amount in đồng, lines, sections, words cell) equal
 *     the hand-computed ones.
 * Another folder with the same expected.json format (the lead's held-out set) runs with
 *   LAYOUT_CORPUS_DIR=/path/to/folder npx vitest run test/layout-corpus.test.ts
 * Codes not in codes.ts yet are placeholders (expected.json "placeholderCodes", kit/case.ts PLACEHOLDER_CODES).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinBooks, loadPriceBook, readAmountWords, type SubmittedEstimate } from '@dutoan/core';
import { auditWorkbook } from '@dutoan/xlsx';
import type { FileExpectation, Figures } from './fixtures/layouts/kit/case.ts';
import { scoreFindings } from './fixtures/layouts/kit/score.ts';

const dir = process.env.LAYOUT_CORPUS_DIR ?? fileURLToPath(new URL('./fixtures/layouts/', import.meta.url));
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { files: FileExpectation[] };
const book = loadPriceBook(builtinBooks['mau-2026']!);

/**
 * What the reader understood, in the corpus's terms: amounts in đồng whatever the sheet's money unit (the model
 * keeps đồng), every sheet a section was read from (summary + detail sheets), the sections' labels as typed.
 */
function readerFigures(s: SubmittedEstimate): Pick<Figures, 'grandTotal' | 'finalAmount' | 'lines' | 'tableSheets'> & {
  sections: string[];
  words: { sheet: string; cell: string } | null;
} {
  const at = s.words.at;
  return {
    grandTotal: s.grandTotal?.value ?? '',
    finalAmount: s.finalAmount?.value ?? s.grandTotal?.value ?? '',
    lines: s.sections.reduce((n, x) => n + x.lines.length, 0),
    tableSheets: [...new Set(s.sections.map((x) => ('sheet' in x.title.at ? x.title.at.sheet : s.sheet)))],
    sections: s.sections.flatMap((x) => (x.label ? [x.label] : [])),
    words: s.words.text && 'cell' in at ? { sheet: at.sheet, cell: at.cell } : null,
  };
}

const cases = expected.files.map((f) => [f.file, f] as const);

describe.each(cases)('%s', (file, exp) => {
  const audit = auditWorkbook(new Uint8Array(readFileSync(join(dir, file))), book, { name: file });

  it(exp.variant === 'clean' ? 'gives no error' : `finds ${exp.errors.map((e) => `${e.code}@${e.sheet}!${e.cell}`).join(', ') || 'no error'} and nothing else`, async () => {
    const { findings } = await audit;
    const score = scoreFindings(exp, findings);
    expect({ falseErrors: score.falseErrors, missedErrors: score.missedErrors }).toEqual({ falseErrors: [], missedErrors: [] });
  });

  it('gives the required warnings and no warning nobody allowed', async () => {
    const { findings } = await audit;
    const score = scoreFindings(exp, findings);
    expect({ missedWarnings: score.missedWarnings, unexpectedWarnings: score.unexpectedWarnings }).toEqual({ missedWarnings: [], unexpectedWarnings: [] });
  });

  it('understands the figures: totals in đồng, lines, sections, where the words are', async () => {
    const { submission } = await audit;
    const got = readerFigures(submission);
    const f = exp.figures;
    expect(got).toEqual({
      grandTotal: f.grandTotal,
      finalAmount: f.finalAmount,
      lines: f.lines,
      tableSheets: f.tableSheets,
      sections: f.sections.map((x) => x.label),
      words: f.words ? { sheet: f.words.sheet, cell: f.words.cell } : null,
    });
  });

  if (exp.figures.words && (exp.defect === null || (exp.defect.kind !== 'wrong-words' && exp.defect.words !== 'kept'))) {
    const words = exp.figures.words;
    it('reads its "Bằng chữ" as the final amount', () => {
      // The words after a label of their own cell ("Tổng giá chào bằng chữ: …"), as the reader takes them, without a
      // remark in brackets after the currency ("… đồng (đã bao gồm thuế GTGT).").
      const read = readAmountWords(words.text.replace(/^[^:]*\S+ bằng chữ\)?:\s*/iu, '').replace(/(đồng)\s*\([^)]*\)\.?$/u, '$1'));
      expect(read.ok ? read.value.toString() : read.message).toBe(exp.figures.finalAmount);
    });
  }
});
