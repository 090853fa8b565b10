import type { WorkbookGrid } from '../audit/grid.ts';
import type { ReadText, SubmittedEstimate, SubmittedSigner } from '../audit/submitted.ts';
import { foldStartsWith, foldText } from '../util/fold-text.ts';
import { cellsOf, type SheetCells } from './cells.ts';
import { isDateLine, readDateCell, readDateText } from './dates.ts';
import { signatureRole } from './labels.ts';
import type { NamedCell, TemplateNameKey } from './template-names.ts';
import { roleLike } from './vocabulary.ts';

/**
 * The document around the table (phần đầu và chữ ký): the parent body and the agency (left block above the
 * title), the place-and-date line, and the three signers under the table — by the template's names when present,
 * else by position and labels.
 */

/** The text of a named cell on whatever sheet it is (the table's sheet when the name has none). */
export function namedText(grid: WorkbookGrid, named: ReadonlyMap<TemplateNameKey, NamedCell>, key: TemplateNameKey, tableSheet: string): ReadText | null {
  const n = named.get(key);
  if (!n) return null;
  const s = grid.sheets.find((x) => x.name === (n.sheet ?? tableSheet));
  if (!s) return null;
  const cells = cellsOf(s);
  return { at: cells.at(n.row, n.col), text: cells.text(n.row, n.col) };
}

export interface TablePlace {
  headerRow: number;
  contentCol: number;
  quantityCol?: number;
  amountCol: number;
  /** Last row of the table (words included). */
  tableEnd: number;
}

export function readHeaderBlock(
  cells: SheetCells,
  grid: WorkbookGrid,
  named: ReadonlyMap<TemplateNameKey, NamedCell>,
  place: TablePlace,
): SubmittedEstimate['header'] {
  const byName = (key: TemplateNameKey) => namedText(grid, named, key, cells.name);
  const namedAgency = byName('agency');
  const namedDate = byName('dateLine');
  if (namedAgency && namedDate) {
    // The template names them: nothing to look for.
    const date = /^\d{4}-\d{2}-\d{2}$/.test(namedDate.text) ? namedDate.text : /ngay/.test(foldText(namedDate.text)) ? readDateText(namedDate.text) : null;
    return { parentBody: byName('parentBody'), agency: namedAgency, dateLine: namedDate, date, signers: readSigners(cells, place, (key) => byName(key)) };
  }
  // Left block above the table: parent body and agency; the motto sits to the right.
  let mottoCol = Infinity;
  let mottoRow = 1;
  for (let r = cells.firstRow; r < place.headerRow; r++) {
    for (let c = cells.firstCol; c <= cells.lastCol; c++) {
      const f = cells.fold(r, c);
      if (f.startsWith('cong hoa xa hoi') || f.startsWith('doc lap tu do')) {
        if (c < mottoCol) mottoCol = c;
        mottoRow = Math.max(mottoRow, r);
      }
    }
  }
  const leftLimit = Number.isFinite(mottoCol) ? mottoCol - 1 : Math.max(place.contentCol, 2);
  // The title ("DỰ TOÁN KINH PHÍ …") closes the header block.
  let titleRow = place.headerRow;
  for (let r = cells.firstRow; r < place.headerRow && titleRow === place.headerRow; r++) {
    for (let c = cells.firstCol; c <= cells.lastCol; c++) {
      if (foldStartsWith(cells.fold(r, c), ['du toan', 'bang du toan', 'bang tong hop du toan', 'bang tong hop', 'tong hop du toan', 'bieu du toan', 'bang chi tiet', 'chi tiet du toan'])) {
        titleRow = r;
        break;
      }
    }
  }
  const left: ReadText[] = [];
  for (let r = cells.firstRow; r < titleRow; r++) {
    for (let c = cells.firstCol; c <= leftLimit; c++) {
      const t = cells.text(r, c);
      const f = cells.fold(r, c);
      if (!f || /^[-_=.*\s]+$/.test(t) || t.startsWith('(') || /^s[ốoô]\s*(?::|\d|hi[ệe]u)/iu.test(t) || foldStartsWith(f, ['du toan', 'don vi tinh', 'ke hoach', 'mau so', 'bieu', 'dvt']) || isDateLine(t)) continue;
      if (/^(kinh phi|nam|ve viec|v v)( |$)/.test(f)) continue;
      left.push({ at: cells.at(r, c), text: t });
      break;
    }
  }
  // Agency = the last line of the left block before the title.
  let agency: ReadText = left[left.length - 1] ?? { at: cells.at(cells.firstRow, cells.firstCol), text: '' };
  let parentBody: ReadText | null = left.length >= 2 ? left[left.length - 2]! : null;
  agency = byName('agency') ?? agency;
  if (named.has('agency')) parentBody = byName('parentBody');

  // Date line: "Lào Cai, ngày 10 tháng 4 năm 2026", or a date cell above the table.
  let dateLine: ReadText | null = byName('dateLine');
  let date: string | null = null;
  for (let r = cells.firstRow; r <= cells.lastRow && !dateLine; r++) {
    if (r > place.headerRow && r <= place.tableEnd) continue;
    for (let c = cells.firstCol; c <= cells.lastCol; c++) {
      const t = cells.text(r, c);
      if (t && isDateLine(t) && !cells.fold(r, c).startsWith('du toan')) {
        dateLine = { at: cells.at(r, c), text: t };
        break;
      }
      const v = cells.value(r, c);
      if (r < place.headerRow && v instanceof Date) {
        dateLine = { at: cells.at(r, c), text: t };
        date = readDateCell(v);
        break;
      }
    }
  }
  dateLine ??= { at: cells.at(Math.min(mottoRow + 2, place.headerRow - 1 > 0 ? place.headerRow - 1 : 1), Number.isFinite(mottoCol) ? mottoCol : 1), text: '' };
  date ??= /^\d{4}-\d{2}-\d{2}$/.test(dateLine.text) ? dateLine.text : /ngay/.test(foldText(dateLine.text)) ? readDateText(dateLine.text) : null;

  return {
    parentBody,
    agency,
    dateLine,
    date,
    signers: readSigners(cells, place, (key) => byName(key)),
  };
}

