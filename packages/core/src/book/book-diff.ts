import type { BookCoefficient, BookItem, PriceBook } from '../model/price-book.ts';

/** What changed on one item besides its price (field names of the book format). */
export type ItemField = 'name' | 'unit' | 'section' | 'labour' | 'provenance' | 'basis';

/** The difference between two versions of a price book (so sánh hai phiên bản bảng đơn giá). */
export interface BookDiff {
  added: BookItem[];
  removed: BookItem[];
  /** Same code and level, another price (either may be null). */
  priceChanged: Array<{ old: BookItem; new: BookItem }>;
  /** Same code, level and price; other fields changed. */
  changed: Array<{ old: BookItem; new: BookItem; fields: ItemField[] }>;
  coefficientsAdded: BookCoefficient[];
  coefficientsRemoved: BookCoefficient[];
  /** Same id; value, scope or source changed. */
  coefficientsChanged: Array<{ old: BookCoefficient; new: BookCoefficient }>;
  /** Codes (with their level, "SH.A4|Khổ A4") whose price, unit or coefficients changed — what an estimate's line feels. */
  touched: Set<string>;
}

const key = (i: Pick<BookItem, 'code' | 'variant'>) => `${i.code}|${i.variant ?? ''}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Items added, removed and changed (old → new price) between two books, matched by code and level; coefficients by
 * id. Pure; the books' order is kept (old order for removals, new order otherwise).
 */
export function diffBooks(oldBook: PriceBook, newBook: PriceBook): BookDiff {
  const oldItems = new Map(oldBook.items.map((i) => [key(i), i]));
  const newItems = new Map(newBook.items.map((i) => [key(i), i]));
  const d: BookDiff = { added: [], removed: [], priceChanged: [], changed: [], coefficientsAdded: [], coefficientsRemoved: [], coefficientsChanged: [], touched: new Set() };
  for (const n of newBook.items) {
    const o = oldItems.get(key(n));
    if (!o) {
      d.added.push(n);
      d.touched.add(key(n));
      continue;
    }
    if (o.price !== n.price) {
      d.priceChanged.push({ old: o, new: n });
      d.touched.add(key(n));
      continue;
    }
    const fields = (['name', 'unit', 'section', 'labour', 'provenance', 'basis'] as const).filter((f) => !same(o[f], n[f]));
    if (fields.length) {
      d.changed.push({ old: o, new: n, fields });
      if (fields.includes('unit') || fields.includes('section')) d.touched.add(key(n));
    }
  }
  for (const o of oldBook.items) if (!newItems.has(key(o))) {
    d.removed.push(o);
    d.touched.add(key(o));
  }
  const oldK = new Map(oldBook.coefficients.map((k) => [k.id, k]));
  const newK = new Map(newBook.coefficients.map((k) => [k.id, k]));
  for (const n of newBook.coefficients) {
    const o = oldK.get(n.id);
    if (!o) d.coefficientsAdded.push(n);
    else if (!same(o, n)) d.coefficientsChanged.push({ old: o, new: n });
  }
  for (const o of oldBook.coefficients) if (!newK.has(o.id)) d.coefficientsRemoved.push(o);
  return d;
}

/** Whether two books differ in anything `diffBooks` reports. */
export function booksDiffer(d: BookDiff): boolean {
  return d.added.length + d.removed.length + d.priceChanged.length + d.changed.length + d.coefficientsAdded.length + d.coefficientsRemoved.length + d.coefficientsChanged.length > 0;
}
