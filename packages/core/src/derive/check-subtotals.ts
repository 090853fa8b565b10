import { render } from '../locale/render.ts';
import { Decimal } from '../money/decimal.ts';
import type { NormSet, NormStep } from '../norms/types.ts';

/** A subtotal row whose known rows do not add up to it. */
export interface SubtotalMismatch {
  stepId: string;
  stated: string;
  sum: string;
  message: string;
}

/**
 * Check every subtotal row of a norm set whose children are all known: the stated subtotal must equal the
 * sum of its children. (Rows with an unknown child are skipped — nothing can be said.)
 */
export function checkSubtotals(ns: NormSet): SubtotalMismatch[] {
  const out: SubtotalMismatch[] = [];
  const walk = (steps: readonly NormStep[]) => {
    for (const s of steps) {
      if (!s.children?.length) continue;
      walk(s.children);
      if (s.time.value === null || s.children.some((c) => c.time.value === null)) continue;
      const sum = s.children.reduce((a, c) => a.add(c.time.value!), new Decimal(0));
      if (!sum.eq(s.time.value)) out.push({ stepId: s.id, stated: s.time.value, sum: sum.toString(), message: render('NORM_SUBTOTAL_MISMATCH', { no: s.no, stated: s.time.value, sum: sum.toString() }) });
    }
  };
  walk(ns.steps);
  return out;
}
