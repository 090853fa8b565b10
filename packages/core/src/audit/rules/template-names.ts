import { cellAddress } from '../grid.ts';
import { definedNames as N } from '../../layout/template.ts';
import { rowOf, templateSectionId } from '../../read/template-sheets.ts';
import type { Finding, Location } from '../finding.ts';
import { templateFinding, type TemplateRule } from '../template-finding.ts';

/**
 * TEMPLATE_NAME: a defined name of the table (DT_PHAN_I, DT_CONG_I, DT_THUE_I, DT_TONG_CONG, DT_LAM_TRON,
 * DT_SAU_LAM_TRON, DT_BANG_CHU) is absent, or points at another cell than the row its label is on.
 */
export const templateNamesRule: TemplateRule = (ctx, t) => {
  const out: Finding[] = [];
  const sub = ctx.sub;
  const check = (name: string, what: string, found: Location | null | undefined) => {
    if (!found || !('cell' in found)) return;
    const n = t.names.get(name);
    if (!n) out.push(templateFinding('TEMPLATE_NAME', found, { name, what, found: null }));
    else if ((n.sheet !== undefined && n.sheet !== found.sheet) || cellAddress(n.row, n.col) !== found.cell) {
      out.push(templateFinding('TEMPLATE_NAME', { sheet: n.sheet ?? found.sheet, cell: cellAddress(n.row, n.col) }, { name, what, found: found.cell }, { expected: found.cell }));
    }
  };
  for (const s of sub.sections) {
    const id = templateSectionId(s) ?? s.label ?? '?';
    check(N.sectionRow(id), `phần ${id}`, s.total?.at ?? { sheet: t.cells.name, cell: cellAddress(rowOf(s.title.at), t.columns.amount.col) });
    check(N.subtotalRow(id), `dòng Cộng phần ${id}`, s.subtotal?.at);
    check(N.vatRow(id), `dòng Thuế GTGT phần ${id}`, s.vat?.amount.at);
  }
  check(N.grandTotal, 'TỔNG CỘNG', sub.grandTotal?.at);
  check(N.rounding, 'Làm tròn', sub.rounding?.at);
  check(N.finalAmount, 'Tổng kinh phí sau làm tròn', (sub.finalAmount ?? sub.grandTotal)?.at);
  if (sub.words.text) check(N.words, 'Bằng chữ', sub.words.at);
  return out;
};
