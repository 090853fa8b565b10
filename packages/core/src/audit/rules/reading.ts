import type { AuditContext } from '../context.ts';
import type { Finding } from '../finding.ts';

/**
 * What the reader found while reading (NUMBER_FORMAT, SUM_SCOPE, VAT_BASE, MONEY_UNIT, SHEET_SKIPPED,
 * ROW_NOT_COUNTED …): its inferences and the cells it read only with a note, reported with the audit's findings.
 */
export function readingRule(ctx: AuditContext): Finding[] {
  return [...(ctx.sub.findings ?? [])];
}
