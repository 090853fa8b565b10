import { describe, expect, it } from 'vitest';
import {
  derivePrice,
  isDutoanError,
  NormValuesMissingError,
  normSets,
  type Overrides,
} from '../../src/index.ts';
import { basis, fictional, wageChoices } from '../support/fictional-norm-set.ts';

describe('derivePrice — fictional norm set computed by hand', () => {
  it('matches the hand computation to the đồng, and the parts sum to the price', () => {
    // Rate: coefficient × 2.340.000 ÷ 22 ngày ÷ 8 giờ ÷ 60 phút = coefficient × 2.340.000 ÷ 10.560 (đ/phút).
    // Complexity level 2 (× 1,2) applies to direct steps only.
    // S1  : 30 × 1,2 × 1,86 × 2.340.000 ÷ 10.560 = 156.686.400 ÷ 10.560 = 14.837,727… → 14.838
    // S2a : 12 × 1,2 × 3,00 × 2.340.000 ÷ 10.560 = 101.088.000 ÷ 10.560 =  9.572,727… →  9.573
    // S2b : 6,5 × 1,2 × 2,06 × 2.340.000 ÷ 10.560 =  37.599.120 ÷ 10.560 =  3.560,523… →  3.561
    //       ("Nhân viên hư cấu" is not a mapped title: read by its "/12" notation → scale B, bậc 2 = 2,06)
    // S3  : not in variant "rl".
    // Tpv : 3 × 1,86 × 2.340.000 ÷ 10.560   =  13.057.200 ÷ 10.560 =  1.236,477… →  1.236
    // Tql : 1,5 × 2,34 × 2.340.000 ÷ 10.560 =   8.213.400 ÷ 10.560 =    777,784… →    778
    // Labour = 14.838 + 9.573 + 3.561 + 1.236 + 778 = 29.986
    // Materials: phiếu tin 20 × 1,05 × 150 = 3.150 ; hộp 10 × 9.500 = 95.000 → 98.150
    // Machines: 0,25 ca × 40.000 = 10.000 ; energy 1.234 ; other 0
    // Price = 29.986 + 98.150 + 10.000 + 1.234 + 0 = 139.370
    const p = derivePrice(fictional, { options: { condition: 'rl' }, coefficients: { complexity: '2' } }, basis, wageChoices);
    expect(p.labour.map((l) => [l.key, l.amount])).toEqual([
      ['step.S1', '14838'],
      ['step.S2a', '9573'],
      ['step.S2b', '3561'],
      ['service', '1236'],
      ['management', '778'],
    ]);
    expect(p.labourTotal).toBe('29986');
    expect(p.materials.map((m) => m.amount)).toEqual(['3150', '95000']);
    expect(p.machinesTotal).toBe('10000');
    expect(p.energy.amount).toBe('1234');
    expect(p.other.amount).toBe('0');
    expect(p.price).toBe('139370');
    const parts = [...p.labour, ...p.materials, ...p.machines, p.energy, p.other].reduce((s, x) => s + BigInt(x.amount), 0n);
    expect(parts).toBe(139370n);
    expect(p.labourShare).toEqual({ amount: '29986', baseSalary: '2340000' });
    expect(p.wage.baseSalary).toBe('2340000');
    expect(p.labour[0]!.arithmetic).toBe('30 phút × 1,2 (Hệ số phức tạp) × 1,86 × 2.340.000 đ ÷ 22 ngày ÷ 8 giờ ÷ 60 phút = 14.837,7273 → 14.838 đ');
  });

  it('marks every override as "user" and keeps data sources on the rest', () => {
    const p = derivePrice(fictional, { options: { condition: 'rl' } }, basis, wageChoices);
    const byKey = new Map(p.values.map((x) => [x.key, x]));
    expect(byKey.get('wage.workingDaysPerMonth')!.source.status).toBe('user');
    expect(byKey.get('wage.hoursPerDay')!.source.status).toBe('user');
    expect(byKey.get('wage.includeContributions')!.source.status).toBe('user');
    expect(byKey.get('wage.baseSalary')!.source).toMatchObject({ doc: '73/2024/NĐ-CP', status: 'official' });
    expect(byKey.get('step.S1.time')!.source.status).toBe('sample');
    expect(byKey.get('step.S1.coefficient')!.source).toMatchObject({ doc: '204/2004/NĐ-CP', status: 'secondary' });
    // Without the complexity coefficient: S1 = 30 × 1,86 × 2.340.000 ÷ 10.560 = 12.364,77… → 12.365
    expect(p.labour[0]!.amount).toBe('12365');
  });

  it('adds employer contributions when asked (17 + 3 + 2 + 1 + 0,5 = 23,5 %)', () => {
    // S1 with complexity 2: 156.686.400 × 1,235 ÷ 10.560 = 193.507.704 ÷ 10.560 = 18.324,59… → 18.325
    const p = derivePrice(fictional, { options: { condition: 'rl' }, coefficients: { complexity: '2' } }, basis, { ...wageChoices, 'wage.includeContributions': true });
    expect(p.wage.contributionPercent).toBe('23.5');
    expect(p.labour[0]!.amount).toBe('18325');
  });

  it('uses the base salary in force on the date: 2.530.000 from 01/7/2026', () => {
    // S1 without coefficient: 30 × 1,86 × 2.530.000 ÷ 10.560 = 141.174.000 ÷ 10.560 = 13.368,75 → 13.369
    const p = derivePrice(fictional, { options: { condition: 'rl' } }, { date: '2026-07-01' }, wageChoices);
    expect(p.wage.baseSalary).toBe('2530000');
    expect(p.labour[0]!.amount).toBe('13369');
    expect(p.values.find((x) => x.key === 'wage.baseSalary')!.source.doc).toBe('161/2026/NĐ-CP');
  });

  it('without the wage parameters it fails listing them — they have no official value', () => {
    try {
      derivePrice(fictional, { options: { condition: 'rl' } }, basis);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NormValuesMissingError);
      const keys = (e as NormValuesMissingError).missing.map((m) => m.key);
      expect(keys).toEqual(['wage.workingDaysPerMonth', 'wage.hoursPerDay', 'wage.includeContributions']);
    }
  });

  it('refuses an unknown override key, a missing variant and a bad override value', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isDutoanError(e) ? e.code : 'other';
      }
      return 'none';
    };
    expect(err(() => derivePrice(fictional, { options: { condition: 'rl' } }, basis, { ...wageChoices, 'step.S9.time': '1' }))).toBe('OVERRIDE_UNKNOWN');
    expect(err(() => derivePrice(fictional, {}, basis, wageChoices))).toBe('VARIANT_INVALID');
    expect(err(() => derivePrice(fictional, { options: { condition: 'rl' } }, basis, { ...wageChoices, 'wage.hoursPerDay': '8,5' }))).toBe('OVERRIDE_INVALID');
    expect(err(() => derivePrice(fictional, { options: { condition: 'rl' } }, basis, { ...wageChoices, 'wage.hoursPerDay': '0' }))).toBe('OVERRIDE_INVALID');
  });
});

