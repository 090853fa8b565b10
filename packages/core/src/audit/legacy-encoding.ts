import { columnLetters, type GridSheet } from './grid.ts';

/**
 * Workbooks typed with the pre-Unicode Vietnamese fonts — TCVN3/ABC (.VnTime) or VNI (VNI-Times) — store their
 * letters as Western symbols: "Néi dung c«ng viÖc", "Thµnh tiÒn" (TCVN3), "Noäi dung coâng vieäc" (VNI).
 * Nothing in them matches the Vietnamese column titles, so the table is "not found"; this tells the auditor why.
 *
 * Heuristic, on the text cells of the first rows. A cell counts as legacy text when it shows what no Western
 * European text does (German, French, Spanish notes such as "Dipl. Päd.", "Noël", "España" must not count):
 * - TCVN3: a symbol of Latin-1 (¨ © ª « ¬ ® ° ± ² ³ ´ µ ¶ · ¸ ¹ º » ¼ ½ ¾ §) between two letters ("c«ng", "Thµnh"), or
 *   an upper-case Latin-1 letter between two lower-case letters ("viÖc", "tiÒn");
 * - VNI: two or more vowels followed by a VNI mark letter (ø û õ ï å ä ü ë, either case): "Noäi … vieäc".
 * The sheets are legacy text when at least three cells count and no cell holds a letter that only Unicode
 * Vietnamese has (ă đ ơ ư ĩ ũ and the precomposed letters U+1EA0–U+1EF9).
 */
const TCVN3_SYMBOL_IN_WORD = /\p{L}[\u00a7-\u00be]+\p{L}/u;
const UPPER_LATIN1_IN_LOWER_WORD = /\p{Ll}[\u00c0-\u00de]\p{Ll}/u;
const VNI_MARK_AFTER_VOWEL = /[aeiouyAEIOUY\u00f4\u00d4\u00f6\u00d6][\u00f8\u00fb\u00f5\u00ef\u00e5\u00e4\u00fc\u00eb\u00d8\u00db\u00d5\u00cf\u00c5\u00c4\u00dc\u00cb]/gu;
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u;
/** Rows looked at: the title, the header and the first lines are enough. */
const ROWS = 60;
const MIN_CELLS = 3;
/** Longest quotation of a cell in the message. */
const QUOTE = 60;

function looksLegacy(t: string): boolean {
  if (TCVN3_SYMBOL_IN_WORD.test(t) || UPPER_LATIN1_IN_LOWER_WORD.test(t)) return true;
  return (t.match(VNI_MARK_AFTER_VOWEL)?.length ?? 0) >= 2;
}

/** The first cell that shows legacy-font text and its text (quoted as it is, cut at 60 characters), or null. */
export function legacyEncoding(sheets: readonly GridSheet[]): { cell: string; text: string } | null {
  let legacyCells = 0;
  let first: { cell: string; text: string } | null = null;
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
        if (looksLegacy(t)) {
          legacyCells++;
          const text = t.trim().replace(/\s+/g, ' ');
          first ??= { cell: `${s.name}!${columnLetters(c0 + c)}${r0 + r}`, text: text.length > QUOTE ? `${text.slice(0, QUOTE)}…` : text };
        }
      }
    }
  }
  return legacyCells >= MIN_CELLS ? first : null;
}

/** The first cell that shows legacy-font text ("DT!B12"), or null when the sheets look like Unicode text. */
export function legacyEncodedCell(sheets: readonly GridSheet[]): string | null {
  return legacyEncoding(sheets)?.cell ?? null;
}
