import { Decimal } from '../money/decimal.ts';
import type { Estimate } from '../model/estimate.ts';
import type { PriceBook } from '../model/price-book.ts';
import { sourceStatusLabels as statusLabels } from '../terms/statuses.ts';
import { unitLabel } from '../terms/units.ts';
import { a4Print, SheetBuilder } from './sheet-builder.ts';
import { FONT_SIZE } from './styles.ts';
import { bookColumns as C, bookSheetText as T, bookStatusLabels, definedNames as N, sheetNames, templateText } from './template.ts';
import { textHeight } from './text-height.ts';
import type { PlanName, SheetPlan } from './types.ts';

/** One row of the "Đơn giá" items table. */
export interface BookSheetItem {
  code: string;
  variant?: string;
  name: string;
  unit: string;
  price: string;
  basis: string;
  status: string;
}

/**
 * The items the estimate used, in order of first use. With the book at hand, names, bases and provenance come
 * from it; otherwise from the estimate's lines (the line's note is the basis, the book's status the status).
 */
export function usedItems(estimate: Estimate, book?: PriceBook): BookSheetItem[] {
  const seen = new Map<string, BookSheetItem>();
  for (const s of estimate.sections) {
    for (const l of s.lines) {
      const key = `${l.item}\u0000${l.variant ?? ''}`;
      if (seen.has(key)) continue;
      const it = book?.items.find((i) => i.code === l.item && (i.variant ?? undefined) === (l.variant ?? undefined));
      const row: BookSheetItem = it
        ? {
            code: it.code,
            name: it.variant ? `${it.name} (${it.variant})` : it.name,
            unit: unitLabel(it.unit),
            price: it.price ?? l.unitPrice,
            basis: [it.basis, `${it.provenance.doc}, ${it.provenance.where}`].filter(Boolean).join('; '),
            status: statusLabels[it.provenance.status],
          }
        : {
            code: l.item,
            name: l.content,
            unit: l.unit,
            price: l.unitPrice,
            basis: l.note,
            status: estimate.book.status === 'sample' ? statusLabels.sample : bookStatusLabels[estimate.book.status],
          };
      if (l.variant !== undefined) row.variant = l.variant;
      seen.set(key, row);
    }
  }
  return [...seen.values()];
}

/**
 * Plan of the "Đơn giá" sheet: which price book the estimate used (title, id, status, decision, SHA-256 hash —
 * each a named cell), a visible MẪU mark for sample books, and the items used with price, basis and source status.
 */
export function planBookSheet(estimate: Estimate, book?: PriceBook): { sheet: SheetPlan; names: PlanName[] } {
  const b = new SheetBuilder(sheetNames.book);
  const last = C.status.col;
  const bk = estimate.book;
  let r = 1;
  b.text(r, 1, templateText.bookTitle, 'doc.title');
  b.merge(r, 1, last);
  b.height(r, 22);
  r++;
  if (estimate.sampleLabel) {
    b.text(r, 1, estimate.sampleLabel, 'sample');
    b.merge(r, 1, last);
    r++;
  }
  r++;
  const valueWidth = C.name.width + C.unit.width + C.price.width + C.basis.width + C.status.width;
  const info = (label: string, value: string, name: string, mono = false) => {
    b.text(r, 1, label, 'doc.label');
    b.merge(r, 1, C.code.col, 'doc.label');
    b.text(r, C.name.col, value, mono ? 'doc.valueMono' : 'doc.value');
    b.merge(r, C.name.col, last, mono ? 'doc.valueMono' : 'doc.value');
    b.height(r, Math.max(textHeight(value, valueWidth, mono ? FONT_SIZE - 3 : FONT_SIZE, 20), textHeight(label, C.no.width + C.code.width, FONT_SIZE)));
    b.nameCell(name, r, C.name.col);
    r++;
  };
  info(T.title, bk.title, N.bookTitle);
  info(T.id, bk.id, N.bookId);
  info(T.status, bookStatusLabels[bk.status], N.bookStatus);
  info(T.decision, bk.decision ?? T.noDecision, N.bookDecision);
  if (bk.version !== undefined) info(T.version, bk.version, N.bookVersion);
  info(T.hash, bk.hash, N.bookHash, true);
  if (book?.note) {
    b.text(r, 1, T.note, 'doc.label');
    b.merge(r, 1, C.code.col, 'doc.label');
    b.text(r, C.name.col, book.note, 'doc.value');
    b.merge(r, C.name.col, last, 'doc.value');
    b.height(r, textHeight(book.note, valueWidth, FONT_SIZE, 20));
    r++;
  }
  b.text(r, 1, T.hashExplain, 'subtitle');
  b.merge(r, 1, last);
  b.height(r, textHeight(T.hashExplain, valueWidth + C.no.width + C.code.width, FONT_SIZE, 18));
  r += 2;

  b.text(r, 1, T.itemsHeading, 'doc.heading');
  b.merge(r, 1, last);
  r++;
  for (const c of Object.values(C)) b.text(r, c.col, c.header, 'table.head');
  b.height(r, 36);
  r++;
  usedItems(estimate, book).forEach((it, i) => {
    b.number(r, C.no.col, String(i + 1), 'doc.center');
    b.text(r, C.code.col, it.code, 'doc.center');
    b.text(r, C.name.col, it.name, 'doc.label');
    b.text(r, C.unit.col, it.unit, 'doc.center');
    b.number(r, C.price.col, new Decimal(it.price).toString(), 'doc.number');
    b.text(r, C.basis.col, it.basis, 'doc.small');
    b.text(r, C.status.col, it.status, 'doc.center');
    b.height(r, Math.max(textHeight(it.name, C.name.width, FONT_SIZE), textHeight(it.basis, C.basis.width, FONT_SIZE - 2), textHeight(it.status, C.status.width, FONT_SIZE)));
    r++;
  });

  const sheet = b.build({
    columns: Object.values(C).map((c) => ({ col: c.col, letter: c.letter, width: c.width })),
    frozenRows: 0,
    print: a4Print(C.status.letter),
    protect: false,
    ...(bk.status === 'sample' ? { tabColor: '#C00000' } : {}),
  });
  return { sheet, names: b.names };
}
