import { describe, expect, it } from 'vitest';
import { auditSubmission, builtinBooks, loadPriceBook, type Finding } from '../../src/index.ts';
import { makeSubmission, n, t } from './fixture.ts';

// The fixture's final amount is 28.689.000 (see fixture.ts): "Hai mươi tám triệu sáu trăm tám mươi chín nghìn đồng chẵn".
const book = loadPriceBook(builtinBooks['mau-2026']!);
const words = (text: string): Finding[] => {
  const s = makeSubmission();
  s.words = t('B20', text);
  return auditSubmission(s, book);
};
const brief = (fs: Finding[]) => fs.map((f) => `${f.code}:${f.severity}`);

describe('WORDS_NONSTANDARD — non-standard but unambiguous words are read and compared, with a warning', () => {
  it('the label forms and endings real documents use give no finding', () => {
    for (const text of [
      'Số tiền bằng chữ: Hai mươi tám triệu sáu trăm tám mươi chín nghìn đồng chẵn',
      'Viết bằng chữ: Hai mươi tám triệu sáu trăm tám mươi chín nghìn đồng Việt Nam./.',
      '(Bằng chữ: Hai mươi tám triệu, sáu trăm tám mươi chín nghìn VNĐ)',
      'Hai mươi tám triệu sáu trăm tám mươi chín nghìn đồng',
    ]) {
      expect(words(text), text).toEqual([]);
    }
  });

  it('a zero group spelt out: the amount still matches; one warning saying what was read and the usual spelling', () => {
    const fs = words('Hai mươi tám triệu sáu trăm tám mươi chín nghìn không trăm đồng chẵn');
    expect(brief(fs)).toEqual(['WORDS_NONSTANDARD:warning']);
    expect(fs[0]!.location).toEqual({ sheet: 'Dự toán', cell: 'B20' });
    expect(fs[0]!.expected).toBe('Hai mươi tám triệu sáu trăm tám mươi chín nghìn đồng chẵn');
    expect(fs[0]!.message).toBe(
      'Số tiền bằng chữ đọc được 28.689.000 đồng nhưng có cách viết không thông thường: «không trăm» bằng không: hàng bằng không thường bỏ, không viết. ' +
        'Cách viết thông thường: «Hai mươi tám triệu sáu trăm tám mươi chín nghìn đồng chẵn».',
    );
  });

  it('a misspelling and "mươi một": both named', () => {
    const fs = words('Hai muơi tám triệu sáu trăm tám mươi chín nghìn đồng chẵn');
    expect(brief(fs)).toEqual(['WORDS_NONSTANDARD:warning']);
    expect(fs[0]!.message).toContain('«muơi» viết sai chính tả, đúng là «mươi».');
  });

  it('non-standard and a different amount: the mismatch error too', () => {
    // "hai mươi một" = 21: 21.689.000 ≠ 28.689.000
    const fs = words('Hai mươi một triệu sáu trăm tám mươi chín nghìn đồng chẵn');
    expect(brief(fs)).toEqual(['WORDS_MISMATCH:error', 'WORDS_NONSTANDARD:warning']);
    expect([fs[0]!.expected, fs[0]!.actual]).toEqual(['28689000', '21689000']);
    expect(fs[1]!.message).toContain('«mươi một»: sau «mươi» số 1 đọc là «mốt», thường viết «mươi mốt».');
  });

  it('scales out of order are refused (unreadable), not guessed', () => {
    const fs = words('Hai mươi tám triệu sáu trăm nghìn tám mươi chín nghìn đồng');
    expect(brief(fs)).toEqual(['WORDS_UNREADABLE:error']);
    expect(fs[0]!.message).toContain('«tám mươi chín nghìn» không được đứng sau «sáu trăm nghìn»');
  });
});

