/**
 * File names derived from text users typed (tên tệp lấy từ tên cơ quan): an agency name may hold `/`, `..`,
 * `:` or a Windows device name, and must still give one harmless file name, valid on Windows, macOS and Linux.
 */
export interface SafeNameOptions {
  /** Longest name in characters (without extension). Default 100. */
  maxLength?: number;
  /** Used when nothing usable is left. Default "du-toan". */
  fallback?: string;
}

/** Characters Windows forbids in names, plus C0/C1 controls. */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;
/** Invisible characters that can disguise a name (bidi overrides spoof extensions, zero-width joiners). */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Windows device names, reserved with any extension ("CON.xlsx" too), any case. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** UTF-8 bytes kept for the name, leaving room for a suffix and extension within 255-byte file systems. */
const MAX_BYTES = 200;

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/**
 * A safe base name (no extension) from `text`: NFC, forbidden and control characters replaced by "-",
 * invisible characters dropped, spaces collapsed, no leading dots or trailing dots/spaces, not a Windows
 * device name, at most `maxLength` characters and 200 UTF-8 bytes, cut between characters (never inside a
 * surrogate pair). Vietnamese letters are kept as they are.
 */
export function safeOutputName(text: string, opts: SafeNameOptions = {}): string {
  const maxLength = opts.maxLength ?? 100;
  const fallback = opts.fallback ?? 'du-toan';
  let s = text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\s+/gu, ' ')
    .replace(FORBIDDEN, '-')
    .replace(/-{2,}/g, '-')
    .trim();
  s = s.replace(/^[.\s-]+/u, '');
  let chars = Array.from(s);
  if (chars.length > maxLength) chars = chars.slice(0, maxLength);
  while (chars.length && utf8Length(chars.join('')) > MAX_BYTES) chars.pop();
  s = chars.join('').replace(/[.\s]+$/u, '');
  if (s === '') s = fallback;
  const stem = s.split('.')[0]!.trim();
  if (RESERVED.test(stem)) s = `${s}_`;
  return s;
}
