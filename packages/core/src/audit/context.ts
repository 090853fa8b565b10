import { bookHash } from '../book/book-hash.ts';
import { Decimal } from '../money/decimal.ts';
import { formatQuantity } from '../money/format.ts';
import { moneyInUnitVi } from '../locale/read.ts';
import type { PriceBook } from '../model/price-book.ts';
import type { MessageParams } from '../locale/catalogue.ts';
import { render } from '../locale/render.ts';
import type { Locale, Params } from '../locale/table.ts';
import { auditCodes, type FindingCode, type Severity } from './codes.ts';
import type { Finding, Location } from './finding.ts';
import { matcherFor, type LineMapping } from './map-items.ts';
import type { ReadNumber, SubmittedEstimate, SubmittedLine, SubmittedSection, SubmittedSum, SubmittedVat } from './submitted.ts';

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

const hashes = new WeakMap<PriceBook, string>();

export { matcherFor };

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

/** Section name used in messages: "I", "II", "A" … as numbered, or the title when the section has no number. */
export function sectionName(s: SubmittedSection): string {
  return s.label || s.id || s.title.text || '?';
}

/** A money figure (đồng) for messages: "1.234.567", or "1.234,567 nghìn đồng (1.234.567 đồng)" in a table kept in nghìn đồng. */
export function fmtMoney(v: Decimal | string, scale: number | undefined): string {
  const d = new Decimal(v);
  const s = scale ?? 1;
  return moneyInUnitVi(formatQuantity(d.div(s)), s, formatQuantity(d));
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
  return sumOf([...s.lines, ...(s.adjustments ?? [])].map((x) => x.amount));
}

/** Σ of read numbers, null when one of them is not a number. */
export function sumOf(nums: readonly ReadNumber[]): Decimal | null {
  let sum = new Decimal(0);
  for (const n of nums) {
    const v = num(n);
    if (v === null) return null;
    sum = sum.add(v);
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

const derivedSums = new WeakMap<SubmittedEstimate, SubmittedSum[]>();
const derivedVats = new WeakMap<SubmittedEstimate, SubmittedVat[]>();

/** A section's lines and adjustments as terms, or its subtotal when stated. */
function baseTerms(s: SubmittedSection): ReadNumber[] {
  return s.subtotal ? [s.subtotal] : [...s.lines, ...(s.adjustments ?? [])].map((x) => x.amount);
}

const sectionLabelOf = (s: SubmittedSection) => s.label ?? s.id ?? '';

/**
 * Every VAT row with its base. A reader gives them (`sub.vats`); for a model built from sections only (a JSON
 * estimate, a hand-built test model) each section's VAT is computed on its "Cộng" (else its lines).
 */
export function vatsOf(sub: SubmittedEstimate): SubmittedVat[] {
  if (sub.vats) return sub.vats;
  let v = derivedVats.get(sub);
  if (!v) {
    v = sub.sections.flatMap((s) =>
      s.vat ? [{ ...s.vat, base: s.vat.base ?? { sum: null, terms: baseTerms(s), sections: [sectionLabelOf(s)].filter(Boolean), everything: false } }] : [],
    );
    derivedVats.set(sub, v);
  }
  return v;
}

/**
 * Every sum row with what it must add up to. A reader gives them (`sub.sums`); for a model built from sections
 * only: each section's "Cộng" = its lines, its total = "Cộng" + VAT, TỔNG CỘNG = the sections after VAT, the
 * total before VAT and the VAT total likewise — every one "as read" (from the stated figures below it).
 */
export function sumsOf(sub: SubmittedEstimate): SubmittedSum[] {
  if (sub.sums) return sub.sums;
  let out = derivedSums.get(sub);
  if (out) return out;
  out = [];
  const vats = vatsOf(sub);
  const covers = (secs: readonly SubmittedSection[], withVat: boolean): SubmittedSum['covers'] => ({
    lines: secs.flatMap((s) => s.lines),
    adjustments: secs.flatMap((s) => s.adjustments ?? []),
    vats: withVat ? vats.filter((v) => secs.some((s) => s.vat && (s.vat.amount === v.amount))) : [],
  });
  const mk = (role: SubmittedSum['role'], amount: ReadNumber, terms: ReadNumber[], secs: readonly SubmittedSection[], withVat: boolean, everything = false): SubmittedSum => ({
    role,
    label: { at: amount.at, text: '' },
    amount,
    sections: secs.map(sectionLabelOf).filter(Boolean),
    everything,
    withVat,
    terms,
    covers: covers(secs, withVat),
    how: 'layout',
  });
  const afterVat = (s: SubmittedSection): ReadNumber[] => (s.total ? [s.total] : [...baseTerms(s), ...(s.vat ? [s.vat.amount] : [])]);
  for (const s of sub.sections) {
    if (s.subtotal) out.push(mk('subtotal', s.subtotal, [...s.lines, ...(s.adjustments ?? [])].map((x) => x.amount), [s], false));
    if (s.total) out.push(mk('sectionTotal', s.total, [...baseTerms(s), ...(s.vat ? [s.vat.amount] : [])], [s], true));
  }
  const all = sub.sections;
  if (sub.grandTotal) out.push(mk('total', sub.grandTotal, all.flatMap(afterVat), all, true, true));
  if (sub.totalBeforeVat) out.push(mk('total', sub.totalBeforeVat, all.flatMap(baseTerms), all, false, true));
  if (sub.vatTotal) out.push(mk('vatTotal', sub.vatTotal, all.flatMap((s) => (s.vat ? [s.vat.amount] : [])), all, true, true));
  derivedSums.set(sub, out);
  return out;
}

/** The total as stated: TỔNG CỘNG row, else Σ sections after VAT and the VAT rows on several sections. */
export function statedTotal(sub: SubmittedEstimate): Decimal | null {
  if (sub.grandTotal) return num(sub.grandTotal);
  let sum = new Decimal(0);
  for (const s of sub.sections) {
    const v = sectionAfterVat(s);
    if (v === null) return null;
    sum = sum.add(v);
  }
  const own = new Set(sub.sections.map((s) => s.vat).filter((v) => v !== null));
  for (const v of vatsOf(sub)) {
    if (own.has(v) || sub.sections.some((s) => s.vat?.amount === v.amount)) continue;
    const a = num(v.amount);
    if (a === null) return null;
    sum = sum.add(a);
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
