import { Decimal } from '../../money/decimal.ts';
import { unitLabel } from '../../terms/units.ts';
import { foldText } from '../../util/fold-text.ts';
import { fmtMoney, finding, num, type AuditContext } from '../context.ts';
import { readFinding } from '../../read/finding.ts';
import { readUnit, unitAccepts } from '../../read/units.ts';
import type { Finding } from '../finding.ts';
import { itemDisplayName } from '../map-items.ts';
import { bookVersionChange } from './book-version.ts';

/**
 * UNKNOWN_ITEM, UNIT_MISMATCH, PRICE_MISMATCH, PRICE_UNKNOWN against the reference book; ITEM_AMBIGUOUS when a
 * name matches several items equally (a warning naming them, never a silent pick, never an error by itself);
 * ITEM_MATCHED (info) when a name was matched with little to spare. A unit the vocabulary does not know is not
 * compared (unitsRule says so).
 */
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
      if (m.kind === 'unknown-level') {
        // The standard workbook writes the level in the content ("name (level)"): none named is a level the book no
        // longer has. A hand-made table may write it elsewhere: the candidate levels, as a warning.
        if (ctx.sub.kind === 'generic') {
          out.push(readFinding('ITEM_AMBIGUOUS', l.content.at, { content: l.content.text, candidates: m.levels.map((i) => `${i.code} — ${itemDisplayName(i)}`) }, { actual: l.content.text }));
          // Whichever level is meant, a price that is none of theirs is wrong (the mapping took a level of the price).
          const p = num(l.unitPrice);
          const prices = m.levels.flatMap((i) => (i.price === null ? [] : [i.price]));
          if (p !== null && prices.length === m.levels.length) {
            const scale = l.unitPrice.scale;
            const expected = prices.map((x) => fmtMoney(x, scale)).join(' / ');
            out.push(finding('PRICE_MISMATCH', l.unitPrice.at, prices.join(' / '), p.toString(), { item: m.code, actual: fmtMoney(p, scale), expected, book: book.id }));
          }
        } else {
          const levels = m.levels.map((i) => i.variant ?? '').filter(Boolean);
          out.push(finding('UNKNOWN_ITEM', l.content.at, null, l.content.text || null, { by: 'level', code: m.code, content: l.content.text, levels, book: book.id }));
        }
        continue;
      }
      if (m.kind === 'unknown') {
        // In a hand-made table a line the book does not have is a price to justify, not a misread line.
        if (ctx.sub.kind === 'generic' && l.content.text) {
          out.push(readFinding('ITEM_NOT_IN_BOOK', l.content.at, { content: l.content.text, unit: l.unit.text, book: book.id }, { actual: l.content.text }));
        } else out.push(finding('UNKNOWN_ITEM', l.content.at, null, l.content.text || null, { by: 'name', content: l.content.text, unit: l.unit.text, book: book.id }));
        continue;
      }
      if (m.kind === 'ambiguous') {
        out.push(
          readFinding('ITEM_AMBIGUOUS', l.content.at, { content: l.content.text, candidates: m.candidates.map((i) => `${i.code} — ${itemDisplayName(i)}`) }, { actual: l.content.text }),
        );
        continue;
      }
      const item = m.item;
      if ((m.kind === 'code' && m.byPrice) || (m.kind === 'name' && (m.byPrice || m.margin < 0.1 || (m.score < 0.6 && (m.containment ?? 0) < 1)))) {
        out.push(readFinding('ITEM_MATCHED', l.content.at, { content: l.content.text, code: item.code, name: itemDisplayName(item) }, { expected: item.code, actual: l.content.text }));
      }
      const unit = readUnit(l.unit.text);
      if ((unit.known || !unit.text) && !unitAccepts(unit, item.unit)) {
        const expected = unitLabel(item.unit);
        out.push(finding('UNIT_MISMATCH', l.unit.at, expected, l.unit.text || null, { item: item.code, actual: l.unit.text, expected }));
      }
      if (item.price === null) {
        out.push(finding('PRICE_UNKNOWN', l.unitPrice.at, null, l.unitPrice.value, { item: item.code, book: book.id }));
        continue;
      }
      const p = num(l.unitPrice);
      if (p !== null && !p.eq(new Decimal(item.price))) {
        const scale = l.unitPrice.scale;
        out.push(finding('PRICE_MISMATCH', l.unitPrice.at, item.price, p.toString(), { item: item.code, actual: fmtMoney(p, scale), expected: fmtMoney(item.price, scale), book: book.id }));
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

/**
 * BOOK_HASH_MISMATCH and SAMPLE_BOOK: which book the submission says it was computed with. A fingerprint of another
 * version of the same book is BOOK_VERSION_CHANGED's to say (rules/book-version.ts), not said twice.
 */
export function bookIdentityRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  const hash = ctx.sub.book.hash;
  if (ctx.book && hash && hash.text.trim() && hash.text.trim().toLowerCase() !== ctx.bookHash && !bookVersionChange(ctx)) {
    out.push(finding('BOOK_HASH_MISMATCH', hash.at, ctx.bookHash, hash.text.trim(), { book: ctx.book.id }));
  }
  const sample = saysSample(ctx);
  if (sample) {
    const demo = ctx.book?.status === 'sample';
    out.push(finding('SAMPLE_BOOK', sample.at, null, sample.text, { demo }, demo ? 'warning' : 'error'));
  }
  return out;
}
