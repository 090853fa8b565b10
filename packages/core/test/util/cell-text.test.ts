import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isFormulaLike, neutralizeFormulaText } from '../../src/util/cell-text.ts';

describe('neutralizeFormulaText', () => {
  // The classic injection payloads (OWASP "CSV injection") and their neutral forms, written out by hand.
  const cases: Array<[string, string]> = [
    ['=HYPERLINK("http://x.invalid","bấm")', `'=HYPERLINK("http://x.invalid","bấm")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['\n=1', "'\n=1"],
    ['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
    ['＝1+1', "'＝1+1"],
    ['－5', "'－5"],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    expect(neutralizeFormulaText(input)).toBe(expected);
  });

  it('leaves ordinary Vietnamese text alone', () => {
    for (const s of ['UBND xã Bảo Hà', 'Trung tâm Lưu trữ lịch sử', 'Ghi chú: 1 mét giá = 5.000 tờ', "'đã có dấu nháy", '', ' =không ở đầu']) {
      expect(neutralizeFormulaText(s)).toBe(s);
    }
  });

  it('returns NFC for NFD input (macOS) and neutralises it the same way', () => {
    const nfd = 'Sở Văn hóa'.normalize('NFD');
    expect(nfd).not.toBe('Sở Văn hóa');
    expect(neutralizeFormulaText(nfd)).toBe('Sở Văn hóa');
    expect(neutralizeFormulaText('=Sở'.normalize('NFD'))).toBe("'=Sở");
  });

  it('property: the result never starts a formula, is idempotent, and only ever adds one apostrophe', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const n = neutralizeFormulaText(s);
        expect(isFormulaLike(n)).toBe(false);
        expect(neutralizeFormulaText(n)).toBe(n);
        const t = s.normalize('NFC');
        expect(n === t || n === `'${t}`).toBe(true);
      }),
      { numRuns: 500, seed: 20260415 },
    );
  });
});
