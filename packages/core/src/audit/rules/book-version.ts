import { Decimal } from '../../money/decimal.ts';
import type { BookItem, PriceBook } from '../../model/price-book.ts';
import { definedNames } from '../../layout/template.ts';
import { findSheet, readTemplateSheets, templateNamedText, type BookSheetRow } from '../../read/template-sheets.ts';
import { foldText } from '../../util/fold-text.ts';
import { finding, fmtMoney, type AuditContext } from '../context.ts';
import { locationText, type Finding, type Location } from '../finding.ts';
import { itemDisplayName } from '../map-items.ts';
import type { ReadText, SubmittedLine } from '../submitted.ts';

/** What a workbook made with another version of the audit's book holds, and which of its lines the change touches. */
export interface BookVersionChange {
  /** The version cell (DT_BOOK_VERSION), else the fingerprint cell, else the book id cell. */
  at: Location;
  /** The version the workbook records ('' when none). */
  workbookVersion: string;
  sameVersion: boolean;
  changed: string[];
  unpriced: string[];
  removed: string[];
}

/** The book item a row of the workbook's "Đơn giá" sheet stands for: by code, then by its name with the level. */
function itemOfRow(book: PriceBook, row: BookSheetRow): BookItem | null {
  const candidates = book.items.filter((i) => i.code === row.code);
  if (candidates.length === 0) return null;
  const name = foldText(row.name);
  const byName = candidates.find((i) => foldText(itemDisplayName(i)) === name);
  if (byName) return byName;
  if (candidates.length === 1) return candidates[0]!;
  // Several levels: the one whose level the row names; none = the level is gone.
  return candidates.find((i) => i.variant && name.includes(foldText(i.variant))) ?? null;
}

/** The row of the "Đơn giá" sheet a line used: the only row of its code, else the one of its name. */
function rowOfLine(rows: readonly BookSheetRow[], code: string, line: SubmittedLine): BookSheetRow | null {
  const same = rows.filter((r) => r.code === code);
  if (same.length <= 1) return same[0] ?? null;
  const content = foldText(line.content.text);
  return same.find((r) => foldText(r.name) === content) ?? null;
}

const memo = new WeakMap<AuditContext, BookVersionChange | null>();

/**
 * Whether the workbook names the audit's book (same id) but records another version or fingerprint, and which of
 * its lines the change touches: the lines whose item's price on the workbook's own "Đơn giá" sheet differs from the
 * audit book's, or whose item (or level) the audit book no longer has. Null when the workbook names another book
 * or the same content, and when only the fingerprint differs and no line is touched (BOOK_HASH_MISMATCH says that).
 * The "Đơn giá" sheet and the version are read from the workbook's grid, which a submission read from a workbook
 * carries (`recalculation.grid`); without it only the fingerprint is compared.
 */
export function bookVersionChange(ctx: AuditContext): BookVersionChange | null {
  if (memo.has(ctx)) return memo.get(ctx)!;
  const result = computeChange(ctx);
  memo.set(ctx, result);
  return result;
}

function computeChange(ctx: AuditContext): BookVersionChange | null {
  const book = ctx.book;
  const info = ctx.sub.book;
  if (!book || !info.id || info.id.text.trim() !== book.id) return null;
  const grid = ctx.sub.recalculation?.grid;
  const onSheet = grid !== undefined && findSheet(grid, ctx.sub.sheet) !== undefined;
  // The version cell alone first: the workbook's "Đơn giá" sheet is read only when a version or fingerprint differs.
  const versionCell: ReadText | null = onSheet ? templateNamedText(grid, ctx.sub, definedNames.bookVersion) : null;
  const workbookVersion = versionCell?.text.trim() ?? '';
  const hash = info.hash?.text.trim().toLowerCase() ?? '';
  const hashDiffers = hash !== '' && hash !== ctx.bookHash;
  const versionDiffers = workbookVersion !== '' && workbookVersion !== book.version;
  if (!versionDiffers && !hashDiffers) return null;
  const evidence = onSheet ? readTemplateSheets(grid, ctx.sub) : null;

  const changed: string[] = [];
  const unpriced: string[] = [];
  const removed: string[] = [];
  const rows = evidence?.bookRows ?? [];
  for (const s of ctx.sub.sections) {
    for (const l of s.lines) {
      const m = ctx.mappings.get(l);
      const code = l.itemCode?.text.trim().toUpperCase() || (m && (m.kind === 'code' || m.kind === 'name') ? m.item.code : '');
      if (!code) continue;
      const row = rowOfLine(rows, code, l);
      if (!row) continue;
      const item = itemOfRow(book, row);
      if (!item) {
        removed.push(`${locationText(l.content.at)} (${code})`);
        continue;
      }
      if (row.price === null) continue;
      const scale = l.unitPrice.scale;
      const was = fmtMoney(row.price, scale);
      if (item.price === null) unpriced.push(`${locationText(l.unitPrice.at)} (${code}: ${was})`);
      else if (!new Decimal(item.price).eq(new Decimal(row.price))) changed.push(`${locationText(l.unitPrice.at)} (${code}: ${was} → ${fmtMoney(item.price, scale)})`);
    }
  }
  if (!versionDiffers && changed.length + unpriced.length + removed.length === 0) return null;
  const at = versionCell?.at ?? info.hash?.at ?? info.id.at;
  return { at, workbookVersion, sameVersion: workbookVersion === book.version, changed, unpriced, removed };
}

/**
 * BOOK_VERSION_CHANGED: the workbook was made with another version of the audit's book — the two versions, and the
 * lines the change touches, named by their cells (where PRICE_MISMATCH, UNKNOWN_ITEM already say what is wrong on
 * each). A warning when the change touches a line (the same version with another content is reported only then);
 * information when it touches none (another version is not by itself a fault).
 */
export function bookVersionRule(ctx: AuditContext): Finding[] {
  const c = bookVersionChange(ctx);
  if (!c || !ctx.book) return [];
  const touched = c.changed.length + c.unpriced.length + c.removed.length;
  const severity = touched > 0 ? 'warning' : 'info';
  const params = { book: ctx.book.id, workbookVersion: c.workbookVersion, bookVersion: ctx.book.version, sameVersion: c.sameVersion, changed: c.changed, unpriced: c.unpriced, removed: c.removed };
  return [finding('BOOK_VERSION_CHANGED', c.at, ctx.book.version, c.workbookVersion || null, params, severity)];
}
