// The lines of one section, in two passes: first every line is priced (or its problem recorded), then — only
// when nothing is wrong — the output lines are built. Estimates reach 10^5 lines: building the 10^5 line
// objects in a separate pass, away from the short-lived Decimals of the arithmetic, keeps the young
// generation from copying them over and over (measured in bench/compute.bench.ts).
import { findBookItem } from '../book/find-item.ts';
import { issueAt, type Issue } from '../errors.ts';
import { Decimal } from '../money/decimal.ts';
import { integerString } from '../money/integer-string.ts';
import type { InputLine } from '../model/input-line.ts';
import type { EstimateLine } from '../model/estimate.ts';
import type { BookItem, PriceBook } from '../model/price-book.ts';
import { unitLabel } from '../terms/units.ts';
import { bookName } from '../book/book-name.ts';

/** Everything about a book item that does not depend on the line, prepared once per item. */
export interface PreparedItem {
  item: BookItem;
  price: Decimal | null;
  unit: string;
  content: string;
  note: string;
}

/** Ghi chú of a line: the book (decision number, or title) and the item code. */
function lineNote(book: PriceBook, code: string, basis: string | undefined): string {
  const source = book.decision ? `${book.decision.number}` : bookName(book.title);
  return `${source}${basis ? `, ${basis}` : ''}; mã ${code}`;
}

/** A memoised lookup of (code, variant) in the book; undefined when the book lacks the item. */
export function itemPreparer(book: PriceBook): (code: string, variant: string | undefined) => PreparedItem | undefined {
  const prepared = new Map<string, PreparedItem | undefined>();
  return (code, variant) => {
    const key = variant === undefined ? code : `${code}\u0000${variant}`;
    const known = prepared.get(key);
    if (known !== undefined || prepared.has(key)) return known;
    const item = findBookItem(book, code, variant);
    const p = item && {
      item,
      price: item.price === null ? null : new Decimal(item.price),
      unit: unitLabel(item.unit),
      content: item.variant ? `${item.name} (${item.variant})` : item.name,
      note: lineNote(book, item.code, item.basis),
    };
    prepared.set(key, p);
    return p;
  };
}

/** The priced lines of a section: each line's item and amount (thành tiền), and their sum. */
export interface PricedLines {
  items: PreparedItem[];
  amounts: string[];
  subtotal: Decimal;
}

export interface PriceProblems {
  list: Issue[];
  /** Some needed price is null in the book (the book is incomplete, not the input wrong). */
  missingPrice: boolean;
}

/**
 * Pass 1: amount = round-half-up(quantity × unit price) to whole đồng for every line. A line whose item is
 * missing, whose price is null, or whose unit differs from the book's adds a problem (with its path) and is
 * skipped; the caller throws when any problem was found, so a returned PricedLines is complete only then.
 */
export function priceSectionLines(
  lines: readonly InputLine[],
  prepare: (code: string, variant: string | undefined) => PreparedItem | undefined,
  path: string,
  bookId: string,
  problems: PriceProblems,
): PricedLines {
  const n = lines.length;
  const items: PreparedItem[] = new Array(n);
  const amounts: string[] = new Array(n);
  let subtotal = new Decimal(0);
  for (let li = 0; li < n; li++) {
    const line = lines[li]!;
    const p = prepare(line.item, line.variant);
    if (!p) {
      problems.list.push(issueAt(`${path}[${li}].item`, 'BOOK_ITEM_MISSING', { code: line.item, variant: line.variant, book: bookId }));
      continue;
    }
    const { item, price } = p;
    if (price === null) {
      problems.missingPrice = true;
      problems.list.push(issueAt(`${path}[${li}].item`, 'BOOK_PRICE_NULL', { code: item.code, name: item.name, book: bookId }));
      continue;
    }
    if (line.unit !== undefined && line.unit !== item.unit) {
      problems.list.push(issueAt(`${path}[${li}].unit`, 'LINE_UNIT_MISMATCH', { code: item.code, expected: item.unit, actual: line.unit }));
      continue;
    }
    // Whole quantity × whole-đồng price is already whole: rounding is needed only for fractional quantities.
    const product = new Decimal(line.quantity).mul(price);
    const amount = line.quantity.includes('.') ? product.toDecimalPlaces(0, Decimal.ROUND_HALF_UP) : product;
    subtotal = subtotal.add(amount);
    items[li] = p;
    amounts[li] = integerString(amount);
  }
  return { items, amounts, subtotal };
}

/** Pass 2 (only when pass 1 found no problem): the output lines, STT 1, 2, … in input order. */
export function buildSectionLines(lines: readonly InputLine[], priced: PricedLines): EstimateLine[] {
  const n = lines.length;
  const out: EstimateLine[] = new Array(n);
  for (let li = 0; li < n; li++) {
    const line = lines[li]!;
    const p = priced.items[li]!;
    const item = p.item;
    const l: EstimateLine = {
      stt: String(li + 1),
      item: item.code,
      content: line.description ?? p.content,
      unitCode: item.unit,
      unit: p.unit,
      quantity: line.quantity,
      unitPrice: item.price!,
      amount: priced.amounts[li]!,
      note: line.note ? `${p.note}. ${line.note}` : p.note,
    };
    if (item.variant !== undefined) l.variant = item.variant;
    out[li] = l;
  }
  return out;
}
