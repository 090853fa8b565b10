/**
 * What a file that is not a zip package most likely is (nhận dạng tệp), from its first bytes — so that the
 * message can tell the user what to do (save as .xlsx, remove the password, …) instead of "unreadable".
 */
export type ForeignKind =
  | 'empty'
  | 'encrypted-office' // OLE2 compound file holding an EncryptedPackage: a workbook with a password to open
  | 'legacy-xls' // OLE2 compound file holding a Workbook/Book stream: Excel 97–2003
  | 'ole-other' // another OLE2 document (.doc, .ppt, .msg)
  | 'pdf'
  | 'html'
  | 'xml-2003' // "XML Spreadsheet 2003"
  | 'json'
  | 'text' // CSV or plain text
  | 'archive' // gzip, rar, 7z
  | 'zip-truncated' // starts like a zip but its end (central directory) is missing
  | 'unknown';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, sig: number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

/** Search for an ASCII name written in UTF-16LE (as OLE2 directory entries store stream names). */
function hasUtf16(b: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const limit = b.length - name.length * 2;
  outer: for (let i = 0; i <= limit; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) {
      if (b[i + 2 * k] !== name.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

function headText(b: Uint8Array, n = 512): string {
  let start = 0;
  if (startsWith(b, [0xef, 0xbb, 0xbf])) start = 3;
  return new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(start, start + n)).trimStart().toLowerCase();
}

function looksLikeText(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return false;
    if (c < 0x09 || (c > 0x0d && c < 0x20)) control++;
  }
  return control / n < 0.01;
}

/** What a file that is not an .xlsx package looks like it is (empty, .xls, .ods, PDF, text…), from its first bytes. */
export function sniffForeign(b: Uint8Array): ForeignKind {
  if (b.length === 0) return 'empty';
  if (startsWith(b, OLE2)) {
    if (hasUtf16(b, 'EncryptedPackage') || hasUtf16(b, 'EncryptionInfo')) return 'encrypted-office';
    if (hasUtf16(b, 'Workbook') || hasUtf16(b, 'Book')) return 'legacy-xls';
    return 'ole-other';
  }
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) return 'zip-truncated';
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(b, [0x1f, 0x8b]) || startsWith(b, [0x52, 0x61, 0x72, 0x21]) || startsWith(b, [0x37, 0x7a, 0xbc, 0xaf])) return 'archive';
  if (!looksLikeText(b)) return 'unknown';
  const head = headText(b);
  if (head.startsWith('<?xml') && head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml-2003';
  if (head.startsWith('<?xml') && /<workbook[\s>]/.test(headText(b, 4096))) return 'xml-2003';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<table') || head.startsWith('<meta')) return 'html';
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  return 'text';
}
