import type { ReadFactor, SubmittedLine } from '../audit/submitted.ts';
import { Decimal } from '../money/decimal.ts';
import type { BookItem, PriceBook } from '../model/price-book.ts';
import type { AppraiseParams } from '../locale/appraise.ts';

/** The coefficients (hệ số) an appraised line is multiplied by, and the reason when the rule had to decide. */
export interface AppraisalCoefficients {
  /** The values multiplied, in column order. */
  values: Decimal[];
  /** Their columns as written with their values ("Hệ số 1,3"). */
  names: string[];
  /** Why they were kept (or dropped), when the line has any. */
  reason: { code: 'APPRAISE_COEFFICIENTS_KEPT'; params: AppraiseParams['APPRAISE_COEFFICIENTS_KEPT'] } | null;
}

const shown = (f: ReadFactor) => `${f.name} ${f.value.raw || f.value.value}`.trim();

/**
 * THE coefficient rule of the appraisal ("hệ số được giữ nơi bảng đơn giá cho phép"), in one place so the book's
 * coefficient data (issue 13: coefficients with name, value, what they apply to, provenance) changes one function.
 *
 * Today's book format states no coefficients, so the book cannot say which a line may carry: every coefficient
 * column of the line with a number is kept as submitted, and the line says so (APPRAISE_COEFFICIENTS_KEPT) — the
 * appraisal never drops a figure it has no rule for. An empty coefficient cell multiplies by nothing (the reader
 * reads amount = quantity × price × every stated coefficient).
 */
export function appraisalCoefficients(book: PriceBook, _item: BookItem, line: SubmittedLine): AppraisalCoefficients {
  const stated = (line.coefficients ?? []).filter((f) => f.value.value !== null);
  if (stated.length === 0) return { values: [], names: [], reason: null };
  const names = stated.map(shown);
  return {
    values: stated.map((f) => new Decimal(f.value.value!)),
    names,
    reason: { code: 'APPRAISE_COEFFICIENTS_KEPT', params: { coefficients: names, book: book.id } },
  };
}
