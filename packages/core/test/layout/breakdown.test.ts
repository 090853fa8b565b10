import { describe, expect, it } from 'vitest';
import { breakdownFromDerived, derivePrice, planBreakdownSheet } from '@dutoan/core';

/**
 * The FICTIONAL norm set of packages/core/test/derive/derive-price.test.ts (every figure invented, status
 * "sample"), derived on 2026-05-01 with complexity level 2; that test computes its price by hand:
 * labour 29.986 + materials 98.150 + machines 10.000 + energy 1.234 + other 0 = 139.370 đ.
 */
import { basis, fictional, wageChoices } from '../support/fictional-norm-set.ts';



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
