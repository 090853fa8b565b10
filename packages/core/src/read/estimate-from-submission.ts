import type { ReadNumber, SubmittedEstimate } from '../audit/submitted.ts';
import { parseDateLine } from '../layout/date-line.ts';
import { bookSheetText, estimateColumns as C, templateText as T } from '../layout/template.ts';
import { SCHEMA_VERSION, type Header } from '../model/estimate-input.ts';
import type { Estimate, EstimateLine, EstimateSection } from '../model/estimate.ts';
import type { UnitCode } from '../model/units.ts';
import { Decimal } from '../money/decimal.ts';
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
      const variant = t.cells.text(rowOf(l.amount.at), C.variant.col);
      return {
        stt: l.stt.text,
        item: l.itemCode?.text ?? '',
        ...(variant ? { variant } : {}),
        content: l.content.text,
        unitCode: unitOf(l.unit.text) ?? 'goi',
        unit: l.unit.text,
        quantity: l.quantity.value ?? '0',
        unitPrice: money(l.unitPrice),
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
    },
    sampleLabel: status === 'sample' ? t.texts.sampleLabel?.text || sampleLabel : null,
    ...(t.notes.workPeriod ? { workPeriod: t.notes.workPeriod } : {}),
    ...(t.notes.volumes ? { volumes: t.notes.volumes } : {}),
    ...(t.notes.conversion ? { conversion: t.notes.conversion } : {}),
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