function readSigners(cells: SheetCells, place: TablePlace, byName: (key: 'preparer' | 'accountant' | 'head') => ReadText | null): SubmittedEstimate['header']['signers'] {
  type Key = 'preparer' | 'accountant' | 'head';
  const found: Partial<Record<Key, { row: number; col: number; text: string }>> = {};
  let signatureRow = 0;
  for (let r = place.tableEnd + 1; r <= cells.lastRow; r++) {
    for (let c = cells.firstCol; c <= cells.lastCol; c++) {
      const t = cells.text(r, c);
      if (!t) continue;
      const key = signatureRole(cells.fold(r, c));
      if (key && !found[key]) {
        found[key] = { row: r, col: c, text: t };
        signatureRow ||= r;
      }
    }
  }
  // The head's title is whatever stands rightmost on the signers' row ("TM. BAN THƯỜNG VỤ", "HIỆU TRƯỞNG").
  if (!found.head && signatureRow) {
    const taken = Object.values(found).map((x) => x!.col);
    for (let c = cells.lastCol; c > Math.max(...taken); c--) {
      const t = cells.text(signatureRow, c);
      if (t && !t.startsWith('(') && t === t.toUpperCase() && /\p{L}/u.test(t)) {
        found.head = { row: signatureRow, col: c, text: t };
        break;
      }
    }
  }
  const names: Partial<Record<Key, { row: number; col: number; text: string }>> = {};
  for (const key of ['preparer', 'accountant', 'head'] as const) {
    const role = found[key];
    if (!role) continue;
    for (let r = role.row + 1; r <= Math.min(cells.lastRow, role.row + 10); r++) {
      const t = cells.text(r, role.col);
      if (!t) continue;
      const f = cells.fold(r, role.col);
      if (t.startsWith('(') || foldStartsWith(f, roleLike) || signatureRole(f) !== null || /^[-_.]+$/.test(t)) continue;
      names[key] = { row: r, col: role.col, text: t };
      break;
    }
  }
  const nameRow = Object.values(names)[0]?.row;
  const fallbackCols = [place.contentCol, place.quantityCol ?? place.contentCol + 2, place.amountCol];
  const signer = (key: Key, i: number): SubmittedSigner => {
    const role = found[key];
    const roleText: ReadText = role ? { at: cells.at(role.row, role.col), text: role.text } : { at: cells.at(place.tableEnd + 2, fallbackCols[i]!), text: '' };
    const named = byName(key);
    if (named) return { role: roleText, name: named };
    const name = names[key];
    if (name) return { role: roleText, name: { at: cells.at(name.row, name.col), text: name.text } };
    const at = role && nameRow !== undefined ? cells.at(nameRow, role.col) : roleText.at;
    return { role: roleText, name: { at, text: '' } };
  };
  return { preparer: signer('preparer', 0), accountant: signer('accountant', 1), head: signer('head', 2) };
}
