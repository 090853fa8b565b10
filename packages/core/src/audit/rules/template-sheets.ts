import { templateFinding, type TemplateRule } from '../template-finding.ts';

/** TEMPLATE_SHEET_MISSING: "Thuyết minh", "Đơn giá" or the hidden "_dutoan" is not beside the estimate sheet. */
export const templateSheetsRule: TemplateRule = (_ctx, t) =>
  t.missingSheets.map((m) => templateFinding('TEMPLATE_SHEET_MISSING', { sheet: m.sheet, cell: 'A1' }, { sheet: m.sheet, role: m.role }));
