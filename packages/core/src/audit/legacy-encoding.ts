import { columnLetters, type GridSheet } from './grid.ts';

/**
 * Workbooks typed with the pre-Unicode Vietnamese fonts — TCVN3/ABC (.VnTime) or VNI (VNI-Times) — store their
 * letters as Western symbols: "Néi dung c«ng viÖc", "Thµnh tiÒn" (TCVN3), "Noäi dung coâng vieäc" (VNI).
 * Nothing in them matches the Vietnamese column titles, so the table is "not found"; this tells the auditor why.
 *
 * Heuristic, on the text cells of the first rows: several cells hold Latin-1 symbols and letters that Vietnamese
 * never uses (¨ « ¬ ® µ ¸ ¹ Ö Ü ß ä ö ø û …), and no cell holds a letter that only Unicode Vietnamese has
 * (ă đ ơ ư ĩ ũ and the precomposed letters U+1EA0–U+1EF9). Latin-1 letters that Vietnamese shares (à á â ã è é
 * ê ì í ò ó ô õ ù ú ý) count for neither side.
 */
const LEGACY = /[\u00a7-\u00ae\u00b5-\u00be\u00c6\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe]/u;
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u;
/** Rows looked at: the title, the header and the first lines are enough. */
const ROWS = 60;
const MIN_CELLS = 3;

/** The first cell that shows legacy-font text ("DT!B12"), or null when the sheets look like Unicode text. */
export function legacyEncodedCell(sheets: readonly GridSheet[]): string | null {
  let legacyCells = 0;
  let first: string | null = null;
  for (const s of sheets) {
    const r0 = s.origin?.row ?? 1;
    const c0 = s.origin?.col ?? 1;
    for (let r = 0; r < Math.min(ROWS, s.values.length); r++) {
      const row = s.values[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== 'string') continue;
        const t = v.normalize('NFC');
        if (UNICODE_VIETNAMESE.test(t)) return null;
        if (LEGACY.test(t)) {
          legacyCells++;
          first ??= `${s.name}!${columnLetters(c0 + c)}${r0 + r}`;
        }
      }
    }
  }
  return legacyCells >= MIN_CELLS ? first : null;
}
