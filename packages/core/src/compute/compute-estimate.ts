import { bookHash } from '../book/book-hash.ts';
import { bookTitle } from '../book/book-title.ts';
import { DutoanError } from '../errors.ts';
import { Decimal } from '../money/decimal.ts';
import { roundDong, roundThousand } from '../money/round.ts';
import { estimateInputSchema, SCHEMA_VERSION, type EstimateInput } from '../model/estimate-input.ts';
import type { Estimate, EstimateSection } from '../model/estimate.ts';
import { priceBookSchema, type PriceBook } from '../model/price-book.ts';
import { usedCoefficients } from './used-coefficients.ts';
import { validate } from '../util/validate.ts';
import { amountInWords } from '../words/index.ts';
import { sectionTitles } from '../terms/sections.ts';
import { sampleLabel } from '../terms/statuses.ts';
import { rebaseSection } from './rebase.ts';
import { linesFromVolumes } from './volume-lines.ts';
import { buildSectionLines, itemPreparer, priceSectionLines, type PriceProblems } from './section-lines.ts';
import type { WageBasis } from '../norms/types.ts';

const MAX_TOTAL = new Decimal('1e18');
const sectionOrder = { I: 0, II: 1, III: 2 } as const;

/**
 * Compute a budget estimate (tính dự toán) from validated input and a price book.
 * Pure and deterministic. Rounding: each line = round-half-up(quantity × unit price × the line's coefficients, if
 * any) to whole đồng; the
 * section subtotal is the sum of rounded lines; VAT = round-half-up(subtotal × rate); totals are sums; an
 * optional "Làm tròn" adjustment rounds the total to thousands; "Bằng chữ" reads the final figure.
 * Accepts raw JSON (validated here) or already-parsed objects. Throws DutoanError listing every problem.
 * A section given without `lines` is filled from the survey volumes by unit (volume-lines.ts: mét giá lines from
 * the metres, trang A4 from the A4 pages …, only items the book has, never a guess between alternatives).
 * With a work period, each section may carry a re-basing adjustment (added to its subtotal) or notes — see
 * rebase.ts; `options.wage` supplies a wage basis with user-added base salaries.
 */
export function computeEstimate(inputData: unknown, bookData: unknown, options: { wage?: WageBasis } = {}): Estimate {
  const input: EstimateInput = validate(estimateInputSchema, inputData, 'estimate');
  const book: PriceBook = validate(priceBookSchema, bookData, 'book');
  const hash = bookHash(book);

  const problems: PriceProblems = { list: [], missingPrice: false };
  // Everything that depends only on the item is prepared once, not per line (estimates reach 10^5 lines).
  const prepare = itemPreparer(book);
  const sections: EstimateSection[] = [];
  const ordered = [...input.sections].sort((a, b) => sectionOrder[a.id] - sectionOrder[b.id]);

  for (const section of ordered) {
    const inputIndex = input.sections.indexOf(section);
    // A section listed without lines gets them from the survey volumes, by unit (each line's Ghi chú says so).
    const inputLines = section.lines.length ? section.lines : linesFromVolumes(book, section.id, input.volumes, `sections[${inputIndex}].lines`, problems.list);
    const priced = priceSectionLines(inputLines, prepare, `sections[${inputIndex}].lines`, book, section.id, problems);
    if (problems.list.length) continue; // compute throws below; only the problems of the other sections matter
    const lines = buildSectionLines(inputLines, priced);
    let subtotal = priced.subtotal;
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
  if (problems.list.length) {
    if (problems.missingPrice) throw new DutoanError('BOOK_INCOMPLETE', { book: book.id }, problems.list);
    throw new DutoanError('ITEM_UNKNOWN', { book: book.id }, problems.list);
  }
  const coefficients = usedCoefficients(book, sections);

  const totalBeforeVat = sections.reduce((s, x) => s.add(x.subtotal), new Decimal(0));
  const vatTotal = sections.reduce((s, x) => s.add(x.vat.amount), new Decimal(0));
  const total = totalBeforeVat.add(vatTotal);
  if (total.gte(MAX_TOTAL)) throw new DutoanError('TOTAL_TOO_LARGE');
  const finalAmount = input.rounding.toThousand ? roundThousand(total) : total;
  const adjustment = finalAmount.sub(total);

  return {
    schemaVersion: SCHEMA_VERSION,
    header: input.header,
    book: {
      id: book.id,
      // As shown everywhere: the name and, derived from the items, how complete the book is.
      title: bookTitle(book),
      status: book.status,
      version: book.version,
      decision: book.decision ? `${book.decision.number} ngày ${book.decision.date}` : null,
      hash,
    },
    sampleLabel: book.status === 'sample' ? sampleLabel : null,
    ...(input.workPeriod ? { workPeriod: input.workPeriod } : {}),
    ...(input.volumes ? { volumes: input.volumes } : {}),
    ...(input.conversion ? { conversion: input.conversion } : {}),
    sections,
    ...(coefficients.length ? { coefficients } : {}),
    totalBeforeVat: totalBeforeVat.toString(),
    vatTotal: vatTotal.toString(),
    total: total.toString(),
    rounding: { toThousand: input.rounding.toThousand, adjustment: adjustment.toString() },
    finalAmount: finalAmount.toString(),
    amountInWords: amountInWords(finalAmount.toString(), input.words),
    words: input.words,
  };
}
