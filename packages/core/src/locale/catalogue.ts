import type { Locale, MessageTable } from './table.ts';
import { addinEn, addinVi, type AddinParams } from './addin.ts';
import { appraiseEn, appraiseVi, type AppraiseParams } from './appraise.ts';
import { auditEn, auditVi, type AuditParams } from './audit.ts';
import { bookEn, bookVi, type BookParams } from './book.ts';
import { bytesEn, bytesVi, type BytesParams } from './bytes.ts';
import { cliEn, cliVi, type CliParams } from './cli.ts';
import { deriveEn, deriveVi, type DeriveParams } from './derive.ts';
import { estimateEn, estimateVi, type EstimateParams } from './estimate.ts';
import { formulaEn, formulaVi, type FormulaParams } from './formula.ts';
import { inputEn, inputVi, type InputParams } from './input.ts';
import { numbersEn, numbersVi, type NumbersParams } from './numbers.ts';
import { planEn, planVi, type PlanParams } from './plan.ts';
import { priceSheetEn, priceSheetVi, type PriceSheetParams } from './price-sheet.ts';
import { progressEn, progressVi, type ProgressParams } from './progress.ts';
import { readEn, readVi, type ReadParams } from './read.ts';
import { templateEn, templateVi, type TemplateParams } from './template.ts';
import { wordsEn, wordsVi, type WordsParams } from './words.ts';

/**
 * The catalogue (danh mục thông báo): every area's table, merged. To add an area: import its tables and its
 * Params interface here, add the interface to `MessageParams`' `extends` list and the tables to `areas`.
 * TypeScript refuses two areas declaring one code with different parameters; a test refuses any shared code.
 */
export interface MessageParams
  extends NumbersParams,
    InputParams,
    EstimateParams,
    AuditParams,
    DeriveParams,
    PlanParams,
    PriceSheetParams,
    CliParams,
    AddinParams,
    BytesParams,
    FormulaParams,
    WordsParams,
    ProgressParams,
    ReadParams,
    TemplateParams,
    AppraiseParams,
    BookParams {}

/** Every message code of the program. */
export type MessageCode = keyof MessageParams;

/** One area's tables (for tests and tools: which area declares which code). */
export interface MessageArea {
  /** The area's name (audit, bytes, words…: its module in locale/). */
  readonly name: string;
  /** Vietnamese sentence of each code of the area. */
  readonly vi: Readonly<Record<string, (p: never) => string>>;
  /** English sentence of each code of the area. */
  readonly en: Readonly<Record<string, (p: never) => string>>;
}

/** Every message area with its Vietnamese and English tables (the catalogue the renderer reads). */
export const areas: readonly MessageArea[] = [
  { name: 'numbers', vi: numbersVi, en: numbersEn },
  { name: 'input', vi: inputVi, en: inputEn },
  { name: 'estimate', vi: estimateVi, en: estimateEn },
  { name: 'audit', vi: auditVi, en: auditEn },
  { name: 'derive', vi: deriveVi, en: deriveEn },
  { name: 'plan', vi: planVi, en: planEn },
  { name: 'price-sheet', vi: priceSheetVi, en: priceSheetEn },
  { name: 'cli', vi: cliVi, en: cliEn },
  { name: 'addin', vi: addinVi, en: addinEn },
  { name: 'bytes', vi: bytesVi, en: bytesEn },
  { name: 'formula', vi: formulaVi, en: formulaEn },
  { name: 'progress', vi: progressVi, en: progressEn },
  { name: 'words', vi: wordsVi, en: wordsEn },
  { name: 'read', vi: readVi, en: readEn },
  { name: 'template', vi: templateVi, en: templateEn },
  { name: 'appraise', vi: appraiseVi, en: appraiseEn },
  { name: 'book', vi: bookVi, en: bookEn },
];

function merged(locale: Locale): MessageTable<MessageParams> {
  return Object.assign({}, ...areas.map((a) => a[locale])) as MessageTable<MessageParams>;
}

/** Code → sentence, per locale. */
export const catalogue: { readonly [L in Locale]: MessageTable<MessageParams> } = { vi: merged('vi'), en: merged('en') };
