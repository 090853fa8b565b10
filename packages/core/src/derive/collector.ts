import { DutoanError, issueAt, type Issue } from '../errors.ts';
import { derivationText as legal } from './texts.ts';
import type { Provenance } from '../model/provenance.ts';
import { Decimal } from '../money/decimal.ts';
import type { Sourced } from '../norms/sourced.ts';
import type { GradeRef, NormSet, NormStep, StepScope, WageBasis } from '../norms/types.ts';
import { gradeCoefficient, gradeLabel } from '../norms/wage.ts';
import type { MissingValue, NormVariant, OverrideValue, Overrides, UsedValue } from './types.ts';

/** Shared by derivePrice and labour-time: reading values with overrides, recording sources and gaps. */
export const USER_DOC = 'Người dùng nhập';
const userSource = (key: string): Provenance => ({ doc: USER_DOC, where: key, status: 'user' });
const PLAIN = /^\d+(\.\d+)?$/;
export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

/** Collects values, their sources, what is missing, and which override keys were consulted. */
export class Collector {
  readonly missing: MissingValue[] = [];
  readonly used: UsedValue[] = [];
  readonly consulted = new Set<string>();
  constructor(private readonly overrides: Overrides) {}

  private take(key: string): OverrideValue | undefined {
    this.consulted.add(key);
    return Object.prototype.hasOwnProperty.call(this.overrides, key) ? this.overrides[key] : undefined;
  }

  miss(key: string, what: string, src: Provenance): void {
    this.missing.push({ key, what, doc: src.doc, where: src.where, ...(src.note ? { note: src.note } : {}) });
  }

  private parseNumber(key: string, v: OverrideValue, positive: boolean): Decimal {
    const s = typeof v === 'number' && Number.isFinite(v) ? new Decimal(v).toString() : typeof v === 'string' ? v.trim() : null;
    if (s === null || !PLAIN.test(s)) throw new DutoanError('OVERRIDE_INVALID', {}, [issueAt(key, 'OVERRIDE_NOT_NUMBER', { raw: String(v) })]);
    const d = new Decimal(s);
    if (positive && d.isZero()) throw new DutoanError('OVERRIDE_INVALID', {}, [issueAt(key, 'OVERRIDE_NOT_POSITIVE', { raw: s })]);
    return d;
  }

  /** A number: the override, else the data value, else recorded as missing (null). */
  num(key: string, label: string, s: Sourced<string>, positive = false): Decimal | null {
    const o = this.take(key);
    if (o !== undefined) {
      const d = this.parseNumber(key, o, positive);
      this.used.push({ key, label, value: d.toString(), source: userSource(key) });
      return d;
    }
    if (s.value === null) {
      this.miss(key, label, s.source);
      return null;
    }
    this.used.push({ key, label, value: s.value, source: s.source });
    return new Decimal(s.value);
  }

  /** A number only the user can give (no data slot), e.g. an amount replacing an unknown list. */
  numOnly(key: string, label: string, src: Provenance): Decimal | null {
    return this.num(key, label, { value: null, source: src });
  }

  bool(key: string, label: string, s: Sourced<boolean>): boolean | null {
    const o = this.take(key);
    if (o !== undefined) {
      if (typeof o !== 'boolean') throw new DutoanError('OVERRIDE_INVALID', {}, [issueAt(key, 'OVERRIDE_NOT_BOOLEAN', { raw: String(o) })]);
      this.used.push({ key, label, value: String(o), source: userSource(key) });
      return o;
    }
    if (s.value === null) {
      this.miss(key, label, s.source);
      return null;
    }
    this.used.push({ key, label, value: String(s.value), source: s.source });
    return s.value;
  }

  scope(key: string, label: string, s: Sourced<StepScope>): StepScope | null {
    const o = this.take(key);
    if (o !== undefined) {
      let scope: StepScope;
      if (o === 'direct') scope = { kind: 'direct' };
      else if (Array.isArray(o) && o.every((x) => typeof x === 'string')) scope = { kind: 'steps', ids: o as readonly string[] };
      else throw new DutoanError('OVERRIDE_INVALID', {}, [issueAt(key, 'OVERRIDE_NOT_SCOPE', { raw: String(o) })]);
      this.used.push({ key, label, value: scopeText(scope), source: userSource(key) });
      return scope;
    }
    if (s.value === null) {
      this.miss(key, label, s.source);
      return null;
    }
    this.used.push({ key, label, value: scopeText(s.value), source: s.source });
    return s.value;
  }

