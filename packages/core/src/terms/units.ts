import { unitCodes, type UnitCode } from '../model/units.ts';
import { foldText } from '../util/fold-text.ts';

/**
 * Units of measure as an open vocabulary (đơn vị tính) — issue 13 item 2. Each canonical unit has a code (used by
 * price books and inputs), the label written in the "Đơn vị tính" column, and the spellings people type in
 * hand-made workbooks and price sheets (matched after folding case and diacritics: "MÉT GIÁ", "met gia", "m").
 * A unit the vocabulary does not know is `unknown` to `lookupUnit` — callers accept it with a warning (never
 * refuse it for that alone).
 *
 * `whole`: counted in whole things (a fraction is a decimal-separator slip: "39,500 trang" read as 39,5);
 * `page`: a page count (pages per mét giá are judged on these).
 */
export interface UnitTerm {
  code: UnitCode;
  label: string;
  /** English gloss, for developer messages. */
  en: string;
  spellings: readonly string[];
  whole: boolean;
  page?: boolean;
}

/** The units of measure (đơn vị tính) with their Vietnamese names and the spellings accepted when reading. */
export const unitTerms = [
  { code: 'met-gia', label: 'Mét giá', en: 'shelf metre', spellings: ['mét giá', 'mét', 'm', 'md', 'mét dài', 'm giá', 'mét tài liệu', 'm tài liệu'], whole: false },
  { code: 'trang-a4', label: 'Trang A4', en: 'A4 page', spellings: ['trang', 'tr', 'trang a4', 'tr a4', 'trang tài liệu'], whole: true, page: true },
  { code: 'trang-a3', label: 'Trang A3', en: 'A3 page', spellings: ['trang a3', 'tr a3', 'trang khổ a3', 'trang a3 trở lên'], whole: true, page: true },
  { code: 'trang-a0', label: 'Trang khổ lớn (A2–A0)', en: 'large page (A2–A0)', spellings: ['trang a0', 'trang a1', 'trang a2', 'trang khổ lớn', 'trang khổ a0'], whole: true, page: true },
  { code: 'ho-so', label: 'Hồ sơ', en: 'file', spellings: ['hồ sơ', 'hs'], whole: true },
  { code: 'van-ban', label: 'Văn bản', en: 'document', spellings: ['văn bản', 'vb'], whole: true },
  { code: 'truong', label: 'Trường', en: 'field', spellings: ['trường', 'trường dữ liệu', 'trường thông tin'], whole: true },
  { code: 'phong', label: 'Phông', en: 'fonds', spellings: ['phông', 'phông lưu trữ'], whole: true },
  { code: 'hop', label: 'Hộp', en: 'box', spellings: ['hộp', 'hộp tài liệu'], whole: true },
  { code: 'anh', label: 'Ảnh', en: 'photograph', spellings: ['ảnh', 'tấm ảnh', 'bức ảnh'], whole: true },
  { code: 'phut-ghi-am', label: 'Phút ghi âm', en: 'minute of audio', spellings: ['phút ghi âm', 'phút băng ghi âm'], whole: false },
  { code: 'cuon-phim', label: 'Cuộn phim', en: 'film reel', spellings: ['cuộn phim'], whole: true },
  { code: 'lan', label: 'Lần', en: 'time', spellings: ['lần'], whole: true },
  { code: 'chuyen', label: 'Chuyến', en: 'trip', spellings: ['chuyến'], whole: true },
  { code: 'goi', label: 'Gói', en: 'lump sum', spellings: ['gói', 'trọn gói'], whole: true },
  { code: 'ngay-cong', label: 'Ngày công', en: 'person-day', spellings: ['ngày công', 'công'], whole: false },
] as const satisfies readonly UnitTerm[];

const byCode = new Map<string, UnitTerm>(unitTerms.map((u) => [u.code, u]));
// Every unit code of the model has its term (checked when the module loads; a test covers it too).
for (const c of unitCodes) if (!byCode.has(c)) throw new Error(`terms/units.ts: no term for unit ${c}`);

/** The canonical unit of a code. */
export function unitTerm(code: UnitCode): UnitTerm {
  return byCode.get(code)!;
}

/**
 * The canonical code of a book item's unit (a code, or text a book keeps as written — the vocabulary is open), or
 * null when the vocabulary does not know it.
 */
export function canonicalUnit(unit: string): UnitCode | null {
  return byCode.has(unit) ? (unit as UnitCode) : unitFromText(unit);
}

/** Label written in the "Đơn vị tính" column ("Mét giá"); a unit the vocabulary does not know, as written ("bộ"). */
export function unitLabel(unit: string): string {
  const code = canonicalUnit(unit);
  return code ? unitTerm(code).label : unit;
}

const index: Map<string, UnitCode> = (() => {
  const m = new Map<string, UnitCode>();
  for (const u of unitTerms) {
    for (const s of [u.code.replace(/-/g, ' '), u.label, ...u.spellings]) {
      const f = foldText(s);
      if (!m.has(f)) m.set(f, u.code);
    }
  }
  return m;
})();

/**
 * The canonical unit of a unit as written ("Mét giá", "m", "md", "tr", "trang A4", "HS"), or null when the
 * vocabulary does not know it. A bare "trang" is trang-a4 (the usual meaning).
 */
export function unitFromText(text: string): UnitCode | null {
  return index.get(foldText(text).replace(/\.$/, '')) ?? null;
}

/** What a written unit is: a canonical unit, or unknown (kept as written). */
export type UnitLookup = { kind: 'canonical'; unit: UnitCode; label: string } | { kind: 'unknown'; text: string };

/** The unit a written unit name stands for (any accepted spelling, with or without diacritics), or why none. */
export function lookupUnit(text: string): UnitLookup {
  const unit = unitFromText(text);
  return unit ? { kind: 'canonical', unit, label: unitLabel(unit) } : { kind: 'unknown', text };
}

export { unitCodes, type UnitCode };

/** Units counted in pages. */
export function isPageUnit(unit: string): boolean {
  const code = canonicalUnit(unit);
  return code !== null && unitTerm(code).page === true;
}
