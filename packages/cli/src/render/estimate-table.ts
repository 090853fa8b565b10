import { formatMoney, formatQuantity, totalLabels, vatLine, type Estimate } from '@dutoan/core';

function pad(s: string, n: number, right = false): string {
  const len = [...s].length;
  if (len >= n) return s;
  return right ? ' '.repeat(n - len) + s : s + ' '.repeat(n - len);
}

function cut(s: string, n: number): string {
  const chars = [...s];
  return chars.length > n ? chars.slice(0, n - 1).join('') + '…' : s;
}

/**
 * The estimate as a plain-text table for the terminal (the workbook is the real document). Every row that counts
 * in a total is shown, in the workbook's order: per section its lines, the base-salary adjustment row (điều chỉnh
 * theo lương cơ sở) when there is one, "Cộng", the VAT row (0% included); then TỔNG CỘNG, Làm tròn, the final
 * figure and the words — so the figures on screen add up to the section and grand totals.
 */
export function renderEstimateTable(e: Estimate): string {
  const out: string[] = [];
  if (e.sampleLabel) out.push(`*** ${e.sampleLabel} ***`);
  out.push(e.header.agency, e.header.title, `Bảng đơn giá: ${e.book.title} (${e.book.hash.slice(0, 19)}…)`, '');
  const row = (a: string, b: string, c: string, d: string, f: string, g: string) =>
    `${pad(a, 5)} ${pad(cut(b, 48), 48)} ${pad(c, 10)} ${pad(d, 12, true)} ${pad(f, 12, true)} ${pad(g, 16, true)}`;
  out.push(row('STT', 'Nội dung công việc', 'Đơn vị', 'Khối lượng', 'Đơn giá', 'Thành tiền'));
  out.push('-'.repeat(108));
  for (const s of e.sections) {
    out.push(row(s.id, s.title.toUpperCase(), '', '', '', formatMoney(s.total)));
    for (const l of s.lines) {
      out.push(row(l.stt, l.content, l.unit, formatQuantity(l.quantity), formatMoney(l.unitPrice), formatMoney(l.amount)));
    }
    const adj = s.rebase?.adjustment;
    if (adj) out.push(row('', adj.label, '', '', '', formatMoney(adj.amount)));
    out.push(row('', totalLabels.subtotal, '', '', '', formatMoney(s.subtotal)));
    out.push(row('', vatLine(s.vat.rate), '', '', '', formatMoney(s.vat.amount)));
  }
  out.push('-'.repeat(108));
  out.push(row('', totalLabels.grandTotal, '', '', '', formatMoney(e.total)));
  if (e.rounding.toThousand) out.push(row('', totalLabels.rounding, '', '', '', formatMoney(e.rounding.adjustment)));
  out.push(row('', 'Số tiền đề nghị', '', '', '', formatMoney(e.finalAmount)));
  out.push('', `${totalLabels.wordsLabel} ${e.amountInWords}`);
  return out.join('\n');
}
