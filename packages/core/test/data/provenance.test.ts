import { describe, expect, it } from 'vitest';
import {
  builtinBooks,
  conversions,
  laoCaiPlan2026,
  LOW_CONFIDENCE,
  nonRegulationDocs,
  normSets,
  planningBands,
  provenanceSchema,
  regulations,
  sourced,
  tt03_2010Rules,
  tt04VendorStageFigures,
  tt08_2012Rules,
  wageBasis,
  checkSubtotals,
} from '../../src/index.ts';
import { walkFigures } from './provenance-walk.ts';

const knownDocs = new Set([...regulations.map((r) => r.id), ...nonRegulationDocs]);

/** Every data module of the legal layer, by name. */
const modules: Record<string, unknown> = {
  regulations,
  laoCaiPlan2026,
  wageBasis,
  ...Object.fromEntries(Object.entries(normSets).map(([id, ns]) => [`normSets.${id}`, ns])),
  planningBands,
  tt04VendorStageFigures,
  tt03_2010Rules,
  tt08_2012Rules,
  conversions,
};

describe('every figure of every data module has a source and a status', () => {
  it.each(Object.keys(modules))('%s', (name) => {
    expect(walkFigures(modules[name], name, knownDocs)).toEqual([]);
  });

  it('the walker does catch a bare figure, a missing status and an unexplained null', () => {
    const bad = {
      steps: [{ id: '1', minutes: 40 }],
      rate: '2.340.000',
      ok: sourced('1.86', '204/2004/NĐ-CP', 'A1', 'secondary'),
      noStatus: { value: '3', source: { doc: '204/2004/NĐ-CP', where: 'x' } },
      silentNull: { value: null, source: { doc: '204/2004/NĐ-CP', where: 'x', status: 'secondary' } },
      unknownDoc: sourced('1', 'QĐ bịa/2026', 'x', 'official'),
    };
    const problems = walkFigures(bad, 'bad', knownDocs);
    expect(problems.some((p) => p.startsWith('bad.steps[0].minutes'))).toBe(true);
    expect(problems.some((p) => p.startsWith('bad.rate'))).toBe(true);
    expect(problems.some((p) => p.startsWith('bad.noStatus.source'))).toBe(true);
    expect(problems.some((p) => p.startsWith('bad.silentNull'))).toBe(true);
    expect(problems.some((p) => p.startsWith('bad.unknownDoc'))).toBe(true);
    expect(problems.some((p) => p.startsWith('bad.ok'))).toBe(false);
  });

  it.each(Object.keys(builtinBooks))('price book %s: every item has a provenance with a status', (id) => {
    const book = builtinBooks[id]!;
    for (const item of book.items) {
      expect(provenanceSchema.safeParse(item.provenance).success, `${id} ${item.code}`).toBe(true);
      expect(knownDocs.has(item.provenance.doc), `${id} ${item.code}: ${item.provenance.doc}`).toBe(true);
    }
  });
});

