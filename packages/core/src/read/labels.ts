import { foldStartsWith, foldText } from '../util/fold-text.ts';
import { adjustmentLabels, finalPhrases, groupHeaders, roundingLabels, signatureRoles, sumLabels, vatPhrases, wordsLabels } from './vocabulary.ts';

/**
 * Reading the labels of a table's rows (nhãn dòng): folded text compared with the vocabulary. Every function takes
 * the folded text (see foldText) of the label cell.
 */

/** A numbering such as "I", "II.", "A)", "1.", "2.3", "a)" at the start of a label or in the STT cell. */
export interface Numbering {
  /** As typed without the trailing punctuation: "II", "A", "1", "2.3", "a". */
  text: string;
  style: 'roman' | 'letter' | 'digits' | 'lower' | 'bullet';
  /** Value of a roman numeral, a letter (A = 1) or the last digits group. */
  value: number;
  /** Depth of a dotted number ("2.3" = 2). */
  depth: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };
const ROMAN_WORDS: Record<string, number> = { mot: 1, nhat: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6 };

/** The numbering of an STT cell or of a label's first word; null when there is none. */
export function readNumbering(text: string): Numbering | null {
  const t = text.normalize('NFC').trim();
  if (!t) return null;
  if (/^[-–+*•·]$/.test(t)) return { text: t, style: 'bullet', value: 0, depth: 0 };
  const m = /^(?:phần|phan|PHẦN|PHAN|Phần|Phan)\s+(?:thứ\s+|thu\s+)?([IVXivx]+|\d+|[A-Za-zÀ-ỹ]+)\b/u.exec(t);
  if (m) {
    const w = m[1]!;
    const f = foldText(w);
    if (ROMAN[f] !== undefined) return { text: w.toUpperCase(), style: 'roman', value: ROMAN[f]!, depth: 1 };
    if (/^\d+$/.test(w)) return { text: w, style: 'digits', value: Number(w), depth: 1 };
    if (ROMAN_WORDS[f] !== undefined) return { text: String(ROMAN_WORDS[f]), style: 'roman', value: ROMAN_WORDS[f]!, depth: 1 };
    if (/^[A-Ha-h]$/.test(w)) return { text: w.toUpperCase(), style: 'letter', value: w.toUpperCase().charCodeAt(0) - 64, depth: 1 };
  }
  const n = /^([IVX]{1,4}|[ivx]{1,4}|[A-H]|[a-h]|\d{1,3}(?:\.\d{1,3}){0,3})(?:[.):\-–]|\s|$)/.exec(t);
  if (!n) return null;
  const w = n[1]!;
  // A lone word cut from a longer label ("I" of "In ấn") is no numbering: require punctuation, a space after a
  // roman numeral, or the whole cell.
  const rest = t.slice(w.length);
  if (rest && !/^[.):\-–]/.test(rest) && !/^\s/.test(rest)) return null;
  if (/^[IVX]+$/.test(w) && ROMAN[w.toLowerCase()] !== undefined) return { text: w, style: 'roman', value: ROMAN[w.toLowerCase()]!, depth: 1 };
  if (/^[ivx]+$/.test(w) && ROMAN[w] !== undefined && /^[.)]/.test(rest || '.')) return { text: w.toUpperCase(), style: 'roman', value: ROMAN[w]!, depth: 1 };
  if (/^[A-H]$/.test(w) && (rest === '' || /^[.):\-–]/.test(rest))) return { text: w, style: 'letter', value: w.charCodeAt(0) - 64, depth: 1 };
  if (/^[a-h]$/.test(w) && (rest === '' || /^[.):\-–]/.test(rest))) return { text: w, style: 'lower', value: w.charCodeAt(0) - 96, depth: 2 };
  if (/^\d/.test(w)) {
    const parts = w.split('.');
    return { text: w, style: 'digits', value: Number(parts[parts.length - 1]), depth: parts.length };
  }
  return null;
}

