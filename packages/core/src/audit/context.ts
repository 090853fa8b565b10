import { bookHash } from '../book/book-hash.ts';
import { Decimal } from '../money/decimal.ts';
import { formatQuantity } from '../money/format.ts';
import type { PriceBook } from '../model/price-book.ts';
import type { MessageParams } from '../locale/catalogue.ts';
import { render } from '../locale/render.ts';
import type { Locale, Params } from '../locale/table.ts';
import { auditCodes, type FindingCode, type Severity } from './codes.ts';
import type { Finding, Location } from './finding.ts';
import { ItemMatcher, type LineMapping } from './map-items.ts';
import type { ReadNumber, SubmittedEstimate, SubmittedLine, SubmittedSection } from './submitted.ts';

/**
 * Tunable thresholds of the audit (ngưỡng thẩm tra). They are plausibility bounds for warnings, never prices:
 * - pages per mét giá, default 500–12.000: 1 mét giá ≈ 5.000 tờ [SECONDARY, DOMAIN.md §3], ≈ 8.500 trang when 70 %
 *   of sheets are two-sided [SECONDARY, a vendor's claim]; 12.000 leaves a margin above that and 500 allows for
 *   digitizing only a selection of the arranged records [INFERRED, both];
 * - mét giá per submission, default 10.000: the whole remaining Lào Cai plan is ≈ 3,2 million pages ≈ 640 m at
 *   5.000 trang/m [OFFICIAL plan figure ÷ SECONDARY factor]; ten thousand metres for one body is a typing slip
 *   far more often than a fact [INFERRED].
 */
export interface AuditOptions {
  /** Plausible pages per mét giá (default 500–12.000). `dutoan audit --pages-per-metre MIN-MAX`. */
  pagesPerMetre?: { min: number; max: number };
  /** More mét giá than this in one submission is reported (default 10.000). */
  maxMetres?: number;
  /** Language of the findings' messages (default 'vi'); codes, cells and parameters are the same in every locale. */
  locale?: Locale;
}

export const defaultAuditOptions: Required<AuditOptions> = {
  pagesPerMetre: { min: 500, max: 12_000 },
  maxMetres: 10_000,
  locale: 'vi',
};

/** Everything a rule may look at. Rules are pure functions of this context. */
export interface AuditContext {
  sub: SubmittedEstimate;
  /** Reference price book; null = audit without a book (book rules skipped). */
  book: PriceBook | null;
  bookHash: string | null;
  /** How each line maps to the book (empty map without a book). */
  mappings: Map<SubmittedLine, LineMapping>;
  options: Required<AuditOptions>;
}

const matchers = new WeakMap<PriceBook, ItemMatcher>();
const hashes = new WeakMap<PriceBook, string>();

export function matcherFor(book: PriceBook): ItemMatcher {
  let m = matchers.get(book);
  if (!m) matchers.set(book, (m = new ItemMatcher(book)));
  return m;
}

export function hashFor(book: PriceBook): string {
  let h = hashes.get(book);
  if (!h) hashes.set(book, (h = bookHash(book)));
  return h;
}

export function buildContext(sub: SubmittedEstimate, book: PriceBook | null, options: AuditOptions = {}): AuditContext {
  const mappings = new Map<SubmittedLine, LineMapping>();
  if (book) {
    const matcher = matcherFor(book);
    for (const s of sub.sections) for (const l of s.lines) mappings.set(l, matcher.map(l));
  }
  return {
    sub,
    book,
    bookHash: book ? hashFor(book) : null,
    mappings,
    options: { ...defaultAuditOptions, ...options },
  };
}

/** The Decimal value of a read number, null when empty or not a number. */
export function num(r: ReadNumber | null | undefined): Decimal | null {
  return r && r.value !== null ? new Decimal(r.value) : null;
}

/** Vietnamese display of a decimal ("1.234.567", "12,5"). */
export function fmt(v: Decimal | string): string {
  return formatQuantity(v);
}

/** Section name used in messages: "I", "II", … or the title when the number is unknown. */
export function sectionName(s: SubmittedSection): string {
  return s.id ?? (s.title.text || '?');
}

/** A finding: its code and parameters, its Vietnamese sentence (auditSubmission renders another locale). */
export function finding<C extends FindingCode>(
  code: C,
  location: Location,
  expected: string | null,
  actual: string | null,
  params: MessageParams[C],
  severity: Severity = auditCodes[code].severity,
): Finding {
  return { code, severity, location, expected, actual, params: params as Params, message: render(code, params, 'vi') };
}

/** Σ of the read amounts of a section's lines and adjustment rows, null when one of them is not a number. */
export function sumAmounts(s: SubmittedSection): Decimal | null {
  let sum = new Decimal(0);
  for (const x of [...s.lines, ...(s.adjustments ?? [])]) {
    const a = num(x.amount);
    if (a === null) return null;
    sum = sum.add(a);
  }
  return sum;
}

/** The section's amount before VAT as the workbook states it (subtotal row, else Σ lines). */
export function sectionBase(s: SubmittedSection): Decimal | null {
  return s.subtotal ? num(s.subtotal) : sumAmounts(s);
}

/** The section's amount after VAT as the workbook states it (total row, else base + VAT). */
export function sectionAfterVat(s: SubmittedSection): Decimal | null {
  if (s.total) return num(s.total);
  const base = sectionBase(s);
  if (base === null) return null;
  if (!s.vat) return base;
  const vat = num(s.vat.amount);
  return vat === null ? null : base.add(vat);
}

/** The total as stated: TỔNG CỘNG row, else Σ sections. */
export function statedTotal(sub: SubmittedEstimate): Decimal | null {
  if (sub.grandTotal) return num(sub.grandTotal);
  let sum = new Decimal(0);
  for (const s of sub.sections) {
    const v = sectionAfterVat(s);
    if (v === null) return null;
    sum = sum.add(v);
  }
  return sum;
}

/** The figure the words must read: the amount after rounding, else the total. */
export function statedFinal(sub: SubmittedEstimate): { value: Decimal | null; at: Location | null } {
  if (sub.finalAmount) return { value: num(sub.finalAmount), at: sub.finalAmount.at };
  const total = statedTotal(sub);
  if (sub.rounding) {
    const adj = num(sub.rounding);
    return { value: total !== null && adj !== null ? total.add(adj) : null, at: sub.rounding.at };
  }
  return { value: total, at: sub.grandTotal?.at ?? null };
}
