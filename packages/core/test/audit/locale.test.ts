import { describe, expect, it } from 'vitest';
import { auditSubmission, builtinBooks, loadPriceBook, type Finding, type SubmittedEstimate } from '../../src/index.ts';
import { makeSubmission, n, t } from './fixture.ts';

const book = loadPriceBook(builtinBooks['mau-2026']!);

/** The hand-built submission with several planted defects (figures in fixture.ts). */
function defective(): SubmittedEstimate {
  const s = makeSubmission();
  s.sections[0]!.lines[0]!.amount = n('F5', '16000000', 'D5*E5', true); // 2,5 × 6.666.000 = 16.665.000
  s.sections[1]!.lines[0]!.unitPrice = n('E11', '1200'); // book: 1.111
  s.sections[1]!.vat!.rate = { ...s.sections[1]!.vat!.rate, value: '7', raw: '7%' };
  s.words = t('B20', 'Hai mươi tám triệu đồng');
  s.header.signers.accountant.name = t('D27', '');
  s.sections[1]!.lines[1]!.quantity = n('D12', null);
  return s;
}

const key = (f: Finding) => `${f.code}@${'cell' in f.location ? f.location.cell : f.location.line}`;
const shape = (f: Finding) => ({ code: f.code, severity: f.severity, location: f.location, expected: f.expected, actual: f.actual, params: f.params });

describe("auditSubmission(…, { locale: 'en' })", () => {
  const vi = auditSubmission(defective(), book);
  const en = auditSubmission(defective(), book, { locale: 'en' });

  it('finds the planted defects (the test is not vacuous)', () => {
    expect(vi.map(key)).toEqual([
      'ARITHMETIC@F5',
      'SUBTOTAL@F6', // the typed F5 no longer adds up to the Cộng row
      'PRICE_MISMATCH@E11',
      'ARITHMETIC@F11', // the amount was computed with the book's price
      'NOT_A_NUMBER@D12',
      'VAT_RATE@B14',
      'WORDS_MISMATCH@B20',
      'HEADER_MISSING@D27',
    ]);
  });

  it('gives the same codes, cells, severities, figures and parameters in both locales', () => {
    expect(en.map(shape)).toEqual(vi.map(shape));
  });

  it('gives English messages, written out here by hand', () => {
    const byCode = Object.fromEntries(en.map((f) => [key(f), f.message]));
    expect(byCode['ARITHMETIC@F5']).toBe('Amount 16.000.000 differs from quantity × unit price = 2,5 × 6.666.000 = 16.665.000 (rounded to the đồng).');
    expect(byCode['PRICE_MISMATCH@E11']).toBe('Unit price 1.200 of item SH.A4 differs from price book "mau-2026" (1.111).');
    expect(byCode['NOT_A_NUMBER@D12']).toBe('Quantity: the cell is empty, a number is needed.');
    expect(byCode['VAT_RATE@B14']).toBe('The VAT rate of section II "7%" is not valid: only 0%, 5%, 8% or 10% apply.');
    expect(byCode['HEADER_MISSING@D27']).toBe('No signer\'s name under "KẾ TOÁN TRƯỞNG".');
  });

  it('keeps the Vietnamese messages by default, unchanged', () => {
    const byCode = Object.fromEntries(vi.map((f) => [key(f), f.message]));
    expect(byCode['ARITHMETIC@F5']).toBe('Thành tiền 16.000.000 khác khối lượng × đơn giá = 2,5 × 6.666.000 = 16.665.000 (làm tròn đến đồng).');
    expect(byCode['NOT_A_NUMBER@D12']).toBe('Khối lượng: ô bỏ trống, phải ghi số.');
    expect(byCode['HEADER_MISSING@D27']).toBe('Thiếu họ tên người ký ở mục "KẾ TOÁN TRƯỞNG".');
    expect(auditSubmission(defective(), book, { locale: 'vi' })).toEqual(vi);
  });

  it('no English message holds a Vietnamese sentence (only quoted cell text, names and figures)', () => {
    for (const f of en) expect(f.message, f.code).not.toMatch(/\b(không|của|phải|được|dòng)\b/u);
  });
});
