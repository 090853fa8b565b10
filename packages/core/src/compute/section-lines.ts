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
import { coefficientAllowed, findCoefficient } from '../book/coefficients.ts';
import { formatQuantity } from '../money/format.ts';
import { coefficientNote as KN } from '../terms/coefficients.ts';
import type { SectionId } from '../model/fields.ts';

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

/** Why a line's (code, level) found no item: the code is unknown, or its level is missing or unknown. */
function lookupProblem(book: PriceBook, line: InputLine, at: string): Issue {
  const code = line.item.trim().toUpperCase();
  const levels = book.items.filter((i) => i.code === code).map((i) => i.variant).filter((v): v is string => v !== undefined);
  if (levels.length === 0) return issueAt(`${at}.item`, 'BOOK_ITEM_MISSING', { code: line.item, variant: line.variant, book: book.id });
  if (line.variant === undefined) return issueAt(`${at}.variant`, 'LINE_LEVEL_MISSING', { code, levels });
  return issueAt(`${at}.variant`, 'LINE_LEVEL_UNKNOWN', { code, level: line.variant, levels });
}

const decimals = (s: string) => {
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
};

/**
 * The coefficients of one line (hệ số), checked against the book: each known, allowed on the item, valued, not
 * twice; their product and whether quantity × product keeps ≤ 4 decimals (what makes the written formula
 * ROUND(ROUND(D*E*F,4),0) agree with decimal arithmetic in every engine — layout/amount-formulas.ts).
 * Returns null (problems recorded) when the line cannot be computed.
 */
function lineCoefficients(
  book: PriceBook,
  line: InputLine,
  item: BookItem,
  at: string,
  problems: PriceProblems,
): { list: NonNullable<EstimateLine['coefficients']>; factor: Decimal } | null {
  const ids = line.coefficients ?? [];
  const list: NonNullable<EstimateLine['coefficients']> = [];
  let factor = new Decimal(1);
  let ok = true;
  const seen = new Set<string>();
  ids.forEach((raw, j) => {
    const id = raw.trim().toUpperCase();
    const path = `${at}.coefficients[${j}]`;
    const k = findCoefficient(book, id);
    if (!k) {
      problems.list.push(issueAt(path, 'LINE_COEFFICIENT_UNKNOWN', { id: raw, book: book.id }));
      ok = false;
    } else if (seen.has(id)) {
      problems.list.push(issueAt(path, 'LINE_COEFFICIENT_TWICE', { id }));
      ok = false;
    } else if (!coefficientAllowed(k, item)) {
      problems.list.push(issueAt(path, 'LINE_COEFFICIENT_NOT_ALLOWED', { id, code: item.code }));
      ok = false;
    } else if (k.value === null) {
      problems.missingPrice = true;
      problems.list.push(issueAt(path, 'LINE_COEFFICIENT_NULL', { id, name: k.name, book: book.id }));
      ok = false;
    } else {
      list.push({ id, name: k.name, value: k.value });
      factor = factor.mul(k.value);
    }
    seen.add(id);
  });
  if (!ok) return null;
  const f = factor.toString();
  if (decimals(line.quantity) + decimals(f) > 4) {
    problems.list.push(issueAt(`${at}.quantity`, 'LINE_COEFFICIENT_PRECISION', { quantity: formatQuantity(line.quantity), factor: formatQuantity(f) }));
    return null;
  }
  return { list, factor };
}

/** The priced lines of a section: each line's item and amount (thành tiền), and their sum. */
export interface PricedLines {
  items: PreparedItem[];
  amounts: string[];
  /** Per line with coefficients: the coefficients and their product; undefined elsewhere. */
  coefficients: Array<{ list: NonNullable<EstimateLine['coefficients']>; factor: string } | undefined>;
  subtotal: Decimal;
}

export interface PriceProblems {
  list: Issue[];
  /** Some needed price is null in the book (the book is incomplete, not the input wrong). */
  missingPrice: boolean;
}

/**
 * Pass 1: amount = round-half-up(quantity × unit price × its coefficients) to whole đồng for every line. A line
 * whose item is missing (unknown code, missing or unknown level), in another section than the item's, whose price
 * or coefficient is null or not allowed, or whose unit differs from the book's adds a problem (with its path) and
 * is skipped; the caller throws when any problem was found, so a returned PricedLines is complete only then.
 */
export function priceSectionLines(
  lines: readonly InputLine[],
  prepare: (code: string, variant: string | undefined) => PreparedItem | undefined,
  path: string,
  book: PriceBook,
  section: SectionId,
  problems: PriceProblems,
): PricedLines {
  const bookId = book.id;
  const n = lines.length;
  const items: PreparedItem[] = new Array(n);
  const amounts: string[] = new Array(n);
  const coefficients: PricedLines['coefficients'] = new Array(n);
  let subtotal = new Decimal(0);
  for (let li = 0; li < n; li++) {
    const line = lines[li]!;
    const p = prepare(line.item, line.variant);
    if (!p) {
      problems.list.push(lookupProblem(book, line, `${path}[${li}]`));
      continue;
    }
    if (p.item.section !== section) {
      problems.list.push(issueAt(`${path}[${li}].item`, 'LINE_WRONG_SECTION', { code: p.item.code, section, expected: p.item.section }));
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
    let product = new Decimal(line.quantity).mul(price);
    let fractional = line.quantity.includes('.');
    if (line.coefficients !== undefined && line.coefficients.length > 0) {
      const k = lineCoefficients(book, line, item, `${path}[${li}]`, problems);
      if (!k) continue;
      coefficients[li] = { list: k.list, factor: k.factor.toString() };
      product = product.mul(k.factor);
      fractional = true;
    }
    // Whole quantity × whole-đồng price is already whole: rounding is needed only for fractional products.
    const amount = fractional ? product.toDecimalPlaces(0, Decimal.ROUND_HALF_UP) : product;
    subtotal = subtotal.add(amount);
    items[li] = p;
    amounts[li] = integerString(amount);
  }
  return { items, amounts, coefficients, subtotal };
}

/** "hệ số K.1975 = 1,3 × K.NN = 1,2": what a line's Ghi chú says of its coefficients (named in Thuyết minh). */
function coefficientNote(list: NonNullable<EstimateLine['coefficients']>): string {
  return `${KN.prefix}${list.map((k) => `${k.id}${KN.equals}${formatQuantity(k.value)}`).join(KN.times)}`;
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
    const k = priced.coefficients[li];
    if (k) {
      l.coefficients = k.list;
      l.factor = k.factor;
      l.note = `${l.note}${KN.after}${coefficientNote(k.list)}`;
    }
    out[li] = l;
  }
  return out;
}
