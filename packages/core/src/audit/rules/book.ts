import { Decimal } from '../../money/decimal.ts';
import { unitLabel } from '../../terms/units.ts';
import { foldText } from '../../util/fold-text.ts';
import { fmt, finding, num, type AuditContext } from '../context.ts';
import type { Finding } from '../finding.ts';
import { unitCompatible } from '../map-items.ts';

/** UNKNOWN_ITEM, UNIT_MISMATCH, PRICE_MISMATCH, PRICE_UNKNOWN against the reference book. */
export function bookItemsRule(ctx: AuditContext): Finding[] {
  const book = ctx.book;
  if (!book) return [];
  const out: Finding[] = [];
  for (const s of ctx.sub.sections) {
    for (const l of s.lines) {
      const m = ctx.mappings.get(l);
      if (!m) continue;
      if (m.kind === 'unknown-code') {
        out.push(finding('UNKNOWN_ITEM', l.content.at, null, m.code, { by: 'code', code: m.code, book: book.id }));
        continue;
      }
      if (m.kind === 'unknown') {
        out.push(finding('UNKNOWN_ITEM', l.content.at, null, l.content.text || null, { by: 'name', content: l.content.text, unit: l.unit.text, book: book.id }));
        continue;
      }
      const item = m.item;
      if (!unitCompatible(l.unit.text, item.unit)) {
        const expected = unitLabel(item.unit);
        out.push(finding('UNIT_MISMATCH', l.unit.at, expected, l.unit.text || null, { item: item.code, actual: l.unit.text, expected }));
      }
      if (item.price === null) {
        out.push(finding('PRICE_UNKNOWN', l.unitPrice.at, null, l.unitPrice.value, { item: item.code, book: book.id }));
        continue;
      }
      const p = num(l.unitPrice);
      if (p !== null && !p.eq(new Decimal(item.price))) {
        out.push(finding('PRICE_MISMATCH', l.unitPrice.at, item.price, p.toString(), { item: item.code, actual: fmt(p), expected: fmt(item.price), book: book.id }));
      }
    }
  }
  return out;
}

/** Whether what the workbook says about its book marks it as a sample (MẪU) book. */
function saysSample(ctx: AuditContext): { at: Finding['location']; text: string } | null {
  const b = ctx.sub.book;
  if (b.sampleLabel && b.sampleLabel.text.trim()) return { at: b.sampleLabel.at, text: b.sampleLabel.text };
  if (b.status) {
    const f = foldText(b.status.text);
    if (f === 'sample' || /(^| )mau( |$)/.test(f)) return { at: b.status.at, text: b.status.text };
  }
  return null;
}

/** BOOK_HASH_MISMATCH and SAMPLE_BOOK: which book the submission says it was computed with. */
export function bookIdentityRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  const hash = ctx.sub.book.hash;
  if (ctx.book && hash && hash.text.trim() && hash.text.trim().toLowerCase() !== ctx.bookHash) {
    out.push(finding('BOOK_HASH_MISMATCH', hash.at, ctx.bookHash, hash.text.trim(), { book: ctx.book.id }));
  }
  const sample = saysSample(ctx);
  if (sample) {
    const demo = ctx.book?.status === 'sample';
    out.push(finding('SAMPLE_BOOK', sample.at, null, sample.text, { demo }, demo ? 'warning' : 'error'));
  }
  return out;
}
