import type { BookItem, PriceBook } from '../model/price-book.ts';
import type { UnitCode } from '../model/units.ts';
import { isPageUnit, readUnit, unitAccepts } from '../read/units.ts';
import { canonicalUnit } from '../terms/units.ts';
import { foldText, foldTokens } from '../util/fold-text.ts';
import type { SubmittedLine } from './submitted.ts';

/** How one line of a submission maps to a price-book item. */
export type LineMapping =
  /** `byPrice`: the code has several levels, the content names none, and the line's price is exactly one level's. */
  | { kind: 'code'; item: BookItem; byPrice?: true }
  /** `margin`: how far ahead of the next item the match is (1 when it is the only candidate); `byPrice`: the tie was decided by the line's price. */
  | { kind: 'name'; item: BookItem; score: number; margin: number; containment?: number; byPrice?: boolean }
  /** Several items match the name equally well: the candidates, best first (a warning, never a silent pick). */
  | { kind: 'ambiguous'; candidates: BookItem[] }
  | { kind: 'unknown-code'; code: string }
  /** The code is the book's, with several levels (mức), and the line names none of them. */
  | { kind: 'unknown-level'; code: string; levels: BookItem[] }
  | { kind: 'unknown' };

/** Abbreviations typed in names, expanded before matching ("Số hóa TL khổ A4" → "số hóa tài liệu khổ a4"). */
const ABBREVIATIONS: Record<string, string> = {
  tl: 'tai lieu',
  csdl: 'co so du lieu',
  hs: 'ho so',
  vb: 'van ban',
  vpp: 'van phong pham',
  nc: 'nhan cong',
  vt: 'vat tu',
  dl: 'du lieu',
  kt: 'kiem tra',
  sh: 'so hoa',
  cl: 'chinh ly',
  bm: 'bien muc',
  dt: 'dac ta',
  ks: 'khao sat',
  kh: 'ke hoach',
  nt: 'nghiem thu',
};

/** Words of a name for matching: folded, abbreviations expanded. */
function nameTokens(text: string): string[] {
  return foldTokens(text).flatMap((t) => (ABBREVIATIONS[t] ?? t).split(' '));
}

/**
 * Whether a unit as written is acceptable for an item priced in `unit` (terms/units.ts reads the spelling). A bare
 * "trang" / "tr" is trang-a4 to the vocabulary but acceptable for any page size.
 */
export function unitFromText(text: string): UnitCode | null {
  return readUnit(text).code;
}

/** Whether a unit as written is acceptable for an item priced in `unit` (a unit code, or a unit the book typed). */
export function unitCompatible(written: string, unit: string): boolean {
  return unitAccepts(readUnit(written), unit);
}

export { canonicalUnit, isPageUnit };

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

const matchers = new WeakMap<PriceBook, ItemMatcher>();

/** The matcher of a book, built once and reused across submissions. */
export function matcherFor(book: PriceBook): ItemMatcher {
  let m = matchers.get(book);
  if (!m) matchers.set(book, (m = new ItemMatcher(book)));
  return m;
}

/** Prepared matcher for one book (index built once per book, reused across submissions). */
export class ItemMatcher {
  private readonly items: IndexedItem[];
  private readonly byCode = new Map<string, BookItem[]>();
  constructor(readonly book: PriceBook) {
    this.items = book.items.map((item) => {
      const toks = nameTokens(itemDisplayName(item));
      return { item, tokens: new Set(toks), sizes: sizeTokens(toks), folded: foldText(itemDisplayName(item)) };
    });
    for (const item of book.items) {
      const list = this.byCode.get(item.code) ?? [];
      list.push(item);
      this.byCode.set(item.code, list);
    }
  }

