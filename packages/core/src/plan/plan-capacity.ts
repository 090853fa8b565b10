import * as z from 'zod';
import { DutoanError, issueAt } from '../errors.ts';
import { planText as legal } from './plan-text.ts';
import { dutoanParams } from '../util/validate.ts';
import { isoDate, quantityField, text } from '../model/fields.ts';
import { unitCodes, type UnitCode } from '../model/units.ts';
import { unitLabel } from '../terms/units.ts';
import { Decimal } from '../money/decimal.ts';
import { formatQuantity } from '../money/format.ts';
import { normLabourTime } from '../derive/labour-time.ts';
import type { NormVariant, Overrides } from '../derive/types.ts';
import type { NormSet } from '../norms/types.ts';
import { validate } from '../util/validate.ts';
import { nthWorkingDay, viDate, workingDaysBetween } from './working-days.ts';

/** One kind of work to plan (số hóa, chỉnh lý…) with its volume and how fast one person does it. */
export interface CapacityTaskInput {
  name: string;
  /** Volume: pages, metres… (Vietnamese format accepted: "3.201.277", "12,5"). */
  quantity: string | number;
  unit: UnitCode;
  /** Measured throughput: units one person does in one working day (at `hoursPerDay`). */
  perPersonDay?: string | number;
  /** Or a norm set: the labour time per unit it states (fails listing missing times when it cannot). */
  norm?: { normSet: NormSet; variant: NormVariant; overrides?: Overrides };
}

export interface CapacityInput {
  /** First working day (ISO). */
  start: string;
  /** Last day the work may take (ISO), e.g. 2026-06-30. */
  deadline: string;
  /** People available for the work. */
  staff: number;
  /** Working hours per person per day (used to turn norm minutes into person-days). */
  hoursPerDay: string | number;
  /** 5 = Monday–Friday, 6 = Monday–Saturday. */
  daysPerWeek: 5 | 6;
  /** Days off (ISO) that fall in the period — the user's list; dutoan keeps no holiday calendar. */
  holidays?: readonly string[];
  tasks: readonly CapacityTaskInput[];
}

export interface CapacityTaskResult {
  name: string;
  quantity: string;
  unit: UnitCode;
  /** Units per person-day actually used. */
  perPersonDay: string;
  personDays: string;
  basis: 'measured' | 'norm';
  arithmetic: string;
}

/** A capacity plan (kế hoạch nhân lực): person-days needed, staff needed, feasibility, with the arithmetic. */
export interface CapacityPlan {
  start: string;
  deadline: string;
  workingDays: number;
  holidaysOnWorkdays: string[];
  tasks: CapacityTaskResult[];
  /** Exact person-days needed (decimal string). */
  personDays: string;
  /** staff × working days. */
  availablePersonDays: string;
  /** Smallest staff that finishes by the deadline (ceil(personDays ÷ workingDays)); null when no working day. */
  staffNeeded: number | null;
  feasible: boolean;
  /** The working day on which the given staff would finish (null beyond ten years). */
  finishDate: string | null;
  arithmetic: string[];
}

const inputSchema = z
  .object({
    start: isoDate,
    deadline: isoDate,
    staff: z.number().int().positive().max(1_000_000),
    hoursPerDay: quantityField,
    daysPerWeek: z.union([z.literal(5), z.literal(6)]),
    holidays: z.array(isoDate).default([]),
    tasks: z
      .array(
        z.object({
          name: text(1, 200),
          quantity: quantityField,
          unit: z.enum(unitCodes),
          perPersonDay: quantityField.optional(),
          norm: z.any().optional(),
        }),
      )
      .min(1),
  })
  .superRefine((v, ctx) => {
    if (v.deadline < v.start) ctx.addIssue({ code: 'custom', path: ['deadline'], params: dutoanParams('PLAN_DEADLINE_BEFORE_START', {}) });
    const h = new Decimal(v.hoursPerDay);
    if (h.isZero() || h.gt(24)) ctx.addIssue({ code: 'custom', path: ['hoursPerDay'], params: dutoanParams('PLAN_HOURS_RANGE', {}) });
    v.tasks.forEach((t, i) => {
      if ((t.perPersonDay === undefined) === (t.norm === undefined)) ctx.addIssue({ code: 'custom', path: ['tasks', i], params: dutoanParams('PLAN_THROUGHPUT_XOR_NORM', {}) });
      if (t.perPersonDay !== undefined && new Decimal(t.perPersonDay).isZero()) ctx.addIssue({ code: 'custom', path: ['tasks', i, 'perPersonDay'], params: dutoanParams('PLAN_THROUGHPUT_ZERO', {}) });
    });
  });

const fq2 = (d: Decimal) => formatQuantity(d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));

