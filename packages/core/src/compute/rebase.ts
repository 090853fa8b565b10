import { findBookItem } from '../book/find-item.ts';
import { wageBasis as builtinWageBasis } from '../data/wages/index.ts';
import { rebaseText as legal } from './rebase-text.ts';
import type { EstimateLine } from '../model/estimate.ts';
import type { PriceBook } from '../model/price-book.ts';
import { Decimal } from '../money/decimal.ts';
import { formatMoney, formatQuantity } from '../money/format.ts';
import type { Sourced } from '../norms/sourced.ts';
import type { BaseSalaryStep, WageBasis } from '../norms/types.ts';
import { baseSalariesDuring, baseSalaryOn } from '../norms/wage.ts';

/**
 * Re-basing of one section (điều chỉnh chi phí nhân công theo lương cơ sở): a separate, labelled adjustment
 * with its arithmetic, and notes on what could not be re-based.
 */
export interface SectionRebase {
  /** Present when at least one line's labour share was re-based. */
  adjustment?: {
    label: string;
    amount: string;
    arithmetic: string[];
    /** What the workbook's live formulas compute it from (see the Estimate model). */
    basis: { newBase: string; newBaseSource: string; lines: Array<{ line: number; labour: string; oldBase: string; amount: string }> };
  };
  /** What was not re-based and why (no labour share stated; a work period across a base-salary change). */
  notes: string[];
}

const fm = (d: Decimal | string) => formatMoney(d);
const fq = (d: Decimal | string) => formatQuantity(d);
const stepText = (s: Sourced<BaseSalaryStep>) => legal.rebaseStep(fm(s.value!.amount), s.value!.from, s.source.doc);

/**
 * Re-base the labour share of a section's lines to the base salary in force for the work period.
 * - An item that states its labour share (`labour: { amount, baseSalary }`) and whose basis differs from the
 *   one salary in force during the whole period gets
 *   round-half-up(quantity × labour × (new − old) ÷ old) on the adjustment line.
 * - When the period spans a base-salary change, nothing is split by guesswork: a note says so.
 * - An item without a labour share cannot be re-based: when the period's salary differs from the one in force
 *   on the book's effective date, a note names the items and keeps the book's price.
 * Returns undefined when there is nothing to say (no period, or nothing changes).
 */
export function rebaseSection(
  lines: readonly EstimateLine[],
  book: PriceBook,
  period: { from: string; to: string } | undefined,
  wage: WageBasis = builtinWageBasis,
): SectionRebase | undefined {
  if (!period || lines.length === 0) return undefined;
  const steps = baseSalariesDuring(period.from, period.to, wage);
  if (steps.length === 0) return undefined;
  const bookBase = baseSalaryOn(book.effective.from, wage)?.value?.amount;
  const bookHasLabour = book.items.some((i) => i.labour);
  const changes = steps.some((s) => s.value!.amount !== bookBase);
  if (!bookHasLabour && !changes) return undefined;

  const withLabour: { line: EstimateLine; index: number; amount: string; base: string }[] = [];
  const without = new Set<string>();
  for (const [index, line] of lines.entries()) {
    const item = findBookItem(book, line.item, line.variant);
    if (!item) continue;
    if (item.labour) withLabour.push({ line, index, amount: item.labour.amount, base: item.labour.baseSalary });
    else without.add(item.code);
  }

  const notes: string[] = [];
  if (without.size && changes) notes.push(legal.rebaseNoLabour([...without], steps.map(stepText), book.id));
  if (steps.length > 1) {
    const rebasable = withLabour.filter((w) => steps.some((s) => s.value!.amount !== w.base));
    if (rebasable.length) {
      notes.push(legal.rebaseStraddle(period.from, period.to, steps.map(stepText), [...new Set(rebasable.map((w) => w.line.item))], steps[1]!.value!.from));
    }
    return notes.length ? { notes } : undefined;
  }

  const target = steps[0]!;
  const newBase = new Decimal(target.value!.amount);
  const arithmetic: string[] = [];
  const basisLines: Array<{ line: number; labour: string; oldBase: string; amount: string }> = [];
  let total = new Decimal(0);
  for (const w of withLabour) {
    if (w.base === target.value!.amount) continue;
    const old = new Decimal(w.base);
    const exact = new Decimal(w.line.quantity).mul(w.amount).mul(newBase.sub(old)).div(old);
    const amount = exact.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    total = total.add(amount);
    basisLines.push({ line: w.index, labour: w.amount, oldBase: w.base, amount: amount.toString() });
    arithmetic.push(legal.rebaseLine(w.line.item, fq(w.line.quantity), fm(w.amount), fm(newBase), fm(old), fq(exact.toDecimalPlaces(4, Decimal.ROUND_HALF_UP)), fm(amount)));
  }
  if (!arithmetic.length) return notes.length ? { notes } : undefined;
  arithmetic.push(legal.rebaseTotal(fm(total)));
  return {
    adjustment: {
      label: legal.rebaseLabel(fm(newBase), target.source.doc, target.source.where),
      amount: total.toString(),
      arithmetic,
      basis: { newBase: newBase.toString(), newBaseSource: `${target.source.doc}, ${target.source.where}`, lines: basisLines },
    },
    notes,
  };
}
