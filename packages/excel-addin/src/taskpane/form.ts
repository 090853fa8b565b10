/**
 * The task pane form as plain data, and its translation to and from core's EstimateInput JSON. No
 * validation here: computeEstimate (core) validates and reports every problem with its field path.
 */
import { formatQuantity } from '@dutoan/core/money';
import { sectionTitles, vatRateTexts } from '@dutoan/core/locale';
import type { Estimate, EstimateInputJson, PriceBook, SectionId } from '@dutoan/core/estimate';
import { allowedCoefficients } from '@dutoan/core/book';

export const SECTION_IDS: readonly SectionId[] = ['I', 'II', 'III'];
/** The VAT rates a section may apply (core's terms). */
export const VAT_RATES = vatRateTexts;
export const AGENCY_KINDS = ['department', 'commune', 'centre', 'other'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export interface FormLine {
  item: string;
  variant?: string;
  /** As typed: "39.500", "12,5". */
  quantity: string;
  note: string;
  /** Content override carried over from an imported JSON file (not edited in the pane). */
  description?: string;
  /** The book's coefficient ids (hệ số) multiplying the line, e.g. ["K.1975"]; the book says which are allowed. */
  coefficients?: string[];
}

export interface FormSection {
  vatRate: string;
  vatBasis: string;
  title?: string;
  lines: FormLine[];
}

export interface FormVolumes {
  metres: string;
  pagesA4: string;
  pagesA3: string;
  files: string;
  documents: string;
  fonds: string;
  surveyed: boolean;
  note: string;
}

export interface FormState {
  header: {
    parentBody: string;
    agency: string;
    agencyKind: AgencyKind;
    place: string;
    date: string;
    documentNumber: string;
    title: string;
    preparer: string;
    accountant: string;
    head: string;
  };
  sections: Record<SectionId, FormSection>;
  volumes: FormVolumes;
  roundToThousand: boolean;
  workPeriod?: { from: string; to: string };
  conversion?: EstimateInputJson['conversion'];
  words?: EstimateInputJson['words'];
}

export const VOLUME_KEYS = ['metres', 'pagesA4', 'pagesA3', 'files', 'documents', 'fonds'] as const;

export function lineKey(item: string, variant?: string): string {
  return `${item}|${variant ?? ''}`;
}

/**
 * A coefficient (hệ số) the line form offers on a line: the ones the book allows on the line's item (in the book's
 * order), each with whether the line carries it; `value` null = the book has no figure yet (offered disabled: the
 * estimate would refuse it). A coefficient the line carries but the book does not allow on it (from an opened file)
 * comes last with `allowed: false`, so it can be seen and removed.
 */
export interface CoefficientChoice {
  id: string;
  name: string;
  value: string | null;
  checked: boolean;
  allowed: boolean;
}

/** The coefficients the line form offers on `line` (empty when the book allows none on its item). */
export function coefficientChoices(book: PriceBook, line: FormLine): CoefficientChoice[] {
  const item = book.items.find((i) => i.code === line.item && i.variant === line.variant);
  if (!item) return [];
  const on = new Set(line.coefficients ?? []);
  const allowed = allowedCoefficients(book, item).map((k) => ({ id: k.id, name: k.name, value: k.value, checked: on.has(k.id), allowed: true }));
  const ids = new Set(allowed.map((c) => c.id));
  const others = [...on].filter((id) => !ids.has(id)).map((id) => {
    const k = book.coefficients.find((x) => x.id === id);
    return { id, name: k?.name ?? id, value: k?.value ?? null, checked: true, allowed: false };
  });
  return [...allowed, ...others];
}

/**
 * Puts coefficient `id` on the line or takes it off. Only a coefficient the book allows on the line's item (with a
 * value) can be put on; any can be taken off. The line's coefficients stay in the book's order.
 */
export function setLineCoefficient(book: PriceBook, line: FormLine, id: string, on: boolean): void {
  const choices = coefficientChoices(book, line);
  const choice = choices.find((c) => c.id === id);
  if (on && (!choice || !choice.allowed || choice.value === null)) return;
  const current = new Set(line.coefficients ?? []);
  if (on) current.add(id);
  else current.delete(id);
  const ordered = choices.map((c) => c.id).filter((x) => current.has(x));
  if (ordered.length) line.coefficients = ordered;
  else delete line.coefficients;
}

/** An empty form with one row per book item (in the book's order), grouped by the item's section. */
export function emptyForm(book: PriceBook, today: string): FormState {
  const sections = Object.fromEntries(
    SECTION_IDS.map((id) => [id, { vatRate: '0', vatBasis: '', lines: [] as FormLine[] }]),
  ) as unknown as Record<SectionId, FormSection>;
  for (const it of book.items) {
    sections[it.section].lines.push({ item: it.code, ...(it.variant !== undefined ? { variant: it.variant } : {}), quantity: '', note: '' });
  }
  return {
    header: { parentBody: '', agency: '', agencyKind: 'department', place: 'Lào Cai', date: today, documentNumber: '', title: '', preparer: '', accountant: '', head: '' },
    sections,
    volumes: { metres: '', pagesA4: '', pagesA3: '', files: '', documents: '', fonds: '', surveyed: false, note: '' },
    roundToThousand: false,
  };
}

/** Rebuilds the line rows for another book, keeping what was typed for items both books have. */
export function reshapeForm(form: FormState, book: PriceBook): FormState {
  const next = emptyForm(book, form.header.date);
  for (const id of SECTION_IDS) {
    const old = new Map(form.sections[id].lines.map((l) => [lineKey(l.item, l.variant), l]));
    next.sections[id] = { ...form.sections[id], lines: next.sections[id].lines.map((l) => old.get(lineKey(l.item, l.variant)) ?? l) };
  }
  return { ...form, sections: next.sections };
}

/** The EstimateInput JSON for core: only lines with a quantity, only sections with lines. */
export function formToInput(form: FormState, bookId: string): EstimateInputJson {
  const h = form.header;
  const sections = SECTION_IDS.flatMap((id) => {
    const s = form.sections[id];
    const lines = s.lines
      .filter((l) => l.quantity.trim() !== '')
      .map((l) => ({
        item: l.item,
        ...(l.variant !== undefined ? { variant: l.variant } : {}),
        quantity: l.quantity.trim(),
        ...(l.description ? { description: l.description } : {}),
        ...(l.note.trim() ? { note: l.note.trim() } : {}),
        ...(l.coefficients?.length ? { coefficients: l.coefficients } : {}),
      }));
    if (!lines.length) return [];
    return [{ id, ...(s.title ? { title: s.title } : {}), vat: { rate: Number(s.vatRate) as 0 | 5 | 8 | 10, basis: s.vatBasis }, lines }];
  });
  const v = form.volumes;
  const volumes: Record<string, string | boolean> = {};
  for (const k of VOLUME_KEYS) if (v[k].trim()) volumes[k] = v[k].trim();
  const hasVolumes = Object.keys(volumes).length > 0 || v.surveyed || v.note.trim() !== '';
  return {
    schemaVersion: 1,
    header: {
      parentBody: h.parentBody,
      agency: h.agency,
      agencyKind: h.agencyKind,
      place: h.place,
      date: h.date,
      documentNumber: h.documentNumber,
      ...(h.title.trim() ? { title: h.title } : {}),
      signers: { preparer: h.preparer, accountant: h.accountant, head: h.head },
    },
    book: bookId,
    ...(form.workPeriod ? { workPeriod: form.workPeriod } : {}),
    ...(hasVolumes ? { volumes: { ...volumes, surveyed: v.surveyed, note: v.note } } : {}),
    ...(form.conversion ? { conversion: form.conversion } : {}),
    sections,
    rounding: { toThousand: form.roundToThousand },
    ...(form.words ? { words: form.words } : {}),
  } as EstimateInputJson;
}

/** Problems that stop a JSON file from being shown in the form (the pane has one row per book item). */
export class FormImportError extends Error {}

/**
 * Fills the form from an EstimateInput JSON (e.g. a file prepared for the CLI). Items the book does not have
 * are refused here with their path, so nothing typed in the file is silently dropped.
 */
export function inputToForm(input: EstimateInputJson, book: PriceBook, today: string): FormState {
  const form = emptyForm(book, input.header?.date ?? today);
  const h = input.header ?? ({} as EstimateInputJson['header']);
  form.header = {
    parentBody: h.parentBody ?? '',
    agency: h.agency ?? '',
    agencyKind: (h.agencyKind as AgencyKind | undefined) ?? 'department',
    place: h.place ?? 'Lào Cai',
    date: h.date ?? today,
    documentNumber: h.documentNumber ?? '',
    title: h.title ?? '',
    preparer: h.signers?.preparer ?? '',
    accountant: h.signers?.accountant ?? '',
    head: h.signers?.head ?? '',
  };
  const problems: string[] = [];
  (input.sections ?? []).forEach((s, si) => {
    const target = form.sections[s.id];
    if (!target) {
      problems.push(`sections[${si}].id: ${String(s.id)}`);
      return;
    }
    target.vatRate = String(s.vat?.rate ?? 0);
    target.vatBasis = s.vat?.basis ?? '';
    if (s.title) target.title = s.title;
    const seen = new Set<string>();
    const order: FormLine[] = [];
    (s.lines ?? []).forEach((l, li) => {
      const key = lineKey(l.item, l.variant);
      const row = target.lines.find((r) => lineKey(r.item, r.variant) === key);
      const path = `sections[${si}].lines[${li}]`;
      if (!row) problems.push(`${path}: hạng mục ${l.item}${l.variant ? ` (${l.variant})` : ''} không có trong phần ${s.id} của bảng đơn giá "${book.id}"`);
      else if (seen.has(key)) problems.push(`${path}: hạng mục ${l.item} xuất hiện hai lần trong phần ${s.id}`);
      else {
        row.quantity = String(l.quantity);
        row.note = l.note ?? '';
        if (l.description) row.description = l.description;
        if (l.coefficients?.length) row.coefficients = [...l.coefficients];
        order.push(row);
      }
      seen.add(key);
    });
    // the file's lines first, in the file's order (the estimate's STT follow it), then the book's other items
    target.lines = [...order, ...target.lines.filter((r) => !order.includes(r))];
  });
  if (problems.length) throw new FormImportError(problems.join('\n'));
  const v = input.volumes;
  if (v) {
    for (const k of VOLUME_KEYS) form.volumes[k] = v[k] === undefined ? '' : String(v[k]);
    form.volumes.surveyed = v.surveyed ?? false;
    form.volumes.note = v.note ?? '';
  }
  form.roundToThousand = input.rounding?.toThousand ?? false;
  if (input.workPeriod) form.workPeriod = input.workPeriod;
  if (input.conversion) form.conversion = input.conversion;
  if (input.words) form.words = input.words;
  return form;
}

/** Plain decimals of the model ("16.25") written the Vietnamese way the input expects ("16,25"). */
function vnVolumes(v: NonNullable<Estimate['volumes']>): NonNullable<EstimateInputJson['volumes']> {
  const out: Record<string, unknown> = { ...v };
  for (const k of VOLUME_KEYS) if (v[k] !== undefined) out[k] = formatQuantity(v[k]);
  return out as NonNullable<EstimateInputJson['volumes']>;
}

function vnConversion(c: NonNullable<Estimate['conversion']>): NonNullable<EstimateInputJson['conversion']> {
  const out: Record<string, { value: string; source: string }> = {};
  for (const [k, f] of Object.entries(c)) if (f) out[k] = { value: formatQuantity(f.value), source: f.source };
  return out as NonNullable<EstimateInputJson['conversion']>;
}

/**
 * The input an estimate read back from a sheet stands for (header, sections, quantities, VAT, rounding, volumes).
 * Quantities are written the Vietnamese way ("39.500", "12,5"), as typed in the pane. A line's content that is not
 * the book item's own name is kept as its description. Line notes are not given back: the sheet's "Ghi chú" joins
 * the price basis and the user's note.
 */
export function estimateToInput(estimate: Estimate, book: PriceBook): EstimateInputJson {
  return {
    schemaVersion: 1,
    header: estimate.header,
    book: estimate.book.id,
    ...(estimate.workPeriod ? { workPeriod: estimate.workPeriod } : {}),
    ...(estimate.volumes ? { volumes: vnVolumes(estimate.volumes) } : {}),
    ...(estimate.conversion ? { conversion: vnConversion(estimate.conversion) } : {}),
    sections: estimate.sections.map((s) => ({
      id: s.id,
      ...(s.title !== sectionTitles[s.id] ? { title: s.title } : {}),
      vat: { rate: s.vat.rate as 0 | 5 | 8 | 10, basis: s.vat.basis },
      lines: s.lines.map((l) => {
        const item = book.items.find((i) => i.code === l.item && i.variant === l.variant);
        const own = item ? (item.variant ? `${item.name} (${item.variant})` : item.name) : undefined;
        return {
          item: l.item,
          ...(l.variant !== undefined ? { variant: l.variant } : {}),
          quantity: formatQuantity(l.quantity),
          ...(own !== undefined && l.content !== own ? { description: l.content } : {}),
          ...(l.coefficients?.length ? { coefficients: l.coefficients.map((k) => k.id) } : {}),
        };
      }),
    })),
    rounding: { toThousand: estimate.rounding.toThousand },
    words: estimate.words,
  };
}
