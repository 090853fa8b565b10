import { cellAddress, parseCellRef, type WorkbookGrid } from '../audit/grid.ts';
import { definedNames as N, sectionNamePrefixes } from '../layout/template.ts';
import type { NamedRole } from './table-structure.ts';

/**
 * The standard template's defined names (tên vùng) as evidence for the reader: which cell is the agency, the
 * date line, the words, the signers, the book's id/status/hash, and which rows are a section's "Cộng", VAT,
 * section row, TỔNG CỘNG, rounding and final amount. A name that is absent is looked for by its label instead.
 */
export const templateNames = {
  parentBody: [N.parentBody],
  agency: [N.agency],
  dateLine: [N.dateLine],
  sampleLabel: [N.sampleLabel],
  grandTotal: [N.grandTotal],
  rounding: [N.rounding],
  finalAmount: [N.finalAmount],
  words: [N.words],
  preparer: [N.preparer],
  accountant: [N.accountant],
  head: [N.head],
  bookId: [N.bookId],
  bookStatus: [N.bookStatus],
  bookHash: [N.bookHash],
} as const;

export type TemplateNameKey = keyof typeof templateNames;
export interface NamedCell {
  sheet: string | undefined;
  row: number;
  col: number;
}

/** The reference a defined name stands for ("'Dự toán'!$F$40"), its name matched case-insensitively as Excel does. */
export function definedNameRef(grid: WorkbookGrid, name: string): string | undefined {
  const upper = name.toUpperCase();
  return Object.entries(grid.names ?? {}).find(([k]) => k.toUpperCase() === upper)?.[1];
}

/** Cells named by the workbook's defined names (case-insensitive), by what they mean. */
export function namedCells(grid: WorkbookGrid): Map<TemplateNameKey, NamedCell> {
  const out = new Map<TemplateNameKey, NamedCell>();
  const lower = new Map(Object.entries(grid.names ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  for (const [key, candidates] of Object.entries(templateNames) as Array<[TemplateNameKey, readonly string[]]>) {
    for (const c of candidates) {
      const ref = lower.get(c.toLowerCase());
      const parsed = ref ? parseCellRef(ref) : null;
      if (parsed) {
        out.set(key, { sheet: parsed.sheet, row: parsed.row, col: parsed.col });
        break;
      }
    }
  }
  return out;
}

/** Roles of the table's cells on `sheet` from the names: "F12" → subtotal of II, VAT of I, section row, totals. */
export function namedRoles(grid: WorkbookGrid, sheet: string): Map<string, NamedRole> {
  const out = new Map<string, NamedRole>();
  const put = (ref: string, role: NamedRole) => {
    const p = parseCellRef(ref);
    if (!p || (p.sheet !== undefined && p.sheet !== sheet)) return;
    out.set(cellAddress(p.row, p.col), role);
  };
  for (const [name, ref] of Object.entries(grid.names ?? {})) {
    const upper = name.toUpperCase();
    const prefix = sectionNamePrefixes.find((x) => upper.startsWith(x));
    if (prefix) {
      const section = upper.slice(prefix.length);
      const kind = prefix === 'DT_CONG_' ? 'subtotal' : prefix === 'DT_THUE_' ? 'vat' : 'sectionRow';
      put(ref, { kind, section });
    } else if (upper === N.grandTotal) put(ref, { kind: 'grandTotal' });
    else if (upper === N.rounding) put(ref, { kind: 'rounding' });
    else if (upper === N.finalAmount) put(ref, { kind: 'final' });
  }
  return out;
}
