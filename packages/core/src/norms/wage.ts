import * as z from 'zod';
import { wageBasis as builtinWageBasis } from '../data/wages/index.ts';
import { DutoanError, issueAt } from '../errors.ts';
import { derivationText as legal } from '../derive/texts.ts';
import { isoDate, moneyField, text } from '../model/fields.ts';
import type { Provenance } from '../model/provenance.ts';
import { Decimal } from '../money/decimal.ts';
import { validate } from '../util/validate.ts';
import { sourced, type Sourced } from './sourced.ts';
import type { BaseSalaryStep, GradeRef, WageBasis } from './types.ts';

/** The base-salary steps sorted by date. */
function timeline(basis: WageBasis): Sourced<BaseSalaryStep>[] {
  return basis.baseSalaries.filter((s) => s.value !== null).sort((a, b) => (a.value!.from < b.value!.from ? -1 : 1));
}

/** The base salary (lương cơ sở) in force on an ISO date, or null before the first known step. */
export function baseSalaryOn(date: string, basis: WageBasis = builtinWageBasis): Sourced<BaseSalaryStep> | null {
  let found: Sourced<BaseSalaryStep> | null = null;
  for (const s of timeline(basis)) if (s.value!.from <= date) found = s;
  return found;
}

/** Every base-salary step in force on some day of [from, to] (ISO dates), in date order. */
export function baseSalariesDuring(from: string, to: string, basis: WageBasis = builtinWageBasis): Sourced<BaseSalaryStep>[] {
  const first = baseSalaryOn(from, basis);
  const later = timeline(basis).filter((s) => s.value!.from > from && s.value!.from <= to);
  return first ? [first, ...later] : later;
}

/** A user file adding base salaries: `{ "baseSalaries": [{ "from", "amount", "doc", "where", "note"? }] }`. */
export const userBaseSalaryFileSchema = z.object({
  baseSalaries: z
    .array(
      z.object({
        from: isoDate,
        amount: moneyField,
        doc: text(1, 200),
        where: text(1, 300),
        note: text(0, 500).optional(),
      }),
    )
    .min(1),
});

/**
 * The wage basis with base salaries from a user file added (status `user`). A date already in the timeline
 * with a different amount is refused (the file cannot silently change an official figure).
 */
export function withUserBaseSalaries(data: unknown, basis: WageBasis = builtinWageBasis): WageBasis {
  const file = validate(userBaseSalaryFileSchema, data, 'salaryFile');
  const steps = [...basis.baseSalaries];
  file.baseSalaries.forEach((e, i) => {
    const same = steps.find((s) => s.value?.from === e.from);
    if (same) {
      if (same.value!.amount !== e.amount) {
        throw new DutoanError('SALARY_CONFLICT', {}, [
          issueAt(`baseSalaries[${i}]`, 'SALARY_CONFLICT_AT', { from: e.from, amount: e.amount, existing: same.value!.amount, doc: same.source.doc }),
        ]);
      }
      return;
    }
    steps.push(sourced({ from: e.from, amount: e.amount }, e.doc, e.where, 'user', e.note));
  });
  return { ...basis, baseSalaries: steps };
}

/** A resolved salary coefficient (hệ số lương) with every source it rests on. */
export interface ResolvedCoefficient {
  value: string;
  scale: string;
  sources: Provenance[];
}

/**
 * The salary coefficient of a grade: its title (or "bậc n/N" notation) → scale → coefficient of the step.
 * Returns a Vietnamese reason string when any link is unknown.
 */
export function gradeCoefficient(grade: GradeRef, basis: WageBasis = builtinWageBasis): ResolvedCoefficient | { missing: string } {
  const sources: Provenance[] = [];
  const mapping = basis.grades.find((g) => g.title === grade.title);
  let scaleId: string | null = null;
  if (mapping) {
    if (mapping.scale.value === null) return { missing: legal.gradeScaleUnknown(grade.title, mapping.scale.source.note) };
    scaleId = mapping.scale.value;
    sources.push(mapping.scale.source);
  } else if (grade.of !== null) {
    const n = basis.notations.find((x) => x.value?.of === grade.of);
    if (n && n.value !== null) {
      scaleId = n.value.scale;
      sources.push(n.source);
    }
  }
  if (scaleId === null) return { missing: legal.gradeScaleUnknown(grade.title) };
  const scale = basis.scales.find((s) => s.id === scaleId);
  if (!scale) return { missing: legal.gradeScaleUnknown(grade.title) };
  if (grade.step === null) return { missing: legal.gradeStepUnknown(grade.title) };
  if (grade.of !== null && grade.of !== scale.steps.length) return { missing: legal.gradeScaleMismatch(grade, scale.id, scale.steps.length) };
  const c = scale.steps[grade.step - 1];
  if (!c || c.value === null) return { missing: legal.gradeStepUnknown(grade.title) };
  sources.push(c.source);
  return { value: new Decimal(c.value).toString(), scale: scale.id, sources };
}

/** "Lưu trữ viên trung cấp bậc 1/12". */
export function gradeLabel(g: GradeRef): string {
  if (g.step === null) return `${g.title} (bậc chưa biết)`;
  return `${g.title} bậc ${g.step}${g.of !== null ? `/${g.of}` : ''}`;
}