describe('the spoken short form of tens ("Hai mốt triệu") is read and compared, with a warning', () => {
  /** The WORDS_* findings of the fixture with its final amount (F19) set to `final`. */
  const wordsFor = (final: string, text: string): Finding[] => {
    const s = makeSubmission();
    s.finalAmount = n('F19', final, 'F17+F18', true);
    s.words = t('B20', text);
    return auditSubmission(s, book).filter((f) => f.code.startsWith('WORDS_'));
  };

  it('"Hai mốt triệu đồng" for a total of 21.000.000: the warning, neither mismatch nor unreadable', () => {
    const fs = wordsFor('21000000', 'Hai mốt triệu đồng');
    expect(brief(fs)).toEqual(['WORDS_NONSTANDARD:warning']);
    expect(fs[0]!.location).toEqual({ sheet: 'Dự toán', cell: 'B20' });
    expect(fs[0]!.expected).toBe('Hai mươi mốt triệu đồng');
    expect(fs[0]!.message).toBe(
      'Số tiền bằng chữ đọc được 21.000.000 đồng nhưng có cách viết không thông thường: «Hai mốt»: cách nói tắt, thiếu «mươi», thường viết «hai mươi mốt». ' +
        'Cách viết thông thường: «Hai mươi mốt triệu đồng».',
    );
  });

  it('with the end mark ".-" and a short form after "trăm": 25.245.000 read, the warning only', () => {
    // "hai lăm" = 25, "hai trăm bốn lăm" = 245.
    const fs = wordsFor('25245000', 'Bằng chữ: Hai lăm triệu hai trăm bốn lăm nghìn đồng chẵn.-');
    expect(brief(fs)).toEqual(['WORDS_NONSTANDARD:warning']);
    expect(fs[0]!.expected).toBe('Hai mươi lăm triệu hai trăm bốn mươi lăm nghìn đồng chẵn./.');
  });

  it('the short form for another amount is a mismatch (21.000.000 ≠ 28.689.000), with the warning', () => {
    const fs = words('Hai mốt triệu đồng');
    expect(brief(fs)).toEqual(['WORDS_MISMATCH:error', 'WORDS_NONSTANDARD:warning']);
    expect([fs[0]!.expected, fs[0]!.actual]).toEqual(['28689000', '21000000']);
  });

  it('short forms that are not one amount stay unreadable', () => {
    // "hai tám" (a digit after a digit) is not read as 28; "hai mốt" right after "triệu", with no "trăm", is
    // refused (21.021.000? 21.210.000?), whatever the total.
    expect(brief(words('Hai tám triệu sáu trăm tám mươi chín nghìn đồng'))).toEqual(['WORDS_UNREADABLE:error']);
    expect(brief(wordsFor('21021000', 'Hai mốt triệu hai mốt nghìn đồng'))).toEqual(['WORDS_UNREADABLE:error']);
  });
});

describe('a remark after the currency word ("… đồng (đã bao gồm thuế GTGT).") is no part of the amount', () => {
  it('the right amount with a remark gives no finding', () => {
    for (const text of [
      'Hai mươi tám triệu sáu trăm tám mươi chín nghìn đồng (đã bao gồm thuế GTGT).',
      'Hai mươi tám triệu sáu trăm tám mươi chín nghìn đồng chẵn, đã làm tròn',
      'Bằng chữ: Hai mươi tám triệu sáu trăm tám mươi chín nghìn đồng - đã gồm thuế',
    ]) {
      expect(words(text), text).toEqual([]);
    }
  });

  it('readable but wrong words with a remark are a mismatch (not unreadable), with the figure they read', () => {
    // 26.689.000 ≠ 28.689.000
    const fs = words('Hai mươi sáu triệu sáu trăm tám mươi chín nghìn đồng (đã bao gồm thuế GTGT).');
    expect(brief(fs)).toEqual(['WORDS_MISMATCH:error']);
    expect([fs[0]!.expected, fs[0]!.actual]).toEqual(['28689000', '26689000']);
  });

  it('words that are not an amount stay unreadable, remark or not', () => {
    expect(brief(words('Hai mươi tám triệu sáu trăm tám mươi chín nghìn ba đồng (đã bao gồm thuế GTGT)'))).toEqual(['WORDS_UNREADABLE:error']);
    expect(brief(words('Xem tờ trình kèm theo (đã bao gồm thuế GTGT)'))).toEqual(['WORDS_UNREADABLE:error']);
  });
});
