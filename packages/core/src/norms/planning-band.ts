import { planningBands } from '../data/norms/tt04-2014.ts';
import { Decimal } from '../money/decimal.ts';

/**
 * The fonds-size band(s) of TT 04/2014 Phụ lục IV for a fonds of `metres` mét giá. Inside a band: one id. On an
 * inner boundary (50, 100, 200, 300 m) the appendix's wording ("50–100", "100–200"…) does not say which band
 * it belongs to: both ids are returned and `ambiguous` is true — the user chooses, dutoan does not.
 */
export function planningBand(metres: string | number): { ids: string[]; ambiguous: boolean } {
  const m = new Decimal(metres);
  const ids = planningBands
    .filter((b) => (b.min.value === null || m.gte(b.min.value)) && (b.max.value === null || m.lte(b.max.value)))
    .map((b) => b.id);
  // "< 50" excludes 50 and "> 300" excludes 300 (strict by their wording).
  const strict = ids.filter((id) => !(id === 'lt50' && m.eq(50)) && !(id === 'gt300' && m.eq(300)));
  return { ids: strict, ambiguous: strict.length > 1 };
}
