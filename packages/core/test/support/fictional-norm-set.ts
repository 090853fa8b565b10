import { sourced, source, type NormSet, type Overrides } from '../../src/index.ts';

/**
 * A small FICTIONAL norm set (status "sample"): every figure below is invented for this test. Grades are
 * resolved through the real wage basis (B bậc 1 = 1,86; A1 bậc 3 = 3,00; B bậc 2 = 2,06; A1 bậc 1 = 2,34 —
 * secondary figures of NĐ 204/2004) and the real base salary on 2026-05-01 (2.340.000 đ, NĐ 73/2024, official).
 */
const S = (where: string) => source('MẪU', where, 'sample');
const v = <T,>(x: T, where: string) => sourced(x, 'MẪU', where, 'sample');
export const fictional: NormSet = {
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
export const wageChoices: Overrides = { 'wage.workingDaysPerMonth': '22', 'wage.hoursPerDay': '8', 'wage.includeContributions': false };
export const basis = { date: '2026-05-01' };