describe('what norms-known.md says is encoded with its status, and nothing more', () => {
  const tt16 = normSets['tt16-2023']!;
  const step = (id: string) => tt16.steps.find((s) => s.id === id)!;

  it('the "leads" for TT 16/2023 steps 1–3 are not encoded as values', () => {
    for (const id of ['1', '2', '3']) {
      expect(step(id).time.value).toBeNull();
      expect(step(id).grade.value?.step ?? null).toBeNull();
    }
  });

  it('[LOW] figures are secondary and say "độ tin cậy thấp"', () => {
    for (const s of [step('15').time, step('15').grade, step('7').grade]) {
      expect(s.source.status).toBe('secondary');
      expect(s.source.note).toContain(LOW_CONFIDENCE);
    }
    expect(step('15').time.value).toBe('40.00');
    expect(step('7').time.value).toBeNull();
  });

  it('TT 16/2023 has the 21 steps and the 23-step variant', () => {
    const top = (process: string, condition: string) =>
      tt16.steps.filter((s) => !s.when || ((s.when.process ?? [process]).includes(process) && (s.when.condition ?? [condition]).includes(condition)));
    expect(top('21', 'rl').map((s) => s.no)).toEqual(['1', '2', '3', '4', '5.a', '6.a', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21']);
    expect(top('23', 'sb').map((s) => s.no)).toEqual(['1', '2', '3', '4', '5', '6.b', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23']);
  });

  it('TT 04/2014 Phụ lục III: known rows, their status, and consistent subtotals', () => {
    const pl3 = normSets['tt04-2014-pl3']!;
    const flat = (ss: typeof pl3.steps): typeof pl3.steps => ss.flatMap((s) => [s, ...flat(s.children ?? [])]);
    const rows = Object.fromEntries(flat(pl3.steps).map((s) => [s.id, s]));
    expect(rows['1']!.time.value).toBe('3.9220');
    expect(rows['1.b']!.time.value).toBe('3.1420');
    expect(rows['1.b.1']!.time.value).toBe('0.2340');
    expect(rows['1.b.2']!.time.value).toBe('2.9080');
    expect(rows['1.b.2.1']!.time.value).toBe('0.1870');
    expect(rows['1.b.2.2']!.time.value).toBeNull();
    expect(rows['1.a']!.time.source.status).toBe('inferred');
    expect(rows['1.b.1']!.time.source.status).toBe('secondary');
    // 0,7800 + 3,1420 = 3,9220 and 0,2340 + 2,9080 = 3,1420 (1.b.2 has an unknown row: not checked).
    expect(checkSubtotals(pl3)).toEqual([]);
    for (const ns of Object.values(normSets)) expect(checkSubtotals(ns)).toEqual([]);
  });

  it('base salary timeline and scales carry their statuses', () => {
    const bs = wageBasis.baseSalaries.map((s) => [s.value!.from, s.value!.amount, s.source.doc, s.source.status]);
    expect(bs).toEqual([
      ['2019-07-01', '1490000', '38/2019/NĐ-CP', 'inferred'],
      ['2023-07-01', '1800000', '24/2023/NĐ-CP', 'secondary'],
      ['2024-07-01', '2340000', '73/2024/NĐ-CP', 'official'],
      ['2026-07-01', '2530000', '161/2026/NĐ-CP', 'official'],
    ]);
    const B = wageBasis.scales.find((s) => s.id === 'B')!;
    expect(B.steps.map((s) => s.source.status)).toEqual(['secondary', 'secondary', ...Array(10).fill('inferred')]);
    expect(wageBasis.workingDaysPerMonth.value).toBeNull();
    expect(wageBasis.hoursPerDay.value).toBeNull();
    expect(wageBasis.includeContributions.value).toBeNull();
    expect(wageBasis.grades.find((g) => g.title === 'Lưu trữ viên chính')!.scale.value).toBeNull();
  });
});

describe('regulation catalog', () => {
  it('says which documents are in force on a date, and null when their dates are unknown', async () => {
    const { findRegulation, inForceOn } = await import('../../src/index.ts');
    const r = (id: string) => findRegulation(id)!;
    expect(inForceOn(r('73/2024/NĐ-CP'), '2026-06-30')).toBe(true);
    expect(inForceOn(r('73/2024/NĐ-CP'), '2026-07-01')).toBe(false);
    expect(inForceOn(r('161/2026/NĐ-CP'), '2026-06-30')).toBe(false);
    expect(inForceOn(r('161/2026/NĐ-CP'), '2026-07-01')).toBe(true);
    expect(inForceOn(r('03/2010/TT-BNV'), '2026-01-01')).toBe(false);
    expect(inForceOn(r('12/2010/TT-BNV'), '2026-01-01')).toBeNull();
    expect(r('03/2010/TT-BNV').replacedBy.value).toEqual(['16/2023/TT-BNV']);
    expect(r('356/QĐ-UBND').issuedOn.value).toBe('2026-02-05');
    expect(r('356/QĐ-UBND').effectiveFrom.value).toBeNull();
  });
});

describe('TT 04/2014 Phụ lục IV size bands', () => {
  it('places a fonds in its band and reports the boundaries the appendix leaves open', async () => {
    const { planningBand } = await import('../../src/index.ts');
    expect(planningBand(12)).toEqual({ ids: ['lt50'], ambiguous: false });
    expect(planningBand('50')).toEqual({ ids: ['50-100'], ambiguous: false }); // "dưới 50" excludes 50
    expect(planningBand(75.5)).toEqual({ ids: ['50-100'], ambiguous: false });
    expect(planningBand(100)).toEqual({ ids: ['50-100', '100-200'], ambiguous: true });
    expect(planningBand(300)).toEqual({ ids: ['200-300'], ambiguous: false }); // "trên 300" excludes 300
    expect(planningBand(1550.5)).toEqual({ ids: ['gt300'], ambiguous: false });
  });
});
