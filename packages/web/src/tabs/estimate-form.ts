/**
 * How the Lập dự toán form maps onto core's EstimateInput (dữ liệu vào): which schema field each control edits.
 * The maps are typed against the schema's own keys, so a field added to the input schema (levels, coefficients…)
 * fails the type check here until the form says how it shows it — the form follows the schema. What the form
 * does not edit (a line's description, conversion factors, words options…) is kept from an opened .json file and
 * written back unchanged.
 */
import type { EstimateInputJson, InputLine, PriceBook, SectionId } from '@dutoan/core';

type HeaderJson = EstimateInputJson['header'];
type SignersJson = NonNullable<HeaderJson['signers']>;
type VolumesJson = NonNullable<EstimateInputJson['volumes']>;
/** A line of the input JSON (the schema's InputLine as typed in a file). */
export type LineJson = { [K in keyof InputLine]?: unknown } & { item: string; quantity: string | number; variant?: string; note?: string; description?: string; unit?: string; coefficients?: string[] };

/** How a schema field is shown: a control of the form, or carried over from an opened file. */
export type FieldUse = 'text' | 'date' | 'select' | 'check' | 'number' | 'row' | 'kept';

export const HEADER_FIELDS = {
  parentBody: 'text',
  agency: 'text',
  agencyKind: 'select',
  documentNumber: 'text',
  place: 'text',
  date: 'date',
  title: 'text',
  signers: 'row',
} as const satisfies Record<keyof HeaderJson, FieldUse>;

export const SIGNER_FIELDS = { preparer: 'text', accountant: 'text', head: 'text' } as const satisfies Record<keyof SignersJson, FieldUse>;

export const VOLUME_FIELDS = {
  metres: 'number',
  pagesA4: 'number',
  pagesA3: 'number',
  files: 'number',
  documents: 'number',
  fonds: 'number',
  surveyed: 'check',
  note: 'text',
} as const satisfies Record<keyof VolumesJson, FieldUse>;

/** A line: the book item (and variant) is the row; quantity and note are typed; description and unit are kept. */
export const LINE_FIELDS = {
  item: 'row',
  variant: 'row',
  quantity: 'number',
  note: 'text',
  description: 'kept',
  unit: 'kept',
  // Hệ số: one checkbox per coefficient the book allows on the item.
  coefficients: 'check',
} as const satisfies Record<keyof InputLine, FieldUse>;

/** The whole input: what the form edits, and what it keeps from an opened file. */
export const INPUT_FIELDS = {
  schemaVersion: 'kept',
  header: 'row',
  book: 'select',
  workPeriod: 'date',
  volumes: 'row',
  conversion: 'kept',
  sections: 'row',
  rounding: 'check',
  words: 'kept',
  expectedTotal: 'kept',
} as const satisfies Record<keyof EstimateInputJson, FieldUse>;

export const SECTION_IDS: readonly SectionId[] = ['I', 'II', 'III'];

/** A row of the lines table: one per book item, in the book's order (a file's lines first, in its order). */
export interface FormLine {
  item: string;
  variant?: string;
  quantity: string;
  note: string;
  description?: string;
  unit?: string;
  /** Ids of the coefficients (hệ số) the line multiplies by, as ticked or as the file lists them. */
  coefficients?: string[];
}

export function lineKey(section: SectionId, item: string, variant?: string): string {
  return `${section}|${item}|${variant ?? ''}`;
}

/** One empty row per book item, by section. */
export function bookRows(book: PriceBook): Record<SectionId, FormLine[]> {
  const rows: Record<SectionId, FormLine[]> = { I: [], II: [], III: [] };
  for (const it of book.items) rows[it.section].push({ item: it.code, ...(it.variant !== undefined ? { variant: it.variant } : {}), quantity: '', note: '' });
  return rows;
}

/** The lines of a section as the input lists them: only rows with a quantity, as typed. */
export function inputLines(rows: readonly FormLine[]): LineJson[] {
  return rows
    .filter((l) => l.quantity.trim() !== '')
    .map((l) => ({
      item: l.item,
      ...(l.variant !== undefined ? { variant: l.variant } : {}),
      quantity: l.quantity.trim(),
      ...(l.description ? { description: l.description } : {}),
      ...(l.unit ? { unit: l.unit } : {}),
      ...(l.note.trim() ? { note: l.note.trim() } : {}),
      ...(l.coefficients?.length ? { coefficients: [...l.coefficients] } : {}),
    }));
}

/**
 * Put a file's lines into the book's rows: matched rows take the file's quantity, note, description, unit,
 * coefficients and
 * come first, in the file's order (the estimate's STT follow it). Lines whose item the book lacks are returned as
 * problems with their path, so nothing typed in the file is dropped silently.
 */
export function placeLines(
  rows: FormLine[],
  section: SectionId,
  sectionIndex: number,
  lines: readonly LineJson[],
  problem: (path: string, item: string) => string,
): { rows: FormLine[]; problems: string[] } {
  const problems: string[] = [];
  const placed: FormLine[] = [];
  (Array.isArray(lines) ? lines : []).forEach((l, i) => {
    const row = rows.find((r) => lineKey(section, r.item, r.variant) === lineKey(section, l.item, l.variant) && !placed.includes(r));
    if (!row) {
      problems.push(problem(`sections[${sectionIndex}].lines[${i}]`, l.variant ? `${l.item} (${l.variant})` : l.item));
      return;
    }
    row.quantity = String(l.quantity);
    row.note = l.note ?? '';
    if (l.description) row.description = l.description;
    if (l.unit) row.unit = l.unit;
    if (Array.isArray(l.coefficients)) row.coefficients = l.coefficients.map(String);
    placed.push(row);
  });
  return { rows: [...placed, ...rows.filter((r) => !placed.includes(r))], problems };
}
