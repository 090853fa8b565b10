import { buildContext, hashFor, num, sectionBase, sectionAfterVat, statedFinal, statedTotal, sumOf, vatsOf } from '../audit/context.ts';
import type { Finding, Location } from '../audit/finding.ts';
import { parseCellRef } from '../audit/grid.ts';
import type { LineMapping } from '../audit/map-items.ts';
import { itemDisplayName } from '../audit/map-items.ts';
import type { ReadNumber, SubmittedAdjustment, SubmittedEstimate, SubmittedLine, SubmittedSection, SubmittedVat } from '../audit/submitted.ts';
import { DutoanError, issueAt, type Issue } from '../errors.ts';
import type { AppraiseParams } from '../locale/appraise.ts';
import type { Params } from '../locale/table.ts';
import { Decimal } from '../money/decimal.ts';
import { formatQuantity } from '../money/format.ts';
import { roundDong, roundThousand } from '../money/round.ts';
import type { PriceBook } from '../model/price-book.ts';
import { sentenceOf } from '../render-hook.ts';
import { vatRateTexts } from '../terms/vat.ts';
import type {
  AppraisalDecision,
  AppraisalReason,
  AppraisalStatus,
  Appraisal,
  AppraisedFigure,
  AppraisedLine,
  AppraisedLumpSum,
  AppraisedSection,
  AppraisedVat,
} from './appraisal.ts';
import type { DecisionEntry, LineSelector } from './decisions.ts';
import { appraisalCoefficients } from './line-coefficients.ts';
import type { NotesVolume } from './notes-volumes.ts';
import { canonicalUnit, unitFromText, unitTerm } from '../terms/units.ts';
import { locationText } from '../audit/finding.ts';

/** Digits the standard workbook keeps before rounding a line to đồng: ROUND(ROUND(q*p,4),0) (layout/amount-formulas). */
const LINE_DECIMALS = 4;

const zero = new Decimal(0);
const fmt = (v: Decimal | string) => formatQuantity(v);

/** A figure from a requested value (null = not stated) and the appraised one. */
function figure(requested: Decimal | null, appraised: Decimal): AppraisedFigure {
  return { requested: requested === null ? null : requested.toString(), appraised: appraised.toString(), difference: requested === null ? null : appraised.sub(requested).toString() };
}

/** An appraisal code as a reason. */
function reason<C extends keyof AppraiseParams>(code: C, at: Location | null, params: AppraiseParams[C]): AppraisalReason {
  return { code, at, params: params as Params, message: sentenceOf(code, params as Params, 'vi') };
}

/** An audit finding as a reason (its parameters when the finding carries them). */
function findingReason(f: Finding): AppraisalReason {
  return { code: f.code, severity: f.severity, at: f.location, params: f.params, message: f.message };
}

/** The row a location is on: "Dự toán!17", or a JSON path without its last field ("sections[1].lines[2]"). */
export function rowKey(at: Location): string {
  if ('cell' in at) {
    const c = parseCellRef(at.cell);
    return `${at.sheet}!${c ? c.row : at.cell}`;
  }
  return at.line.replace(/\.[^.[\]]+$/, '');
}

/** How the appraisal (and the decisions) name a line: its row. */
export function lineRef(line: SubmittedLine): string {
  return rowKey(line.amount.at);
}

/** The appraisal line rule: round(round(quantity × price × coefficients, 4), 0) — the standard workbook's formula. */
export function appraisedLineAmount(quantity: Decimal, price: Decimal, coefficients: readonly Decimal[]): Decimal {
  let v = quantity.mul(price);
  for (const k of coefficients) v = v.mul(k);
  return roundDong(v.toDecimalPlaces(LINE_DECIMALS, Decimal.ROUND_HALF_UP));
}

/** A valid VAT rate stated in a text ("… thuế suất 10%"), when exactly one is. */
function rateInText(text: string): string | null {
  const rates = [...text.matchAll(/(\d+(?:[.,]\d+)?)\s*%/g)].map((m) => new Decimal(m[1]!.replace(',', '.')).toString());
  const valid = [...new Set(rates.filter((r) => vatRateTexts.includes(r)))];
  return valid.length === 1 ? valid[0]! : null;
}

