import type { UnitCode } from '../model/units.ts';
import { canonicalUnit, isPageUnit as isPageCode, unitTerms } from '../terms/units.ts';
import { foldText } from '../util/fold-text.ts';
import { otherUnits } from './vocabulary.ts';

/**
 * Reading a unit of measure (đơn vị tính) as typed: the canonical unit of the vocabulary (terms/units.ts: "Mét
 * giá", "m", "md", "Trang A4", "tr", "HS", "VB" …), tolerant of a final dot and of "/" ("Trang/A4"), or unknown. An unknown unit is not an error by itself: the caller accepts it and
 * says so (a warning), and compares it with the book's unit only when it is known.
 */
export interface UnitReading {
  /** As typed, NFC, trimmed. */
  text: string;
  /** Canonical unit, null when the vocabulary does not know the spelling (or the cell is empty). */
  code: UnitCode | null;
  /** "trang" alone: a page of unstated size (read as trang A4, compatible with every page size). */
  anyPageSize: boolean;
  /** A unit people write that no book item uses ("tờ", "cái", "bộ"): known, but not a book unit. */
  known: boolean;
}

const index: Map<string, UnitCode> = (() => {
  const m = new Map<string, UnitCode>();
  for (const u of unitTerms) {
    for (const s of [u.code.replace(/-/g, ' '), u.label, ...u.spellings]) {
      const k = unitKey(s);
      if (!m.has(k)) m.set(k, u.code);
    }
  }
  return m;
})();

/** Folded spelling without a final dot and with "/" and "-" as spaces ("Trang/A4", "m." → "trang a4", "m"). */
function unitKey(text: string): string {
  return foldText(text).replace(/[./]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export function readUnit(text: string): UnitReading {
  const t = text.normalize('NFC').trim();
  const key = unitKey(t);
  // "Mét giá tài liệu", "Trang tài liệu": the unit with the material named after it.
  const code = key ? (index.get(key) ?? index.get(key.replace(/ (?:tai lieu|tl|luu tru)$/, '')) ?? null) : null;
  return { text: t, code, anyPageSize: key === 'trang' || key === 'tr', known: code !== null || otherUnits.includes(key) };
}

export function isPageUnit(u: UnitCode | null): boolean {
  return u !== null && isPageCode(u);
}

/**
 * Whether a unit as read is acceptable for an item priced in `unit` — a unit code of the vocabulary, or a unit the
 * book typed that the vocabulary does not know ("bộ"), then compared as text ("trang" is accepted for any page size).
 */
export function unitAccepts(reading: UnitReading, unit: string): boolean {
  const code = canonicalUnit(unit);
  if (code === null) return foldText(reading.text).replace(/\.$/, '') === foldText(unit);
  if (reading.anyPageSize && isPageUnit(code)) return true;
  return reading.code === code;
}
