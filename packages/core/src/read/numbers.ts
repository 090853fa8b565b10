import { numberText, type GridValue } from '../audit/grid.ts';

/**
 * Reading a number from a cell (đọc số trong ô) the way a Vietnamese reviewer would. A cell that holds a number is
 * taken as stored (binary noise removed, 15 significant digits like Excel); text is read in every form people type:
 * "1.234.567", "1.234,5", "12,5", "1 234 567", "(413)", "−413", "-413", "1.234.567 đ", "1.234.567 đồng", "VNĐ".
 *
 * A spelling that is not the Vietnamese convention is never read silently: the reading carries a `note` saying how
 * it was read (English decimal point "12.5", English thousands "1,234.5" / "1,234,567"), that it could be read two
 * ways ("1,234": 1,234 by the Vietnamese convention, 1.234 by the English one — `alternative` gives the other), or
 * that it cannot be read at all ("1.234,567.8"). The caller turns a note into a finding at the cell.
 */

/** Why a text number was not read silently. */
export type NumberNote =
  /** "12.5": a decimal point where Vietnamese writes a comma; read as 12,5. */
  | 'decimal-point'
  /** "1,234.5" or "1,234,567": English thousands separators; read as 1.234,5 / 1.234.567. */
  | 'english'
  /** "1,234": a comma before exactly three digits — 1,234 (Vietnamese) or 1.234 (English); read the Vietnamese way. */
  | 'ambiguous'
  /** Digits, dots and commas in no consistent order ("1.234,567.8", "1.2.3"): not read. */
  | 'unreadable';

export type NumberReading =
  | { kind: 'empty'; raw: '' }
  /** `value` is a plain decimal string ("1234567", "12.5", "-413"). */
  | { kind: 'number'; value: string; raw: string; typed: 'number' | 'text'; note?: Exclude<NumberNote, 'unreadable'>; alternative?: string }
  | { kind: 'invalid'; raw: string; note?: 'unreadable' };

const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;
/** Currency written after (or before) the figure. */
const CURRENCY = /^(?:vn[dđ]|₫)\s*|\s*(?:đồng|đ|vn[dđ]|₫)\.?$/i;
const DIGITS = /^\d+$/;
const VN_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
const VN_FULL = /^(\d{1,3}(?:\.\d{3})+|\d+),(\d+)$/;
const EN_THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;
const EN_FULL = /^(\d{1,3}(?:,\d{3})+|\d+)\.(\d+)$/;

function plain(int: string, frac: string, negative: boolean): string {
  const i = int.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  const s = f ? `${i}.${f}` : i;
  return negative && /[1-9]/.test(s) ? `-${s}` : s;
}

/** A number typed as text → reading. Never throws. */
export function readNumberText(text: string): NumberReading {
  const raw = text.normalize('NFC').trim();
  if (raw === '') return { kind: 'empty', raw: '' };
  let s = raw.replace(/^'/, '').replace(CURRENCY, '').trim();
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (/^[-−–—]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) s = s.slice(1).trim();
  s = s.replace(CURRENCY, '').trim();
  // Spaces are thousands separators only between groups of three ("1 234 567", "1 234,5").
  if (/\s/.test(s)) {
    if (!/^\d{1,3}(?:[\s\u00a0\u2007\u2009\u202f]\d{3})+(?:[.,]\d+)?$/.test(s)) return { kind: 'invalid', raw };
    s = s.replace(SPACES, '');
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s) || /^[.,]|[.,]$/.test(s)) return { kind: 'invalid', raw, ...(/\d[.,]\d/.test(s) ? { note: 'unreadable' as const } : {}) };
  const num = (value: string, extra: { note?: Exclude<NumberNote, 'unreadable'>; alternative?: string } = {}): NumberReading => ({ kind: 'number', value, raw, typed: 'text', ...extra });

  if (DIGITS.test(s)) return num(plain(s, '', negative));
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  if (commas === 0) {
    // "1.234.567" (groups of three after a non-zero lead) is the Vietnamese thousands form.
    if (VN_THOUSANDS.test(s) && !s.startsWith('0')) return num(plain(s.replace(/\./g, ''), '', negative));
    if (dots === 1) {
      const [i, f] = s.split('.');
      return num(plain(i!, f!, negative), { note: 'decimal-point' });
    }
    return { kind: 'invalid', raw, note: 'unreadable' };
  }
  if (dots === 0) {
    if (commas === 1) {
      const [i, f] = s.split(',');
      // "1,234": three digits after the comma and a lead that could be a thousands group — two readings.
      if (f!.length === 3 && /^[1-9]\d{0,2}$/.test(i!)) return num(plain(i!, f!, negative), { note: 'ambiguous', alternative: plain(i! + f!, '', negative) });
      return num(plain(i!, f!, negative));
    }
    if (EN_THOUSANDS.test(s)) return num(plain(s.replace(/,/g, ''), '', negative), { note: 'english' });
    return { kind: 'invalid', raw, note: 'unreadable' };
  }
  const vn = VN_FULL.exec(s);
  if (vn && s.indexOf('.') < s.indexOf(',')) return num(plain(vn[1]!.replace(/\./g, ''), vn[2]!, negative));
  const en = EN_FULL.exec(s);
  if (en && s.indexOf(',') < s.indexOf('.')) return num(plain(en[1]!.replace(/,/g, ''), en[2]!, negative), { note: 'english' });
  return { kind: 'invalid', raw, note: 'unreadable' };
}

/** A cell value → reading: numbers as stored, text as {@link readNumberText}, anything else invalid. */
export function readNumberCell(v: GridValue): NumberReading {
  if (v === null || v === undefined || v === '') return { kind: 'empty', raw: '' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'invalid', raw: String(v) };
    const t = numberText(v);
    return { kind: 'number', value: t, raw: t, typed: 'number' };
  }
  if (typeof v === 'string') return readNumberText(v);
  if (typeof v === 'boolean') return { kind: 'invalid', raw: v ? 'TRUE' : 'FALSE' };
  return { kind: 'invalid', raw: Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10) };
}

/**
 * A percentage as written: "10%", "10 %", "8,5%", a fraction stored by Excel for a % cell (0.1), or a plain number
 * of percent ("10"). Returns the rate in percent as a decimal string, null when it is not a rate.
 */
export function readPercentText(text: string): string | null {
  const m = /^(\d+(?:[.,]\d+)?)\s*%$/.exec(text.normalize('NFC').trim());
  if (!m) return null;
  const r = readNumberText(m[1]!);
  return r.kind === 'number' && r.note !== 'ambiguous' ? r.value : null;
}
