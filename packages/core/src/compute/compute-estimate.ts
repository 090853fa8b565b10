import { bookHash } from '../book/book-hash.ts';
import { findBookItem } from '../book/find-item.ts';
import { DutoanError, type Issue } from '../errors.ts';
import { vi } from '../messages/vi.ts';
import { Decimal } from '../money/decimal.ts';
import { lineAmount, roundDong, roundThousand } from '../money/round.ts';
import { estimateInputSchema, SCHEMA_VERSION, type EstimateInput } from '../model/estimate-input.ts';
import type { Estimate, EstimateLine, EstimateSection } from '../model/estimate.ts';
import { priceBookSchema, type PriceBook } from '../model/price-book.ts';
import { unitLabel } from '../model/units.ts';
import { validate } from '../util/validate.ts';
import { amountInWords } from '../words/index.ts';
import { sectionTitles } from './section-titles.ts';

const MAX_TOTAL = new Decimal('1e18');
const sectionOrder = { I: 0, II: 1, III: 2 } as const;

function lineNote(book: PriceBook, code: string, basis: string | undefined, userNote: string): string {
  const source = book.decision ? `${book.decision.number}` : book.title;
  const parts = [`${source}${basis ? `, ${basis}` : ''}; mã ${code}`];
  if (userNote) parts.push(userNote);
  return parts.join('. ');
}

/**
 * Compute a budget estimate (tính dự toán) from validated input and a price book.
 * Pure and deterministic. Rounding: each line = round-half-up(quantity × unit price) to whole đồng; the
 * section subtotal is the sum of rounded lines; VAT = round-half-up(subtotal × rate); totals are sums; an
 * optional "Làm tròn" adjustment rounds the total to thousands; "Bằng chữ" reads the final figure.
 * Accepts raw JSON (validated here) or already-parsed objects. Throws DutoanError listing every problem.
 */
export function computeEstimate(inputData: unknown, bookData: unknown): Estimate {
  const input: EstimateInput = validate(estimateInputSchema, inputData, 'dự toán');
  const book: PriceBook = validate(priceBookSchema, bookData, 'bảng đơn giá');
  const hash = bookHash(book);

  const problems: Issue[] = [];
  const sections: EstimateSection[] = [];
  const ordered = [...input.sections].sort((a, b) => sectionOrder[a.id] - sectionOrder[b.id]);

  for (const section of ordered) {
    const inputIndex = input.sections.indexOf(section);
    const lines: EstimateLine[] = [];
    let subtotal = new Decimal(0);
    section.lines.forEach((line, li) => {
      const path = `sections[${inputIndex}].lines[${li}]`;
      const item = findBookItem(book, line.item, line.variant);
      if (!item) {
        problems.push({ path: `${path}.item`, message: vi.bookItemMissing(line.item, line.variant, book.id) });
        return;
      }
      if (item.price === null) {
        problems.push({ path: `${path}.item`, message: vi.bookPriceNull(item.code, item.name, book.id) });
        return;
      }
      if (line.unit !== undefined && line.unit !== item.unit) {
        problems.push({ path: `${path}.unit`, message: vi.unitMismatch(item.code, item.unit, line.unit) });
        return;
      }
      const amount = lineAmount(line.quantity, item.price);
      subtotal = subtotal.add(amount);
      lines.push({
        stt: String(lines.length + 1),
        item: item.code,
        ...(item.variant !== undefined ? { variant: item.variant } : {}),
        content: line.description ?? (item.variant ? `${item.name} (${item.variant})` : item.name),
        unitCode: item.unit,
        unit: unitLabel(item.unit),
        quantity: line.quantity,
        unitPrice: item.price,
        amount: amount.toString(),
        note: lineNote(book, item.code, item.basis, line.note),
      });
    });
    const vatAmount = roundDong(subtotal.mul(section.vat.rate).div(100));
    sections.push({
      id: section.id,
      title: section.title ?? sectionTitles[section.id],
      lines,
      subtotal: subtotal.toString(),
      vat: { rate: section.vat.rate, basis: section.vat.basis, amount: vatAmount.toString() },
      total: subtotal.add(vatAmount).toString(),
    });
  }
  if (problems.length) {
    const incomplete = problems.some((p) => p.message.includes('chưa có đơn giá'));
    throw new DutoanError(
      incomplete ? 'BOOK_INCOMPLETE' : 'ITEM_UNKNOWN',
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
