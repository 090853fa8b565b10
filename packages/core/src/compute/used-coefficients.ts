import type { Estimate, EstimateSection } from '../model/estimate.ts';
import type { BookCoefficient, PriceBook } from '../model/price-book.ts';
import { sourceStatusLabels } from '../terms/statuses.ts';

/** What a coefficient may apply to, as Thuyết minh says it: "SH.A4, SH.A3; phần II". */
export function coefficientScopeText(k: BookCoefficient): string {
  const parts: string[] = [];
  if (k.appliesTo.items?.length) parts.push(k.appliesTo.items.join(', '));
  if (k.appliesTo.sections?.length) parts.push(k.appliesTo.sections.map((s) => `phần ${s}`).join(', '));
  return parts.join('; ');
}

/**
 * The coefficients (hệ số) the estimate's lines use, once each, in the book's order, with what they apply to and
 * their source ("MẪU, mục K.1975 — Mẫu (hư cấu)") — what Thuyết minh names.
 */
export function usedCoefficients(book: PriceBook, sections: readonly EstimateSection[]): NonNullable<Estimate['coefficients']> {
  const used = new Set<string>();
  for (const s of sections) for (const l of s.lines) for (const k of l.coefficients ?? []) used.add(k.id);
  return book.coefficients
    .filter((k) => used.has(k.id) && k.value !== null)
    .map((k) => ({
      id: k.id,
      name: k.name,
      value: k.value!,
      appliesTo: coefficientScopeText(k),
      source: `${k.provenance.doc}, ${k.provenance.where} (${sourceStatusLabels[k.provenance.status]})`,
    }));
}
