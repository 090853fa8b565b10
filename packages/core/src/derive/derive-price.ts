import { wageBasis as builtinWageBasis } from '../data/wages/index.ts';
import { DutoanError, issueAt } from '../errors.ts';
import { derivationText as legal } from './texts.ts';
import type { Provenance } from '../model/provenance.ts';
import { unitCodes, type UnitCode } from '../model/units.ts';
import { Decimal } from '../money/decimal.ts';
import { formatMoney, formatQuantity } from '../money/format.ts';
import { baseSalaryOn } from '../norms/wage.ts';
import type { NormSet, TimeUnit } from '../norms/types.ts';
import { checkSubtotals } from './check-subtotals.ts';
import { checkVariant, Collector, factorsFor, HUNDRED, ONE, selectedFactors, selectedLeaves, USER_DOC, ZERO } from './collector.ts';
import type { CostLine, DeriveBasis, DerivedPrice, LabourLine, MissingValue, NormVariant, Overrides } from './types.ts';

/**
 * The error `derivePrice` throws when values are missing: `missing` lists every one (its override key,
 * document and place); `issues` carries the same list for printing.
 */
export class NormValuesMissingError extends DutoanError {
  readonly missing: MissingValue[];
  constructor(normSet: NormSet, missing: MissingValue[]) {
    super(
      'NORM_VALUES_MISSING',
      { title: normSet.title, count: missing.length },
      missing.map((m) => issueAt(m.key, 'NORM_VALUE_MISSING', { what: m.what, doc: m.doc, where: m.where, note: m.note })),
    );
    this.name = 'NormValuesMissingError';
    this.missing = missing;
  }
}

const fq = (d: Decimal) => formatQuantity(d);
const fm = (d: Decimal) => formatMoney(d);

/**
 * Derive a unit price (tính đơn giá) from a norm set, a variant and a wage basis.
 *
 * Method (its parts are parameters, since the official formula of TT 12/2010/TT-BNV is [UNKNOWN]):
 * - monthly wage of a grade = salary coefficient × base salary in force on `basis.date`
 *   × (1 + employer contributions %, only if `includeContributions`);
 * - labour of a step = time × coefficients applied × monthly wage ÷ working days per month
 *   (÷ hours per day ÷ 60 when the norm is in minutes), rounded half up to whole đồng;
 * - materials = quantity × (1 + spoilage %) × price; machines = ca × price per ca; energy; other costs;
 * - price = sum of the rounded lines.
 * Any value the data lacks must come from `overrides` (marked `user`); otherwise a NormValuesMissingError
 * lists every missing value with its document and place. Unknown override keys are refused.
 */
