import { localizeFinding } from '../locale/render.ts';
import type { PriceBook } from '../model/price-book.ts';
import { buildContext, type AuditContext, type AuditOptions } from './context.ts';
import type { Finding } from './finding.ts';
import { parseCellRef } from './grid.ts';
import { arithmeticRule } from './rules/arithmetic.ts';
import { bookIdentityRule, bookItemsRule } from './rules/book.ts';
import { bookVersionRule } from './rules/book-version.ts';
import { duplicatesRule } from './rules/duplicates.ts';
import { formulaCacheRule } from './rules/formula-cache.ts';
import { formulasRule } from './rules/formulas.ts';
import { headerRule } from './rules/header.ts';
import { numbersRule } from './rules/numbers.ts';
import { quantitiesRule } from './rules/quantities.ts';
import { readingRule } from './rules/reading.ts';
import { referencesRule } from './rules/references.ts';
import { unitsRule } from './rules/units.ts';
import { vatRule } from './rules/vat.ts';
import { wordsRule } from './rules/words.ts';
import type { SubmittedEstimate } from './submitted.ts';

/** The audit rules, in reporting order within a cell. */
export const auditRules: ReadonlyArray<(ctx: AuditContext) => Finding[]> = [
  readingRule,
  numbersRule,
  bookItemsRule,
  unitsRule,
  arithmeticRule,
  referencesRule,
  vatRule,
  wordsRule,
  formulasRule,
  formulaCacheRule,
  quantitiesRule,
  duplicatesRule,
  bookIdentityRule,
  bookVersionRule,
  headerRule,
];

const severityRank = { error: 0, warning: 1, info: 2 } as const;

function sortKey(f: Finding): [string, number, number] {
  if ('cell' in f.location) {
    const c = parseCellRef(f.location.cell);
    return [f.location.sheet, c?.row ?? 0, c?.col ?? 0];
  }
  return [f.location.line, 0, 0];
}

/**
 * Audit a submitted estimate (thẩm tra dự toán) the way a careful reviewer would: every figure checked against
 * the cells it is computed from, prices and units against the reference book, words read back, quantities for
 * plausibility, header and signers for completeness. Pure: the same input gives the same findings, sorted by
 * sheet, row, column. `book` null = no reference book (price, unit and item checks skipped). `options.locale`
 * chooses the language of the messages (codes, cells and parameters do not change).
 */
export function auditSubmission(sub: SubmittedEstimate, book: PriceBook | null, options: AuditOptions = {}): Finding[] {
  const ctx = buildContext(sub, book, options);
  const findings = auditRules.flatMap((rule) => rule(ctx));
  const keyed = findings.map((f, i) => ({ f, i, k: sortKey(f) }));
  keyed.sort((a, b) => {
    if (a.k[0] !== b.k[0]) return a.k[0] < b.k[0] ? -1 : 1;
    return a.k[1] - b.k[1] || a.k[2] - b.k[2] || severityRank[a.f.severity] - severityRank[b.f.severity] || a.i - b.i;
  });
  const locale = ctx.options.locale;
  return keyed.map((x) => (locale === 'vi' ? x.f : localizeFinding(x.f, locale)));
}
