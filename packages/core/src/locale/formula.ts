import type { MessageTable } from './table.ts';

/**
 * Messages of the formula area (công thức): parsing, evaluation and the audit's checks of cached values.
 * Numbers arrive formatted the Vietnamese way ("1.100", "89.908.207,5").
 */
export interface FormulaParams {
  /** A text that is not a formula. */
  FORMULA_SYNTAX: { formula: string };
}

export const formulaVi: MessageTable<FormulaParams> = {
  FORMULA_SYNTAX: (p) => `Không đọc được công thức "=${p.formula}": sai cú pháp (thiếu ngoặc, dấu phân cách hoặc tên hàm).`,
};

export const formulaEn: MessageTable<FormulaParams> = {
  FORMULA_SYNTAX: (p) => `Cannot parse the formula "=${p.formula}": syntax error (missing parenthesis, separator or function name).`,
};