  /**
   * Map one line: by the hidden item code when present (choosing the level named in the content, else the one of
   * the line's price; none = unknown-level), else by
   * name and unit — Dice similarity of folded word sets, items of a compatible unit first, paper sizes decisive.
   * A name that matches only an item of another unit maps to it (the rule then reports UNIT_MISMATCH).
   */
  map(line: Pick<SubmittedLine, 'content' | 'unit' | 'itemCode'> & { unitPrice?: SubmittedLine['unitPrice'] }): LineMapping {
    const code = line.itemCode?.text.trim().toUpperCase();
    if (code) {
      const candidates = this.byCode.get(code);
      if (!candidates) return { kind: 'unknown-code', code };
      if (candidates.length === 1) return { kind: 'code', item: candidates[0]! };
      const content = foldText(line.content.text);
      const named = candidates.find((c) => c.variant && content.includes(foldText(c.variant))) ?? candidates.find((c) => !c.variant);
      if (named) return { kind: 'code', item: named };
      // The content names none of the code's levels (a level the book no longer has, or written elsewhere, as a
      // hand-made table may): the one level of the line's price (said as an inference), else the levels — never
      // the first level picked silently.
      const price = line.unitPrice?.value ?? null;
      const byPrice = price === null ? [] : candidates.filter((c) => c.price !== null && c.price === price);
      if (byPrice.length === 1) return { kind: 'code', item: byPrice[0]!, byPrice: true };
      return { kind: 'unknown-level', code, levels: candidates };
    }
    const content = foldText(line.content.text);
    if (!content) return { kind: 'unknown' };
    const exact = this.items.filter((i) => i.folded === content);
    if (exact.length === 1) return { kind: 'name', item: exact[0]!.item, score: 1, margin: 1 };

    const toks = nameTokens(line.content.text);
    const set = new Set(toks);
    const sizes = sizeTokens(toks);
    const unitReading = readUnit(line.unit.text);
    const scored: Array<{ it: IndexedItem; score: number; unitOk: boolean; containment: number }> = [];
    for (const it of this.items) {
      if (sizes.size > 0 && it.sizes.size > 0 && ![...sizes].some((s) => it.sizes.has(s))) continue;
      let common = 0;
      for (const t of set) if (it.tokens.has(t)) common++;
      const score = (2 * common) / (set.size + it.tokens.size);
      scored.push({ it, score, unitOk: unitAccepts(unitReading, it.item.unit), containment: set.size ? common / set.size : 0 });
    }
    const price = line.unitPrice?.value ?? null;
    const pick = (list: typeof scored, threshold: number): LineMapping | null => {
      const sorted = [...list].sort((a, b) => b.score - a.score);
      const best = sorted[0];
      if (!best || best.score < threshold) return null;
      const ties = sorted.filter((x) => best.score - x.score < 0.05);
      if (ties.length === 1) return { kind: 'name', item: best.it.item, score: best.score, margin: best.score - (sorted[1]?.score ?? 0), containment: best.containment };
      // A tie decided by the price the line states (one candidate has exactly that price).
      const byPrice = price === null ? [] : ties.filter((x) => x.it.item.price !== null && x.it.item.price === price);
      if (byPrice.length === 1) return { kind: 'name', item: byPrice[0]!.it.item, score: byPrice[0]!.score, margin: 0, byPrice: true };
      return { kind: 'ambiguous', candidates: ties.map((x) => x.it.item) };
    };
    const sameUnit = pick(scored.filter((s) => s.unitOk), 0.45);
    if (sameUnit) return sameUnit;
    // A unit the line does not state (or one the vocabulary does not know) does not rule an item out.
    if (!unitReading.known) {
      const any = pick(scored, 0.45);
      if (any) return any;
    }
    const anyUnit = pick(scored, 0.6);
    if (anyUnit) return anyUnit;
    // A short name whose every word is in exactly one item ("Biên mục hồ sơ" in "Biên mục dữ liệu đặc tả cấp hồ
    // sơ"), typed with the unit of another item: that item, and the unit is what is wrong.
    const within = set.size >= 2 ? scored.filter((s) => s.containment === 1) : [];
    if (within.length === 1) return { kind: 'name', item: within[0]!.it.item, score: within[0]!.score, margin: 0, containment: 1 };
    // The only item of the book in the line's unit, when the name shares some words with it.
    const ofUnit = unitReading.known ? scored.filter((s) => s.unitOk) : [];
    if (ofUnit.length === 1 && ofUnit[0]!.score >= 0.25) return { kind: 'name', item: ofUnit[0]!.it.item, score: ofUnit[0]!.score, margin: 0, containment: ofUnit[0]!.containment };
    // A line of the book's unit and exactly one item's price ("Giảm trừ số trang …" at the scanning price).
    const samePrice = price === null ? [] : ofUnit.filter((s) => s.it.item.price !== null && s.it.item.price === price.replace(/^-/, '') && s.score >= 0.2);
    if (samePrice.length === 1) return { kind: 'name', item: samePrice[0]!.it.item, score: samePrice[0]!.score, margin: 0, byPrice: true };
    return { kind: 'unknown' };
  }
}
