import { Decimal } from '../money/decimal.ts';
import type { SectionId } from '../model/fields.ts';
import type { PriceBook } from '../model/price-book.ts';
import { buildContext, sectionAfterVat, statedFinal } from './context.ts';
import { countFindings, type Finding } from './finding.ts';
import { canonicalUnit, isPageUnit, unitFromText } from './map-items.ts';
import type { SubmittedEstimate } from './submitted.ts';

/** One submission in a few figures — a row of the audit summary and of the province consolidation. */
export interface SubmissionSummary {
  agency: string;
  /** Σ mét giá of the lines priced per metre; null when none. */
  metres: string | null;
  /** Pages digitized: the largest page count of one item (as in the plausibility rule); null when none. */
  pages: string | null;
  /** Amount per section after VAT, as stated in the workbook; null when not readable. */
  sections: Record<SectionId, string | null>;
  /** The amount requested: after rounding when there is a rounding line, else TỔNG CỘNG. */
  total: string | null;
  errors: number;
  warnings: number;
  infos: number;
  /** The workbook says it was computed with a sample (MẪU) book. */
  sample: boolean;
}

/** One submission summed up for the consolidation: agency, requested amount, counts of findings by severity. */
export function summarizeSubmission(sub: SubmittedEstimate, findings: readonly Finding[], book: PriceBook | null): SubmissionSummary {
  const ctx = buildContext(sub, book);
  let metres: Decimal | null = null;
  const pagesByItem = new Map<string, Decimal>();
  for (const s of sub.sections) {
    for (const l of s.lines) {
      const m = ctx.mappings.get(l);
      const mapped = m && (m.kind === 'code' || m.kind === 'name') ? m.item : null;
      const unit = mapped ? canonicalUnit(mapped.unit) : unitFromText(l.unit.text);
      if (!unit || l.quantity.value === null) continue;
      const q = new Decimal(l.quantity.value);
      if (unit === 'met-gia') metres = (metres ?? new Decimal(0)).add(q);
      else if (isPageUnit(unit)) {
        const key = mapped ? `${mapped.code}|${mapped.variant ?? ''}` : `?${l.content.text}`;
        pagesByItem.set(key, (pagesByItem.get(key) ?? new Decimal(0)).add(q));
      }
    }
  }
  let pages: Decimal | null = null;
  for (const v of pagesByItem.values()) if (pages === null || v.gt(pages)) pages = v;
  const sections: Record<SectionId, string | null> = { I: null, II: null, III: null };
  for (const s of sub.sections) {
    if (!s.id) continue;
    const v = sectionAfterVat(s);
    sections[s.id] = v === null ? null : new Decimal(sections[s.id] ?? 0).add(v).toString();
  }
  const c = countFindings(findings);
  const final = statedFinal(sub).value;
  return {
    agency: sub.header.agency.text,
    metres: metres === null ? null : metres.toString(),
    pages: pages === null ? null : pages.toString(),
    sections,
    total: final === null ? null : final.toString(),
    errors: c.error,
    warnings: c.warning,
    infos: c.info,
    sample: findings.some((f) => f.code === 'SAMPLE_BOOK'),
  };
}