describe('derivePrice — real norm sets today', () => {
  const tt16 = normSets['tt16-2023']!;

  it('TT 16/2023: fails with the list of missing values, not a number', () => {
    let error: NormValuesMissingError | undefined;
    try {
      derivePrice(tt16, { options: { process: '21', condition: 'rl' } }, { date: '2026-05-01' });
    } catch (e) {
      error = e as NormValuesMissingError;
    }
    expect(error).toBeInstanceOf(NormValuesMissingError);
    const missing = error!.missing;
    const keys = missing.map((m) => m.key);
    // The formula's parameters, unknown steps, indirect labour, materials, machines, energy, other costs.
    for (const k of ['wage.workingDaysPerMonth', 'wage.hoursPerDay', 'wage.includeContributions', 'step.1.time', 'step.1.coefficient',
      'step.5a.time', 'step.7.time', 'step.11a.time', 'step.21.time', 'service.time', 'management.time',
      'material.bia-ho-so.quantity', 'material.bia-ho-so.price', 'machines.amount', 'energy.amount', 'other.amount']) {
      expect(keys).toContain(k);
    }
    // Known (secondary, low confidence): step 15's time and grade, step 7's grade — not missing.
    expect(keys).not.toContain('step.15.time');
    expect(keys).not.toContain('step.15.coefficient');
    expect(keys).not.toContain('step.7.coefficient');
    // Other variant's steps are not asked for.
    expect(keys).not.toContain('step.5b.time');
    expect(keys).not.toContain('step.csdl.19.time');
    // Every missing value names its document and place.
    for (const m of missing) {
      expect(m.doc.length).toBeGreaterThan(0);
      expect(m.where.length).toBeGreaterThan(0);
    }
    expect(error!.message).toContain('16/2023/TT-BNV');
    expect(error!.issues.length).toBe(missing.length);
  });

  it('TT 16/2023, 23-step process: asks for the database steps instead', () => {
    try {
      derivePrice(tt16, { options: { process: '23', condition: 'sb' } }, { date: '2026-05-01' });
      expect.unreachable();
    } catch (e) {
      const keys = (e as NormValuesMissingError).missing.map((m) => m.key);
      expect(keys).toContain('step.csdl.5.time');
      expect(keys).toContain('step.csdl.19.time');
      expect(keys).toContain('step.6b.time');
      expect(keys).not.toContain('step.5a.time');
      expect(keys).not.toContain('step.19.time');
    }
  });

  it('TT 04/2014 Phụ lục III: the known rows are used, the unknown ones listed', () => {
    try {
      derivePrice(normSets['tt04-2014-pl3']!, {}, { date: '2026-05-01' }, wageChoices);
      expect.unreachable();
    } catch (e) {
      const keys = (e as NormValuesMissingError).missing.map((m) => m.key);
      expect(keys).toContain('step.1.b.2.2.time');
      expect(keys).toContain('step.1.b.2.2.coefficient');
      expect(keys).toContain('step.2+.time');
      expect(keys).not.toContain('step.1.b.1.time');
      expect(keys).not.toContain('step.1.b.1.coefficient');
      expect(keys).not.toContain('wage.hoursPerDay');
    }
  });
});