export function derivePrice(normSet: NormSet, variant: NormVariant, basis: DeriveBasis, overrides: Overrides = {}): DerivedPrice {
  const wage = basis.wage ?? builtinWageBasis;
  const options = checkVariant(normSet, variant);
  const c = new Collector(overrides);
  const warnings = checkSubtotals(normSet).map((w) => w.message);

  // Units of the set.
  const unitOverride = overrides['unit'];
  c.consulted.add('unit');
  const unit = (typeof unitOverride === 'string' && (unitCodes as readonly string[]).includes(unitOverride) ? unitOverride : normSet.unit.value) as UnitCode | null;
  if (unit === null) c.miss('unit', legal.normUnit, normSet.unit.source);
  const timeUnitOverride = overrides['timeUnit'];
  c.consulted.add('timeUnit');
  const timeUnit = (timeUnitOverride === 'phut' || timeUnitOverride === 'ngay-cong' ? timeUnitOverride : normSet.timeUnit.value) as TimeUnit | null;
  if (timeUnit === null) c.miss('timeUnit', legal.normTimeUnit, normSet.timeUnit.source);

  // Wage parameters.
  const baseStep = baseSalaryOn(basis.date, wage);
  const base = c.num(
    'wage.baseSalary',
    legal.baseSalaryOn(basis.date),
    baseStep ? { value: baseStep.value!.amount, source: baseStep.source } : { value: null, source: { doc: USER_DOC, where: legal.noBaseSalaryWhere, status: 'user', note: legal.noBaseSalaryNote(basis.date) } },
    true,
  );
  const days = c.num('wage.workingDaysPerMonth', legal.workingDaysLabel, wage.workingDaysPerMonth, true);
  const hours = timeUnit === 'ngay-cong' ? null : c.num('wage.hoursPerDay', legal.hoursPerDayLabel, wage.hoursPerDay, true);
  const include = c.bool('wage.includeContributions', legal.includeContributionsLabel, wage.includeContributions);
  let contribution = ZERO;
  if (include) {
    const o = c.num('wage.contributionPercent', legal.contributionPercentLabel, {
      value: wage.contributions.every((x) => x.percent.value !== null) ? wage.contributions.reduce((s, x) => s.add(x.percent.value!), ZERO).toString() : null,
      source: { doc: 'Tự tính (dutoan)', where: legal.contributionSumWhere(wage.contributions.map((x) => `${x.name} ${x.percent.value ?? '?'}% (${x.percent.source.doc}, ${x.percent.source.status})`)), status: lowestStatus(wage.contributions.map((x) => x.percent.source)) },
    });
    if (o) contribution = o;
  }

  // Coefficients selected by the variant.
  const factors = selectedFactors(normSet, variant, c);

  // Direct labour: the selected leaves.
  type Pending = { key: string; no: string; name: string; part: LabourLine['part']; time: Decimal | null; coef: { value: Decimal; label: string } | null; factor: Decimal; factorText: string };
  const pending: Pending[] = [];
  for (const { step, path } of selectedLeaves(normSet.steps, options)) {
    const key = `step.${step.id}`;
    const what = legal.stepLabel(step.no, step.name);
    const time = c.num(`${key}.time`, step.placeholder ? legal.placeholderTime(step.name) : legal.stepTime(what), step.time);
    const coef = time !== null && time.isZero() ? { value: ZERO, label: '—' } : c.coefficient(`${key}.coefficient`, what, step.grade, wage);
    const applied = factorsFor(factors, step.id, path);
    const factor = applied.reduce((p, f) => p.mul(f.value), ONE);
    pending.push({ key, no: step.no, name: step.name, part: 'direct', time, coef, factor, factorText: applied.map((f) => `${fq(f.value)} (${f.name})`).join(' × ') });
  }
  // Indirect labour.
  for (const [part, il] of [['service', normSet.service], ['management', normSet.management]] as const) {
    const time = c.num(`${part}.time`, legal.indirectTime(il.name), il.time);
    const coef = time !== null && time.isZero() ? { value: ZERO, label: '—' } : c.coefficient(`${part}.coefficient`, il.name, il.grade, wage);
    pending.push({ key: part, no: part === 'service' ? 'Tpv' : 'Tql', name: il.name, part, time, coef, factor: ONE, factorText: '' });
  }

  // Materials.
  type PendingCost = { key: string; name: string; parts: (Decimal | null)[]; calc: (p: Decimal[]) => { amount: Decimal; text: string } };
  const costs: { materials: PendingCost[]; machines: PendingCost[] } = { materials: [], machines: [] };
  const perUnit = (v: Decimal[]) => ({ amount: v[0]!, text: legal.amountAsGiven(fm(v[0]!)) });
  if (normSet.materials.value === null) {
    costs.materials.push({ key: 'materials.amount', name: legal.materialsAll, parts: [c.numOnly('materials.amount', legal.materialsAmount, normSet.materials.source)], calc: perUnit });
  } else {
    for (const m of normSet.materials.value) {
      const k = `material.${m.id}`;
      const q = c.num(`${k}.quantity`, legal.materialQuantity(m.name), m.quantity);
      const s = m.spoilagePercent ? c.num(`${k}.spoilagePercent`, legal.materialSpoilage(m.name), m.spoilagePercent) : ZERO;
      const p = c.num(`${k}.price`, legal.materialPrice(m.name), m.price);
      costs.materials.push({
        key: k,
        name: m.name,
        parts: [q, s, p],
        calc: ([qq, ss, pp]) => ({
          amount: qq!.mul(HUNDRED.add(ss!)).mul(pp!).div(HUNDRED),
          text: ss!.isZero() ? `${fq(qq!)} ${m.unit} × ${fm(pp!)} đ` : `${fq(qq!)} ${m.unit} × (1 + ${fq(ss!)}%) × ${fm(pp!)} đ`,
        }),
      });
    }
  }
  if (normSet.machines.value === null) {
    costs.machines.push({ key: 'machines.amount', name: legal.machinesAll, parts: [c.numOnly('machines.amount', legal.machinesAmount, normSet.machines.source)], calc: perUnit });
  } else {
    for (const m of normSet.machines.value) {
      const k = `machine.${m.id}`;
      const ca = c.num(`${k}.ca`, legal.machineCa(m.name), m.ca);
      const p = c.num(`${k}.pricePerCa`, legal.machinePrice(m.name), m.pricePerCa);
      costs.machines.push({ key: k, name: m.name, parts: [ca, p], calc: ([cc, pp]) => ({ amount: cc!.mul(pp!), text: `${fq(cc!)} ca × ${fm(pp!)} đ/ca` }) });
    }
  }
  const energy = c.num('energy.amount', legal.energyAmount, normSet.energy);
  const other = c.num('other.amount', legal.otherAmount, normSet.other);

  const unconsulted = c.unconsulted();
  if (unconsulted.length) {
    throw new DutoanError('OVERRIDE_UNKNOWN', { title: normSet.title }, unconsulted.map((k) => issueAt(k, 'OVERRIDE_NOT_USED', {})));
  }
  if (c.missing.length) throw new NormValuesMissingError(normSet, c.missing);

  // Everything is known: compute.
  const monthlyFactor = HUNDRED.add(contribution).div(HUNDRED);
  const perTime = timeUnit === 'ngay-cong' ? days! : days!.mul(hours!).mul(60);
  const rateUnit = timeUnit === 'ngay-cong' ? legal.perPersonDay : legal.perMinute;
  const labour: LabourLine[] = pending.map((p) => {
    const rate = p.coef!.value.mul(base!).mul(monthlyFactor).div(perTime);
    const exact = p.time!.mul(p.factor).mul(p.coef!.value).mul(base!).mul(HUNDRED.add(contribution)).div(perTime.mul(HUNDRED));
    const amount = exact.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    return {
      key: p.key,
      no: p.no,
      name: p.name,
      part: p.part,
      grade: p.coef!.label,
      salaryCoefficient: p.coef!.value.toString(),
      time: p.time!.toString(),
      timeUnit: timeUnit!,
      factor: p.factor.toString(),
      rate: rate.toString(),
      amount: amount.toString(),
      arithmetic: p.time!.isZero()
        ? legal.zeroTime
        : legal.labourArithmetic({
            time: fq(p.time!),
            timeUnit: timeUnit!,
            factors: p.factorText,
            coefficient: fq(p.coef!.value),
            base: fm(base!),
            contribution: include ? fq(contribution) : null,
            days: fq(days!),
            hours: hours ? fq(hours) : null,
            exact: formatQuantity(exact.toDecimalPlaces(4, Decimal.ROUND_HALF_UP)),
            amount: fm(amount),
            rateUnit,
          }),
    };
  });
  const line = (pc: PendingCost): CostLine => {
    const { amount, text } = pc.calc(pc.parts as Decimal[]);
    const rounded = amount.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    return { key: pc.key, name: pc.name, amount: rounded.toString(), arithmetic: `${text} = ${formatQuantity(amount.toDecimalPlaces(4, Decimal.ROUND_HALF_UP))} → ${fm(rounded)} đ` };
  };
  const materials = costs.materials.map(line);
  const machines = costs.machines.map(line);
  const single = (key: string, name: string, v: Decimal): CostLine => {
    const r = v.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    return { key, name, amount: r.toString(), arithmetic: legal.amountAsGiven(fm(r)) };
  };
  const sum = (xs: { amount: string }[]) => xs.reduce((s, x) => s.add(x.amount), ZERO);
  const labourTotal = sum(labour);
  const materialsTotal = sum(materials);
  const machinesTotal = sum(machines);
  const energyLine = single('energy.amount', legal.energyAmount, energy!);
  const otherLine = single('other.amount', legal.otherAmount, other!);
  const price = labourTotal.add(materialsTotal).add(machinesTotal).add(energyLine.amount).add(otherLine.amount);

  return {
    normSet: normSet.id,
    normSetTitle: normSet.title,
    variant,
    unit: unit!,
    date: basis.date,
    wage: {
      baseSalary: base!.toString(),
      workingDaysPerMonth: days!.toString(),
      hoursPerDay: hours ? hours.toString() : null,
      includeContributions: include!,
      contributionPercent: contribution.toString(),
      formula: legal.wageFormula(timeUnit!, include!),
    },
    labour,
    labourTotal: labourTotal.toString(),
    materials,
    materialsTotal: materialsTotal.toString(),
    machines,
    machinesTotal: machinesTotal.toString(),
    energy: energyLine,
    other: otherLine,
    price: price.toString(),
    labourShare: { amount: labourTotal.toString(), baseSalary: base!.toString() },
    values: c.used,
    warnings,
  };
}

const statusRank = { official: 0, secondary: 1, inferred: 2, user: 3, sample: 4 } as const;
/** The weakest status among sources (a sum is only as sure as its least sure part). */
function lowestStatus(sources: Provenance[]): Provenance['status'] {
  return sources.reduce<Provenance['status']>((w, s) => (statusRank[s.status] > statusRank[w] ? s.status : w), 'official');
}
