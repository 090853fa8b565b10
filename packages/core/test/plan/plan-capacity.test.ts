import { describe, expect, it } from 'vitest';
import { isDutoanError, NormValuesMissingError, normSets, planCapacity, sourced, source, type NormSet } from '../../src/index.ts';

describe('planCapacity — the province plan: 3.201.277 pages by 30/6/2026', () => {
  it('measured throughput (user input): person-days, staff needed, infeasible with 40 people', () => {
    // Calendar 15/04/2026 (Wednesday) – 30/06/2026, Monday–Friday:
    //   April 15–30: 12 weekdays; May: 21; June: 22 → 55; minus 30/04 (Thu) and 01/05 (Fri) → 53 days.
    // 3.201.277 pages ÷ 1.200 pages/person/day (a fictional measured figure) = 2.667,7308… person-days.
    // 40 people × 53 days = 2.120 person-days < 2.667,73 → not feasible.
    // Staff needed: 2.667,7308 ÷ 53 = 50,33… → 51.
    // With 40 people: 2.667,7308 ÷ 40 = 66,69… → 67 working days → 53 by 30/06, then 14 in July:
    //   1, 2, 3, 6–10, 13–17, 20 → 20/07/2026.
    const p = planCapacity({
      start: '2026-04-15',
      deadline: '2026-06-30',
      staff: 40,
      hoursPerDay: 8,
      daysPerWeek: 5,
      holidays: ['2026-04-30', '2026-05-01'],
      tasks: [{ name: 'Số hóa', quantity: '3.201.277', unit: 'trang-a4', perPersonDay: '1.200' }],
    });
    expect(p.workingDays).toBe(53);
    expect(p.holidaysOnWorkdays).toEqual(['2026-04-30', '2026-05-01']);
    expect(p.personDays.startsWith('2667.7308333')).toBe(true);
    expect(p.availablePersonDays).toBe('2120');
    expect(p.staffNeeded).toBe(51);
    expect(p.feasible).toBe(false);
    expect(p.finishDate).toBe('2026-07-20');
    expect(p.arithmetic.join('\n')).toContain('3.201.277 trang A4 ÷ 1.200');
    expect(p.arithmetic.at(-1)).toContain('KHÔNG KỊP');
    expect(p.arithmetic.at(-1)).toContain('11 người');
  });

  it('with 51 people it is feasible and finishes by the deadline', () => {
    const p = planCapacity({
      start: '2026-04-15', deadline: '2026-06-30', staff: 51, hoursPerDay: 8, daysPerWeek: 5, holidays: ['2026-04-30', '2026-05-01'],
      tasks: [{ name: 'Số hóa', quantity: 3201277, unit: 'trang-a4', perPersonDay: 1200 }],
    });
    // 51 × 53 = 2.703 ≥ 2.667,73 ; 2.667,73 ÷ 51 = 52,3 → 53 days → 30/06/2026.
    expect(p.feasible).toBe(true);
    expect(p.finishDate).toBe('2026-06-30');
  });
});

const v = <T,>(x: T, w: string) => sourced(x, 'MẪU', w, 'sample');
const S = (w: string) => source('MẪU', w, 'sample');
const fictional: NormSet = {
  id: 'mau', title: 'Định mức MẪU', regulation: 'MẪU', source: S('x'),
  unit: v('met-gia', 'u'), timeUnit: v('phut', 't'), maximum: v(true, 'm'), dimensions: [],
  steps: [
    { id: 'a', no: '1', name: 'A', source: S('a'), grade: v({ title: 'Lưu trữ viên', step: 1, of: 9 }, 'a'), time: v('300', 'a') },
    { id: 'b', no: '2', name: 'B', source: S('b'), grade: v({ title: 'Lưu trữ viên', step: 1, of: 9 }, 'b'), time: v('150', 'b') },
  ],
  stepsComplete: v(true, 's'),
  service: { name: 'Tpv', source: S('p'), time: v('9', 'p'), grade: v({ title: 'Lưu trữ viên', step: 1, of: 9 }, 'p') },
  management: { name: 'Tql', source: S('q'), time: v('21', 'q'), grade: v({ title: 'Lưu trữ viên', step: 1, of: 9 }, 'q') },
  materials: v([], 'vt'), machines: v([], 'm'), caHours: v('8', 'c'), energy: v('0', 'e'), other: v('0', 'o'),
  coefficients: [{ id: 'k', name: 'Hệ số', source: S('k'), appliesTo: v({ kind: 'steps' as const, ids: ['b'] }, 'k'), levels: v([{ id: '2', label: '2', value: v('2', 'k') }], 'k') }],
  notes: [],
};

describe('planCapacity — from a norm set', () => {
  it('uses the norm minutes per unit (fictional set)', () => {
    // Per metre: 300 + 150 × 2 (coefficient on step b) + 9 + 21 = 630 minutes = 630 ÷ 60 ÷ 7 h = 1,5 person-days.
    // 20 metres → 30 person-days. 3 people × 10 working days (01–14/07/2026 Mon–Fri) = 30 → feasible, exactly.
    const p = planCapacity({
      start: '2026-07-01', deadline: '2026-07-14', staff: 3, hoursPerDay: 7, daysPerWeek: 5,
      tasks: [{ name: 'Chỉnh lý', quantity: 20, unit: 'met-gia', norm: { normSet: fictional, variant: { coefficients: { k: '2' } } } }],
    });
    expect(p.workingDays).toBe(10);
    expect(p.personDays).toBe('30');
    expect(p.tasks[0]!.perPersonDay).toBe('0.6666666666666666666666666666666666666667');
    expect(p.feasible).toBe(true);
    expect(p.staffNeeded).toBe(3);
    expect(p.finishDate).toBe('2026-07-14');
  });

  it('TT 16/2023: fails listing the missing step times, not a guess', () => {
    try {
      planCapacity({
        start: '2026-04-15', deadline: '2026-06-30', staff: 5, hoursPerDay: 8, daysPerWeek: 5,
        tasks: [{ name: 'Chỉnh lý', quantity: 100, unit: 'met-gia', norm: { normSet: normSets['tt16-2023']!, variant: { options: { process: '21', condition: 'rl' } } } }],
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NormValuesMissingError);
      const keys = (e as NormValuesMissingError).missing.map((m) => m.key);
      expect(keys).toContain('step.1.time');
      expect(keys).not.toContain('step.15.time');
      expect(keys.some((k) => k.startsWith('wage.'))).toBe(false);
    }
  });

  it('refuses a deadline before the start and a task with neither throughput nor norm', () => {
    const code = (f: () => unknown) => {
      try {
        f();
        return 'none';
      } catch (e) {
        return isDutoanError(e) ? e.code : 'other';
      }
    };
    expect(code(() => planCapacity({ start: '2026-07-01', deadline: '2026-06-30', staff: 1, hoursPerDay: 8, daysPerWeek: 5, tasks: [{ name: 'x', quantity: 1, unit: 'trang-a4', perPersonDay: 1 }] }))).toBe('INVALID_INPUT');
    expect(code(() => planCapacity({ start: '2026-06-01', deadline: '2026-06-30', staff: 1, hoursPerDay: 8, daysPerWeek: 5, tasks: [{ name: 'x', quantity: 1, unit: 'trang-a4' }] }))).toBe('INVALID_INPUT');
  });
});