/** Find each decision's line; every selector that names no line (or a line twice) is an issue. */
function resolveDecisions(sub: SubmittedEstimate, entries: readonly DecisionEntry[], file: string): Map<SubmittedLine, AppraisalDecision> {
  const lines = sub.sections.flatMap((s) => s.lines);
  const byRef = new Map(lines.map((l) => [lineRef(l), l]));
  const norm = (t: string) => t.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  /** The line a selector names; the lines when an STT and content fit several (never one of them picked). */
  const find = (selector: LineSelector): SubmittedLine | SubmittedLine[] | undefined => {
    const sel = typeof selector === 'string' ? { ref: selector } : selector;
    if ('ref' in sel) return byRef.get(sel.ref.trim()) ?? byRef.get(sel.ref.trim().replace(/^'(.*)'!/, '$1!'));
    if ('row' in sel) return byRef.get(`${sel.sheet}!${sel.row}`);
    const hits = lines.filter((l) => norm(l.stt.text) === norm(sel.stt) && norm(l.content.text) === norm(sel.content));
    return hits.length === 1 ? hits[0] : hits.length > 1 ? hits : undefined;
  };
  const show = (sel: LineSelector) => (typeof sel === 'string' ? sel : 'ref' in sel ? sel.ref : 'row' in sel ? `${sel.sheet}!${sel.row}` : `${sel.stt} "${sel.content}"`);
  const issues: Issue[] = [];
  const out = new Map<SubmittedLine, AppraisalDecision>();
  for (const e of entries) {
    const line = find(e.line);
    if (Array.isArray(line)) {
      issues.push(issueAt(e.lineAt ?? `${e.source}.line`, 'DECISION_LINE_AMBIGUOUS', { line: show(e.line), candidates: line.map(lineRef) }));
      continue;
    }
    if (!line) {
      issues.push(issueAt(e.lineAt ?? `${e.source}.line`, 'DECISION_LINE_NOT_FOUND', { line: show(e.line), lines: [...byRef.keys()] }));
      continue;
    }
    const first = out.get(line);
    if (first) {
      issues.push(issueAt(e.lineAt ?? `${e.source}.line`, 'DECISION_DUPLICATE', { line: lineRef(line), first: first.source }));
      continue;
    }
    out.set(line, { action: e.action, value: e.value, note: e.note, source: e.source });
  }
  if (issues.length) throw new DutoanError('DECISIONS_INVALID', { file, count: issues.length }, issues);
  return out;
}

/**
 * Appraise a submission (thẩm định dự toán): every line recomputed with the appraisal book's price and the
 * standard workbook's rounding (coefficients as `appraisalCoefficients` allows), VAT at the submission's rate when
 * valid (0/5/8/10 %; an invalid rate falls back to a valid rate the row's basis states, else the row is kept)
 * on the appraised base, every sum recomputed; per line, section, VAT row and total: requested, appraised,
 * difference, and the reasons (the audit's findings on the row, the appraisal's own codes). A line the audit
 * could not map to an item, whose item has no price, or whose quantity is not a number stays at its requested
 * amount, "chưa thẩm định được" with its reason — never zero. An identical duplicate line (DUPLICATE_LINE error)
 * is not counted twice. The appraiser's `decisions` (accept / replace quantity / replace price / exclude) override
 * all of this per line; a decision naming a line the submission lacks throws DECISIONS_INVALID (nothing appraised).
 *
 * `opts.volumes`: the survey volumes of the workbook's Thuyết minh (`notesVolumes(grid)`); a line whose quantity
 * they contradict, where one line only can be meant, is appraised with the stated volume
 * (APPRAISE_QUANTITY_FROM_NOTES; see quantitiesFromNotes).
 *
 * Pure: same inputs, same appraisal. `findings` are the audit's findings on `sub` (auditSubmission).
 */
