import type { ReadNumber, SubmittedEstimate } from '../audit/submitted.ts';
import { parseDateLine } from '../layout/date-line.ts';
import { bookSheetText, templateText as T } from '../layout/template.ts';
import { SCHEMA_VERSION, type Header } from '../model/estimate-input.ts';
import type { Estimate, EstimateLine, EstimateSection } from '../model/estimate.ts';
import type { UnitCode } from '../model/units.ts';
import { Decimal } from '../money/decimal.ts';
import { normalizeQuantity } from '../money/parse.ts';
import { coefficientNote as KN } from '../terms/coefficients.ts';
import { sampleLabel } from '../terms/statuses.ts';
import { unitFromText } from '../terms/units.ts';
import { bookStatusOf, metaAgencyKind, metaWords, rowOf, templateSectionId, type TemplateEvidence } from './template-sheets.ts';

/**
 * The estimate a standard workbook holds (dự toán đọc lại từ sổ chuẩn), from what the reading kit read (the
 * table, header, signers, book identity: `readSubmissionFromGrid`) and the template's other sheets
 * (`readTemplateSheets`). Pure mapping: the figures are the cells' values, already checked by the audit's rules
 * and the template rules — call it only when they found no error (every figure a number, every section whole).
 */
export function estimateFromSubmission(sub: SubmittedEstimate, t: TemplateEvidence): Estimate {
  const money = (r: ReadNumber | null | undefined) => r?.value ?? '0';
  const sections: EstimateSection[] = sub.sections.map((s) => {
    const lines = s.lines.map((l): EstimateLine => {
      // The hidden level (biến thể) column: I, or J with "Hệ số".
      const variant = t.cells.text(rowOf(l.amount.at), t.columns.variant.col);
      const k = lineCoefficients(l.note.text, l.coefficients?.[0]?.value.value ?? null, t.notes.coefficients ?? []);
      return {
        stt: l.stt.text,
        item: l.itemCode?.text ?? '',
        ...(variant ? { variant } : {}),
        content: l.content.text,
        // A unit the vocabulary does not know is the book's own unit, kept as written (as compute keeps it).
        unitCode: unitOf(l.unit.text) ?? l.unit.text,
        unit: l.unit.text,
        quantity: l.quantity.value ?? '0',
        unitPrice: money(l.unitPrice),
        ...k,
        amount: money(l.amount),
        note: l.note.text,
      };
    });
    const id = templateSectionId(s)!;
    const adj = s.adjustments?.[0];
    const rb = t.notes.rebase.get(id);
    const rebase =
      adj || rb
        ? { ...(adj ? { adjustment: { label: adj.label.text, amount: money(adj.amount), arithmetic: rb?.arithmetic ?? [], ...(rb?.basis ? { basis: rb.basis } : {}) } } : {}), notes: rb?.notes ?? [] }
        : undefined;
    return {
      id,
      title: s.title.text,
      lines,
      ...(rebase ? { rebase } : {}),
      subtotal: money(s.subtotal),
      vat: { rate: Number(s.vat?.rate.value ?? '0'), basis: s.vat?.basis.text ?? '', amount: money(s.vat?.amount) },
      total: money(s.total),
    };
  });

  const dateLine = parseDateLine(sub.header.dateLine.text);
  const signers = sub.header.signers;
  const header: Header = {
    parentBody: t.texts.parentBody?.text ?? '',
    agency: sub.header.agency.text,
    // Without the hidden sheet, the signature titles tell a commune apart.
    agencyKind: metaAgencyKind(t) ?? (signers.accountant.role.text === T.accountantCommune ? 'commune' : 'department'),
    place: dateLine?.place ?? '',
    date: dateLine?.date ?? '',
    documentNumber: (t.texts.documentNumber?.text ?? '').replace(/^\s*s[ốo]\s*:?\s*/iu, '').trim(),
    title: t.texts.title?.text ?? '',
    signers: { preparer: signers.preparer.name.text, accountant: signers.accountant.name.text, head: signers.head.name.text },
  };

  const status = bookStatusOf(sub.book.status?.text ?? '') ?? 'user';
  const decision = t.texts.bookDecision?.text ?? '';
  const total = money(sub.grandTotal);
  const sum = (f: (s: EstimateSection) => string) => sections.reduce((a, s) => a.add(f(s)), new Decimal(0)).toString();
  return {
    schemaVersion: SCHEMA_VERSION,
    header,
    book: {
      id: sub.book.id?.text ?? '',
      title: t.texts.bookTitle?.text ?? '',
      status,
      decision: decision === '' || decision === bookSheetText.noDecision ? null : decision,
      hash: sub.book.hash?.text ?? '',
      ...(t.texts.bookVersion?.text ? { version: t.texts.bookVersion.text } : {}),
    },
    sampleLabel: status === 'sample' ? t.texts.sampleLabel?.text || sampleLabel : null,
    ...(t.notes.workPeriod ? { workPeriod: t.notes.workPeriod } : {}),
    ...(t.notes.volumes ? { volumes: t.notes.volumes } : {}),
    ...(t.notes.conversion ? { conversion: t.notes.conversion } : {}),
    ...(t.notes.coefficients ? { coefficients: t.notes.coefficients } : {}),
    sections,
    totalBeforeVat: sum((s) => s.subtotal),
    vatTotal: sum((s) => s.vat.amount),
    total,
    rounding: { toThousand: sub.rounding !== null, adjustment: sub.rounding?.value ?? '0' },
    finalAmount: sub.finalAmount?.value ?? total,
    amountInWords: sub.words.text,
    words: metaWords(t).options,
  };
}

