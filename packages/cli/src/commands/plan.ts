import { parseArgs } from 'node:util';
import { DutoanError, normalizeQuantity, planCapacity, type CapacityTaskInput } from '@dutoan/core';
import { planCliText as t } from '../messages.ts';
import { planUsage } from '../usage.ts';
import { ExitCode } from '../exit-codes.ts';
import type { Io } from '../main.ts';

/** A number option read the Vietnamese way ("3.201.277", "7,5"), or undefined when absent. */
function num(name: string, raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  try {
    return normalizeQuantity(raw, { field: `--${name}` });
  } catch {
    throw new DutoanError('USAGE_BAD_NUMBER', { option: name, raw });
  }
}

/**
 * `dutoan plan`: capacity plan (kế hoạch nhân lực) — volumes, deadline, staff, hours per day and a measured
 * throughput per person-day → person-days, staff needed, feasibility, finish date, with the arithmetic.
 * Throughputs are the unit's own measurements: official scanning/arrangement minutes are not known.
 */
export async function planCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      deadline: { type: 'string' },
      staff: { type: 'string' },
      hours: { type: 'string' },
      'days-per-week': { type: 'string', default: '5' },
      holidays: { type: 'string' },
      pages: { type: 'string' },
      'pages-per-day': { type: 'string' },
      metres: { type: 'string' },
      'metres-per-day': { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (!values.from || !values.deadline || !values.staff || !values.hours) throw new DutoanError('USAGE_COMMAND', { usage: planUsage });
  const tasks: CapacityTaskInput[] = [];
  const pages = num('pages', values.pages);
  const pagesRate = num('pages-per-day', values['pages-per-day']);
  const metres = num('metres', values.metres);
  const metresRate = num('metres-per-day', values['metres-per-day']);
  if (pages !== undefined) {
    if (pagesRate === undefined) throw new DutoanError('USAGE_PLAN_NEEDS_RATE', { volume: '--pages', rate: '--pages-per-day' });
    tasks.push({ name: t.planTaskPages, quantity: pages, unit: 'trang-a4', perPersonDay: pagesRate });
  }
  if (metres !== undefined) {
    if (metresRate === undefined) throw new DutoanError('USAGE_PLAN_NEEDS_RATE', { volume: '--metres', rate: '--metres-per-day' });
    tasks.push({ name: t.planTaskMetres, quantity: metres, unit: 'met-gia', perPersonDay: metresRate });
  }
  if (!tasks.length) throw new DutoanError('USAGE_PLAN_NEEDS_TASK');
  const staff = num('staff', values.staff)!;
  if (!/^\d+$/.test(staff)) throw new DutoanError('USAGE_BAD_NUMBER', { option: 'staff', raw: values.staff });
  const perWeek = values['days-per-week'] === '6' ? 6 : values['days-per-week'] === '5' ? 5 : null;
  if (perWeek === null) throw new DutoanError('USAGE_BAD_NUMBER', { option: 'days-per-week', raw: values['days-per-week']! });
  const plan = planCapacity({
    start: values.from,
    deadline: values.deadline,
    staff: Number(staff),
    hoursPerDay: num('hours', values.hours)!,
    daysPerWeek: perWeek,
    holidays: values.holidays ? values.holidays.split(',').map((s) => s.trim()).filter(Boolean) : [],
    tasks,
  });
  if (values.json) io.out(JSON.stringify(plan, null, 2));
  else {
    io.out(t.planHeader);
    for (const line of plan.arithmetic) io.out(line);
  }
  return ExitCode.Ok;
}
