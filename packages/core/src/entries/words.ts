/**
 * `@dutoan/core/words` — amounts in words (số tiền bằng chữ): a number in words, with the regional variants,
 * and words back to a number, diacritics or not.
 * @module @dutoan/core/words
 */
import '../locale/install.ts';

export * from '../words/index.ts';