/** What a sum row's label says about its scope. */
export interface SumLabel {
  /** 'total' for "Tổng cộng", "Tổng kinh phí" …; 'subtotal' for "Cộng …". */
  kind: 'subtotal' | 'total';
  /** Sections named in the label ("Cộng phần II" → ["II"]; "Tổng cộng (I+II)" → ["I", "II"]), null when none. */
  sections: string[] | null;
  /** "trước thuế" → before; "sau thuế", "gồm thuế" → after; "Tổng thuế GTGT" → vat (the VAT rows alone). */
  vat: 'before' | 'after' | 'vat' | null;
}

/**
 * Section numbers named at the start of a label's rest: "phần I và II", "I II" (from "(I+II)" folded), "A, B",
 * "1 2". Returns the leading run of section tokens, null when the rest does not start with one.
 */
function namedSections(rest: string): string[] | null {
  const tokens = rest.replace(/^(?:cua |cac )?(?:phan|muc|khoan)(?: thu)? /, '').split(/[\s,;+&/]+/).filter(Boolean);
  const out: string[] = [];
  for (const tok of tokens) {
    if (tok === 'va' || tok === 'phan') continue;
    if (ROMAN[tok] !== undefined) out.push(tok.toUpperCase());
    else if (/^[a-h]$/.test(tok)) out.push(tok.toUpperCase());
    else if (/^\d{1,2}$/.test(tok)) out.push(tok);
    else break;
  }
  return out.length ? out : null;
}

function hasPhrase(f: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => f === p || f.includes(` ${p} `) || f.startsWith(`${p} `) || f.endsWith(` ${p}`));
}

/** Strips a leading numbering or bullet ("3.", "-", "+", "*", "II.") from a folded label. */
export function withoutNumbering(f: string): string {
  return f.replace(/^(?:[-+*•]\s*|[ivx]{1,4}\.?\s+|[a-h]\.\s*|\d{1,3}(?:\.\d{1,3})*\.?\s+)/, '');
}

export function isVatLabel(f0: string): boolean {
  const f = withoutNumbering(f0);
  return /^(?:tien )?(?:thue gtgt|thue gia tri gia tang|thue vat|thue suat gtgt)(?: |$|\d|%)/.test(f) || /^vat(?:$| ?\d| ?%)/.test(f) || /^thue \d/.test(f) || f === 'thue';
}

export function isRoundingLabel(f: string): boolean {
  return foldStartsWith(withoutNumbering(f), roundingLabels) && !isFinalLabel(f);
}

export function isFinalLabel(f: string): boolean {
  return finalPhrases.some((p) => f === p || f.includes(p + ' ') || f.endsWith(p));
}

/**
 * A "Bằng chữ" label: the folded text starts with one, or (given the cell's own text) the label before its colon
 * is a short one ending in "bằng chữ" ("Tổng giá chào bằng chữ: …", "Tổng giá trị (viết bằng chữ): …").
 */
export function isWordsLabel(f: string, raw?: string): boolean {
  if (wordsLabels.some((w) => f === w || f.startsWith(w + ' '))) return true;
  if (raw === undefined || !raw.includes(':')) return false;
  const head = foldText(raw.slice(0, raw.indexOf(':')).replace(/[()]/g, ' '));
  return / (?:viet |ghi )?bang chu$/.test(head) && head.split(' ').length <= 9;
}

export function isAdjustmentLabel(f: string): boolean {
  return foldStartsWith(withoutNumbering(f), adjustmentLabels);
}

/** "Trong đó:" — the rows after it break the line above down (not counted again). */
export function isBreakdownLabel(f: string): boolean {
  return foldStartsWith(withoutNumbering(f), groupHeaders);
}

const MONEY_BEFORE_VAT = /^(gia tri|thanh tien|kinh phi|chi phi|so tien|gia du toan) ((?:(?:da|duoc) )?(?:tinh |truoc|sau|chua|gom|co|bao|ca)(?: .*)?)$/;
const TOTAL_PREFIXES = [...sumLabels.total].filter((p) => p !== 'tong').sort((a, b) => b.length - a.length);
const SUBTOTAL_PREFIXES = [...sumLabels.subtotal].sort((a, b) => b.length - a.length);

