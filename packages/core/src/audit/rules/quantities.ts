import { Decimal } from '../../money/decimal.ts';
import type { UnitCode } from '../../model/units.ts';
import { fmt, finding, num, type AuditContext } from '../context.ts';
import type { Finding } from '../finding.ts';
import { isPageUnit, unitFromText } from '../map-items.ts';
import type { SubmittedLine } from '../submitted.ts';

/** Units that count whole things (trang, hồ sơ, văn bản, phông, hộp, lần, chuyến, gói). */
const FRACTIONAL_UNITS: readonly UnitCode[] = ['met-gia', 'ngay-cong'];

interface Measured {
  line: SubmittedLine;
  unit: UnitCode;
  key: string;
  q: Decimal;
}

/**
 * QUANTITY_IMPLAUSIBLE: fractional counts (a decimal-separator slip: "39,500" trang read as 39,5), mét giá
 * above a maximum, pages per mét giá outside the configured range — pointing at the metres when dividing them
 * by 1000 would make sense, at the pages when dividing those would — and pages with no mét giá at all (info).
 * Pages = the largest page count of one item (scanning, checking and loading count the same pages).
 */
export function quantitiesRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  const measured: Measured[] = [];
  /** A metre or page quantity that is unreadable or already reported: the ratio cannot be judged. */
  let ratioUnsure = false;
  for (const s of ctx.sub.sections) {
    for (const l of s.lines) {
      const m = ctx.mappings.get(l);
      const unit = m && (m.kind === 'code' || m.kind === 'name') ? m.item.unit : unitFromText(l.unit.text);
      const q = num(l.quantity);
      if (unit && q === null && (unit === 'met-gia' || isPageUnit(unit))) ratioUnsure = true;
      if (!unit || q === null) continue;
      const key = m && (m.kind === 'code' || m.kind === 'name') ? `${m.item.code}|${m.item.variant ?? ''}` : `?${l.content.text}`;
      measured.push({ line: l, unit, key, q });
      if (!FRACTIONAL_UNITS.includes(unit) && !q.isInteger()) {
        if (isPageUnit(unit)) ratioUnsure = true;
        out.push(
          finding('QUANTITY_IMPLAUSIBLE', l.quantity.at, q.mul(1000).toString(), q.toString(),
            { kind: 'countFraction', value: fmt(q), unit, times1000: fmt(q.mul(1000)) }),
        );
      }
    }
  }
  const metreLines = measured.filter((m) => m.unit === 'met-gia');
  const metres = metreLines.reduce((s, m) => s.add(m.q), new Decimal(0));
  const pagesByItem = new Map<string, { total: Decimal; lines: Measured[] }>();
  for (const m of measured) {
    if (!isPageUnit(m.unit)) continue;
    const e = pagesByItem.get(m.key) ?? { total: new Decimal(0), lines: [] };
    e.total = e.total.add(m.q);
    e.lines.push(m);
    pagesByItem.set(m.key, e);
  }
  let pages = new Decimal(0);
  let pageLines: Measured[] = [];
  for (const e of pagesByItem.values()) {
    if (e.total.gt(pages)) {
      pages = e.total;
      pageLines = e.lines;
    }
  }
  const largest = (list: Measured[]) => list.reduce<Measured | null>((b, m) => (b === null || m.q.gt(b.q) ? m : b), null);
  const { min, max } = ctx.options.pagesPerMetre;
  const maxMetres = new Decimal(ctx.options.maxMetres);

  if (metres.gt(maxMetres)) {
    const at = largest(metreLines)!;
    out.push(finding('QUANTITY_IMPLAUSIBLE', at.line.quantity.at, `≤ ${maxMetres.toString()}`, metres.toString(), { kind: 'metresLarge', metres: fmt(metres), max: fmt(maxMetres) }));
  } else if (ratioUnsure) {
    // one finding per defect: the unreadable or fractional quantity is reported where it is
  } else if (metres.gt(0) && pages.gt(0)) {
    const ratio = pages.div(metres);
    const inRange = (r: Decimal) => r.gte(min) && r.lte(max);
    if (!inRange(ratio)) {
      const ratioText = fmt(ratio.toDecimalPlaces(1));
      const bigMetres = largest(metreLines)!;
      const bigPages = largest(pageLines)!;
      if (inRange(ratio.mul(1000))) {
        const guess = bigMetres.q.div(1000);
        out.push(finding('QUANTITY_IMPLAUSIBLE', bigMetres.line.quantity.at, guess.toString(), bigMetres.q.toString(), { kind: 'metresTimes1000', metres: fmt(bigMetres.q), ratio: ratioText, guess: fmt(guess) }));
      } else if (inRange(ratio.div(1000))) {
        const guess = bigPages.q.div(1000);
        out.push(finding('QUANTITY_IMPLAUSIBLE', bigPages.line.quantity.at, guess.toString(), bigPages.q.toString(), { kind: 'pagesTimes1000', pages: fmt(bigPages.q), ratio: ratioText, guess: fmt(guess) }));
      } else {
        out.push(finding('QUANTITY_IMPLAUSIBLE', bigPages.line.quantity.at, `${min}–${max}`, ratio.toDecimalPlaces(1).toString(), { kind: 'pagesPerMetre', pages: fmt(pages), metres: fmt(metres), ratio: ratioText, min: fmt(new Decimal(min)), max: fmt(new Decimal(max)) }));
      }
    }
  } else if (pages.gt(0) && metreLines.length === 0) {
    const at = largest(pageLines)!;
    out.push(finding('QUANTITY_IMPLAUSIBLE', at.line.quantity.at, null, pages.toString(), { kind: 'pagesWithoutMetres', pages: fmt(pages) }, 'info'));
  }
  return out;
}