/**
 * A line's coefficients as the template wrote them: the "Hệ số" cell holds their product, the Ghi chú lists them
 * ("…; hệ số K.1975 = 1,3 × K.NN = 1,2") and Thuyết minh names each. A line whose Ghi chú lists none and whose
 * factor is 1 (the template's filler) has none; a factor other than 1 without a list is kept as the factor alone.
 */
function lineCoefficients(note: string, factor: string | null, named: NonNullable<Estimate['coefficients']>): Pick<EstimateLine, 'coefficients' | 'factor'> {
  const at = note.lastIndexOf(KN.after + KN.prefix);
  const listed = at >= 0 ? note.slice(at + KN.after.length + KN.prefix.length).split(KN.times).map((x) => x.split(KN.equals)) : [];
  const ids = listed.every((x) => x.length === 2 && x[0]!.trim()) ? listed.map((x) => ({ id: x[0]!.trim(), raw: x[1]!.trim() })) : [];
  if (ids.length === 0) return factor !== null && !new Decimal(factor).eq(1) ? { factor } : {};
  const coefficients = ids.map(({ id, raw }) => {
    const k = named.find((x) => x.id === id);
    return { id, name: k?.name ?? id, value: k?.value ?? quantityOrNull(raw) };
  });
  // A listed value that is not a number: the list is not the template's; keep only the factor the cell holds.
  if (coefficients.some((k) => k.value === null)) return factor !== null ? { factor } : {};
  const list = coefficients as NonNullable<EstimateLine['coefficients']>;
  return { coefficients: list, factor: factor ?? list.reduce((a, k) => a.mul(k.value), new Decimal(1)).toString() };
}

function quantityOrNull(raw: string): string | null {
  try {
    return normalizeQuantity(raw, { maxDecimals: 6 });
  } catch {
    return null;
  }
}

const unitCache = new Map<string, UnitCode | null>();
/** The estimate's unit code of a unit as written, null when the unit list has none. */
export function unitOf(text: string): UnitCode | null {
  let u = unitCache.get(text);
  if (u === undefined) {
    u = unitFromText(text) ?? null;
    if (unitCache.size < 1000) unitCache.set(text, u);
  }
  return u;
}
