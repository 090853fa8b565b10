/**
 * Character data of an XML part as text: XML end-of-line handling (a literal CR LF or CR is read as LF;
 * "&#13;" stays a CR), the five predefined entities and character references, and — in cell text — OOXML's
 * `_xHHHH_` escapes for characters XML cannot carry (ECMA-376 Part 1, §22.9.2.19 ST_Xstring).
 */
const ENT: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function fromCode(n: number): string {
  // A reference to a code point outside Unicode (or a lone surrogate) is damage; keep the replacement character.
  return n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
}

export function decodeText(raw: string, ooxmlEscapes = true): string {
  let s = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (s.includes('&')) {
    s = s.replace(/&(#x[0-9a-fA-F]{1,8}|#\d{1,10}|lt|gt|amp|quot|apos);/g, (_, e: string) =>
      e.charCodeAt(0) === 35 ? fromCode(e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENT[e]!,
    );
  }
  if (ooxmlEscapes && s.includes('_x')) s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}
