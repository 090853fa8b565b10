import { matchAgency } from '../agencies/match-agency.ts';
import type { AgencyMatch, AgencyRegistry, AgencyUnit } from '../agencies/types.ts';
import { laoCaiPlan2026 } from '../data/regulations/lao-cai-plan-2026.ts';
import type { AppraiseParams } from '../locale/appraise.ts';
import type { Params } from '../locale/table.ts';
import { Decimal } from '../money/decimal.ts';
import type { Provenance } from '../model/provenance.ts';
import { sentenceOf } from '../render-hook.ts';
import type { Appraisal, AppraisalReason } from './appraisal.ts';

/**
 * What the consolidation needs of an appraisal (its digest): the book, the final figures and the counts. A batch
 * of ten thousand files keeps this per file, not the whole appraisal of every line.
 */
export type AppraisalDigest = Pick<Appraisal, 'book' | 'final' | 'counts'>;

/** The digest of an appraisal (a new object: the lines are not kept alive through it). */
export function appraisalDigest(a: Appraisal): AppraisalDigest {
  return { book: { ...a.book }, final: { ...a.final }, counts: { ...a.counts } };
}

/** One submission for the province's consolidation. */
export interface ConsolidationInput {
  file: string;
  /** The unit as the submission names itself. */
  agency: string;
  /** Null when the file was audited without a book (no appraisal). The whole appraisal, or its digest. */
  appraisal: AppraisalDigest | null;
  /** The requested amount as the audit summary states it (used when there is no appraisal). */
  requested: string | null;
  pages: string | null;
  metres: string | null;
}

/** The group a submission is counted in: departments (sở, ban, ngành), communes and wards, or not on the list. */
export type ConsolidationGroup = 'department' | 'commune' | 'unlisted';

export interface ConsolidatedRow extends ConsolidationInput {
  match: AgencyMatch;
  /** The unit on the list it stands for, when matched (a former name gives the unit it was merged into). */
  unit: AgencyUnit | null;
  group: ConsolidationGroup;
  /** Requested / appraised / difference of the final amount, in đồng. */
  figures: { requested: string | null; appraised: string | null; difference: string | null };
  /** Why the row is flagged: not on the list, an old unit name, ambiguous, a second submission of one unit. */
  flags: AppraisalReason[];
}

/**
 * The province's consolidation of appraisals (tổng hợp kết quả thẩm định): one row per submission matched to the
 * units of the list, the units that have not submitted, and the pages covered against the plan.
 */
export interface AppraisalConsolidation {
  rows: ConsolidatedRow[];
  /** Units of the list with no submission, communes and wards first, in the list's order. */
  missing: AgencyUnit[];
  /** The plan's figure beside the estimates: pages remaining to digitize by 30/6/2026, with its source. */
  plan: { pagesTarget: string | null; source: Provenance; pagesCovered: string };
  registry: { id: string; title: string; sample: boolean; units: number };
}

function flag<C extends keyof AppraiseParams>(code: C, params: AppraiseParams[C]): AppraisalReason {
  return { code, at: null, params: params as Params, message: sentenceOf(code, params as Params, 'vi') };
}

/**
 * The province's consolidation of appraisals (tổng hợp thẩm định): each submission matched to the list of units
 * (the 99 communes and wards as sourced data, plus the departments the user lists) by name — typed with or
 * without "UBND", diacritics, old unit names (flagged, counted for the unit they were merged into); a submission
 * whose unit is not on the list is flagged and counted apart; who has not submitted; pages covered by the
 * estimates against the plan's 3.201.277 pages remaining by 30/6/2026.
 */
export function consolidateAppraisals(inputs: readonly ConsolidationInput[], registry: AgencyRegistry): AppraisalConsolidation {
  const seen = new Map<string, string>();
  const rows: ConsolidatedRow[] = inputs.map((e) => {
    const match = matchAgency(e.agency, registry);
    const flags: AppraisalReason[] = [];
    let unit: AgencyUnit | null = null;
    if (match.status === 'current') unit = match.unit;
    else if (match.status === 'former') {
      unit = match.unit;
      flags.push(flag('CONSOLIDATION_FORMER_NAME', { typed: e.agency, former: match.former.name, unit: match.unit.label }));
    } else if (match.status === 'ambiguous') flags.push(flag('CONSOLIDATION_UNIT_AMBIGUOUS', { typed: e.agency, candidates: match.candidates.map((u) => u.label) }));
    else flags.push(flag('CONSOLIDATION_UNIT_UNLISTED', { typed: e.agency, list: registry.title }));
    if (unit) {
      const first = seen.get(unit.id);
      if (first !== undefined) flags.push(flag('CONSOLIDATION_UNIT_TWICE', { unit: unit.label, first }));
      else seen.set(unit.id, e.file);
    }
    const group: ConsolidationGroup = !unit ? 'unlisted' : unit.kind === 'co-quan' ? 'department' : 'commune';
    const a = e.appraisal;
    const figures = a ? { requested: a.final.requested, appraised: a.final.appraised, difference: a.final.difference } : { requested: e.requested, appraised: null, difference: null };
    return { ...e, match, unit, group, figures, flags };
  });
  const submitted = new Set(rows.flatMap((r) => (r.unit ? [r.unit.id] : [])));
  const order = (u: AgencyUnit) => (u.kind === 'co-quan' ? 1 : 0);
  const missing = registry.units.filter((u) => !submitted.has(u.id)).sort((a, b) => order(a) - order(b));
  const pagesCovered = rows.reduce((acc, r) => acc.add(r.pages ?? '0'), new Decimal(0));
  const target = laoCaiPlan2026.pagesRemaining;
  return {
    rows,
    missing,
    plan: { pagesTarget: target.value, source: target.source, pagesCovered: pagesCovered.toString() },
    registry: { id: registry.id, title: registry.title, sample: registry.sample, units: registry.units.length },
  };
}
