import type { Locale, MessageTable } from './table.ts';
import { bytesEn, bytesVi, type BytesParams } from './bytes.ts';
import { estimateEn, estimateVi, type EstimateParams } from './estimate.ts';
import { formulaEn, formulaVi, type FormulaParams } from './formula.ts';
import { inputEn, inputVi, type InputParams } from './input.ts';
import { numbersEn, numbersVi, type NumbersParams } from './numbers.ts';
import { progressEn, progressVi, type ProgressParams } from './progress.ts';
import { wordsEn, wordsVi, type WordsParams } from './words.ts';

/**
 * The catalogue (danh mục thông báo): every area's table, merged. To add an area: import its tables and its
 * Params interface here, add the interface to `MessageParams`' `extends` list and the tables to `areas`.
 * TypeScript refuses two areas declaring one code with different parameters; a test refuses any shared code.
 */
export interface MessageParams extends NumbersParams, InputParams, EstimateParams, BytesParams, WordsParams, ProgressParams, FormulaParams {}

/** Every message code of the program. */
export type MessageCode = keyof MessageParams;

/** One area's tables (for tests and tools: which area declares which code). */
export interface MessageArea {
  readonly name: string;
  readonly vi: Readonly<Record<string, (p: never) => string>>;
  readonly en: Readonly<Record<string, (p: never) => string>>;
}

export const areas: readonly MessageArea[] = [
  { name: 'numbers', vi: numbersVi, en: numbersEn },
  { name: 'input', vi: inputVi, en: inputEn },
  { name: 'estimate', vi: estimateVi, en: estimateEn },
  { name: 'bytes', vi: bytesVi, en: bytesEn },
  { name: 'progress', vi: progressVi, en: progressEn },
  { name: 'words', vi: wordsVi, en: wordsEn },
  { name: 'formula', vi: formulaVi, en: formulaEn },
];

function merged(locale: Locale): MessageTable<MessageParams> {
  return Object.assign({}, ...areas.map((a) => a[locale])) as MessageTable<MessageParams>;
}

/** Code → sentence, per locale. */
export const catalogue: { readonly [L in Locale]: MessageTable<MessageParams> } = { vi: merged('vi'), en: merged('en') };
