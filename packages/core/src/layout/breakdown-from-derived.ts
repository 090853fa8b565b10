import type { DerivedPrice } from '../derive/types.ts';
import { unitLabel } from '../terms/units.ts';
import type { PriceBreakdown } from './plan-breakdown-sheet.ts';

const partLabel = { direct: 'Tcn', service: 'Tpv', management: 'Tql' } as const;

/**
 * A derived price (đơn giá tính từ định mức, from `derivePrice`) as the "Chi tiết đơn giá" sheet shows it: labour
 * per step, materials, machines, energy and other costs, each line with its arithmetic; the wage basis and the
 * sources of the values used as notes under the table. `code`/`variant` name the book item the price is for.
 */
export function breakdownFromDerived(code: string, derived: DerivedPrice, variant?: string): PriceBreakdown {
  const w = derived.wage;
  const notes = [
    `Định mức: ${derived.normSetTitle}; ngày tính lương: ${derived.date}.`,
    `Lương cơ sở ${w.baseSalary} đ/tháng; ${w.workingDaysPerMonth} ngày công/tháng${w.hoursPerDay ? `; ${w.hoursPerDay} giờ/ngày` : ''}; ` +
      `${w.includeContributions ? `cộng các khoản đóng ${w.contributionPercent}%` : 'không cộng các khoản đóng theo lương'}. ${w.formula}`,
    ...derived.values.map((v) => `${v.label}: ${v.value} — ${v.source.doc}, ${v.source.where} (${v.source.status})`),
    ...derived.warnings,
  ];
  const bd: PriceBreakdown = {
    code,
    title: derived.normSetTitle,
    unit: unitLabel(derived.unit),
    groups: [
      {
        label: 'Chi phí nhân công',
        lines: derived.labour.map((l) => ({ no: l.no || partLabel[l.part], name: `${l.name} (${l.grade})`, detail: l.arithmetic, amount: l.amount })),
      },
      { label: 'Vật tư, văn phòng phẩm', lines: derived.materials.map((m, i) => ({ no: String(i + 1), name: m.name, detail: m.arithmetic, amount: m.amount })) },
      { label: 'Máy, thiết bị', lines: derived.machines.map((m, i) => ({ no: String(i + 1), name: m.name, detail: m.arithmetic, amount: m.amount })) },
      { label: 'Năng lượng', lines: [{ no: '1', name: derived.energy.name, detail: derived.energy.arithmetic, amount: derived.energy.amount }] },
      { label: 'Chi phí khác', lines: [{ no: '1', name: derived.other.name, detail: derived.other.arithmetic, amount: derived.other.amount }] },
    ],
    notes,
  };
  if (variant !== undefined) bd.variant = variant;
  return bd;
}
