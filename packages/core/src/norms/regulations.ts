import { regulations } from '../data/regulations/catalog.ts';
import type { Regulation } from './types.ts';

/** The regulation with this id (document number), or undefined. */
export function findRegulation(id: string): Regulation | undefined {
  return regulations.find((r) => r.id === id);
}

/**
 * Whether a regulation is in force on a date (ISO): true / false, or null when its dates are not known well
 * enough to say.
 */
export function inForceOn(r: Regulation, date: string): boolean | null {
  const from = r.effectiveFrom.value;
  const to = r.effectiveTo.value;
  if (from !== null && date < from) return false;
  if (to !== null && to !== 'none' && date > to) return false;
  if (from === null || to === null) return null;
  return true;
}
