import type { Provenance } from '../model/provenance.ts';
import type { UnitCode } from '../model/units.ts';
import type { TimeUnit, WageBasis } from '../norms/types.ts';

/** Which variant of a norm set: an option per dimension, and the coefficient levels that apply. */
export interface NormVariant {
  /** e.g. { process: '21', condition: 'rl' } for TT 16/2023. */
  readonly options?: Readonly<Record<string, string>>;
  /** e.g. { complexity: '2', 'foreign-language': 'yes' }. */
  readonly coefficients?: Readonly<Record<string, string>>;
}

/** The date whose base salary prices the labour, and the wage basis (built-in by default). */
export interface DeriveBasis {
  /** ISO date: the base salary in force on it is used. */
  readonly date: string;
  readonly wage?: WageBasis;
}

/**
 * Values the caller supplies for figures the data does not have (or to replace them), by key — the keys
 * `derivePrice` lists when it fails, e.g. "wage.workingDaysPerMonth", "step.7.time", "material.phieu-tin.price".
 * Numbers as plain decimal strings ("22", "1.5") or JS numbers; flags as booleans; step scopes as
 * "direct" or a list of step ids. Every override is marked `user` in the breakdown.
 */
export type OverrideValue = string | number | boolean | readonly string[];
/** Values the caller supplies for figures the data lacks, by key (see {@link OverrideValue}). */
export type Overrides = Readonly<Record<string, OverrideValue>>;

/** One value a derivation used, with its source (an override has status `user`). */
export interface UsedValue {
  key: string;
  label: string;
  value: string;
  source: Provenance;
}

/** One labour line of the breakdown: a step (Tcn), or service (Tpv) or management (Tql) labour. */
export interface LabourLine {
  key: string;
  no: string;
  name: string;
  part: 'direct' | 'service' | 'management';
  grade: string;
  /** Salary coefficient (hệ số lương). */
  salaryCoefficient: string;
  /** Time per unit as in the norm. */
  time: string;
  timeUnit: TimeUnit;
  /** Product of the coefficients applied to this step (1 when none). */
  factor: string;
  /** Wage per minute or per person-day, exact. */
  rate: string;
  /** round-half-up(time × factor × rate), whole đồng. */
  amount: string;
  arithmetic: string;
}

/** A material, machine, energy or other-cost line. */
export interface CostLine {
  key: string;
  name: string;
  amount: string;
  arithmetic: string;
}

/**
 * A derived unit price (đơn giá tính từ định mức) with its full breakdown — the content of the
 * "Chi tiết đơn giá" sheet. Every line amount is whole đồng (half up); the price is the sum of the lines.
 */
export interface DerivedPrice {
  normSet: string;
  normSetTitle: string;
  variant: NormVariant;
  unit: UnitCode;
  date: string;
  wage: {
    baseSalary: string;
    workingDaysPerMonth: string;
    hoursPerDay: string | null;
    includeContributions: boolean;
    contributionPercent: string;
    /** How a coefficient becomes a rate, in words. */
    formula: string;
  };
  labour: LabourLine[];
  labourTotal: string;
  materials: CostLine[];
  materialsTotal: string;
  machines: CostLine[];
  machinesTotal: string;
  energy: CostLine;
  other: CostLine;
  price: string;
  /** The labour share and the base salary it rests on — what a price book item needs to be re-based. */
  labourShare: { amount: string; baseSalary: string };
  /** Every value used, with its source. */
  values: UsedValue[];
  /** Consistency remarks (e.g. a subtotal in the data that its rows do not add up to). */
  warnings: string[];
}

/** A value a derivation needs and does not have. `key` is the override key that supplies it. */
export interface MissingValue {
  key: string;
  what: string;
  doc: string;
  where: string;
  note?: string;
}
