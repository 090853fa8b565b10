/**
 * Kế hoạch: the staff/deadline plan (kế hoạch nhân lực) from the same inputs as `dutoan plan` — start, deadline,
 * staff, hours per day, days per week, the user's holidays, pages and/or metres with the unit's measured
 * throughput — computed by core's planCapacity, its arithmetic shown line by line as the CLI prints it.
 */
import { isDutoanError, normalizeQuantity, planCapacity, type CapacityTaskInput } from '@dutoan/core';
import { el, field, replace, select } from '../dom.ts';
import { statusBox } from '../status.ts';
import { webText } from '../text.ts';

const T = webText.plan;

export function planTab(root: HTMLElement): void {
  const F = T.fields;
  const input = (id: string, value = '', mode = 'decimal') => el('input', { id, type: 'text', inputmode: mode, value });
  const from = el('input', { id: 'plan-from', type: 'date', value: '2026-04-15' });
  const deadline = el('input', { id: 'plan-deadline', type: 'date', value: '2026-06-30' });
  const staff = input('plan-staff', '', 'numeric');
  const hours = input('plan-hours', '8');
  const perWeek = select('plan-days-per-week', Object.entries(T.daysPerWeek), '5');
  const holiday = el('input', { id: 'plan-holiday', type: 'date' });
  const addHoliday = el('button', { type: 'button', id: 'plan-add-holiday', class: 'secondary' }, F.addHoliday);
  const holidayList = el('ul', { id: 'plan-holidays', class: 'chips', 'aria-live': 'polite' });
  const pages = input('plan-pages', '', 'numeric');
  const pagesRate = input('plan-pages-per-day');
  const metres = input('plan-metres');
  const metresRate = input('plan-metres-per-day');
  const run = el('button', { type: 'button', id: 'plan-run', class: 'primary' }, T.compute);
  const status = statusBox('plan-status');
  const result = el('section', { id: 'plan-result', class: 'card', hidden: true, 'aria-labelledby': 'plan-result-title' });
  const holidays: string[] = [];

  root.append(
    el('h2', {}, T.heading),
    el('p', { class: 'intro' }, T.intro),
    el(
      'div',
      { class: 'card' },
      el(
        'div',
        { class: 'grid3' },
        field(F.from, from),
        field(F.deadline, deadline),
        field(F.daysPerWeek, perWeek),
        field(F.staff, staff),
        field(F.hours, hours),
        el('div', {}, field(F.holiday, holiday), addHoliday),
        el('div', { class: 'span3' }, holidayList),
        field(F.pages, pages),
        field(F.pagesPerDay, pagesRate),
        el('div'),
        field(F.metres, metres),
        field(F.metresPerDay, metresRate),
      ),
      el('div', { class: 'row' }, run),
      status.root,
    ),
    result,
  );

  const renderHolidays = () => {
    holidays.sort();
    replace(
      holidayList,
      ...(holidays.length
        ? holidays.map((d) =>
            el(
              'li',
              {},
              d.split('-').reverse().join('/'),
              el('button', { type: 'button', class: 'chip-x', 'aria-label': F.removeHoliday(d.split('-').reverse().join('/')), onclick: () => (holidays.splice(holidays.indexOf(d), 1), renderHolidays()) }, '×'),
            ),
          )
        : [el('li', { class: 'muted' }, T.holidaysNone)]),
    );
  };
  addHoliday.addEventListener('click', () => {
    if (holiday.value && !holidays.includes(holiday.value)) holidays.push(holiday.value);
    holiday.value = '';
    renderHolidays();
  });
  renderHolidays();

  /** A number field read the Vietnamese way ("3.201.277", "7,5"), undefined when empty. */
  const num = (label: string, control: HTMLInputElement, problems: string[]): string | undefined => {
    const raw = control.value.trim();
    control.removeAttribute('aria-invalid');
    if (!raw) return undefined;
    try {
      return normalizeQuantity(raw, { field: label });
    } catch {
      control.setAttribute('aria-invalid', 'true');
      problems.push(T.badNumber(label, raw));
      return undefined;
    }
  };

  run.addEventListener('click', () => {
    const problems: string[] = [];
    const p = num(F.pages, pages, problems);
    const pr = num(F.pagesPerDay, pagesRate, problems);
    const m = num(F.metres, metres, problems);
    const mr = num(F.metresPerDay, metresRate, problems);
    const h = num(F.hours, hours, problems);
    const st = num(F.staff, staff, problems);
    const tasks: CapacityTaskInput[] = [];
    if (p !== undefined) {
      if (pr === undefined) problems.push(T.needRate(F.pages, F.pagesPerDay));
      else tasks.push({ name: T.taskPages, quantity: p, unit: 'trang-a4', perPersonDay: pr });
    }
    if (m !== undefined) {
      if (mr === undefined) problems.push(T.needRate(F.metres, F.metresPerDay));
      else tasks.push({ name: T.taskMetres, quantity: m, unit: 'met-gia', perPersonDay: mr });
    }
    if (!tasks.length && p === undefined && m === undefined) problems.push(T.needTask);
    if (st === undefined) {
      if (!staff.value.trim()) problems.push(T.missing(F.staff));
    } else if (!/^\d+$/.test(st)) problems.push(T.badStaff(staff.value));
    if (h === undefined && !hours.value.trim()) problems.push(T.missing(F.hours));
    if (!from.value) problems.push(T.missing(F.from));
    if (!deadline.value) problems.push(T.missing(F.deadline));
    if (problems.length) {
      result.hidden = true;
      status.show('error', problems[0]!, problems.slice(1));
      return;
    }
    try {
      const plan = planCapacity({
        start: from.value,
        deadline: deadline.value,
        staff: Number(st),
        hoursPerDay: h!,
        daysPerWeek: perWeek.value === '6' ? 6 : 5,
        holidays: [...holidays],
        tasks,
      });
      status.clear();
      result.hidden = false;
      replace(
        result,
        el('h3', { id: 'plan-result-title' }, T.resultTitle),
        el('ol', { id: 'plan-lines', class: 'plan-lines' }, ...plan.arithmetic.map((l, i) => el('li', { class: i === plan.arithmetic.length - 1 ? (plan.feasible ? 'ok-text' : 'bad') : undefined }, l))),
      );
    } catch (e) {
      if (!isDutoanError(e)) throw e;
      result.hidden = true;
      status.fail(e);
    }
  });
}
