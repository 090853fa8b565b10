/**
 * The place-and-date line (địa danh, ngày tháng) of an administrative document: "Lào Cai, ngày 10 tháng 4 năm 2026".
 * Per NĐ 30/2020/NĐ-CP (Phụ lục I), days below 10 and the months 1 and 2 take a leading zero: "ngày 05 tháng 01".
 */
export function formatDateLine(place: string, isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return `${place}, ngày ${isoDate}`;
  const year = m[1]!;
  const month = Number(m[2]);
  const day = Number(m[3]);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/**
 * Parses a date line back: { place, date (ISO) }; null when it is not of the form "<place>, ngày D tháng M năm Y"
 * or the date does not exist. Tolerates missing diacritics and extra spaces.
 */
export function parseDateLine(text: string): { place: string; date: string } | null {
  const t = text.normalize('NFC').trim();
  const m = /^(.*?)\s*,\s*ng[àa]y\s+(\d{1,2})\s+th[áa]ng\s+(\d{1,2})\s+n[ăa]m\s+(\d{4})\s*\.?$/iu.exec(t);
  if (!m) return null;
  const d = Number(m[2]);
  const mo = Number(m[3]);
  const y = Number(m[4]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return { place: m[1]!.trim(), date: `${m[4]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** "2026-04-15" → "15/04/2026" (dates in Thuyết minh). */
export function formatShortDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

/** "15/04/2026" or "15/4/2026" or "2026-04-15" → ISO; null when not a real date. */
export function parseShortDate(text: string): string | null {
  const t = text.trim();
  let y: number, mo: number, d: number;
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return null;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
