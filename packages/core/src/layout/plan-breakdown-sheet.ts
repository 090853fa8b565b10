import { Decimal } from '../money/decimal.ts';
import { a4Print, SheetBuilder } from './sheet-builder.ts';
import { FONT_SIZE } from './styles.ts';
import { sheetNames, templateText } from './template.ts';
import { textHeight } from './text-height.ts';
import type { PlanName, SheetPlan } from './types.ts';

/**
 * The breakdown of a derived unit price (chi tiết đơn giá tính từ định mức) as the sheet shows it: groups
 * (nhân công, vật tư, máy, năng lượng, chi phí khác) of lines with their arithmetic and whole-đồng amounts.
 * The derivation engine produces it; the sheet adds the sums as live formulas.
 */
export interface PriceBreakdown {
  code: string;
  variant?: string;
  /** e.g. "Chỉnh lý tài liệu rời lẻ (Mức độ phức tạp 1)". */
  title: string;
  /** Unit label, e.g. "Mét giá". */
  unit: string;
  groups: Array<{ label: string; lines: Array<{ no: string; name: string; detail: string; amount: string }> }>;
  /** Sources and remarks printed under the table. */
  notes?: string[];
}

const COLS = [
  { col: 1, letter: 'A', width: 6 },
  { col: 2, letter: 'B', width: 44 },
  { col: 3, letter: 'C', width: 48 },
  { col: 4, letter: 'D', width: 16 },
] as const;

/**
 * Plan of the "Chi tiết đơn giá" sheet, written only when prices were derived: per price, one table of groups and
 * lines; each group's total = SUM of its lines; the unit price = sum of the group totals (formulas with cached
 * values computed here with decimal arithmetic).
 */
export function planBreakdownSheet(breakdowns: readonly PriceBreakdown[], sampleLabel: string | null): { sheet: SheetPlan; names: PlanName[] } {
  const b = new SheetBuilder(sheetNames.breakdown);
  let r = 1;
  b.text(r, 1, templateText.breakdownTitle, 'doc.title');
  b.merge(r, 1, 4);
  b.height(r, 22);
  r++;
  if (sampleLabel) {
    b.text(r, 1, sampleLabel, 'sample');
    b.merge(r, 1, 4);
    r++;
  }
  for (const bd of breakdowns) {
    r++;
    const head = `${bd.code}${bd.variant ? ` (${bd.variant})` : ''} — ${bd.title}, đơn vị tính: ${bd.unit}`;
    b.text(r, 1, head, 'doc.heading');
    b.merge(r, 1, 4);
    b.height(r, textHeight(head, 114, FONT_SIZE, 18));
    r++;
    ['STT', 'Khoản mục', 'Cách tính', 'Thành tiền (đồng)'].forEach((t, i) => b.text(r, i + 1, t, 'table.head'));
    r++;
    const groupRows: number[] = [];
    let price = new Decimal(0);
    bd.groups.forEach((g, gi) => {
      const gr = r++;
      let sum = new Decimal(0);
      const first = r;
      for (const l of g.lines) {
        b.text(r, 1, l.no, 'doc.center');
        b.text(r, 2, l.name, 'doc.label');
        b.text(r, 3, l.detail, 'doc.small');
        b.number(r, 4, new Decimal(l.amount).toString(), 'doc.number');
        b.height(r, Math.max(textHeight(l.name, 44, FONT_SIZE), textHeight(l.detail, 48, FONT_SIZE - 2)));
        sum = sum.add(l.amount);
        r++;
      }
      b.text(gr, 1, String(gi + 1), 'doc.center');
      b.text(gr, 2, g.label, 'doc.totalText');
      b.blank(gr, 3, 'doc.value');
      b.formula(gr, 4, g.lines.length ? `SUM(D${first}:D${r - 1})` : '0', sum.toString(), 'doc.total');
      groupRows.push(gr);
      price = price.add(sum);
    });
    b.blank(r, 1, 'doc.value');
    b.text(r, 2, 'Đơn giá', 'doc.totalText');
    b.blank(r, 3, 'doc.value');
    b.formula(r, 4, groupRows.length ? groupRows.map((x) => `D${x}`).join('+') : '0', price.toString(), 'doc.total');
    r++;
    for (const n of bd.notes ?? []) {
      b.text(r, 2, n, 'doc.text');
      b.merge(r, 2, 4);
      b.height(r, textHeight(n, 108, FONT_SIZE, 18));
      r++;
    }
  }
  const sheet = b.build({ columns: [...COLS], frozenRows: 0, print: a4Print('D'), protect: false });
  return { sheet, names: b.names };
}