export function appraiseSubmission(
  sub: SubmittedEstimate,
  book: PriceBook,
  findings: readonly Finding[],
  decisions: readonly DecisionEntry[] = [],
  opts: { decisionsFile?: string; volumes?: readonly NotesVolume[] } = {},
): Appraisal {
  const decided = resolveDecisions(sub, decisions, opts.decisionsFile ?? '');
  const ctx = buildContext(sub, book);
  const fromNotes = quantitiesFromNotes(sub, ctx.mappings, opts.volumes ?? []);
  const byRow = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const k = rowKey(f.location);
    const list = byRow.get(k) ?? [];
    list.push(f);
    byRow.set(k, list);
  }
  const rowReasons = (n: { at: Location } | null | undefined, except?: (f: Finding) => boolean): AppraisalReason[] =>
    n ? (byRow.get(rowKey(n.at)) ?? []).filter((f) => !except?.(f)).map(findingReason) : [];

  /** Appraised value of every amount cell the sums may refer to (lines, lump sums, VAT rows). */
  const value = new Map<ReadNumber, Decimal>();
  const counts: Record<AppraisalStatus, number> = { appraised: 0, 'not-appraised': 0, accepted: 0, excluded: 0 };
  const duplicateAt = new Set(findings.filter((f) => f.code === 'DUPLICATE_LINE' && f.severity === 'error').map((f) => rowKey(f.location)));

  const appraiseLine = (line: SubmittedLine): AppraisedLine => {
    const m: LineMapping | undefined = ctx.mappings.get(line);
    const item = m && (m.kind === 'code' || m.kind === 'name') ? m.item : null;
    const decision = decided.get(line) ?? null;
    const requested = num(line.amount);
    const reqQty = line.quantity.value;
    const reqPrice = line.unitPrice.value;
    const reqCoef = (line.coefficients ?? []).flatMap((f) => (f.value.value === null ? [] : [f.value.value]));
    const reasons = rowReasons(line.amount);
    const at = line.content.at;
    const base = {
      ref: lineRef(line),
      at,
      stt: line.stt.text,
      content: line.content.text,
      unit: line.unit.text,
      item: item ? { code: item.code, variant: item.variant ?? null, name: itemDisplayName(item) } : null,
      decision,
    };
    const kept = (status: AppraisalStatus, why: AppraisalReason[]): AppraisedLine => {
      const amount = status === 'excluded' ? zero : (requested ?? zero);
      value.set(line.amount, amount);
      counts[status]++;
      return {
        ...base,
        quantity: { requested: reqQty, appraised: status === 'excluded' ? null : reqQty },
        price: { requested: reqPrice, appraised: status === 'excluded' ? null : reqPrice },
        coefficients: { requested: reqCoef, appraised: status === 'excluded' ? [] : reqCoef },
        amount: figure(requested, amount),
        status,
        reasons: [...reasons, ...why],
      };
    };
    const decisionReason = decision
      ? [reason('APPRAISE_DECISION', at, { action: decision.action, line: base.ref, value: decision.value === null ? null : fmt(decision.value), note: decision.note })]
      : [];
    if (decision?.action === 'exclude') return kept('excluded', decisionReason);
    if (decision?.action === 'accept') return kept('accepted', decisionReason);
    if (!decision && duplicateAt.has(rowKey(line.content.at))) {
      const dup = findings.find((f) => f.code === 'DUPLICATE_LINE' && rowKey(f.location) === rowKey(line.content.at));
      const first = typeof dup?.params.firstAt === 'string' ? dup.params.firstAt : '?';
      return kept('excluded', [reason('APPRAISE_DUPLICATE_EXCLUDED', at, { first, amount: fmt(requested ?? zero) })]);
    }
    // The price: the decision's, else the book's.
    let price: Decimal | null = null;
    let priceFrom = 'book';
    if (decision?.action === 'price') {
      price = new Decimal(decision.value!);
      priceFrom = 'decision';
    } else if (item && item.price !== null) price = new Decimal(item.price);
    if (price === null) {
      const why =
        m?.kind === 'ambiguous'
          ? reason('APPRAISE_AMBIGUOUS', at, { content: line.content.text, candidates: m.candidates.map((c) => `${c.code} — ${itemDisplayName(c)}`) })
          : m?.kind === 'unknown-code'
            ? reason('APPRAISE_UNKNOWN_CODE', at, { content: line.content.text, code: m.code, book: book.id })
            : m?.kind === 'unknown-level'
              ? reason('APPRAISE_UNKNOWN_LEVEL', at, { content: line.content.text, code: m.code, levels: m.levels.map((c) => c.variant ?? ''), book: book.id })
            : item
              ? reason('APPRAISE_PRICE_NULL', at, { code: item.code, name: itemDisplayName(item), book: book.id })
              : reason('APPRAISE_UNMAPPED', at, { content: line.content.text, book: book.id });
      return kept('not-appraised', [why, ...decisionReason]);
    }
    const notes = decision?.action === 'quantity' ? undefined : fromNotes.get(line);
    const qtyText = decision?.action === 'quantity' ? decision.value! : (notes?.value ?? reqQty);
    if (qtyText === null) return kept('not-appraised', [reason('APPRAISE_QUANTITY_UNREADABLE', at, { content: line.content.text, raw: line.quantity.raw }), ...decisionReason]);
    const qty = new Decimal(qtyText);
    const coef = item
      ? appraisalCoefficients(book, item, line)
      : { values: reqCoef.map((c) => new Decimal(c)), names: (line.coefficients ?? []).map((f) => `${f.name} ${f.value.raw}`), reason: null };
    const amount = appraisedLineAmount(qty, price, coef.values);
    value.set(line.amount, amount);
    counts.appraised++;
    const fig = figure(requested, amount);
    const why: AppraisalReason[] = [];
    if (coef.reason) why.push(reason(coef.reason.code, at, coef.reason.params));
    if (notes) {
      why.push(
        reason('APPRAISE_QUANTITY_FROM_NOTES', line.quantity.at, {
          content: line.content.text,
          quantity: reqQty === null ? line.quantity.raw : fmt(reqQty),
          volume: fmt(notes.value),
          unit: unitTerm(notes.unit).label,
          notesAt: locationText(notes.at),
          why: notes.why,
        }),
      );
    }
    if (fig.difference !== '0' || decision) {
      why.push(reason('APPRAISE_LINE', line.amount.at, { quantity: fmt(qty), price: fmt(price), coefficients: coef.values.map(fmt), amount: fmt(amount), priceFrom }));
    }
    return {
      ...base,
      quantity: { requested: reqQty, appraised: qty.toString() },
      price: { requested: reqPrice, appraised: price.toString() },
      coefficients: { requested: reqCoef, appraised: coef.values.map((c) => c.toString()) },
      amount: fig,
      status: 'appraised',
      reasons: [...reasons, ...why, ...decisionReason],
    };
  };

  const appraiseLump = (a: SubmittedAdjustment): AppraisedLumpSum => {
    const requested = num(a.amount);
    const amount = requested ?? zero;
    value.set(a.amount, amount);
    counts['not-appraised']++;
    return {
      ref: rowKey(a.amount.at),
      at: a.label.at,
      label: a.label.text,
      amount: figure(requested, amount),
      status: 'not-appraised',
      reasons: [...rowReasons(a.amount), reason('APPRAISE_LUMP_SUM', a.amount.at, { label: a.label.text, amount: fmt(amount) })],
    };
  };

  const sectionRows = sub.sections.map((s) => ({ s, lines: s.lines.map(appraiseLine), lumpSums: (s.adjustments ?? []).map(appraiseLump) }));

  // VAT rows, on the appraised base.
  const vats = vatsOf(sub);
  const appraisedTerms = (terms: readonly ReadNumber[]): Decimal => terms.reduce((acc, t) => acc.add(value.get(t) ?? num(t) ?? zero), zero);
  const appraiseVat = (v: SubmittedVat): AppraisedVat => {
    const b = v.base;
    let appraisedBase: Decimal;
    if (b?.sum) {
      const c = b.sum.covers;
      appraisedBase = appraisedTerms([...c.lines.map((l) => l.amount), ...c.adjustments.map((a) => a.amount), ...(b.sum.withVat ? c.vats.map((x) => x.amount) : [])]);
    } else appraisedBase = appraisedTerms(b?.terms ?? []);
    const requestedBase = b ? sumOf(b.terms) : null;
    const requested = num(v.amount);
    const reasons = rowReasons(v.amount);
    const common = { at: v.amount.at, label: v.label.text, sections: b?.sections ?? [], everything: b?.everything ?? false, base: figure(requestedBase, appraisedBase) };
    let rate = v.rate.value !== null && vatRateTexts.includes(new Decimal(v.rate.value).toString()) ? new Decimal(v.rate.value).toString() : null;
    const raw = v.rate.raw || (v.rate.value !== null ? `${v.rate.value}%` : '');
    if (rate === null && !(v.rate.value === null && v.rate.raw === '' && requested !== null && requested.isZero())) {
      rate = rateInText(v.basis.text) ?? rateInText(v.label.text);
      if (rate !== null) reasons.push(reason('APPRAISE_VAT_RATE_FROM_BASIS', v.rate.at, { label: v.label.text || 'Thuế GTGT', raw, rate }));
    } else if (rate === null) rate = '0';
    if (rate === null) {
      const amount = requested ?? zero;
      value.set(v.amount, amount);
      reasons.push(reason('APPRAISE_VAT_UNAPPRAISED', v.rate.at, { label: v.label.text || 'Thuế GTGT', raw }));
      return { ...common, rate: { requested: v.rate.value, appraised: null }, amount: figure(requested, amount), status: 'not-appraised', reasons };
    }
    const amount = roundDong(appraisedBase.mul(rate).div(100));
    value.set(v.amount, amount);
    const fig = figure(requested, amount);
    if (fig.difference !== '0') reasons.push(reason('APPRAISE_VAT', v.amount.at, { base: fmt(appraisedBase), rate: fmt(rate), amount: fmt(amount) }));
    return { ...common, rate: { requested: v.rate.value, appraised: rate }, amount: fig, status: 'appraised', reasons };
  };
  const appraisedVats = vats.map(appraiseVat);
  const vatOf = new Map(vats.map((v, i) => [v.amount, appraisedVats[i]!]));

  const sections: AppraisedSection[] = sectionRows.map(({ s, lines, lumpSums }) => {
    const sub0 = [...lines, ...lumpSums].reduce((acc, l) => acc.add(l.amount.appraised), zero);
    const own = s.vat ? (vatOf.get(s.vat.amount) ?? null) : null;
    const after = own ? sub0.add(own.amount.appraised) : sub0;
    return {
      id: s.id,
      label: s.label ?? s.id ?? '',
      title: s.title.text,
      lines,
      lumpSums,
      subtotal: figure(sectionBase(s), sub0),
      vat: own,
      total: figure(sectionAfterVat(s), after),
      reasons: [...rowReasons(s.subtotal), ...(s.total && s.total !== s.subtotal ? rowReasons(s.total) : [])],
    };
  });

  const beforeVat = sections.reduce((acc, s) => acc.add(s.subtotal.appraised), zero);
  const vatSum = appraisedVats.reduce((acc, v) => acc.add(v.amount.appraised), zero);
  const total = beforeVat.add(vatSum);
  const requestedBeforeVat = sub.totalBeforeVat ? num(sub.totalBeforeVat) : sumDecimals(sub.sections.map(sectionBase));
  const requestedVat = sub.vatTotal ? num(sub.vatTotal) : sumDecimals(vats.map((v) => num(v.amount)));
  const reasons: AppraisalReason[] = [];
  const seen = new Set<string>();
  const sectionRowsKeys = new Set(sub.sections.flatMap((s) => [s.subtotal, s.total].filter((x): x is ReadNumber => !!x).map((x) => rowKey(x.at))));
  for (const n of [sub.totalBeforeVat, sub.vatTotal, sub.grandTotal, sub.rounding, sub.finalAmount, ...(sub.sums ?? []).map((x) => x.amount)]) {
    if (!n) continue;
    const k = rowKey(n.at);
    if (seen.has(k) || sectionRowsKeys.has(k)) continue;
    seen.add(k);
    reasons.push(...rowReasons(n));
  }
  let rounding: AppraisedFigure | null = null;
  let final = total;
  if (sub.rounding) {
    const rounded = roundThousand(total);
    const adj = rounded.sub(total);
    rounding = figure(num(sub.rounding), adj);
    final = rounded;
    if (rounding.difference !== '0') reasons.push(reason('APPRAISE_ROUNDING', sub.rounding.at, { total: fmt(total), rounded: fmt(rounded), adjustment: fmt(adj) }));
  }
  const decisionsList = [...decided.entries()].map(([l, d]) => ({ ...d, ref: lineRef(l) }));
  decisionsList.sort((a, b) => decisions.findIndex((d) => d.source === a.source) - decisions.findIndex((d) => d.source === b.source));
  return {
    agency: sub.header.agency.text,
    book: { id: book.id, status: book.status, hash: hashFor(book), sample: book.status === 'sample' },
    sections,
    vats: appraisedVats,
    beforeVat: figure(requestedBeforeVat, beforeVat),
    vat: figure(requestedVat, vatSum),
    total: figure(statedTotal(sub), total),
    rounding,
    final: figure(statedFinal(sub).value, final),
    reasons,
    counts,
    decisions: decisionsList,
  };
}

