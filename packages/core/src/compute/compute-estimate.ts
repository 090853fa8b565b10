import { bookHash } from '../book/book-hash.ts';
import { findBookItem } from '../book/find-item.ts';
import { DutoanError, type Issue } from '../errors.ts';
import { vi } from '../messages/vi.ts';
import { Decimal } from '../money/decimal.ts';
import { roundDong, roundThousand } from '../money/round.ts';
import { estimateInputSchema, SCHEMA_VERSION, type EstimateInput } from '../model/estimate-input.ts';
import type { Estimate, EstimateLine, EstimateSection } from '../model/estimate.ts';
import { priceBookSchema, type BookItem, type PriceBook } from '../model/price-book.ts';
import { unitLabel } from '../model/units.ts';
import { validate } from '../util/validate.ts';
import { amountInWords } from '../words/index.ts';
import { sectionTitles } from './section-titles.ts';
import { rebaseSection } from './rebase.ts';
import type { WageBasis } from '../norms/types.ts';

interface PreparedItem {
  item: BookItem;
  price: Decimal | null;
  unit: string;
  content: string;
  note: string;
}

const MAX_TOTAL = new Decimal('1e18');
const sectionOrder = { I: 0, II: 1, III: 2 } as const;

/** Ghi chú of a line: the book (decision number, or title) and the item code. */
function lineNote(book: PriceBook, code: string, basis: string | undefined): string {
  const source = book.decision ? `${book.decision.number}` : book.title;
  return `${source}${basis ? `, ${basis}` : ''}; mã ${code}`;
}

/**
 * Compute a budget estimate (tính dự toán) from validated input and a price book.
 * Pure and deterministic. Rounding: each line = round-half-up(quantity × unit price) to whole đồng; the
 * section subtotal is the sum of rounded lines; VAT = round-half-up(subtotal × rate); totals are sums; an
 * optional "Làm tròn" adjustment rounds the total to thousands; "Bằng chữ" reads the final figure.
 * Accepts raw JSON (validated here) or already-parsed objects. Throws DutoanError listing every problem.
 * With a work period, each section may carry a re-basing adjustment (added to its subtotal) or notes — see
 * rebase.ts; `options.wage` supplies a wage basis with user-added base salaries.
 */
export function computeEstimate(inputData: unknown, bookData: unknown, options: { wage?: WageBasis } = {}): Estimate {
  const input: EstimateInput = validate(estimateInputSchema, inputData, 'dự toán');
  const book: PriceBook = validate(priceBookSchema, bookData, 'bảng đơn giá');
  const hash = bookHash(book);

  const problems: Issue[] = [];
  let missingPrice = false;
  // Everything that depends only on the item is prepared once, not per line (estimates reach 10^5 lines).
  const prepared = new Map<string, PreparedItem | undefined>();
  const prepare = (code: string, variant: string | undefined): PreparedItem | undefined => {
    const key = variant === undefined ? code : `${code}\u0000${variant}`;
    const known = prepared.get(key);
    if (known !== undefined || prepared.has(key)) return known;
    const item = findBookItem(book, code, variant);
    const p = item && {
      item,
      price: item.price === null ? null : new Decimal(item.price),
      unit: unitLabel(item.unit),
      content: item.variant ? `${item.name} (${item.variant})` : item.name,
      note: lineNote(book, item.code, item.basis),
    };
    prepared.set(key, p);
    return p;
  };
  const sections: EstimateSection[] = [];
  const ordered = [...input.sections].sort((a, b) => sectionOrder[a.id] - sectionOrder[b.id]);

  for (const section of ordered) {
    const inputIndex = input.sections.indexOf(section);
    const lines: EstimateLine[] = [];
    let subtotal = new Decimal(0);
    for (let li = 0; li < section.lines.length; li++) {
      const line = section.lines[li]!;
      const p = prepare(line.item, line.variant);
      if (!p) {
        problems.push({ path: `sections[${inputIndex}].lines[${li}].item`, message: vi.bookItemMissing(line.item, line.variant, book.id) });
        continue;
      }
      const { item, price } = p;
      if (price === null) {
        missingPrice = true;
        problems.push({ path: `sections[${inputIndex}].lines[${li}].item`, message: vi.bookPriceNull(item.code, item.name, book.id) });
        continue;
      }
      if (line.unit !== undefined && line.unit !== item.unit) {
        problems.push({ path: `sections[${inputIndex}].lines[${li}].unit`, message: vi.unitMismatch(item.code, item.unit, line.unit) });
        continue;
      }
      // Whole quantity × whole-đồng price is already whole: rounding is needed only for fractional quantities.
      const product = new Decimal(line.quantity).mul(price);
      const amount = line.quantity.includes('.') ? product.toDecimalPlaces(0, Decimal.ROUND_HALF_UP) : product;
      subtotal = subtotal.add(amount);
      const out: EstimateLine = {
        stt: String(li + 1), // any skipped line makes compute throw below, so li + 1 is the row's STT
        item: item.code,
        content: line.description ?? p.content,
        unitCode: item.unit,
        unit: p.unit,
        quantity: line.quantity,
        unitPrice: item.price!,
        amount: amount.toString(),
        note: line.note ? `${p.note}. ${line.note}` : p.note,
      };
      if (item.variant !== undefined) out.variant = item.variant;
      lines.push(out);
    }
    const rebase = rebaseSection(lines, book, input.workPeriod, options.wage);
    if (rebase?.adjustment) subtotal = subtotal.add(rebase.adjustment.amount);
    const vatAmount = roundDong(subtotal.mul(section.vat.rate).div(100));
    sections.push({
      id: section.id,
      title: section.title ?? sectionTitles[section.id],
      lines,
      ...(rebase ? { rebase } : {}),
      subtotal: subtotal.toString(),
      vat: { rate: section.vat.rate, basis: section.vat.basis, amount: vatAmount.toString() },
      total: subtotal.add(vatAmount).toString(),
    });
  }
  if (problems.length) {
    throw new DutoanError(
      missingPrice ? 'BOOK_INCOMPLETE' : 'ITEM_UNKNOWN',
      `Không tính được dự toán với bảng đơn giá "${book.id}":`,
      problems,
    );
  }

  const totalBeforeVat = sections.reduce((s, x) => s.add(x.subtotal), new Decimal(0));
  const vatTotal = sections.reduce((s, x) => s.add(x.vat.amount), new Decimal(0));
  const total = totalBeforeVat.add(vatTotal);
  if (total.gte(MAX_TOTAL)) throw new DutoanError('TOTAL_TOO_LARGE', vi.totalTooLarge);
  const finalAmount = input.rounding.toThousand ? roundThousand(total) : total;
  const adjustment = finalAmount.sub(total);

  return {
    schemaVersion: SCHEMA_VERSION,
    header: input.header,
    book: {
      id: book.id,
      title: book.title,
      status: book.status,
      decision: book.decision ? `${book.decision.number} ngày ${book.decision.date}` : null,
      hash,
    },
    sampleLabel: book.status === 'sample' ? vi.sampleLabel : null,
    ...(input.workPeriod ? { workPeriod: input.workPeriod } : {}),
    ...(input.volumes ? { volumes: input.volumes } : {}),
    ...(input.conversion ? { conversion: input.conversion } : {}),
    sections,
    totalBeforeVat: totalBeforeVat.toString(),
    vatTotal: vatTotal.toString(),
    total: total.toString(),
    rounding: { toThousand: input.rounding.toThousand, adjustment: adjustment.toString() },
    finalAmount: finalAmount.toString(),
    amountInWords: amountInWords(finalAmount.toString(), input.words),
    words: input.words,
  };
}
