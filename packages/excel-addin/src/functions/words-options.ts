/**
 * The options text of DUTOAN.BANGCHU: Vietnamese keywords separated by commas or semicolons, mapped onto
 * core's amountInWords options. Only a translation of spellings; the reading itself is core's.
 */
import { problem, render, type AmountInWordsOptions, type Problem } from '@dutoan/core';

const KEYWORDS: Record<string, AmountInWordsOptions> = {
  'nghìn': { thousand: 'nghìn' },
  'ngàn': { thousand: 'ngàn' },
  'linh': { zeroTens: 'linh' },
  'lẻ': { zeroTens: 'lẻ' },
  'tư': { four: 'tư' },
  'bốn': { four: 'bốn' },
  'bảy': { seven: 'bảy' },
  'bẩy': { seven: 'bẩy' },
  'chẵn': { even: 'whenRound' },
  'luôn chẵn': { even: 'always' },
  'không chẵn': { even: 'never' },
  './.': { terminator: true },
  'không đồng': { currency: '' },
  'chữ thường': { capitalize: false },
};

export const WORDS_OPTION_KEYWORDS = Object.keys(KEYWORDS);

/** An unknown keyword: its problem (code and parameters) and the Vietnamese sentence as message. */
export class WordsOptionsError extends Error {
  constructor(readonly problem: Problem) {
    super(render(problem.code, problem.params as never));
  }
}

/** Parses "ngàn, lẻ, ./." into options; throws WordsOptionsError naming the unknown keyword. */
export function parseWordsOptions(text: string | null | undefined): AmountInWordsOptions {
  const out: AmountInWordsOptions = {};
  if (!text) return out;
  for (const raw of text.normalize('NFC').split(/[,;]/)) {
    const key = raw.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!key) continue;
    const opt = KEYWORDS[key];
    if (!opt) throw new WordsOptionsError(problem('FUNCTION_WORDS_OPTION_UNKNOWN', { word: raw.trim(), known: WORDS_OPTION_KEYWORDS }));
    Object.assign(out, opt);
  }
  return out;
}