/**
 * Lines whose quantity the workbook's own Thuyết minh contradicts, and the quantity it states: knowable only where
 * one line can be meant. For a unit whose Thuyết minh volume no line carries —
 * - mét giá: the lines' quantities should add up to the volume; with a single such line, it is the volume;
 * - other units (trang A4, trang A3, hồ sơ, văn bản, phông): each line either carries the volume or, for pages, the
 *   pages of every size together (the checking line, "kiểm tra dữ liệu": A4 + A3); when exactly one line does
 *   neither, it is the volume.
 * Anything else (two mét giá lines off, two unexplained page lines) is not knowable and stays as submitted.
 */
function quantitiesFromNotes(
  sub: SubmittedEstimate,
  mappings: ReadonlyMap<SubmittedLine, LineMapping>,
  volumes: readonly NotesVolume[],
): Map<SubmittedLine, { value: string; unit: NotesVolume['unit']; at: Location; why: 'only' | 'others' }> {
  const out = new Map<SubmittedLine, { value: string; unit: NotesVolume['unit']; at: Location; why: 'only' | 'others' }>();
  if (!volumes.length) return out;
  const lines = sub.sections.flatMap((s) => s.lines);
  const unitOf = (l: SubmittedLine) => {
    const m = mappings.get(l);
    const item = m && (m.kind === 'code' || m.kind === 'name') ? m.item : null;
    return item ? canonicalUnit(item.unit) : unitFromText(l.unit.text);
  };
  const allPages = volumes.filter((v) => v.key === 'pagesA4' || v.key === 'pagesA3').reduce((acc, v) => acc.add(v.value), zero);
  for (const v of volumes) {
    const of = lines.filter((l) => unitOf(l) === v.unit);
    if (!of.length || of.some((l) => l.quantity.value === null)) continue;
    const V = new Decimal(v.value);
    const q = (l: SubmittedLine) => new Decimal(l.quantity.value!);
    if (v.key === 'metres') {
      if (of.reduce((acc, l) => acc.add(q(l)), zero).eq(V) || of.length !== 1) continue;
      out.set(of[0]!, { value: V.toString(), unit: v.unit, at: v.at, why: 'only' });
      continue;
    }
    if (of.some((l) => q(l).eq(V))) continue;
    const page = v.key === 'pagesA4';
    const unexplained = of.filter((l) => !(page && q(l).eq(allPages)));
    if (unexplained.length !== 1) continue;
    out.set(unexplained[0]!, { value: V.toString(), unit: v.unit, at: v.at, why: of.length === 1 ? 'only' : 'others' });
  }
  return out;
}

function sumDecimals(xs: ReadonlyArray<Decimal | null>): Decimal | null {
  let s = zero;
  for (const x of xs) {
    if (x === null) return null;
    s = s.add(x);
  }
  return s;
}