  /** A salary coefficient for a grade: override `<key>`, else the grade resolved through the wage basis. */
  coefficient(key: string, what: string, grade: Sourced<GradeRef>, wage: WageBasis): { value: Decimal; label: string } | null {
    const o = this.take(key);
    if (o !== undefined) {
      const d = this.parseNumber(key, o, true);
      this.used.push({ key, label: legal.salaryCoefficientOf(what), value: d.toString(), source: userSource(key) });
      return { value: d, label: grade.value ? gradeLabel(grade.value) : legal.gradeByUser };
    }
    if (grade.value === null) {
      this.miss(key, legal.salaryCoefficientOf(what), grade.source);
      return null;
    }
    const r = gradeCoefficient(grade.value, wage);
    if ('missing' in r) {
      this.miss(key, `${legal.salaryCoefficientOf(what)}: ${r.missing}`, grade.source);
      return null;
    }
    this.used.push({ key: `${key}.grade`, label: legal.gradeOf(what), value: gradeLabel(grade.value), source: grade.source });
    r.sources.forEach((src, i) =>
      this.used.push({ key: i === r.sources.length - 1 ? key : `${key}.scale`, label: i === r.sources.length - 1 ? legal.salaryCoefficientOf(what) : legal.scaleOf(what), value: i === r.sources.length - 1 ? r.value : r.scale, source: src }),
    );
    return { value: new Decimal(r.value), label: gradeLabel(grade.value) };
  }

  unconsulted(): string[] {
    return Object.keys(this.overrides).filter((k) => !this.consulted.has(k));
  }
}

function scopeText(s: StepScope): string {
  return s.kind === 'direct' ? legal.scopeDirect : legal.scopeSteps(s.ids);
}

function selectedBy(step: NormStep, options: Readonly<Record<string, string>>): boolean {
  if (!step.when) return true;
  return Object.entries(step.when).every(([dim, allowed]) => {
    const o = options[dim];
    return o !== undefined && allowed.includes(o);
  });
}

/** Leaves of the selected steps, each with its ancestors' ids (for coefficient scopes). */
export function selectedLeaves(steps: readonly NormStep[], options: Readonly<Record<string, string>>, path: string[] = []): { step: NormStep; path: string[] }[] {
  const out: { step: NormStep; path: string[] }[] = [];
  for (const s of steps) {
    if (!selectedBy(s, options)) continue;
    if (s.children && s.children.length) out.push(...selectedLeaves(s.children, options, [...path, s.id]));
    else out.push({ step: s, path });
  }
  return out;
}

export function checkVariant(ns: NormSet, variant: NormVariant): Readonly<Record<string, string>> {
  const options = variant.options ?? {};
  const issues: Issue[] = [];
  for (const dim of ns.dimensions) {
    const o = options[dim.id];
    if (o === undefined) issues.push(issueAt(`options.${dim.id}`, 'VARIANT_MISSING', { dimension: dim.name, options: dim.options.map((x) => `${x.id} (${x.label})`) }));
    else if (!dim.options.some((x) => x.id === o)) issues.push(issueAt(`options.${dim.id}`, 'VARIANT_NOT_AN_OPTION', { value: o, dimension: dim.name, options: dim.options.map((x) => x.id) }));
  }
  for (const k of Object.keys(options)) if (!ns.dimensions.some((d) => d.id === k)) issues.push(issueAt(`options.${k}`, 'VARIANT_UNKNOWN_DIMENSION', { key: k, dimensions: ns.dimensions.map((d) => d.id) }));
  for (const k of Object.keys(variant.coefficients ?? {})) {
    if (!ns.coefficients.some((c) => c.id === k)) issues.push(issueAt(`coefficients.${k}`, 'VARIANT_UNKNOWN_COEFFICIENT', { key: k, coefficients: ns.coefficients.map((c) => c.id) }));
  }
  if (issues.length) throw new DutoanError('VARIANT_INVALID', { title: ns.title }, issues);
  return options;
}


/** A coefficient selected by a variant, with its value and scope (both known). */
export interface AppliedFactor {
  id: string;
  name: string;
  value: Decimal;
  scope: StepScope;
}

/** The coefficients a variant selects: value of the chosen level and scope, from data or overrides. */
export function selectedFactors(normSet: NormSet, variant: NormVariant, c: Collector): AppliedFactor[] {
  const factors: AppliedFactor[] = [];
  for (const [id, level] of Object.entries(variant.coefficients ?? {})) {
    const def = normSet.coefficients.find((x) => x.id === id)!;
    let levelValue: Sourced<string>;
    if (def.levels.value === null) {
      levelValue = { value: null, source: def.levels.source };
    } else {
      const lv = def.levels.value.find((l) => l.id === level);
      if (!lv) {
        throw new DutoanError('VARIANT_INVALID', { title: normSet.title }, [
          issueAt(`coefficients.${id}`, 'VARIANT_NOT_AN_OPTION', { value: level, dimension: def.name, options: def.levels.value.map((l) => l.id) }),
        ]);
      }
      levelValue = lv.value;
    }
    const v = c.num(`coefficient.${id}`, legal.coefficientValue(def.name, level), levelValue, true);
    const scope = c.scope(`coefficient.${id}.appliesTo`, legal.coefficientScope(def.name), def.appliesTo);
    if (v && scope) factors.push({ id, name: def.name, value: v, scope });
  }
  return factors;
}

/** The factors that apply to a step (by its id or an ancestor's id). */
export function factorsFor(factors: readonly AppliedFactor[], stepId: string, ancestors: readonly string[]): AppliedFactor[] {
  return factors.filter((f) => f.scope.kind === 'direct' || f.scope.ids.includes(stepId) || ancestors.some((p) => (f.scope as { ids: readonly string[] }).ids.includes(p)));
}
