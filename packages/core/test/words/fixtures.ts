/**
 * Hand-checked fixtures for the Vietnamese amount in words. Every expected string below was written
 * by hand from the reading rules, not produced by running the code.
 */
import type { AmountInWordsOptions } from '../../src/words/index.ts';

export interface WordsFixture {
  amount: bigint;
  options?: AmountInWordsOptions;
  expected: string;
}

const NO_CURRENCY: AmountInWordsOptions = { currency: '' };

export const FIXTURES: readonly WordsFixture[] = [
  // Single digits and the special units words.
  { amount: 0n, expected: 'Không đồng' },
  { amount: 1n, expected: 'Một đồng' },
  { amount: 4n, expected: 'Bốn đồng' },
  { amount: 5n, expected: 'Năm đồng' },
  { amount: 7n, expected: 'Bảy đồng' },
  { amount: 10n, expected: 'Mười đồng' },
  { amount: 11n, expected: 'Mười một đồng' },
  { amount: 14n, expected: 'Mười bốn đồng' },
  { amount: 14n, options: { four: 'tư' }, expected: 'Mười bốn đồng' },
  { amount: 15n, expected: 'Mười lăm đồng' },
  { amount: 20n, expected: 'Hai mươi đồng' },
  { amount: 21n, expected: 'Hai mươi mốt đồng' },
  { amount: 24n, expected: 'Hai mươi tư đồng' },
  { amount: 24n, options: { four: 'tư' }, expected: 'Hai mươi tư đồng' },
  { amount: 24n, options: { four: 'bốn' }, expected: 'Hai mươi bốn đồng' },
  { amount: 25n, expected: 'Hai mươi lăm đồng' },
  { amount: 41n, expected: 'Bốn mươi mốt đồng' },
  { amount: 45n, expected: 'Bốn mươi lăm đồng' },
  { amount: 54n, expected: 'Năm mươi tư đồng' },
  { amount: 99n, expected: 'Chín mươi chín đồng' },
  // Hundreds.
  { amount: 100n, expected: 'Một trăm đồng' },
  { amount: 101n, expected: 'Một trăm linh một đồng' },
  { amount: 104n, expected: 'Một trăm linh bốn đồng' },
  { amount: 104n, options: { four: 'tư' }, expected: 'Một trăm linh bốn đồng' },
  { amount: 105n, expected: 'Một trăm linh năm đồng' },
  { amount: 105n, options: { zeroTens: 'lẻ' }, expected: 'Một trăm lẻ năm đồng' },
  { amount: 110n, expected: 'Một trăm mười đồng' },
  { amount: 115n, expected: 'Một trăm mười lăm đồng' },
  { amount: 999n, expected: 'Chín trăm chín mươi chín đồng' },
  // Thousands: leading group short, inner groups in full, "chẵn" for multiples of 1 000.
  { amount: 1_000n, expected: 'Một nghìn đồng chẵn' },
  { amount: 1_001n, expected: 'Một nghìn không trăm linh một đồng' },
  { amount: 1_010n, expected: 'Một nghìn không trăm mười đồng' },
  { amount: 1_500n, expected: 'Một nghìn năm trăm đồng' },
  { amount: 2_015n, expected: 'Hai nghìn không trăm mười lăm đồng' },
  { amount: 2_024n, expected: 'Hai nghìn không trăm hai mươi tư đồng' },
  { amount: 10_000n, expected: 'Mười nghìn đồng chẵn' },
  { amount: 11_011n, expected: 'Mười một nghìn không trăm mười một đồng' },
  { amount: 15_000n, expected: 'Mười lăm nghìn đồng chẵn' },
  { amount: 21_000n, expected: 'Hai mươi mốt nghìn đồng chẵn' },
  { amount: 105_000n, expected: 'Một trăm linh năm nghìn đồng chẵn' },
  // Millions.
  { amount: 1_000_000n, expected: 'Một triệu đồng chẵn' },
  { amount: 1_000_005n, expected: 'Một triệu không trăm linh năm đồng' },
  { amount: 1_000_500n, expected: 'Một triệu năm trăm đồng' },
  { amount: 1_005_000n, expected: 'Một triệu không trăm linh năm nghìn đồng chẵn' },
  { amount: 1_050_000n, expected: 'Một triệu không trăm năm mươi nghìn đồng chẵn' },
  { amount: 1_100_000n, expected: 'Một triệu một trăm nghìn đồng chẵn' },
  { amount: 1_234_567n, expected: 'Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng' },
  { amount: 100_000_000n, expected: 'Một trăm triệu đồng chẵn' },
  // Billions and beyond (recursive tỷ).
  { amount: 1_000_000_000n, expected: 'Một tỷ đồng chẵn' },
  { amount: 1_000_000_001n, expected: 'Một tỷ không trăm linh một đồng' },
  { amount: 1_000_010_000n, expected: 'Một tỷ không trăm mười nghìn đồng chẵn' },
  {
    amount: 12_345_678_901n,
    expected: 'Mười hai tỷ ba trăm bốn mươi lăm triệu sáu trăm bảy mươi tám nghìn chín trăm linh một đồng',
  },
  { amount: 1_000_000_000_000n, expected: 'Một nghìn tỷ đồng chẵn' },
  { amount: 1_005_000_000_000n, expected: 'Một nghìn không trăm linh năm tỷ đồng chẵn' },
  { amount: 5_000_000_025_000n, expected: 'Năm nghìn tỷ không trăm hai mươi lăm nghìn đồng chẵn' },
  { amount: 1_000_000_000_000_000n, expected: 'Một triệu tỷ đồng chẵn' },
  { amount: 1_000_000_000_000_001n, expected: 'Một triệu tỷ không trăm linh một đồng' },
  { amount: 1_000_001_000_000_000n, expected: 'Một triệu không trăm linh một tỷ đồng chẵn' },
  {
    amount: 999_999_999_999_999_999n,
    expected:
      'Chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ ' +
      'chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng',
  },
  { amount: 1_000_000_000_000_000_000n, expected: 'Một tỷ tỷ đồng chẵn' },
  { amount: 1_000_000_000_000_000_001n, expected: 'Một tỷ tỷ không trăm linh một đồng' },
  { amount: 2_300_000_000_000_000_000n, expected: 'Hai tỷ ba trăm triệu tỷ đồng chẵn' },
  {
    amount: 999_999_999_999_999_999_999n,
    expected:
      'Chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ ' +
      'chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng',
  },
  // Spelling options.
  { amount: 7n, options: { seven: 'bẩy' }, expected: 'Bẩy đồng' },
  { amount: 17n, options: { seven: 'bẩy' }, expected: 'Mười bẩy đồng' },
  { amount: 77n, options: { seven: 'bẩy' }, expected: 'Bẩy mươi bẩy đồng' },
  { amount: 707n, options: { seven: 'bẩy' }, expected: 'Bẩy trăm linh bẩy đồng' },
  { amount: 1_000n, options: { thousand: 'ngàn' }, expected: 'Một ngàn đồng chẵn' },
  { amount: 2_015n, options: { thousand: 'ngàn' }, expected: 'Hai ngàn không trăm mười lăm đồng' },
  { amount: 1_000_000_000_000n, options: { thousand: 'ngàn' }, expected: 'Một ngàn tỷ đồng chẵn' },
  {
    amount: 74_105n,
    options: { four: 'bốn', seven: 'bẩy', zeroTens: 'lẻ', thousand: 'ngàn' },
    expected: 'Bẩy mươi bốn ngàn một trăm lẻ năm đồng',
  },
  // "chẵn" options.
  { amount: 1_000n, options: { even: 'never' }, expected: 'Một nghìn đồng' },
  { amount: 1_234n, options: { even: 'always' }, expected: 'Một nghìn hai trăm ba mươi tư đồng chẵn' },
  { amount: 500n, options: { even: 'whenRound' }, expected: 'Năm trăm đồng' },
  { amount: 0n, options: { even: 'always' }, expected: 'Không đồng chẵn' },
  // Terminator, capitalization, currency.
  { amount: 1_000n, options: { terminator: true }, expected: 'Một nghìn đồng chẵn./.' },
  { amount: 5n, options: { terminator: true }, expected: 'Năm đồng./.' },
  { amount: 21n, options: { capitalize: false }, expected: 'hai mươi mốt đồng' },
  { amount: 21n, options: NO_CURRENCY, expected: 'Hai mươi mốt' },
  { amount: 1_000n, options: NO_CURRENCY, expected: 'Một nghìn chẵn' },
  { amount: 1_000n, options: { currency: '', even: 'never', capitalize: false }, expected: 'một nghìn' },
  { amount: 5n, options: { currency: 'VNĐ' }, expected: 'Năm VNĐ' },
  {
    amount: 3_000_000n,
    options: { currency: 'đ', terminator: true, capitalize: false },
    expected: 'ba triệu đ chẵn./.',
  },
];
