import { render } from '../locale/render.ts';
import { Decimal } from '../money/decimal.ts';
import { formatMoney, formatQuantity } from '../money/format.ts';
import { nthWorkingDay, viDate, workingDaysBetween } from '../plan/working-days.ts';
import type { WorkCalendar } from './types.ts';

/** The forecast at one report (dự báo): the rate since the report before, the finish day at that rate, the staff to catch up. */
export interface Forecast {
  status: 'done' | 'on-time' | 'late' | 'no-progress' | 'no-estimate' | 'no-rate' | 'after-deadline';
  /** Working days from the report before (or from the start day) to this one. */
  workingDays: number | null;
  /** Pages per working day in that span, exact decimal string. */
  rate: string | null;
  /** Working days still needed at that rate, counted from the day after the report. */
  daysNeeded: number | null;
  finish: string | null;
  /** Staff that would finish by the deadline at the same output per person (capacity plan: ⌈person-days ÷ working days⌉). */
  staffNeeded: number | null;
  extraStaff: number | null;
  /** Not on time for the deadline. */
  late: boolean;
  /** One Vietnamese cell text: "Không kịp 30/06/2026 (dự kiến xong 14/08/2026); cần 9 người (thêm 4)". */
  text: string;
  /** The arithmetic, in Vietnamese; null when nothing was computed. */
  arithmetic: string | null;
}

const DAY = 86_400_000;
/** The ISO day after `iso`. */
export function nextDay(iso: string): string {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + DAY).toISOString().slice(0, 10);
}

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

export interface ForecastInput {
  /** Pages done at this report (cumulative). */
  pages: bigint;
  date: string;
  /** The report before: its pages and date; or the start day with 0 pages (`inclusive`: the start day is worked). */
  before: { pages: bigint; date: string; inclusive: boolean } | null;
  /** Pages to reach (the unit's estimate, the province's target); null when unknown. */
  target: bigint | null;
  /** People on the work at this report; null when not reported. */
  staff: bigint | null;
  deadline: string;
  calendar: WorkCalendar;
}

/**
 * Forecast at one report (dự báo ngày hoàn thành). Rate = pages added ÷ working days since the report before;
 * finish = the ⌈remaining ÷ rate⌉-th working day after the report (working days as in `dutoan plan`: Monday–Friday
 * or –Saturday, minus the user's holidays); late when that is after the deadline. Staff to catch up, from the same
 * output per person and the capacity plan's rule: ⌈remaining ÷ (rate ÷ staff) ÷ working days left⌉. All in
 * integers (BigInt): no rounding but the two ceilings.
 */
export function forecastAt(f: ForecastInput): Forecast {
  const deadline = viDate(f.deadline);
  const base = { workingDays: null, rate: null, daysNeeded: null, finish: null, staffNeeded: null, extraStaff: null, arithmetic: null };
  if (f.target === null) return { ...base, status: 'no-estimate', late: false, text: render('FORECAST_NO_ESTIMATE', {}) };
  const remaining = f.target - f.pages;
  if (remaining <= 0n) return { ...base, status: 'done', late: false, text: render('FORECAST_DONE', {}) };
  if (f.date >= f.deadline) return { ...base, status: 'after-deadline', late: true, text: render('FORECAST_AFTER_DEADLINE', { deadline }) };
  if (!f.before) return { ...base, status: 'no-rate', late: false, text: render('FORECAST_NO_RATE', {}) };
  const holidays = new Set(f.calendar.holidays);
  const from = f.before.inclusive ? f.before.date : nextDay(f.before.date);
  const w = workingDaysBetween(from, f.date, f.calendar.daysPerWeek, holidays).days.length;
  if (w === 0) return { ...base, status: 'no-rate', late: false, text: render('FORECAST_NO_RATE', {}) };
  const added = f.pages - f.before.pages;
  if (added <= 0n) return { ...base, workingDays: w, rate: '0', status: 'no-progress', late: true, text: render('FORECAST_NO_PROGRESS', {}) };
  const W = BigInt(w);
  const rate = new Decimal(added.toString()).div(w);
  const daysNeeded = ceilDiv(remaining * W, added);
  const after = nextDay(f.date);
  const finish = daysNeeded > 3000n ? null : nthWorkingDay(after, Number(daysNeeded), f.calendar.daysPerWeek, holidays);
  const late = finish === null || finish > f.deadline;
  const rateText = formatQuantity(rate.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  const arithmetic = render('FORECAST_ARITHMETIC', { remaining: formatMoney(remaining), rate: rateText, days: Number(daysNeeded), from: viDate(after), finish: finish ? viDate(finish) : null });
  if (!late) return { ...base, workingDays: w, rate: rate.toString(), daysNeeded: Number(daysNeeded), finish, status: 'on-time', late, text: render('FORECAST_ON_TIME', { finish: viDate(finish!) }), arithmetic };
  let staffNeeded: number | null = null;
  let extraStaff: number | null = null;
  const left = workingDaysBetween(after, f.deadline, f.calendar.daysPerWeek, holidays).days.length;
  if (f.staff !== null && f.staff > 0n && left > 0) {
    // person-days = remaining ÷ (added ÷ (W × staff)); staff needed = ⌈person-days ÷ working days left⌉.
    staffNeeded = Number(ceilDiv(remaining * W * f.staff, added * BigInt(left)));
    extraStaff = staffNeeded - Number(f.staff);
  }
  const staffText = staffNeeded !== null ? render('FORECAST_STAFF', { needed: staffNeeded, extra: extraStaff! }) : render('FORECAST_STAFF_UNKNOWN', {});
  return {
    ...base,
    workingDays: w,
    rate: rate.toString(),
    daysNeeded: Number(daysNeeded),
    finish,
    staffNeeded,
    extraStaff,
    status: 'late',
    late,
    text: `${render('FORECAST_LATE', { finish: finish ? viDate(finish) : null, deadline })}; ${staffText}`,
    arithmetic,
  };
}
