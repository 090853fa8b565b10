import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtinBooks, loadPriceBook, type Finding } from '@dutoan/core';
import { auditWorkbook } from '@dutoan/xlsx';
import { buildHandMadeWorkbook, handMadeFile } from './fixtures/hand-made/make-hand-made.ts';

const book = loadPriceBook(builtinBooks['mau-2026']!);
const brief = (fs: Finding[]) => fs.map((f) => `${f.code}@${'cell' in f.location ? `${f.location.sheet}!${f.location.cell}` : f.location.line}:${f.severity}`);

describe('hand-made workbook (other widths, no defined names, blank rows, unaccented headers)', () => {
  it('the committed fixture is what the fixture script builds (same cells)', async () => {
    const { readXlsxGrid } = await import('@dutoan/xlsx');
    const committed = readXlsxGrid(readFileSync(handMadeFile));
    const fresh = readXlsxGrid(await buildHandMadeWorkbook());
    expect(committed).toEqual(fresh);
  });

  it('is read as a generic table: sections, lines, totals, words, header, signers at their cells', async () => {
    const { submission: s } = await auditWorkbook(readFileSync(handMadeFile), book);
    expect(s.kind).toBe('generic');
    expect(s.sheet).toBe('DT2026');
    expect(s.header.agency.text).toBe('SỞ TƯ PHÁP');
    expect(s.header.parentBody?.text).toBe('UBND TỈNH LÀO CAI');
    expect(s.header.date).toBe('2026-04-08');
    expect(s.sections.map((x) => [x.id, x.lines.length, x.subtotal?.at, x.vat?.rate.value, x.total?.value])).toEqual([
      ['I', 2, { sheet: 'DT2026', cell: 'F18' }, '10', '301858700'],
      ['II', 4, { sheet: 'DT2026', cell: 'F28' }, '10', '269039100'],
      ['III', 2, { sheet: 'DT2026', cell: 'F35' }, '0', '6202000'],
    ]);
    expect(s.sections[2]!.lines[0]!.unitPrice.value).toBe('1234000'); // typed as text "1.234.000"
    expect(s.sections[0]!.lines[1]!.amount.formula).toBe('ROUND(D16*E16,0)');
    expect([s.grandTotal?.value, s.rounding?.value, s.finalAmount?.value]).toEqual(['577099800', '200', '577100000']);
    expect(s.words).toEqual({ at: { sheet: 'DT2026', cell: 'A42' }, text: 'Năm trăm bảy mươi bảy triệu một trăm nghìn đồng.' });
    expect(Object.values(s.header.signers).map((x) => x.name.text)).toEqual(['Phạm Thị Thu', 'Vũ Văn Nam', 'Đặng Quốc Huy']);
  });

  it('audits it: exactly the two planted defects, each at its cell', async () => {
    const { findings } = await auditWorkbook(readFileSync(handMadeFile), book);
    // F26: 1.400 × 3.333 = 4.666.200 typed as 4.666.000; E34: 2.500.000 where the book says 2.222.000.
    expect(brief(findings)).toEqual(['ARITHMETIC@DT2026!F26:error', 'PRICE_MISMATCH@DT2026!E34:error']);
    expect(findings[0]!.expected).toBe('4666200');
    expect(findings[1]!.expected).toBe('2222000');
  });
});

describe("auditWorkbook(…, { options: { locale: 'en' } })", () => {
  it('gives the same findings at the same cells, with English messages', async () => {
    const bytes = readFileSync(handMadeFile);
    const vi = (await auditWorkbook(bytes, book)).findings;
    const en = (await auditWorkbook(bytes, book, { options: { locale: 'en' } })).findings;
    expect(en.map((f) => ({ ...f, message: '' }))).toEqual(vi.map((f) => ({ ...f, message: '' })));
    expect(en.map((f) => f.message)).toEqual([
      'Amount 4.666.000 differs from quantity × unit price = 1.400 × 3.333 = 4.666.200 (rounded to the đồng).',
      'Unit price 2.500.000 of item NT differs from price book "mau-2026" (2.222.000).',
    ]);
    expect(vi.map((f) => f.message)).toEqual([
      'Thành tiền 4.666.000 khác khối lượng × đơn giá = 1.400 × 3.333 = 4.666.200 (làm tròn đến đồng).',
      'Đơn giá 2.500.000 của hạng mục NT khác bảng đơn giá "mau-2026" (2.222.000).',
    ]);
  });
});

describe('hand-made workbook, corrected', () => {
  it('gives no finding at all', async () => {
    const { findings, submission } = await auditWorkbook(await buildHandMadeWorkbook({ clean: true }), book);
    expect(findings).toEqual([]);
    expect(submission.finalAmount?.value).toBe('576822000');
  });
});
