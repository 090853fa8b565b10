import { describe, expect, it } from 'vitest';
import { breakdownFromDerived, derivePrice, planBreakdownSheet, sourced, source, type NormSet, type Overrides } from '@dutoan/core';

/**
 * The FICTIONAL norm set of packages/core/test/derive/derive-price.test.ts (every figure invented, status
 * "sample"), derived on 2026-05-01 with complexity level 2; that test computes its price by hand:
 * labour 29.986 + materials 98.150 + machines 10.000 + energy 1.234 + other 0 = 139.370 đ.
 */
const S = (where: string) => source('MẪU', where, 'sample');
const v = <T,>(x: T, where: string) => sourced(x, 'MẪU', where, 'sample');
const fictional: NormSet = {
  id: 'mau-dinh-muc',
  title: 'Bộ định mức MẪU (hư cấu)',
  regulation: 'MẪU',
  source: S('toàn bộ'),
  unit: v('met-gia', 'đơn vị'),
  timeUnit: v('phut', 'đơn vị thời gian'),
  maximum: v(true, 'tối đa'),
  dimensions: [{ id: 'condition', name: 'Tình trạng', options: [{ id: 'rl', label: 'Rời lẻ', source: S('rl') }, { id: 'sb', label: 'Sơ bộ', source: S('sb') }] }],
  steps: [
    { id: 'S1', no: '1', name: 'Bước một', source: S('b1'), grade: v({ title: 'Lưu trữ viên trung cấp', step: 1, of: 12 }, 'b1'), time: v('30', 'b1') },
    {
      id: 'S2',
      no: '2',
      name: 'Bước hai',
      source: S('b2'),
      grade: v({ title: '—', step: null, of: null }, 'b2'),
      time: v('18.5', 'b2'),
      children: [
        { id: 'S2a', no: '2.a', name: 'Bước hai a', source: S('b2a'), grade: v({ title: 'Lưu trữ viên', step: 3, of: 9 }, 'b2a'), time: v('12', 'b2a') },
        { id: 'S2b', no: '2.b', name: 'Bước hai b', source: S('b2b'), grade: v({ title: 'Nhân viên hư cấu', step: 2, of: 12 }, 'b2b'), time: v('6.5', 'b2b') },
      ],
    },
    { id: 'S3', no: '3', name: 'Chỉ cho tài liệu sơ bộ', when: { condition: ['sb'] }, source: S('b3'), grade: v({ title: 'Lưu trữ viên', step: 1, of: 9 }, 'b3'), time: v('99', 'b3') },
  ],
  stepsComplete: v(true, 'đủ'),
  service: { name: 'Lao động phục vụ (Tpv)', source: S('tpv'), time: v('3', 'tpv'), grade: v({ title: 'Lưu trữ viên trung cấp', step: 1, of: 12 }, 'tpv') },
  management: { name: 'Lao động quản lý (Tql)', source: S('tql'), time: v('1.5', 'tql'), grade: v({ title: 'Lưu trữ viên', step: 1, of: 9 }, 'tql') },
  materials: v(
    [
      { id: 'phieu-tin', name: 'Phiếu tin', unit: 'tờ', source: S('vt1'), quantity: v('20', 'vt1'), spoilagePercent: v('5', 'vt1'), price: v('150', 'vt1') },
      { id: 'hop', name: 'Hộp', unit: 'cái', source: S('vt2'), quantity: v('10', 'vt2'), price: v('9500', 'vt2') },
    ],
    'vật tư',
  ),
  machines: v([{ id: 'may-tinh', name: 'Máy tính', source: S('m1'), ca: v('0.25', 'm1'), pricePerCa: v('40000', 'm1') }], 'máy'),
  caHours: v('8', 'ca'),
  energy: v('1234', 'năng lượng'),
  other: v('0', 'khác'),
  coefficients: [
    {
      id: 'complexity',
      name: 'Hệ số phức tạp',
      source: S('hs'),
      appliesTo: v({ kind: 'direct' as const }, 'hs'),
      levels: v([{ id: '1', label: 'Mức 1', value: v('1.0', 'hs1') }, { id: '2', label: 'Mức 2', value: v('1.2', 'hs2') }], 'hs'),
    },
  ],
  notes: [],
};

/** The wage formula's unknown parameters, given as the user's choices for this test. */
const wageChoices: Overrides = { 'wage.workingDaysPerMonth': '22', 'wage.hoursPerDay': '8', 'wage.includeContributions': false };
const basis = { date: '2026-05-01' };


describe('Chi tiết đơn giá from a derived price', () => {
  const derived = derivePrice(fictional, { options: { condition: 'rl' }, coefficients: { complexity: '2' } }, basis, wageChoices);
  const bd = breakdownFromDerived('CL.RL', derived, 'Mức độ phức tạp 2');
  const { sheet } = planBreakdownSheet([bd], 'MẪU — không dùng để lập dự toán thật');

  it('has labour, materials, machines, energy and other groups whose lines add up to the price', () => {
    expect(bd.groups.map((g) => g.label)).toEqual(['Chi phí nhân công', 'Vật tư, văn phòng phẩm', 'Máy, thiết bị', 'Năng lượng', 'Chi phí khác']);
    // 14.838 + 9.573 + 3.561 + 1.236 + 778 = 29.986 (hand computation in derive-price.test.ts)
    expect(bd.groups[0]!.lines.map((l) => l.amount)).toEqual(['14838', '9573', '3561', '1236', '778']);
    expect(bd.unit).toBe('Mét giá');
  });

  it('sums each group with SUM and the price as the sum of the group rows; cached values 29.986 … 139.370', () => {
    const formulas = sheet.cells.filter((c) => c.kind === 'formula');
    expect(formulas.map((c) => c.value)).toEqual(['29986', '98150', '10000', '1234', '0', '139370']);
    const price = formulas[formulas.length - 1]!;
    expect(derived.price).toBe('139370');
    expect(price.formula).toBe(formulas.slice(0, 5).map((c) => c.address).join('+'));
    expect(formulas[0]!.formula).toMatch(/^SUM\(D\d+:D\d+\)$/);
    expect(sheet.cells.some((c) => c.style === 'sample')).toBe(true);
  });
});
