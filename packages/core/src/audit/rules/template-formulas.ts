import { legacyLineAmountFormula, lineAmountFormula } from '../../layout/amount-formulas.ts';
import { rowOf } from '../../read/template-sheets.ts';
import type { Finding } from '../finding.ts';
import type { ReadNumber } from '../submitted.ts';
import { templateFinding, type TemplateRule } from '../template-finding.ts';

const norm = (f: string) => f.replace(/^=/, '').replace(/[\s$]/g, '').toUpperCase();

/**
 * TEMPLATE_FORMULA_CHANGED: a formula cell of the standard table whose formula is not the one the template writes
 * for its row (layout/plan-estimate-sheet.ts): line ROUND(ROUND(D*E,4),0) (or the older ROUND(D*E,0); ROUND(ROUND(D*E*F,4),0) with "Hệ số", the amount then in G), Cộng SUM(F first:F last), VAT ROUND(F cộng*D,0),
 * section F cộng+F thuế, TỔNG CỘNG the section rows, Làm tròn ROUND(F tổng,-3)-F tổng, final F tổng+F làm tròn.
 * A warning: the cell's value is checked against its cells by the amount and sum rules whatever its formula.
 */
export const templateFormulasRule: TemplateRule = (ctx, t) => {
  const out: Finding[] = [];
  const C = t.columns;
  const { quantity: D, unitPrice: E, amount: F } = { quantity: C.quantity.letter, unitPrice: C.unitPrice.letter, amount: C.amount.letter };
  const K = C.factor?.letter;
  const check = (r: ReadNumber | null | undefined, expected: string, alsoAccepted: string[] = []) => {
    if (!r || r.formula === null || [expected, ...alsoAccepted].some((f) => norm(r.formula!) === norm(f))) return;
    out.push(templateFinding('TEMPLATE_FORMULA_CHANGED', r.at, { formula: r.formula.replace(/^=/, ''), expected }, { expected: `=${expected}`, actual: `=${r.formula.replace(/^=/, '')}` }));
  };
  const sub = ctx.sub;
  const sectionRows: number[] = [];
  for (const s of sub.sections) {
    for (const l of s.lines) {
      const r = rowOf(l.amount.at);
      // With the "Hệ số" column (F) every line is ROUND(ROUND(D*E*F,4),0); a coefficient column of another layout
      // is not the template's, its lines are not checked here (the amount rule checks their values).
      if (K) check(l.amount, lineAmountFormula(`${D}${r}`, `${E}${r}`, `${K}${r}`));
      else if (!l.coefficients?.length) check(l.amount, lineAmountFormula(`${D}${r}`, `${E}${r}`), [legacyLineAmountFormula(`${D}${r}`, `${E}${r}`)]);
    }
    const rows = [...s.lines.map((l) => rowOf(l.amount.at)), ...(s.adjustments ?? []).map((a) => rowOf(a.amount.at))];
    const sub_ = s.subtotal ? rowOf(s.subtotal.at) : null;
    if (s.subtotal) check(s.subtotal, rows.length ? `SUM(${F}${Math.min(...rows)}:${F}${Math.max(...rows)})` : '0');
    if (s.vat && sub_ !== null) check(s.vat.amount, `ROUND(${F}${sub_}*${D}${rowOf(s.vat.amount.at)},0)`);
    if (s.total) {
      sectionRows.push(rowOf(s.total.at));
      if (sub_ !== null && s.vat) check(s.total, `${F}${sub_}+${F}${rowOf(s.vat.amount.at)}`);
    }
  }
  const total = sub.grandTotal;
  if (total) check(total, sectionRows.length ? sectionRows.map((r) => `${F}${r}`).join('+') : '0');
  if (total && sub.rounding) {
    const t = rowOf(total.at);
    check(sub.rounding, `ROUND(${F}${t},-3)-${F}${t}`);
    check(sub.finalAmount, `${F}${t}+${F}${rowOf(sub.rounding.at)}`);
  }
  return out;
};