/**
 * A sum row's label, or null: "Cộng", "Cộng phần II", "Cộng I", "Tổng cộng (I+II)", "TỔNG CỘNG", "Tổng kinh phí
 * trước thuế", "Tổng thuế GTGT". "Cộng hòa …" (the national motto) is not a sum; "Tổng" alone is.
 */
export function readSumLabel(f0: string): SumLabel | null {
  const f = withoutNumbering(f0);
  if (!f || f.startsWith('cong hoa')) return null;
  const starts = (p: string) => f === p || f.startsWith(p + ' ');
  let kind: SumLabel['kind'];
  let rest: string;
  let prefix: string;
  // "Tổng II", "Tổng phần 2", "Tổng I+II": "Tổng" and nothing but section numbers — one section's total (with its
  // VAT when it has one), or several sections'.
  // "Tổng II (gồm thuế)" says so.
  const named = /^tong (?:phan |muc )?(.+)$/.exec(f);
  if (named && !TOTAL_PREFIXES.some(starts)) {
    const secs = namedSections(named[1]!);
    const tokens = named[1]!.split(/[\s,;+&/]+/).filter((t) => t && t !== 'va');
    const tail = secs ? tokens.slice(secs.length).join(' ') : '';
    const vat: SumLabel['vat'] = tail === '' ? null : hasPhrase(tail, vatPhrases.before) ? 'before' : hasPhrase(tail, vatPhrases.after) ? 'after' : null;
    if (secs && (tail === '' || vat !== null)) return { kind: secs.length > 1 ? 'total' : 'subtotal', sections: secs, vat };
  }
  const sub = SUBTOTAL_PREFIXES.find(starts);
  const total = f === 'tong' ? 'tong' : TOTAL_PREFIXES.find(starts);
  if (sub && (sub.startsWith('tong ') || !total)) {
    kind = 'subtotal';
    prefix = sub;
    rest = f.slice(sub.length).trim();
    if (/ (?:phan|muc|khoan)$/.test(sub)) rest = `phan ${rest}`;
  } else if (total) {
    kind = 'total';
    prefix = total;
    rest = f.slice(total.length).trim();
  } else {
    // "Giá trị trước thuế", "Giá trị sau thuế", "Kinh phí sau thuế", "Thành tiền chưa có thuế": an amount word
    // and what it is before or after VAT is a total of everything.
    const m = MONEY_BEFORE_VAT.exec(f);
    if (!m || !(hasPhrase(m[2]!, vatPhrases.before) || hasPhrase(m[2]!, vatPhrases.after))) return null;
    kind = 'total';
    prefix = m[1]!;
    rest = m[2]!;
  }
  let vat: SumLabel['vat'] = null;
  if (hasPhrase(f, vatPhrases.before)) vat = 'before';
  else if (hasPhrase(f, vatPhrases.after)) vat = 'after';
  else if (/(?:^| )thue$/.test(prefix) || /^(?:tien |so )?thue(?: |$)/.test(rest) || /^(?:cac )?khoan thue/.test(rest)) vat = 'vat';
  return { kind, sections: vat === 'vat' ? null : namedSections(rest), vat };
}

/** Signature roles ("NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "TM. ỦY BAN NHÂN DÂN") — the block under the table. */
export function signatureRole(f0: string): keyof typeof signatureRoles | null {
  const f = f0.replace(/^(tm|kt|q)\.? /, '');
  for (const key of ['preparer', 'accountant', 'head'] as const) if (foldStartsWith(f, signatureRoles[key])) return key;
  return null;
}

/** The header cell text folded for matching: "(…)" and dots removed. */
export function headerKey(text: string): string {
  return foldText(text.replace(/\([^)]*\)/g, ' ')).replace(/\./g, '').replace(/\s+/g, ' ').trim();
}
