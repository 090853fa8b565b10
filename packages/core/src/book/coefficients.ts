import type { BookCoefficient, BookItem, PriceBook } from '../model/price-book.ts';

/**
 * Whether a book allows coefficient `k` (hệ số) on `item`: the coefficient's `appliesTo` names the item's code or
 * its section. The one rule the estimate (compute), the audit and the appraisal ("coefficients kept where the
 * book allows them") all follow.
 */
export function coefficientAllowed(k: BookCoefficient, item: Pick<BookItem, 'code' | 'section'>): boolean {
  return (k.appliesTo.items ?? []).includes(item.code) || (k.appliesTo.sections ?? []).includes(item.section);
}

/** The coefficients a book allows on an item, in the book's order (empty when none). */
export function allowedCoefficients(book: PriceBook, item: Pick<BookItem, 'code' | 'section'>): BookCoefficient[] {
  return book.coefficients.filter((k) => coefficientAllowed(k, item));
}

/** The book's coefficient with this id (codes are compared in capitals), or undefined. */
export function findCoefficient(book: PriceBook, id: string): BookCoefficient | undefined {
  const c = id.trim().toUpperCase();
  return book.coefficients.find((k) => k.id === c);
}
