import { DutoanError, issueAt } from '../errors.ts';
import { derivationText as legal } from './texts.ts';
import type { UnitCode } from '../model/units.ts';
import { Decimal } from '../money/decimal.ts';
import type { NormSet, TimeUnit } from '../norms/types.ts';
import { checkVariant, Collector, factorsFor, ONE, selectedFactors, selectedLeaves, ZERO } from './collector.ts';
import { NormValuesMissingError } from './derive-price.ts';
import type { NormVariant, Overrides, UsedValue } from './types.ts';

/** Labour time of one unit of a norm set (Tsp = Σ Tcn × coefficients + Tpv + Tql), for capacity planning. */
export interface LabourTime {
  unit: UnitCode;
  timeUnit: TimeUnit;
  /** Total per unit, in `timeUnit`. */
  perUnit: string;
  lines: { key: string; name: string; time: string }[];
  values: UsedValue[];
}

/**
 * The labour time per unit of a norm set for a variant — no wages involved. Fails like `derivePrice` with
 * every missing time (NormValuesMissingError), and refuses override keys it does not use.
 */
export function normLabourTime(normSet: NormSet, variant: NormVariant, overrides: Overrides = {}): LabourTime {
  const options = checkVariant(normSet, variant);
  const c = new Collector(overrides);
  const unit = normSet.unit.value;
  if (unit === null) c.miss('unit', legal.normUnit, normSet.unit.source);
  const timeUnit = normSet.timeUnit.value;
  if (timeUnit === null) c.miss('timeUnit', legal.normTimeUnit, normSet.timeUnit.source);
  const factors = selectedFactors(normSet, variant, c);
  const lines: { key: string; name: string; time: Decimal | null }[] = [];
  for (const { step, path } of selectedLeaves(normSet.steps, options)) {
    const what = legal.stepLabel(step.no, step.name);
    const t = c.num(`step.${step.id}.time`, step.placeholder ? legal.placeholderTime(step.name) : legal.stepTime(what), step.time);
    const f = factorsFor(factors, step.id, path).reduce((p, x) => p.mul(x.value), ONE);
    lines.push({ key: `step.${step.id}`, name: what, time: t && t.mul(f) });
  }
  for (const [part, il] of [['service', normSet.service], ['management', normSet.management]] as const) {
    lines.push({ key: part, name: il.name, time: c.num(`${part}.time`, legal.indirectTime(il.name), il.time) });
  }
  const unused = c.unconsulted();
  if (unused.length) throw new DutoanError('OVERRIDE_UNKNOWN', { title: normSet.title }, unused.map((k) => issueAt(k, 'OVERRIDE_NOT_USED', {})));
  if (c.missing.length) throw new NormValuesMissingError(normSet, c.missing);
  const perUnit = lines.reduce((s, l) => s.add(l.time!), ZERO);
  return {
    unit: unit!,
    timeUnit: timeUnit!,
    perUnit: perUnit.toString(),
    lines: lines.map((l) => ({ key: l.key, name: l.name, time: l.time!.toString() })),
    values: c.used,
  };
}