/**
 * Plan capacity: from volumes, a deadline, staff, hours per day and, per task, a measured throughput per
 * person-day or a norm set → person-days needed, staff needed to meet the deadline, whether the plan is
 * feasible, and the day the given staff would finish. Every figure comes with its arithmetic (Vietnamese).
 * Person-days stay exact; only the display is rounded to 2 decimals; staff needed is rounded up.
 */
export function planCapacity(data: CapacityInput): CapacityPlan {
  const input = validate(inputSchema, data, 'plan');
  const holidays = new Set(input.holidays);
  const cal = workingDaysBetween(input.start, input.deadline, input.daysPerWeek, holidays);
  const workingDays = cal.days.length;
  const hours = new Decimal(input.hoursPerDay);
  const arithmetic: string[] = [
    legal.planCalendar(viDate(input.start), viDate(input.deadline), input.daysPerWeek, cal.weekdays, cal.holidaysOnWorkdays.map(viDate), workingDays),
  ];

  const tasks: CapacityTaskResult[] = input.tasks.map((t, i) => {
    const qty = new Decimal(t.quantity);
    const label = unitLabel(t.unit);
    const unit = label.charAt(0).toLowerCase() + label.slice(1); // "trang A4", "mét giá"
    if (t.perPersonDay !== undefined) {
      const rate = new Decimal(t.perPersonDay);
      const pd = qty.div(rate);
      return {
        name: t.name, quantity: qty.toString(), unit: t.unit, perPersonDay: rate.toString(), personDays: pd.toString(), basis: 'measured' as const,
        arithmetic: legal.planTaskMeasured(t.name, formatQuantity(qty), unit, formatQuantity(rate), fq2(pd)),
      };
    }
    const norm = data.tasks[i]!.norm!;
    const lt = normLabourTime(norm.normSet, norm.variant, norm.overrides);
    if (lt.unit !== t.unit) {
      throw new DutoanError('PLAN_UNIT_MISMATCH', {}, [issueAt(`tasks[${i}].unit`, 'PLAN_TASK_UNIT_MISMATCH', { task: t.name, normUnit: unitLabel(lt.unit), unit: unitLabel(t.unit) })]);
    }
    const per = new Decimal(lt.perUnit);
    // Person-days per unit: minutes ÷ 60 ÷ hours per day, or the norm's ngày công directly.
    const pdPerUnit = lt.timeUnit === 'phut' ? per.div(60).div(hours) : per;
    const pd = qty.mul(pdPerUnit);
    const rate = pdPerUnit.isZero() ? new Decimal(0) : new Decimal(1).div(pdPerUnit);
    return {
      name: t.name, quantity: qty.toString(), unit: t.unit, perPersonDay: rate.toString(), personDays: pd.toString(), basis: 'norm' as const,
      arithmetic: legal.planTaskNorm(t.name, formatQuantity(qty), unit, formatQuantity(per), lt.timeUnit, formatQuantity(hours), norm.normSet.title, fq2(pd)),
    };
  });
  arithmetic.push(...tasks.map((t) => t.arithmetic));

  const personDays = tasks.reduce((s, t) => s.add(t.personDays), new Decimal(0));
  const available = new Decimal(input.staff).mul(workingDays);
  const feasible = available.gte(personDays);
  const staffNeeded = workingDays > 0 ? Number(personDays.div(workingDays).toDecimalPlaces(0, Decimal.ROUND_CEIL).toString()) : null;
  const daysNeeded = Number(personDays.div(input.staff).toDecimalPlaces(0, Decimal.ROUND_CEIL).toString());
  const finishDate = daysNeeded === 0 ? input.start : nthWorkingDay(input.start, daysNeeded, input.daysPerWeek, holidays);

  arithmetic.push(legal.planTotals(fq2(personDays), input.staff, workingDays, formatQuantity(available)));
  if (staffNeeded !== null) arithmetic.push(legal.planStaffNeeded(fq2(personDays), workingDays, staffNeeded, viDate(input.deadline)));
  arithmetic.push(legal.planFinish(fq2(personDays), input.staff, daysNeeded, finishDate ? viDate(finishDate) : null));
  arithmetic.push(
    feasible
      ? legal.planFeasible(fq2(available.sub(personDays)))
      : legal.planInfeasible(fq2(personDays.sub(available)), staffNeeded === null ? null : staffNeeded - input.staff, viDate(input.deadline)),
  );

  return {
    start: input.start,
    deadline: input.deadline,
    workingDays,
    holidaysOnWorkdays: cal.holidaysOnWorkdays,
    tasks,
    personDays: personDays.toString(),
    availablePersonDays: available.toString(),
    staffNeeded,
    feasible,
    finishDate,
    arithmetic,
  };
}
