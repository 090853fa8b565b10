/** Calendar arithmetic on ISO dates (UTC, no time zone surprises). */
const DAY = 86_400_000;
const toTime = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const toIso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Whether a date is a working weekday: Monday–Friday, or Monday–Saturday when `daysPerWeek` is 6. */
export function isWorkingWeekday(iso: string, daysPerWeek: 5 | 6): boolean {
  const wd = new Date(toTime(iso)).getUTCDay(); // 0 = Sunday
  return wd !== 0 && (daysPerWeek === 6 || wd !== 6);
}

/** The working days from `start` to `end` inclusive, minus the given holidays. */
export function workingDaysBetween(start: string, end: string, daysPerWeek: 5 | 6, holidays: ReadonlySet<string>): { days: string[]; weekdays: number; holidaysOnWorkdays: string[] } {
  const days: string[] = [];
  const off: string[] = [];
  let weekdays = 0;
  for (let t = toTime(start); t <= toTime(end); t += DAY) {
    const iso = toIso(t);
    if (!isWorkingWeekday(iso, daysPerWeek)) continue;
    weekdays++;
    if (holidays.has(iso)) off.push(iso);
    else days.push(iso);
  }
  return { days, weekdays, holidaysOnWorkdays: off };
}

/** The n-th working day (1-based) from `start`, looking at most `limitDays` calendar days ahead; null if beyond. */
export function nthWorkingDay(start: string, n: number, daysPerWeek: 5 | 6, holidays: ReadonlySet<string>, limitDays = 3660): string | null {
  let count = 0;
  for (let i = 0, t = toTime(start); i < limitDays; i++, t += DAY) {
    const iso = toIso(t);
    if (!isWorkingWeekday(iso, daysPerWeek) || holidays.has(iso)) continue;
    if (++count >= n) return iso;
  }
  return null;
}

/** "2026-06-30" → "30/06/2026". */
export function viDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
