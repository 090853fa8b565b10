import type { NormSet } from '../../norms/types.ts';
import { tt04_2014_pl1, tt04_2014_pl2, tt04_2014_pl3, tt04_2014_pl4 } from './tt04-2014.ts';
import { tt16_2023 } from './tt16-2023.ts';

/** Norm sets shipped with dutoan, by id. */
export const normSets: Readonly<Record<string, NormSet>> = {
  [tt16_2023.id]: tt16_2023,
  [tt04_2014_pl1.id]: tt04_2014_pl1,
  [tt04_2014_pl2.id]: tt04_2014_pl2,
  [tt04_2014_pl3.id]: tt04_2014_pl3,
  [tt04_2014_pl4.id]: tt04_2014_pl4,
};

export { tt16_2023 } from './tt16-2023.ts';
export { tt04_2014_pl1, tt04_2014_pl2, tt04_2014_pl3, tt04_2014_pl4, planningBands, tt04VendorStageFigures } from './tt04-2014.ts';
export { tt03_2010Rules, tt08_2012Rules, conversions } from './related-rules.ts';
