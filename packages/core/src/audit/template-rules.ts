import type { TemplateRule } from './template-finding.ts';
import { templateCodesRule } from './rules/template-codes.ts';
import { templateFormulasRule } from './rules/template-formulas.ts';
import { templateMetaRule } from './rules/template-meta.ts';
import { templateNamesRule } from './rules/template-names.ts';
import { templateNumberTextRule } from './rules/template-number-text.ts';
import { templateSampleMarkRule } from './rules/template-sample-mark.ts';
import { templateSheetsRule } from './rules/template-sheets.ts';
import { templateStructureRule } from './rules/template-structure.ts';
import { templateTextsRule } from './rules/template-texts.ts';
import { templateValuesRule } from './rules/template-values.ts';

/** The standard template's rules (kiểm tra sổ dự toán chuẩn), in reporting order within a cell. */
export const templateRules: readonly TemplateRule[] = [
  templateStructureRule,
  templateCodesRule,
  templateValuesRule,
  templateTextsRule,
  templateNumberTextRule,
  templateFormulasRule,
  templateNamesRule,
  templateSampleMarkRule,
  templateMetaRule,
  templateSheetsRule,
];
