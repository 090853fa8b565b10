/**
 * Vietnamese amounts in words ("số tiền bằng chữ") for đồng amounts: reading a number in words and
 * parsing words back to a number.
 */
export { amountInWords, type AmountInWordsOptions, type AmountInWordsInput } from './amount-in-words.ts';
export { parseAmountWords, tryParseAmountWords, type ParseAmountWordsResult } from './parse-amount-words.ts';
export { restoreAmountWordsDiacritics } from './restore-diacritics.ts';
export { readAmountWords, type ReadAmountWordsResult } from './read-amount-words.ts';
export { splitAmountWordsLabel, type WordsLabelSplit } from './words-label.ts';
export { locateAmountWords, type LocatedAmountWords } from './locate-amount-words.ts';
export type { EvenMode, FourAfterTensWord, SevenWord, ThousandWord, ZeroTensWord } from './words-data.ts';
export {
  wordsEn,
  wordsVi,
  type WordsCode,
  type WordsNote,
  type WordsNoteCode,
  type WordsParams,
  type WordsProblem,
} from '../locale/words.ts';
