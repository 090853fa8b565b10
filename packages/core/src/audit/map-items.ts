import type { BookItem, PriceBook } from '../model/price-book.ts';
import type { UnitCode } from '../model/units.ts';
import { canonicalUnit, isPageUnit, unitFromText } from '../terms/units.ts';
import { foldText, foldTokens } from '../util/fold-text.ts';
import type { SubmittedLine } from './submitted.ts';

/** How one line of a submission maps to a price-book item. */
export type LineMapping =
  | { kind: 'code'; item: BookItem }
  | { kind: 'name'; item: BookItem; score: number }
  | { kind: 'unknown-code'; code: string }
  | { kind: 'unknown' };

/**
 * Whether a unit as written is acceptable for an item priced in `unit` (terms/units.ts reads the spelling). A bare
 * "trang" / "tr" is trang-a4 to the vocabulary but acceptable for any page size.
 */
export function unitCompatible(written: string, unit: string): boolean {
  const f = foldText(written).replace(/\.$/, '');
  if ((f === 'trang' || f === 'tr') && isPageUnit(unit)) return true;
  const code = canonicalUnit(unit);
  return code === null ? f === foldText(unit) : unitFromText(written) === code;
}

export { canonicalUnit, isPageUnit, unitFromText };

/** Paper sizes named in a text: decisive when matching "… khổ A3" against "… khổ A4". */
function sizeTokens(tokens: readonly string[]): Set<string> {
  return new Set(tokens.filter((t) => /^a[0-5]$/.test(t)));
}

/** The name a book item is written with in an estimate line ("name (variant)"). */
export function itemDisplayName(item: BookItem): string {
  return item.variant ? `${item.name} (${item.variant})` : item.name;
}

interface IndexedItem {
  item: BookItem;
  tokens: Set<string>;
  sizes: Set<string>;
  folded: string;
}

/** Prepared matcher for one book (index built once per book, reused across submissions). */
export class ItemMatcher {
  private readonly items: IndexedItem[];
  private readonly byCode = new Map<string, BookItem[]>();
  constructor(readonly book: PriceBook) {
    this.items = book.items.map((item) => {
      const toks = foldTokens(itemDisplayName(item));
      return { item, tokens: new Set(toks), sizes: sizeTokens(toks), folded: foldText(itemDisplayName(item)) };
    });
    for (const item of book.items) {
      const list = this.byCode.get(item.code) ?? [];
      list.push(item);
      this.byCode.set(item.code, list);
    }
  }

  /**
   * Map one line: by the hidden item code when present (choosing the variant named in the content), else by
   * name and unit — Dice similarity of folded word sets, items of a compatible unit first, paper sizes decisive.
   * A name that matches only an item of another unit maps to it (the rule then reports UNIT_MISMATCH).
   */
  map(line: Pick<SubmittedLine, 'content' | 'unit' | 'itemCode'>): LineMapping {
    const code = line.itemCode?.text.trim().toUpperCase();
    if (code) {
      const candidates = this.byCode.get(code);
      if (!candidates) return { kind: 'unknown-code', code };
      if (candidates.length === 1) return { kind: 'code', item: candidates[0]! };
      const content = foldText(line.content.text);
      const withVariant = candidates.find((c) => c.variant && content.includes(foldText(c.variant)));
      return { kind: 'code', item: withVariant ?? candidates.find((c) => !c.variant) ?? candidates[0]! };
    }
    const content = foldText(line.content.text);
    if (!content) return { kind: 'unknown' };
    const exact = this.items.filter((i) => i.folded === content);
    if (exact.length === 1) return { kind: 'name', item: exact[0]!.item, score: 1 };

    const toks = foldTokens(line.content.text);
    const set = new Set(toks);
    const sizes = sizeTokens(toks);
    const scored: Array<{ it: IndexedItem; score: number; unitOk: boolean }> = [];
    for (const it of this.items) {
      if (sizes.size > 0 && it.sizes.size > 0 && ![...sizes].some((s) => it.sizes.has(s))) continue;
      let common = 0;
      for (const t of set) if (it.tokens.has(t)) common++;
      const score = (2 * common) / (set.size + it.tokens.size);
      scored.push({ it, score, unitOk: unitCompatible(line.unit.text, it.item.unit) });
    }
    const pick = (list: typeof scored, threshold: number) => {
      const sorted = [...list].sort((a, b) => b.score - a.score);
      const best = sorted[0];
      if (!best || best.score < threshold) return null;
      const second = sorted[1];
      if (second && best.score - second.score < 0.05) return null; // ambiguous
      return best;
    };
    const sameUnit = pick(scored.filter((s) => s.unitOk), 0.45);
    if (sameUnit) return { kind: 'name', item: sameUnit.it.item, score: sameUnit.score };
    const anyUnit = pick(scored, 0.6);
    if (anyUnit) return { kind: 'name', item: anyUnit.it.item, score: anyUnit.score };
    return { kind: 'unknown' };
  }
}
